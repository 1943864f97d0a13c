from datetime import timedelta

from odoo import fields
from odoo.addons.mall_supplier.tests.common import MallSupplierMixin
from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import FulfillmentCase

SHIP_ACTIVITY = "mall_fulfillment.mail_activity_type_mall_ship"


@tagged("post_install", "-at_install")
class TestOrderFlow(FulfillmentCase):
    """Paid -> team told -> shipped from the workbench -> shopper told -> received."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.operator = cls.env["res.users"].create(
            {
                "name": "履约专员",
                "login": "fulfil-operator@example.com",
                "groups_id": [(6, 0, [cls.env.ref("mall_base.group_mall_fulfillment").id])],
            }
        )
        cls.company.mall_fulfillment_user_id = cls.operator
        cls.template = cls.env["wechat.subscribe.template"].create(
            {
                "name": "发货通知（测试）",
                "template_id": "tmpl-shipped-test",
                "page": "pages/order/detail",
                "company_id": cls.company.id,
                "keyword_ids": [
                    (0, 0, {"key": "character_string1", "name": "订单号", "field_path": "name"}),
                    (0, 0, {"key": "thing2", "name": "快递", "field_path": "mall_carrier_names"}),
                    (
                        0,
                        0,
                        {
                            "key": "character_string3",
                            "name": "单号",
                            "field_path": "mall_tracking_numbers",
                        },
                    ),
                ],
            }
        )
        cls.company.mall_shipped_template_id = cls.template
        cls.channel = cls.env.ref("mall_fulfillment.channel_mall_fulfillment")

    def _to_ship(self):
        action = self.env.ref("mall_fulfillment.action_mall_to_ship")
        domain = eval(action.domain)  # noqa: S307 - the action's own literal domain
        return self.env["stock.picking"].search(domain)

    def _delivery(self, order):
        return order.picking_ids.filtered(lambda p: p.location_dest_id.usage == "customer")

    def test_paid_order_tells_the_team_and_waits_in_the_workbench(self):
        order = self._order(self.member, self.address)
        self.assertTrue(order.mall_paid_at)
        activity = order.activity_ids.filtered(
            lambda a: a.activity_type_id == self.env.ref(SHIP_ACTIVITY)
        )
        self.assertEqual(activity.user_id, self.operator)
        self.assertIn(order.name, activity.summary)
        posted = self.channel.message_ids.filtered(lambda m: order.name in (m.body or ""))
        self.assertEqual(len(posted), 1, "one message in the operators' channel")
        self.assertIn("测试运单商品", posted.body)
        self.assertIn(self.operator.partner_id, self.channel.channel_member_ids.partner_id)
        picking = self._delivery(order)
        self.assertIn(picking, self._to_ship())
        self.assertEqual(picking.mall_paid_at, order.mall_paid_at)
        self.assertEqual(picking.mall_store_id, order.warehouse_id)
        self.assertFalse(picking.mall_ship_supplier_id, "our own warehouse ships it")

    def test_orders_waiting_too_long_are_highlighted(self):
        self.company.mall_overdue_hours = 24
        fresh = self._order(self.member, self.address)
        old = self._order(self.member, self.address)
        old.mall_paid_at = fields.Datetime.now() - timedelta(hours=30)
        fresh_picking, old_picking = self._delivery(fresh), self._delivery(old)
        self.assertFalse(fresh_picking.mall_overdue)
        self.assertTrue(old_picking.mall_overdue)
        self.assertGreaterEqual(old_picking.mall_wait_hours, 30)
        overdue = self.env["stock.picking"].search([("mall_overdue", "=", True)])
        self.assertIn(old_picking, overdue)
        self.assertNotIn(fresh_picking, overdue)
        self.assertIn(
            fresh_picking, self.env["stock.picking"].search([("mall_overdue", "=", False)])
        )
        # groups by age (day paid), supplier and store are stored fields
        groups = self.env["stock.picking"].read_group(
            [("id", "in", (fresh_picking | old_picking).ids)],
            ["mall_ship_supplier_id", "mall_store_id"],
            ["mall_paid_at:day"],
        )
        self.assertTrue(groups)

    def test_ship_from_the_workbench(self):
        order = self._order(self.member, self.address)
        picking = self._delivery(order)
        # the operator fills in the row, then presses Ship
        picking.with_user(self.operator).write(
            {"carrier_id": self.carrier_sf.id, "carrier_tracking_ref": "SF5550001112223"}
        )
        result = picking.with_user(self.operator).action_mall_ship()
        self.assertEqual(result["tag"], "soft_reload")
        self.assertEqual(picking.state, "done")
        self.assertEqual(order.mall_shopper_state, "shipped")
        self.assertTrue(order.mall_shipped_at)
        self.assertNotIn(picking, self._to_ship())
        # the to-ship activity is done
        self.assertFalse(
            order.activity_ids.filtered(lambda a: a.activity_type_id == self.env.ref(SHIP_ACTIVITY))
        )
        # chatter: the tracking number, the shipment, the status change, by whom
        bodies = order.message_ids.mapped("body")
        self.assertTrue(any("SF5550001112223" in b and picking.name in b for b in bodies))
        shipped = order.message_ids.filtered(
            lambda m: "Shipped" in (m.body or "") or "已发货" in (m.body or "")
        )
        self.assertTrue(shipped)
        self.assertEqual(shipped[0].author_id, self.operator.partner_id)
        # the shopper's subscribe message is queued with the tracking number
        log = self.env["wechat.message.log"].search(
            [("res_model", "=", "sale.order"), ("res_id", "=", order.id)]
        )
        self.assertEqual(len(log), 1)
        self.assertEqual(log.openid, self.member.mall_openid)
        self.assertIn("SF5550001112223", str(log.data))
        self.assertIn(f"id={order.id}", log.page)
        # a tracking for the logistics timeline
        self.assertEqual(picking.mall_tracking_ids.number, "SF5550001112223")

    def test_bad_shipments_write_nothing(self):
        order = self._order(self.member, self.address)
        picking = self._delivery(order)
        for carrier, ref in (
            (self.carrier_sf, ""),
            (self.carrier_sf, "SF 123"),
            (self.env["delivery.carrier"], "SF5550001112224"),
        ):
            with self.assertRaises(UserError):
                picking._mall_ship(carrier, ref)
        self.assertNotEqual(picking.state, "done")
        self.assertFalse(picking.carrier_tracking_ref)
        picking._mall_ship(self.carrier_sf, "SF5550001112224")
        with self.assertRaises(UserError, msg="shipping twice is refused"):
            picking._mall_ship(self.carrier_sf, "SF5550001112225")
        self.assertEqual(picking.carrier_tracking_ref, "SF5550001112224")
        # an unpaid (cart or pending) order cannot be shipped
        unpaid = self._order(self.member, self.address, confirm=False)
        self.assertFalse(self._delivery(unpaid))

    def test_a_template_that_cannot_be_filled_does_not_stop_the_shipment(self):
        self.template.keyword_ids[0].field_path = "no_such_field"
        order = self._order(self.member, self.address)
        self._delivery(order)._mall_ship(self.carrier_sf, "SF5550001112226")
        self.assertEqual(order.mall_shopper_state, "shipped")
        self.assertTrue(
            any("not sent" in b or "未发送" in b for b in order.message_ids.mapped("body"))
        )

    def test_received_by_the_shopper_or_automatically(self):
        self.company.mall_auto_receive_days = 7
        recent = self._order(self.member, self.address)
        old = self._order(self.member, self.address)
        for number, order in (("SF5550001112227", recent), ("SF5550001112228", old)):
            self._delivery(order)._mall_ship(self.carrier_sf, number)
        old.mall_shipped_at = fields.Datetime.now() - timedelta(days=8)
        SaleOrder = self.env["sale.order"]
        self.assertGreaterEqual(SaleOrder._cron_mall_auto_receive(), 1)
        self.assertEqual(old.mall_shopper_state, "done")
        self.assertTrue(old.mall_auto_received)
        self.assertTrue(
            any("automatically" in b or "自动" in b for b in old.message_ids.mapped("body"))
        )
        self.assertEqual(recent.mall_shopper_state, "shipped", "not due yet")
        # turned off for the company: nothing of it is received
        self.company.mall_auto_receive_days = 0
        recent.mall_shipped_at = fields.Datetime.now() - timedelta(days=30)
        SaleOrder._cron_mall_auto_receive()
        self.assertEqual(recent.mall_shopper_state, "shipped")
        self.assertFalse(recent.mall_auto_received)
        # the shopper confirms
        recent._mall_receive()
        self.assertEqual(recent.mall_shopper_state, "done")
        self.assertFalse(recent.mall_auto_received)
        self.assertTrue(any("confirmed receipt" in b for b in recent.message_ids.mapped("body")))


@tagged("post_install", "-at_install")
class TestToShipTour(FulfillmentCase):
    def test_tour_operator_ships_from_the_workbench(self):
        operator = self.env["res.users"].create(
            {
                "name": "履约专员（导览）",
                "login": "fulfil-tour",
                "password": "fulfil-tour-pass-2026",
                "groups_id": [(6, 0, [self.env.ref("mall_base.group_mall_fulfillment").id])],
            }
        )
        order = self._order(self.member, self.address)
        order.name = "MALLTOUR0001"
        # paid long ago: overdue, and first in the list (oldest first)
        order.mall_paid_at = fields.Datetime.now() - timedelta(days=400)
        picking = order.picking_ids.filtered(lambda p: p.location_dest_id.usage == "customer")
        self.start_tour(
            "/odoo/mall-to-ship",
            "mall_to_ship_tour",
            login=operator.login,
            password="fulfil-tour-pass-2026",
        )
        self.assertEqual(picking.state, "done")
        self.assertEqual(picking.carrier_tracking_ref, "SF7654321098")
        self.assertEqual(picking.carrier_id.mall_kuaidi100_code, "shunfeng")
        self.assertEqual(order.mall_shopper_state, "shipped")


@tagged("post_install", "-at_install")
class TestMixedOrderFlow(MallSupplierMixin, FulfillmentCase):
    """One order, two parcels: one from our warehouse, one dropshipped by a
    supplier who ships in the portal."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_suppliers()
        cls.provider = cls.env["payment.provider"].search(
            [("code", "=", "wechatpay"), ("company_id", "=", cls.company.id)], limit=1
        )
        cls.provider.write({"wechatpay_mchid": "1900000999"})

    def _paid_mixed_order(self):
        order = self._order(self.member, self.address, confirm=False)
        order.write(
            {
                "order_line": [
                    (0, 0, {"product_id": self.variant(self.rice, "5kg").id, "product_uom_qty": 2})
                ]
            }
        )
        tx = self.env["payment.transaction"].create(
            {
                "provider_id": self.provider.id,
                "payment_method_id": self.env.ref("payment.payment_method_wechat_pay").id,
                "reference": f"MIX-{order.id}",
                "amount": order.amount_total,
                "currency_id": order.currency_id.id,
                "partner_id": self.member.id,
                "operation": "online_direct",
                "wechatpay_payer_openid": self.member.mall_openid,
                "sale_order_ids": [(6, 0, order.ids)],
            }
        )
        tx._set_done()
        order.action_confirm()
        return order, tx

    def test_order_is_shipped_when_every_parcel_has_left(self):
        order, tx = self._paid_mixed_order()
        deliveries = order._mall_deliveries()
        self.assertEqual(len(deliveries), 2)
        warehouse = deliveries.filtered(lambda p: not p.is_dropship)
        dropship = deliveries.filtered("is_dropship")
        self.assertEqual(dropship.mall_ship_supplier_id, self.supplier_a)
        self.assertFalse(warehouse.mall_ship_supplier_id)

        warehouse._mall_ship(self.carrier_sf, "SF6660001112223")
        self.assertEqual(order.mall_shopper_state, "paid", "one parcel still to go")
        self.assertFalse(order.mall_shipped_at)
        Upload = self.env["wechat.shipping.upload"]
        Log = self.env["wechat.message.log"]
        domain = [("res_model", "=", "sale.order"), ("res_id", "=", order.id)]
        self.assertFalse(Upload.search(domain))
        self.assertFalse(Log.search(domain))

        # the supplier ships the other parcel in the portal
        zto = self.env["delivery.carrier"].search([("mall_kuaidi100_code", "=", "zhongtong")])
        # (the portal checks access, then works on the sudo record as the supplier)
        dropship.with_user(self.user_a).sudo()._mall_supplier_ship(zto[:1], "ZT7770001112223")
        self.assertEqual(order.mall_shopper_state, "shipped")
        self.assertTrue(order.mall_shipped_at)
        shipped_by_supplier = order.message_ids.filtered(
            lambda m: "ZT7770001112223" in (m.body or "") and "Shipped" in (m.body or "")
        )
        self.assertEqual(shipped_by_supplier.author_id, self.user_a.partner_id)
        self.assertEqual(len(Log.search(domain)), 1)
        upload = Upload.search(domain)
        self.assertEqual(len(upload), 1)
        self.assertEqual(upload.out_trade_no, tx.reference)
        self.assertEqual(upload.mchid, "1900000999")
        self.assertEqual(upload.payer_openid, self.member.mall_openid)
        self.assertEqual((upload.delivery_mode, upload.is_all_delivered), ("2", True))
        self.assertEqual(
            sorted(upload.line_ids.mapped("tracking_no")), ["SF6660001112223", "ZT7770001112223"]
        )
        self.assertEqual(sorted(upload.line_ids.mapped("express_company")), ["SF", "ZTO"])
        self.assertTrue(all("*" in c for c in upload.line_ids.mapped("receiver_contact")))
        self.assertIn("测试大米", " ".join(upload.line_ids.mapped("item_desc")))
