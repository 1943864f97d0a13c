from contextlib import closing

import psycopg2

from odoo import sql_db
from odoo.addons.mall_base.exceptions import MallError
from odoo.addons.mall_base.locking import lock_rows
from odoo.exceptions import UserError
from odoo.http import serialize_exception
from odoo.tests import tagged
from odoo.tests.common import TransactionCase


@tagged("post_install", "-at_install")
class TestOrderCore(TransactionCase):
    """The order core without HTTP: what every channel builds on."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.member = cls.env["res.partner"].create(
            {"name": "核心测试会员", "mall_member_since": "2026-01-01 08:00:00"}
        )
        cls.address = cls.env["res.partner"].create(
            {
                "name": "核心测试会员",
                "parent_id": cls.member.id,
                "type": "delivery",
                "mobile": "13800138000",
                "country_id": cls.env.ref("base.cn").id,
                "state_id": cls.env.ref("base.state_cn_SH").id,
                "city": "上海市",
                "street": "张杨路 1500 号",
            }
        )
        template = cls.env["product.template"].create(
            {
                "name": "核心测试挂面",
                "type": "consu",
                "sale_ok": True,
                "list_price": 12.5,
                "weight": 0.5,
                "mall_ok": True,
                "mall_published": True,
            }
        )
        cls.product = template.product_variant_id
        cls.hidden = cls.env["product.product"].create(
            {"name": "未上架商品", "type": "consu", "sale_ok": True, "list_price": 3}
        )
        cls.SaleOrder = cls.env["sale.order"]

    def test_refusals_are_user_errors_with_a_code_and_a_kind(self):
        with self.assertRaises(MallError) as caught:
            self.SaleOrder._mall_place_order(
                self.member, self.address, {self.hidden: 1}, "core-test-key-1"
            )
        self.assertIsInstance(caught.exception, UserError)  # the web client shows it
        self.assertEqual(
            (caught.exception.code, caught.exception.kind), ("product_not_found", "not_found")
        )
        self.assertFalse(self.SaleOrder.search([("partner_id", "=", self.member.id)]))
        with self.assertRaises(MallError) as caught:
            self.SaleOrder._mall_check_line_quantities({self.product: 100})
        self.assertEqual(
            (caught.exception.code, caught.exception.kind), ("quantity_limit", "conflict")
        )
        with self.assertRaises(ValueError):
            MallError("x", "y", kind="teapot")

    def test_quote_prices_like_placing_and_writes_nothing(self):
        quote = self.SaleOrder._mall_quote(self.member, self.address, {self.product: 2})
        self.assertFalse(self.SaleOrder.search([("partner_id", "=", self.member.id)]))
        order = self.SaleOrder._mall_place_order(
            self.member, self.address, {self.product: 2}, "core-test-key-2"
        )
        placed = order._mall_amounts()
        self.assertEqual({k: quote[k] for k in placed}, placed)
        self.assertEqual(placed["amount_goods"], 25.0)
        currency = order.currency_id
        self.assertTrue(
            currency.is_zero(
                placed["amount_goods"]
                + placed["amount_discount"]
                + placed["amount_shipping"]
                - placed["amount_total"]
            )
        )
        self.assertEqual(order.mall_shopper_state, "pending_payment")
        self.assertEqual(
            self.SaleOrder._mall_find_order_by_key(self.member, "core-test-key-2"), order
        )

    def test_unpaid_order_limit_is_per_company(self):
        self.env.company.mall_max_unpaid_orders = 1
        self.SaleOrder._mall_place_order(
            self.member, self.address, {self.product: 1}, "core-test-key-3"
        )
        with self.assertRaises(MallError) as caught:
            self.SaleOrder._mall_place_order(
                self.member, self.address, {self.product: 1}, "core-test-key-4"
            )
        self.assertEqual(
            (caught.exception.code, caught.exception.kind), ("too_many_unpaid_orders", "limit")
        )
        self.env.company.mall_max_unpaid_orders = 0  # no limit
        self.SaleOrder._mall_place_order(
            self.member, self.address, {self.product: 1}, "core-test-key-4"
        )

    def test_a_member_finds_only_its_own_orders(self):
        order = self.SaleOrder._mall_place_order(
            self.member, self.address, {self.product: 1}, "core-test-key-5"
        )
        other = self.env["res.partner"].create({"name": "另一位会员"})
        self.assertEqual(self.SaleOrder._mall_find_order(self.member, order.id), order)
        self.assertFalse(self.SaleOrder._mall_find_order(other, order.id))
        self.assertFalse(self.SaleOrder._mall_find_order(self.member, 2**31))
        cart = self.SaleOrder._mall_cart_add(self.member, self.product, 1)
        line = cart._mall_product_lines()
        self.assertEqual(self.SaleOrder._mall_find_cart_line(self.member, line.id)[1], line)
        self.assertFalse(self.SaleOrder._mall_find_cart_line(other, line.id)[1])
        self.assertFalse(
            self.SaleOrder._mall_find_order(self.member, cart.id), "a cart is no order"
        )

    def test_lock_rows_locks_and_touches(self):
        self.assertEqual(lock_rows(self.SaleOrder.browse()), self.SaleOrder.browse())
        company = self.env.company  # a committed row, visible to another connection
        before = company.write_date
        self.assertEqual(lock_rows(company, touch=True), company)
        self.assertEqual(company.write_date, before, "touched, not changed")
        # the row is locked by this transaction: another connection cannot take it
        with closing(sql_db.db_connect(self.env.cr.dbname).cursor()) as other:
            other.execute("SET lock_timeout = '200ms'")
            with self.assertRaises(psycopg2.errors.LockNotAvailable):
                other.execute("SELECT id FROM res_company WHERE id = %s FOR UPDATE", [company.id])

    def test_the_web_client_shows_a_refusal_as_a_warning(self):
        """Serialized as the web client receives it: a warning dialog with the
        Chinese message, not the server-error dialog."""
        with self.assertRaises(MallError) as caught:
            self.SaleOrder._mall_check_line_quantities({self.product: 100})
        data = serialize_exception(caught.exception)
        self.assertEqual(data["context"]["exception_class"], "odoo.exceptions.UserError")
        self.assertIn("99", data["message"])
