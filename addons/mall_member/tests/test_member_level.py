from datetime import timedelta

from odoo import fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import new_test_user, tagged

from .common import MemberCase


@tagged("post_install", "-at_install")
class TestMemberLevel(MemberCase):
    def paid(self, member, lines):
        order = self.placed_order(member, lines)
        order.action_confirm()
        return order

    def test_new_member_starts_at_the_entry_level(self):
        self.assertEqual(self.member.mall_level_id, self.regular)
        self.assertEqual(self.member.mall_growth_value, 0)
        self.assertEqual(self.pricelist_of(self.member), self.pricelist_of(self.other))
        self.assertNotIn(
            self.pricelist_of(self.member),
            self.silver_prices | self.gold_prices,
            "a member without member prices never falls back on a level's pricelist",
        )

    def test_payment_adds_growth_once_and_upgrades(self):
        order = self.paid(self.member, {self.rice: 11})  # 1100 + 10 shipping
        self.assertMoney(order.amount_total, 1110)
        self.assertEqual(order.mall_growth_added, 1110)
        self.assertEqual(self.member.mall_growth_value, 1110)
        self.assertEqual(self.member.mall_level_id, self.silver)
        self.assertEqual(self.pricelist_of(self.member), self.silver_prices)
        self.assertIn("测试银卡", self.member.message_ids[0].body)
        self.assertIn(order.name, self.member.message_ids[0].body)

        # the payment notify processed again: nothing more
        order._mall_add_growth()
        order.state = "draft"
        order.action_confirm()
        self.member.invalidate_recordset()
        self.assertEqual(self.member.mall_growth_value, 1110)
        self.assertEqual(order.mall_growth_added, 1110)

        # a second order adds up, and reaches 金卡
        self.paid(self.member, {self.rice: 45})  # at 银卡 prices: 45 × 98 + 10
        self.assertEqual(self.member.mall_growth_value, 1110 + 45 * 98 + 10)
        self.assertEqual(self.member.mall_level_id, self.gold)
        self.assertEqual(self.pricelist_of(self.member), self.gold_prices)
        # a non-mall order adds nothing
        other = self.env["sale.order"].create(
            {"partner_id": self.other.id, "order_line": [(0, 0, {"product_id": self.rice.id})]}
        )
        other.action_confirm()
        self.assertEqual(self.other.mall_growth_value, 0)
        self.assertFalse(other.mall_growth_done)

    def test_growth_per_yuan_is_rounded_down(self):
        company = self.company
        company.mall_growth_per_yuan = 0.5
        self.assertEqual(company._mall_growth_for(99.99), 49)
        company.mall_growth_per_yuan = 100
        self.assertEqual(company._mall_growth_for(0.29), 29, "no floating-point loss")
        company.mall_growth_per_yuan = 1
        self.assertEqual(company._mall_growth_for(0.99), 0)
        company.mall_growth_per_yuan = 0.5
        order = self.paid(self.member, {self.noodle: 3})  # 37.50 + 10
        self.assertEqual(order.mall_growth_added, 23)
        self.assertEqual(self.member.mall_growth_value, 23)
        with self.assertRaises(ValidationError):
            company.mall_growth_per_yuan = -1

    def test_level_change_reprices_the_cart(self):
        Order = self.env["sale.order"]
        cart = Order._mall_cart_add(self.member, self.rice, 2)
        self.assertMoney(cart.order_line.price_unit, 100)
        self._set_growth(self.member, 1000)
        self.assertEqual(self.member.mall_level_id, self.silver)
        self.assertEqual(cart.pricelist_id, self.silver_prices)
        self.assertMoney(cart.order_line.price_unit, 98)
        # a level's new member prices reach its members and their carts
        self.silver.pricelist_id = self.gold_prices
        self.assertEqual(self.pricelist_of(self.member), self.gold_prices)
        self.assertMoney(cart.order_line.price_unit, 90)

    def test_yearly_review_lowers_levels(self):
        old = self.paid(self.member, {self.rice: 60})  # 6010
        recent = self.paid(self.member, {self.rice: 12})  # gold: 12 × 90 + 0 shipping (≥ 99)
        self.assertEqual(self.member.mall_level_id, self.gold)
        self.assertEqual(self.member.mall_growth_value, 6010 + 1080)
        old.date_order = fields.Datetime.now() - timedelta(days=400)
        # the rule is "never": the cron leaves the company alone
        Partner = self.env["res.partner"]
        Partner._cron_mall_review_levels()
        self.assertEqual(self.member.mall_level_id, self.gold)
        self.assertEqual(self.member.mall_growth_value, 7090)

        self.company.mall_level_downgrade = "yearly"
        self._set_growth(self.other, 1500)  # no order: back to 0
        Partner._cron_mall_review_levels()
        self.assertEqual(self.member.mall_growth_value, recent.mall_growth_value)
        self.assertEqual(self.member.mall_level_id, self.silver)
        self.assertEqual(self.pricelist_of(self.member), self.silver_prices)
        self.assertIn("测试金卡 → 测试银卡", self.member.message_ids[0].body)
        self.assertEqual(self.other.mall_growth_value, 0)
        self.assertEqual(self.other.mall_level_id, self.regular)
        self.assertNotIn(self.pricelist_of(self.other), self.silver_prices | self.gold_prices)

    def test_admin_recomputes_a_level(self):
        self._set_growth(self.member, 6000)
        self.assertEqual(self.member.mall_level_id, self.gold)
        # growth going down never lowers the level by itself
        self.member._mall_add_growth(-5000)
        self.member._mall_sync_level(self.company)
        self.assertEqual(self.member.mall_level_id, self.gold)
        operator = new_test_user(
            self.env, login="level_campaign", groups="mall_base.group_mall_campaign"
        )
        with self.assertRaises(AccessError):
            self.member.with_user(operator).action_mall_recompute_level()
        admin = new_test_user(self.env, login="level_admin", groups="mall_base.group_mall_admin")
        self.member.with_user(admin).action_mall_recompute_level()
        self.assertEqual(self.member.mall_level_id, self.silver)
        self.assertIn("level_admin", self.member.message_ids[0].body)

    def test_level_rules(self):
        Level = self.env["mall.member.level"]
        values = {"company_id": self.company.id, "name": "x"}
        for bad in (
            {"growth_min": -1},
            {"growth_min": 1000},  # 测试银卡 starts there
            {"growth_min": 7, "points_multiplier": 0},
            {"growth_min": 8, "free_shipping_threshold": -5},
        ):
            with self.subTest(bad=bad), self.assertRaises(ValidationError), self.env.cr.savepoint():
                Level.create({**values, **bad})
        usd = self.env.ref("base.USD")
        dollars = self.env["product.pricelist"].create({"name": "USD", "currency_id": usd.id})
        with self.assertRaises(ValidationError), self.env.cr.savepoint():
            Level.create({**values, "growth_min": 9, "pricelist_id": dollars.id})
        # held by members: archive, not delete
        with self.assertRaises(UserError), self.env.cr.savepoint():
            self.regular.unlink()
        unused = Level.create({**values, "growth_min": 10})
        unused.unlink()
        self.assertFalse(unused.exists())

    def test_archived_level_is_replaced(self):
        self._set_growth(self.member, 1200)
        self.assertEqual(self.member.mall_level_id, self.silver)
        self.silver.active = False
        self.member._mall_sync_level(self.company)
        self.assertEqual(self.member.mall_level_id, self.regular)
        self.assertNotEqual(self.pricelist_of(self.member), self.silver_prices)

    def test_operators_read_levels_admins_edit(self):
        user = new_test_user(self.env, login="level_user", groups="mall_base.group_mall_campaign")
        self.assertEqual(self.silver.with_user(user).name, "测试银卡")
        with self.assertRaises(AccessError):
            self.silver.with_user(user).write({"growth_min": 900})
        admin = new_test_user(self.env, login="level_admin2", groups="mall_base.group_mall_admin")
        self.silver.with_user(admin).write({"growth_min": 900})
        self.assertEqual(self.silver.growth_min, 900)
        self.assertEqual(self.silver.with_user(admin).member_count, 0)
