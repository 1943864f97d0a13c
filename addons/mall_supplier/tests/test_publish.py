from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user, tagged

from .common import MallSupplierCase


@tagged("post_install", "-at_install")
class TestMallPublish(MallSupplierCase):
    def test_publish_complete_product(self):
        self.rice.action_mall_publish()
        self.assertTrue(self.rice.mall_published)
        self.assertEqual(self.rice.mall_supplier_id, self.supplier_a)

    def test_refusal_lists_every_missing_piece(self):
        bare = self.env["product.template"].create({"name": "散装米", "list_price": 0})
        with self.assertRaises(UserError) as error:
            bare.action_mall_publish()
        message = str(error.exception)
        for piece in ("no mall supplier", "no image", "no sale price", "no settlement price"):
            self.assertIn(piece, message)
        self.assertFalse(bare.mall_published)

    def test_refusal_in_chinese(self):
        self.env["res.lang"]._activate_lang("zh_CN")
        bare = (
            self.env["product.template"]
            .with_context(lang="zh_CN")
            .create({"name": "散装米", "list_price": 0})
        )
        with self.assertRaises(UserError) as error:
            bare.action_mall_publish()
        self.assertIn("供应商", str(error.exception))
        self.assertIn("图片", str(error.exception))

    def test_settlement_above_sale_price_needs_finance(self):
        seller = self.rice.seller_ids.filtered(lambda s: s.product_id.lst_price == 20.0)
        seller.price = 25.0
        with self.assertRaises(UserError) as error:
            self.rice.action_mall_publish()
        self.assertIn("above its sale price", str(error.exception))
        operator = new_test_user(self.env, login="op_pub", groups="mall_base.group_mall_product")
        with self.assertRaises(AccessError):
            self.rice.with_user(operator).write({"mall_settlement_override": True})
        finance = new_test_user(self.env, login="fin_pub", groups="mall_base.group_mall_finance")
        with self.assertRaises(AccessError):
            self.rice.with_user(operator).action_mall_allow_settlement_override()
        self.rice.with_user(finance).action_mall_allow_settlement_override()
        self.rice.with_user(operator).action_mall_publish()
        self.assertTrue(self.rice.mall_published)

    def test_publishing_cannot_be_forced_by_write(self):
        self.rice.image_1920 = False
        with self.assertRaises(UserError):
            self.rice.write({"mall_published": True})
        self.assertFalse(self.rice.mall_published)

    def test_suspending_a_supplier_unpublishes_its_products(self):
        (self.rice | self.noodle).action_mall_publish()
        self.supplier_a.action_mall_suspend()
        self.assertEqual(self.supplier_a.mall_supplier_state, "suspended")
        self.assertFalse(self.rice.mall_published)
        self.assertTrue(self.noodle.mall_published, "other suppliers' products stay")
        with self.assertRaises(UserError) as error:
            self.rice.action_mall_publish()
        self.assertIn("suspended", str(error.exception))
        self.supplier_a.action_mall_reactivate()
        self.rice.action_mall_publish()
        self.assertTrue(self.rice.mall_published)

    def test_dropship_route_follows_fulfilment(self):
        route = self.env.ref("stock_dropshipping.route_drop_shipping")
        self.assertIn(route, self.rice.route_ids)
        self.rice.mall_fulfillment = "warehouse"
        self.assertNotIn(route, self.rice.route_ids)
        self.rice.mall_fulfillment = "dropship"
        self.assertIn(route, self.rice.route_ids)

    def test_shoppers_never_read_settlement_prices(self):
        order = self.make_order([(self.variant(self.rice, "1kg"), 1)])
        order.action_confirm()
        shopper_user = new_test_user(
            self.env,
            login="shopper_portal",
            groups="base.group_portal",
            partner_id=self.shopper.id,
        )
        line = order.order_line.with_user(shopper_user)
        self.assertEqual(line.read(["price_unit"])[0]["price_unit"], 20.0)
        for field in ("mall_settlement_price", "mall_supplier_id", "mall_supplierinfo_id"):
            with self.assertRaises(AccessError):
                line.read([field])
        with self.assertRaises(AccessError):
            self.rice.seller_ids.with_user(shopper_user).read(["price"])
        fields_seen = order.order_line.with_user(shopper_user).fields_get()
        self.assertNotIn("mall_settlement_price", fields_seen)
