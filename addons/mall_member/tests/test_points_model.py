from datetime import date, timedelta

from odoo import fields
from odoo.addons.mall_base.exceptions import MallError
from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user, tagged

from .common import PointsCase


@tagged("post_install", "-at_install")
class TestPointsLedger(PointsCase):
    def test_post_moves_the_balance_with_its_line(self):
        self.give(30)
        line = self.Line._mall_post(self.member, -12, "spend", company=self.company)
        self.assertEqual(self.balance(), 18)
        self.assertEqual((line.kind, line.points, line.state), ("spend", -12, "posted"))
        self.assertLedgerMatches()
        self.assertEqual(self.balance(self.other), 0, "another member's balance is untouched")

    def test_never_negative(self):
        self.give(10)
        with self.assertRaises(MallError) as caught:
            self.Line._mall_post(self.member, -11, "spend", company=self.company)
        self.assertEqual(caught.exception.code, "points_insufficient")
        self.assertEqual(caught.exception.kind, "conflict")
        self.assertEqual(self.balance(), 10)
        self.assertEqual(len(self.ledger()), 1, "nothing written")
        # a reversal takes what is there and records the rest as not recovered
        line = self.Line._mall_post(self.member, -15, "reverse", company=self.company, partial=True)
        self.assertEqual((line.points, line.points_unrecovered), (-10, 5))
        self.assertEqual(self.balance(), 0)
        self.assertLedgerMatches()

    def test_a_key_posts_once(self):
        first = self.Line._mall_post(
            self.member, 5, "reward", reason="晒单奖励", company=self.company, key="review:1"
        )
        again = self.Line._mall_post(
            self.member, 5, "reward", reason="晒单奖励", company=self.company, key="review:1"
        )
        self.assertEqual(again, first)
        self.assertEqual(self.balance(), 5)
        self.assertEqual(first.name, "晒单奖励")
        # the same key of another kind or member is another line
        self.Line._mall_post(self.other, 5, "reward", company=self.company, key="review:1")
        self.assertEqual(self.balance(self.other), 5)

    def test_adjust_wizard_logs_and_refuses_going_negative(self):
        finance = new_test_user(
            self.env, login="points_finance", groups="mall_base.group_mall_finance"
        )
        Wizard = self.env["mall.points.adjust"].with_user(finance)
        wizard = Wizard.create({"partner_id": self.member.id, "points": 20, "reason": "客服补偿"})
        wizard.action_confirm()
        self.assertEqual(self.balance(), 20)
        line = self.ledger()
        self.assertEqual((line.kind, line.points, line.reason), ("adjust", 20, "客服补偿"))
        self.assertEqual(line.create_uid, finance)
        message = self.member.message_ids[:1]
        self.assertIn("客服补偿", message.body)
        self.assertEqual(message.author_id, finance.partner_id)
        wizard = Wizard.create({"partner_id": self.member.id, "points": -21, "reason": "误发"})
        with self.assertRaises(UserError):
            wizard.action_confirm()
        self.assertEqual(self.balance(), 20)
        # a mall user reads the ledger but writes nothing, and cannot adjust
        user = new_test_user(self.env, login="points_user", groups="mall_base.group_mall_user")
        self.assertEqual(self.Line.with_user(user).search_count([("id", "=", line.id)]), 1)
        with self.assertRaises(AccessError):
            self.Line.with_user(user).create(
                {
                    "name": "x",
                    "partner_id": self.member.id,
                    "company_id": self.company.id,
                    "kind": "adjust",
                    "points": 1,
                }
            )
        with self.assertRaises(AccessError):
            self.env["mall.points.adjust"].with_user(user).create(
                {"partner_id": self.member.id, "points": 1, "reason": "x"}
            )
        self.assertEqual(self.member.mall_points_balance, 20)

    def test_other_company_ledger_is_not_seen(self):
        self.give(7)
        other_company = self.env["res.company"].create({"name": "积分他司"})
        user = new_test_user(
            self.env,
            login="points_other_company",
            groups="mall_base.group_mall_user",
            company_id=other_company.id,
            company_ids=[other_company.id],
        )
        self.assertFalse(self.Line.with_user(user).search([("partner_id", "=", self.member.id)]))

    def test_expiry_first_in_first_out(self):
        self.company.mall_points_expiry = True
        today = fields.Date.today()
        old = self.give(100)
        self.assertEqual(old.expires_on, date(today.year + 1, 12, 31))
        old.expires_on = today - timedelta(days=1)  # credited two years ago
        self.Line._mall_post(self.member, -30, "spend", company=self.company)
        self.Line._mall_post(self.member, 5, "refund", company=self.company)  # given back
        self.give(50)
        self.assertEqual(self.balance(), 125)
        self.assertEqual(self.Line._cron_mall_expire(), 1)
        expired = self.ledger().filtered(lambda line: line.kind == "expire")
        self.assertEqual(expired.points, -75, "100 earned, 25 of them spent")
        self.assertEqual(self.balance(), 50)
        self.assertLedgerMatches()
        self.assertEqual(self.Line._cron_mall_expire(), 0, "expired once")
        self.assertEqual(self.balance(), 50)
        # without expiry nothing expires
        self.company.mall_points_expiry = False
        self.assertFalse(self.give(1).expires_on)


