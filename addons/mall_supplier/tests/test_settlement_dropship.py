from odoo.tests import tagged

from .common import MallSupplierCase


@tagged("post_install", "-at_install")
class TestSettlementAndDropship(MallSupplierCase):
    def _confirmed_two_supplier_order(self):
        order = self.make_order(
            [
                (self.variant(self.rice, "1kg"), 2),
                (self.variant(self.rice, "5kg"), 1),
                (self.variant(self.noodle, "5kg"), 3),
            ]
        )
        order.action_confirm()
        return order

    def test_confirmation_locks_supplier_and_settlement_price(self):
        order = self._confirmed_two_supplier_order()
        locked = {
            line.product_id.display_name: (line.mall_supplier_id, line.mall_settlement_price)
            for line in order.order_line
        }
        self.assertEqual(
            sorted(locked.values(), key=lambda v: v[1]),
            [(self.supplier_a, 12.0), (self.supplier_b, 30.0), (self.supplier_a, 60.0)],
        )
        self.assertEqual(order.mall_supplier_ids, self.supplier_a | self.supplier_b)

    def test_later_price_changes_change_nothing_on_confirmed_orders(self):
        order = self._confirmed_two_supplier_order()
        before = [(line.price_unit, line.mall_settlement_price) for line in order.order_line]
        purchase_prices = order._get_purchase_orders().order_line.mapped("price_unit")
        self.rice.seller_ids.price = 1.0
        self.noodle.seller_ids.price = 2.0
        self.rice.list_price = 99.0
        self.noodle.list_price = 88.0
        order.order_line.invalidate_recordset()
        self.assertEqual(
            [(line.price_unit, line.mall_settlement_price) for line in order.order_line], before
        )
        self.assertEqual(
            order._get_purchase_orders().order_line.mapped("price_unit"), purchase_prices
        )

    def test_one_purchase_order_and_one_dropship_per_supplier(self):
        order = self._confirmed_two_supplier_order()
        purchases = order._get_purchase_orders()
        self.assertEqual(len(purchases), 2)
        self.assertEqual(purchases.partner_id, self.supplier_a | self.supplier_b)
        self.assertEqual(set(purchases.mapped("state")), {"purchase"}, "sent to the suppliers")
        rice_po = purchases.filtered(lambda po: po.partner_id == self.supplier_a)
        self.assertEqual(
            sorted(rice_po.order_line.mapped(lambda line: (line.product_qty, line.price_unit))),
            [(1.0, 60.0), (2.0, 12.0)],
            "at the locked settlement prices",
        )
        dropships = order.picking_ids.filtered("is_dropship")
        self.assertEqual(len(dropships), 2)
        self.assertEqual(dropships.mall_supplier_id, self.supplier_a | self.supplier_b)
        for picking in dropships:
            self.assertEqual(picking.mall_recipient_id, self.shopper)
            self.assertEqual(picking.mall_masked_phone, "138****1234")
            self.assertEqual(picking.state, "assigned")

    def test_warehouse_products_ship_from_stock(self):
        self.noodle.mall_fulfillment = "warehouse"
        variant = self.variant(self.noodle, "1kg")
        self.env["stock.quant"]._update_available_quantity(
            variant, self.env.ref("stock.stock_location_stock"), 10
        )
        order = self.make_order([(variant, 2), (self.variant(self.rice, "1kg"), 1)])
        order.action_confirm()
        purchases = order._get_purchase_orders()
        self.assertEqual(purchases.partner_id, self.supplier_a, "only the dropship line is bought")
        outgoing = order.picking_ids.filtered(lambda p: p.picking_type_code == "outgoing")
        self.assertEqual(outgoing.move_ids.product_id, variant)
        self.assertEqual(
            order.order_line.filtered(lambda line: line.product_id == variant).mall_supplier_id,
            self.supplier_b,
            "the supplier is still recorded for statements",
        )

    def test_operators_find_orders_by_supplier(self):
        order = self._confirmed_two_supplier_order()
        other = self.make_order([(self.variant(self.noodle, "1kg"), 1)])
        other.action_confirm()
        found = self.env["sale.order"].search([("mall_supplier_ids", "in", self.supplier_a.ids)])
        self.assertIn(order, found)
        self.assertNotIn(other, found)
        groups = self.env["sale.order.line"]._read_group(
            [("order_id", "in", (order | other).ids)], ["mall_supplier_id"], ["product_uom_qty:sum"]
        )
        self.assertEqual(
            dict(groups),
            {self.supplier_a: 3.0, self.supplier_b: 4.0},
        )
