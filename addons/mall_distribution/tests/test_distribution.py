from datetime import timedelta

from odoo import fields
from odoo.exceptions import UserError, ValidationError
from odoo.tests import new_test_user, tagged

from .common import DistributionCase


@tagged("post_install", "-at_install")
class TestDistribution(DistributionCase):
    def test_rates_product_then_category_then_default(self):
        company = self.company
        rice = self.rice.product_tmpl_id
        noodle = self.noodle.product_tmpl_id
        self.assertEqual(
            (rice._mall_dist_rate(1, company), rice._mall_dist_rate(2, company)), (10, 5)
        )
        parent = self.env["product.category"].create(
            {
                "name": "分销父类",
                "mall_dist_custom": True,
                "mall_dist_rate_l1": 8,
                "mall_dist_rate_l2": 3,
            }
        )
        self.category.parent_id = parent
        self.assertEqual(noodle._mall_dist_rate(1, company), 8)  # from the parent category
        self.category.write(
            {"mall_dist_custom": True, "mall_dist_rate_l1": 6, "mall_dist_rate_l2": 2}
        )
        self.assertEqual(noodle._mall_dist_rate(2, company), 2)  # its own category first
        noodle.write({"mall_dist_custom": True, "mall_dist_rate_l1": 20, "mall_dist_rate_l2": 0})
        self.assertEqual(
            (noodle._mall_dist_rate(1, company), noodle._mall_dist_rate(2, company)), (20, 0)
        )
        with self.assertRaises(ValidationError):
            noodle.mall_dist_rate_l1 = 120

    def test_binding_through_a_share_scene(self):
        a, _token, _promoter = self._promoter("甲")
        code = a._mall_get_share_code()
        b, _b_token, _addr = self._mall_member("乙")
        b._mall_on_login(f"p=12&u={code}", created=True)
        self.assertEqual(b.mall_dist_parent_id, a)
        self.assertFalse(b.mall_dist_bound_until)  # no validity set: for good
        # first binding wins: another promoter's share changes nothing
        c, _c_token, _promoter_c = self._promoter("丙")
        b._mall_on_login(f"u={c._mall_get_share_code()}", created=True)
        self.assertEqual(b.mall_dist_parent_id, a)
        # only new members are bound
        old, _t, _a = self._mall_member("丁")
        old._mall_on_login(f"u={code}", created=False)
        self.assertFalse(old.mall_dist_parent_id)
        # not through one's own code, nor a member who is not a promoter
        a._mall_on_login(f"u={code}", created=True)
        self.assertFalse(a.mall_dist_parent_id)
        plain, _t, _a = self._mall_member("戊")
        newcomer, _t, _a = self._mall_member("己")
        newcomer._mall_on_login(f"u={plain._mall_get_share_code()}", created=True)
        self.assertFalse(newcomer.mall_dist_parent_id)
        # everyone a promoter: then the plain member's share binds (and makes it one)
        self.company.mall_dist_everyone = True
        newcomer._mall_on_login(f"u={plain.mall_share_code}", created=True)
        self.assertEqual(newcomer.mall_dist_parent_id, plain)
        self.assertEqual(self.Promoter._mall_get(plain).state, "approved")

    def test_binding_validity_ends_the_commissions(self):
        self.company.mall_dist_binding_days = 30
        a, _token, promoter = self._promoter("甲")
        b, _t, _addr = self._mall_member("乙")
        b._mall_on_login(f"u={a._mall_get_share_code()}", created=True)
        self.assertAlmostEqual((b.mall_dist_bound_until - b.mall_dist_bound_at).days, 30)
        b.mall_dist_bound_until = fields.Datetime.now() - timedelta(minutes=1)
        self._order(b, [(self.rice, 1)])
        self.assertFalse(self.lines(promoter))

    def test_no_self_binding_and_no_cycle(self):
        a, _t, _p = self._promoter("甲")
        b, _t, _p = self._promoter("乙", parent=a)
        with self.assertRaises(ValidationError):
            a.mall_dist_parent_id = a
        with self.assertRaises(ValidationError):
            a.mall_dist_parent_id = b

    def test_two_levels_only_on_the_goods_paid(self):
        a, _t, pa = self._promoter("甲")
        b, _t, pb = self._promoter("乙", parent=a)
        c, _t, pc = self._promoter("丙", parent=b)
        d, _t, _addr = self._mall_member("丁", mall_dist_parent_id=c.id)
        order = self._order(d, [(self.rice, 2), (self.noodle, 3)])  # 230 of goods
        (l1,) = self.lines(pc)
        (l2,) = self.lines(pb)
        self.assertEqual(
            (l1.kind, l1.level, l1.amount, l1.base_amount), ("pending", "1", 23.0, 230.0)
        )
        self.assertEqual((l2.kind, l2.level, l2.amount), ("pending", "2", 11.5))
        self.assertEqual(l1.order_id, order)
        self.assertFalse(self.lines(pa), "never a third level")
        self.assertEqual(self.balances(pc)["pending"], 23.0)
        # confirmed again (a notify processed twice): nothing more
        order._mall_dist_earn()
        self.assertEqual(len(self.lines(pc)), 1)
        # a product's own rate
        self.noodle.product_tmpl_id.write(
            {"mall_dist_custom": True, "mall_dist_rate_l1": 20, "mall_dist_rate_l2": 0}
        )
        self._order(d, [(self.noodle, 1)])
        self.assertEqual(self.lines(pc, "pending").mapped("amount"), [23.0, 2.0])
        self.assertEqual(len(self.lines(pb, "pending")), 1, "a 0 % rate earns no line")

    def test_partial_refund_reverses_then_settlement_then_clawback(self):
        _a, _t, pa = self._promoter("甲")
        b, _t, pb = self._promoter("乙", parent=_a)
        c, _t, _addr = self._mall_member("丙", mall_dist_parent_id=b.id)
        order = self._order(c, [(self.rice, 2), (self.noodle, 2)])  # 220: L1 22, L2 11
        self._refund(order, {self.rice: 1})  # 100 of 220 refunded
        (rev1,) = self.lines(pb, "reversed")
        (rev2,) = self.lines(pa, "reversed")
        self.assertEqual((rev1.amount, rev2.amount), (-10.0, -5.0))
        self.assertEqual(self.balances(pb)["pending"], 12.0)
        # not settled before the window has passed
        order.mall_received_at = fields.Datetime.now() - timedelta(days=6)
        self.Line._cron_mall_settle()
        self.assertFalse(self.lines(pb, "settleable"))
        order.mall_received_at = fields.Datetime.now() - timedelta(days=8)
        self.Line._cron_mall_settle()
        self.assertEqual(
            self.balances(pb),
            {"pending": 0.0, "settleable": 12.0, "withdrawn": 0.0, "earned": 22.0},
        )
        self.assertEqual(self.balances(pa)["settleable"], 6.0)
        self.Line._cron_mall_settle()
        self.assertEqual(len(self.lines(pb, "settleable")), 1, "settled once")
        # the member withdraws everything, then a refund after settlement:
        # clawed back below zero
        self.env["mall.withdrawal"]._mall_request(b, 12.0)
        self.assertEqual(self.balances(pb)["settleable"], 0.0)
        self._refund(order, {self.rice: 1, self.noodle: 2})  # the rest: everything taken
        (claw,) = self.lines(pb, "clawback")
        self.assertEqual(claw.amount, -12.0)
        self.assertEqual(self.balances(pb)["settleable"], -12.0)
        self.assertEqual(self.lines(pa, "clawback").amount, -6.0)

    def test_operator_cancelling_a_paid_order_reverses_everything(self):
        a, _t, pa = self._promoter("甲")
        c, _t, _addr = self._mall_member("丙", mall_dist_parent_id=a.id)
        order = self._order(c, [(self.rice, 1)])
        order.with_context(disable_cancel_warning=True)._action_cancel()
        self.assertEqual(self.lines(pa, "reversed").amount, -10.0)
        self.assertEqual(self.balances(pa)["pending"], 0.0)

    def test_ledger_is_append_only(self):
        a, _t, pa = self._promoter("甲")
        c, _t, _addr = self._mall_member("丙", mall_dist_parent_id=a.id)
        self._order(c, [(self.rice, 1)])
        finance = new_test_user(self.env, login="dist_fin", groups="mall_base.group_mall_finance")
        line = self.lines(pa).with_user(finance)
        with self.assertRaises(UserError):
            line.amount = 1000
        with self.assertRaises(UserError):
            line.unlink()

    def test_withdrawal_reject_and_manual_payment(self):
        a, _t, pa = self._promoter("甲")
        c, _t, _addr = self._mall_member("丙", mall_dist_parent_id=a.id)
        order = self._order(c, [(self.rice, 3)])
        order.mall_received_at = fields.Datetime.now() - timedelta(days=8)
        self.Line._cron_mall_settle()
        Withdrawal = self.env["mall.withdrawal"]
        first = Withdrawal._mall_request(a, 10.0)
        finance = new_test_user(self.env, login="dist_fin2", groups="mall_base.group_mall_finance")
        wizard = (
            self.env["mall.withdrawal.reject"]
            .with_user(finance)
            .create({"withdrawal_ids": [(6, 0, first.ids)], "reason": "实名信息不符"})
        )
        wizard.action_confirm()
        self.assertEqual((first.state, first.reject_reason), ("rejected", "实名信息不符"))
        self.assertEqual(self.balances(pa)["settleable"], 30.0)
        with self.assertRaises(UserError):
            first.with_user(finance).action_approve()
        second = Withdrawal._mall_request(a, 30.0)
        second.with_user(finance).action_mark_paid()
        self.assertEqual((second.state, second.paid_manually), ("paid", True))
        self.assertEqual(
            self.balances(pa),
            {"pending": 0.0, "settleable": 0.0, "withdrawn": 30.0, "earned": 30.0},
        )