@tagged("post_install", "-at_install")
class TestPointsOrders(PointsCase):
    def test_earned_on_payment_credited_once(self):
        level = self.env["mall.member.level"].create(
            # (growth 1: above the demo's entry level, reached by this order's payment)
            {
                "name": "金卡",
                "company_id": self.company.id,
                "points_multiplier": 2.0,
                "growth_min": 1,
            }
        )
        self.member.mall_level_id = level
        order = self.place_model([(self.rice, 3), (self.noodle, 1)], use_points=False)
        self.assertMoney(order.amount_total, 312.5)
        order.action_confirm()
        earn = self.ledger().filtered(lambda line: line.kind == "earn")
        self.assertEqual(earn.points, 6, "312.50 paid: 3 points, twice for the level")
        self.assertEqual(earn.state, "pending")
        self.assertMoney(earn.base_amount, 312.5)
        self.assertEqual(self.balance(), 0, "not credited yet")
        self.assertEqual(order._mall_points_credit(), 6)
        self.assertEqual(order._mall_points_credit(), 0)
        self.assertEqual(self.balance(), 6)
        self.assertEqual(earn.state, "posted")
        self.assertLedgerMatches()

    def test_credited_by_the_cron_after_the_delay(self):
        order = self.place_model([(self.rice, 2)], use_points=False)
        order.action_confirm()
        earn = self.ledger()
        self.assertEqual(earn.points, 2)
        self.Line._cron_mall_credit_due()
        self.assertEqual(self.balance(), 0, "7 days not passed")
        earn.due_at = fields.Datetime.now() - timedelta(minutes=1)
        self.Line._cron_mall_credit_due()
        self.Line._cron_mall_credit_due()
        self.assertEqual(self.balance(), 2)

    def test_no_delay_credits_at_payment(self):
        self.company.mall_points_credit_days = 0
        order = self.place_model([(self.rice, 1)], use_points=False)
        order.action_confirm()
        self.assertEqual(self.balance(), 1)
        self.assertEqual(self.ledger().state, "posted")

    def test_usable_points_cap_and_a_cent_left(self):
        Order = self.env["sale.order"]
        self.assertEqual(Order._mall_points_usable(self.company, 1000, 100.0, 100.0), (50, 50.0))
        self.assertEqual(Order._mall_points_usable(self.company, 20, 100.0, 100.0), (20, 20.0))
        self.company.mall_points_max_percent = 100
        self.assertEqual(
            Order._mall_points_usable(self.company, 1000, 100.0, 100.0),
            (99, 99.0),
            "WeChat Pay charges at least 0.01",
        )
        self.company.mall_points_value = 0.1
        self.assertEqual(Order._mall_points_usable(self.company, 5000, 12.5, 12.5), (124, 12.4))
        self.assertEqual(Order._mall_points_usable(self.company, 0, 100.0, 100.0), (0, 0.0))

    def test_spent_at_placing_given_back_once_on_cancel(self):
        self.give(80)
        order = self.place_model([(self.rice, 1), (self.noodle, 2)])
        self.assertEqual(order.mall_points_used, 62, "at most half of the 125 of goods")
        self.assertMoney(order.amount_total, 63.0)
        amounts = order._mall_amounts()
        self.assertMoney(amounts["amount_goods"], 125.0)
        self.assertMoney(amounts["amount_discount"], -62.0)
        self.assertMoney(amounts["amount_points"], -62.0)
        self.assertEqual(amounts["points_used"], 62)
        self.assertEqual(self.balance(), 18, "reserved when the order is placed")
        spend = self.ledger().filtered(lambda line: line.kind == "spend")
        self.assertEqual((spend.points, spend.order_id), (-62, order))
        self.assertEqual(
            order._mall_product_lines().product_id, self.rice | self.noodle, "points are no goods"
        )
        # a second order takes what is left
        second = self.place_model([(self.rice, 1)])
        self.assertEqual(second.mall_points_used, 18)
        self.assertEqual(self.balance(), 0)
        order._mall_cancel_unpaid()
        self.assertEqual(order.state, "cancel")
        self.assertEqual(self.balance(), 62)
        back = self.ledger().filtered(lambda line: line.kind == "refund")
        self.assertEqual((back.points, back.order_id), (62, order))
        order._action_cancel()
        self.assertEqual(self.balance(), 62, "given back once")
        self.assertLedgerMatches()

    def test_expired_unpaid_order_gives_back_its_points(self):
        self.give(10)
        order = self.place_model([(self.rice, 1)])
        self.assertEqual(self.balance(), 0)
        order.mall_expires_at = fields.Datetime.now() - timedelta(hours=1)
        self.env["sale.order"]._cron_mall_cancel_expired()
        self.assertEqual(order.state, "cancel")
        self.assertEqual(self.balance(), 10)

    def test_operator_cancelling_a_paid_order_takes_back_the_earning(self):
        self.company.mall_points_credit_days = 0
        self.give(5)
        order = self.place_model([(self.rice, 2)])
        self.assertEqual(order.mall_points_used, 5)
        order.action_confirm()
        self.assertEqual(self.balance(), 1, "195 paid: 1 point")
        order.with_context(disable_cancel_warning=True)._action_cancel()
        self.assertEqual(self.balance(), 5, "5 given back, 1 taken back")
        self.assertLedgerMatches()
