from odoo.exceptions import AccessError, UserError
from odoo.http import Request
from odoo.tests import tagged

from .common import MallSupplierCase, MallSupplierHttpCase


def company_carrier(env, name, company):
    """A carrier of ``company`` (a carrier's company is its product's)."""
    product = env["product.product"].create(
        {"name": "运费", "type": "service", "company_id": company.id}
    )
    return env["delivery.carrier"].create(
        {"name": name, "product_id": product.id, "company_id": company.id}
    )


@tagged("post_install", "-at_install")
class TestSupplierRecordRules(MallSupplierCase):
    """A supplier never reaches another supplier's records through RPC."""

    def test_supplier_sees_only_its_own_purchase_orders_and_transfers(self):
        order = self.make_order(
            [(self.variant(self.rice, "1kg"), 1), (self.variant(self.noodle, "1kg"), 1)]
        )
        order.action_confirm()
        po_a = order._get_purchase_orders().filtered(lambda p: p.partner_id == self.supplier_a)
        po_b = order._get_purchase_orders() - po_a
        pick_a = order.picking_ids.filtered(lambda p: p.purchase_id == po_a)
        pick_b = order.picking_ids.filtered(lambda p: p.purchase_id == po_b)
        env_a = self.env(user=self.user_a)
        self.assertEqual(env_a["purchase.order"].search([]), po_a)
        self.assertEqual(env_a["stock.picking"].search([]), pick_a)
        with self.assertRaises(AccessError):
            env_a["purchase.order"].browse(po_b.id).read(["name"])
        with self.assertRaises(AccessError):
            env_a["stock.picking"].browse(pick_b.id).read(["name"])
        with self.assertRaises(AccessError):
            env_a["stock.picking"].browse(pick_a.id).write({"carrier_tracking_ref": "X"})
        with self.assertRaises(AccessError):
            env_a["sale.order"].browse(order.id).read(["name"])
        with self.assertRaises(AccessError):
            env_a["product.supplierinfo"].search([])

    def test_ship_validates_input_and_writes_nothing_on_error(self):
        order = self.make_order([(self.variant(self.rice, "1kg"), 1)])
        order.action_confirm()
        picking = order.picking_ids
        for carrier, ref, expected in (
            (self.carrier, "", "Enter the tracking number"),
            (self.carrier, "SF 123 456", "6 to 32 letters and digits"),
            (self.carrier, "单号123456", "6 to 32 letters and digits"),
            (self.env["delivery.carrier"], "SF1234567890", "configured carriers"),
        ):
            with self.subTest(ref=ref), self.assertRaises(UserError) as error:
                picking._mall_supplier_ship(carrier, ref)
            self.assertIn(expected, str(error.exception))
            self.assertFalse(picking.carrier_tracking_ref)
            self.assertEqual(picking.state, "assigned")
        other_company = self.env["res.company"].create({"name": "乙公司"})
        other_carrier = company_carrier(self.env, "乙公司快递", other_company)
        with self.assertRaises(UserError) as error:
            picking._mall_supplier_ship(other_carrier, "SF1234567890")
        self.assertIn("belongs to another company", str(error.exception))
        self.assertFalse(picking.carrier_id)
        self.assertFalse(picking.carrier_tracking_ref)
        self.assertEqual(picking.state, "assigned")
        picking._mall_supplier_ship(self.carrier, "SF1234567890")
        self.assertEqual(picking.state, "done")
        self.assertEqual(order.delivery_status, "full", "the shopper's order is shipped")
        with self.assertRaises(UserError):
            picking._mall_supplier_ship(self.carrier, "SF1234567890")


@tagged("post_install", "-at_install")
class TestSupplierPortal(MallSupplierHttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.order = cls.env["sale.order"].create(
            {
                "partner_id": cls.shopper.id,
                "order_line": [
                    (
                        0,
                        0,
                        {"product_id": cls.rice.product_variant_ids[0].id, "product_uom_qty": 2},
                    ),
                    (
                        0,
                        0,
                        {"product_id": cls.noodle.product_variant_ids[0].id, "product_uom_qty": 1},
                    ),
                ],
            }
        )
        cls.order.action_confirm()
        cls.pick_a = cls.order.picking_ids.filtered(lambda p: p.mall_supplier_id == cls.supplier_a)
        cls.pick_b = cls.order.picking_ids.filtered(lambda p: p.mall_supplier_id == cls.supplier_b)

    def test_portal_lists_own_shipments_with_masked_phone(self):
        self.authenticate("supplier_a", "supplier_a-pass-2026")
        page = self.url_open("/my/mall/shipments").text
        self.assertIn(self.pick_a.name, page)
        self.assertNotIn(self.pick_b.name, page)
        self.assertIn("王小二", page)
        self.assertIn("138****1234", page)
        self.assertNotIn("13812341234", page)
        for settlement in ("12.00", "30.00", "60.00"):
            self.assertNotIn(settlement, page, "no settlement price on the page")
        home = self.url_open("/my").text
        self.assertIn("/my/mall/shipments", home)

    def test_portal_refuses_another_suppliers_shipment(self):
        self.authenticate("supplier_a", "supplier_a-pass-2026")
        response = self.url_open(f"/my/mall/shipments/{self.pick_b.id}", allow_redirects=False)
        self.assertIn(response.status_code, (302, 303))
        response = self.url_open(
            f"/my/mall/shipments/{self.pick_b.id}/ship",
            data={
                "carrier_id": self.carrier.id,
                "tracking_ref": "ZT1234567890",
                "csrf_token": Request.csrf_token(self),
            },
            allow_redirects=False,
        )
        self.assertIn(response.status_code, (302, 303))
        self.assertFalse(self.pick_b.carrier_tracking_ref)
        self.assertNotEqual(self.pick_b.state, "done")

    def test_portal_bad_input_shows_the_error(self):
        self.authenticate("supplier_a", "supplier_a-pass-2026")
        response = self.url_open(
            f"/my/mall/shipments/{self.pick_a.id}/ship",
            data={
                "carrier_id": self.carrier.id,
                "tracking_ref": "bad ref!",
                "csrf_token": Request.csrf_token(self),
            },
        )
        self.assertIn("o_mall_ship_error", response.text)
        self.assertFalse(self.pick_a.carrier_tracking_ref)

    def test_portal_offers_and_accepts_only_carriers_of_the_orders_company(self):
        other_company = self.env["res.company"].create({"name": "乙公司"})
        other_carrier = company_carrier(self.env, "乙公司专用快递", other_company)
        own_carrier = company_carrier(self.env, "本公司专用快递", self.pick_a.company_id)
        self.authenticate("supplier_a", "supplier_a-pass-2026")
        page = self.url_open(f"/my/mall/shipments/{self.pick_a.id}").text
        self.assertIn(self.carrier.name, page, "a shared carrier is offered")
        self.assertIn(own_carrier.name, page)
        self.assertNotIn(other_carrier.name, page)
        response = self.url_open(
            f"/my/mall/shipments/{self.pick_a.id}/ship",
            data={
                "carrier_id": other_carrier.id,
                "tracking_ref": "SF1234567890",
                "csrf_token": Request.csrf_token(self),
            },
        )
        self.assertIn("o_mall_ship_error", response.text)
        # the error names the refused carrier (which the form does not offer)
        self.assertIn(other_carrier.name, response.text)
        self.assertFalse(self.pick_a.carrier_id)
        self.assertFalse(self.pick_a.carrier_tracking_ref)
        self.assertNotEqual(self.pick_a.state, "done")

    def test_tour_supplier_enters_tracking_number(self):
        self.start_tour(
            "/my/mall/shipments",
            "mall_supplier_ship_tour",
            login="supplier_a",
            password="supplier_a-pass-2026",
        )
        self.assertEqual(self.pick_a.state, "done")
        self.assertEqual(self.pick_a.carrier_tracking_ref, "SF1234567890")
        self.assertEqual(self.pick_a.carrier_id, self.carrier)
        self.assertNotEqual(self.pick_b.state, "done")
