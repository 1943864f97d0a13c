from datetime import timedelta

from odoo import fields
from odoo.addons.mall_base.exceptions import MallError
from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user, tagged

from .common import CoinCase


@tagged("post_install", "-at_install")
class TestCoinLedger(CoinCase):
    def test_earned_coins_expire_exactly_48_hours_later(self):
        before = fields.Datetime.now()
        line = self.earn(2, key="lottery:1")
        self.assertEqual(
            (line.kind, line.source, line.coins, line.remaining), ("earn", "lottery", 2, 2)
        )
        self.assertEqual(line.expires_at - line.date, timedelta(hours=48))
        self.assertGreaterEqual(line.date, before)
        self.assertEqual(line.balance_after, 2)
        self.assertEqual(line.name, "抢签中签赠送活动币")
        self.assertEqual(self.balance(), 2)
        # another lifetime per company
        self.company.mall_coin_lifetime_hours = 24
        line = self.earn(1)
        self.assertEqual(line.expires_at - line.date, timedelta(hours=24))
        with self.assertRaises(UserError):
            self.company.mall_coin_lifetime_hours = 0

    def test_a_key_earns_once(self):
        first = self.earn(1, key="lottery:7")
        again = self.earn(1, key="lottery:7")
        self.assertEqual(again, first)
        self.assertEqual(self.balance(), 1)
        # the same key for another member is another line
        self.earn(1, member=self.other, key="lottery:7")
        self.assertEqual(self.balance(self.other), 1)
        self.assertLedgerAddsUp()

    def test_spending_takes_the_oldest_first_and_never_extends(self):
        oldest = self.earn(1, key="a")
        middle = self.earn(2, key="b")
        newest = self.earn(1, key="c")
        self.age(oldest, 30)
        self.age(middle, 10)
        expiry = {line: line.expires_at for line in oldest | middle | newest}
        spend = self.spend(2, key="pm:1")
        self.assertEqual((spend.kind, spend.coins, spend.balance_after), ("spend", -2, 2))
        self.assertEqual((oldest.remaining, middle.remaining, newest.remaining), (0, 1, 1))
        self.assertEqual(
            {(a.earned_line_id, a.coins) for a in spend.allocation_ids}, {(oldest, 1), (middle, 1)}
        )
        self.assertEqual(self.balance(), 2)
        # a key spends once
        self.assertEqual(self.spend(2, key="pm:1"), spend)
        self.assertEqual(self.balance(), 2)
        for line, expires_at in expiry.items():
            self.assertEqual(line.expires_at, expires_at, "spending never moves an expiry")
        coins, when = self.Line._mall_next_expiry(self.member, self.company)
        self.assertEqual((coins, when), (1, middle.expires_at))
        self.assertLedgerAddsUp()

    def test_not_enough_coins_refused_nothing_written(self):
        self.earn(1)
        expired = self.earn(2)
        self.age(expired, 48)  # due, the job has not run yet
        self.assertEqual(self.balance(), 1, "coins past their expiry are not spendable")
        count = len(self.ledger())
        with self.assertRaises(MallError) as caught:
            self.spend(2, key="pm:2")
        self.assertEqual(
            (caught.exception.code, caught.exception.kind, caught.exception.message),
            ("insufficient_coins", "conflict", "活动币不足。"),
        )
        self.assertEqual(len(self.ledger()), count, "nothing written")
        self.assertEqual(self.balance(), 1)
        self.assertEqual(expired.remaining, 2)

    def test_expiry_is_set_based_exact_and_idempotent(self):
        due = self.earn(3, key="due")
        edge = self.earn(1, key="edge")
        live = self.earn(1, key="live")
        other = self.earn(2, member=self.other)
        self.spend(1, key="pm:3")  # takes one of the oldest (due)
        self.age(due | other, 48)
        # exactly at its expiry: expired
        now = fields.Datetime.now()
        edge.sudo().expires_at = now
        self.age(live, 47)
        self.assertEqual(self.Line._mall_expire_due(now), 2 + 1 + 2)
        self.assertEqual((due.remaining, edge.remaining, live.remaining), (0, 0, 1))
        expire = self.ledger().filtered(lambda x: x.kind == "expire")
        self.assertEqual((expire.coins, expire.source), (-3, "expiry"))
        self.assertEqual(expire.name, "3 个活动币已过期")
        self.assertEqual(self.balance(), 1)
        self.assertEqual(self.balance(self.other), 0)
        # again, and again through the cron: nothing more
        self.assertEqual(self.Line._mall_expire_due(now), 0)
        self.assertEqual(self.Line._cron_mall_expire(), 0)
        self.assertEqual(len(self.ledger().filtered(lambda x: x.kind == "expire")), 1)
        self.assertLedgerAddsUp()
        self.assertLedgerAddsUp(self.other)
        # an hour later the last one goes
        self.age(live, 1)
        self.assertEqual(self.Line._cron_mall_expire(), 1)
        self.assertEqual(self.balance(), 0)
        self.assertEqual(self.ledger_balance(), 0)

    def test_give_back_keeps_the_original_expiry(self):
        old = self.earn(1, key="old")
        new = self.earn(1, key="new")
        self.age(old, 40)
        spend = self.spend(2, key="pm:4")
        back = self.Line._mall_give_back(self.member, company=self.company, key="pm:4")
        self.assertEqual((back.kind, back.coins, back.origin_line_id), ("give_back", 2, spend))
        self.assertEqual((old.remaining, new.remaining), (1, 1))
        self.assertEqual(old.expires_at - old.date, timedelta(hours=48), "never extended")
        self.assertEqual(self.balance(), 2)
        # once
        self.assertEqual(
            self.Line._mall_give_back(self.member, company=self.company, key="pm:4"), back
        )
        self.assertEqual(self.balance(), 2)
        # nothing spent under that key: nothing given back
        self.assertFalse(self.Line._mall_give_back(self.member, company=self.company, key="none"))
        # the old one still expires 8 hours later, with its original clock
        self.age(old | new, 8)
        self.assertEqual(self.Line._mall_expire_due(), 1)
        self.assertEqual(self.balance(), 1)
        self.assertLedgerAddsUp()

    def test_give_back_after_expiry_comes_back_expired(self):
        old = self.earn(1, key="old")
        new = self.earn(1, key="new")
        self.age(old, 40)
        self.spend(2, key="pm:5")
        self.age(old | new, 10)  # the old coin's expiry passed while spent
        back = self.Line._mall_give_back(self.member, company=self.company, key="pm:5")
        self.assertEqual(back.coins, 2)
        self.assertIn("其中 1 个退还时已过期", back.name)
        expire = self.ledger().filtered(lambda x: x.kind == "expire")
        self.assertEqual((expire.coins, expire.origin_line_id), (-1, back))
        self.assertEqual((old.remaining, new.remaining), (0, 1))
        self.assertEqual(self.balance(), 1)
        self.assertEqual(self.Line._mall_expire_due(), 0, "nothing left to expire twice")
        self.assertLedgerAddsUp()

    def test_adjust_wizard_logs_and_refuses_going_negative(self):
        finance = new_test_user(
            self.env, login="coin_finance", groups="mall_base.group_mall_finance"
        )
        Wizard = self.env["mall.coin.adjust"].with_user(finance)
        Wizard.create(
            {"partner_id": self.member.id, "coins": 3, "reason": "客服补偿"}
        ).action_confirm()
        line = self.ledger()
        self.assertEqual(
            (line.kind, line.source, line.coins, line.reason), ("adjust", "adjust", 3, "客服补偿")
        )
        self.assertEqual(
            line.expires_at - line.date, timedelta(hours=48), "adjusted coins expire too"
        )
        self.assertEqual(line.user_id, finance)
        self.assertIn("客服补偿", self.member.message_ids[:1].body)
        Wizard.create(
            {"partner_id": self.member.id, "coins": -2, "reason": "误发"}
        ).action_confirm()
        self.assertEqual(self.balance(), 1)
        with self.assertRaises(UserError):
            Wizard.create(
                {"partner_id": self.member.id, "coins": -2, "reason": "误发"}
            ).action_confirm()
        with self.assertRaises(UserError):
            Wizard.create(
                {"partner_id": self.member.id, "coins": 1, "reason": "  "}
            ).action_confirm()
        self.assertEqual(self.balance(), 1)
        self.assertLedgerAddsUp()
        clerk = new_test_user(self.env, login="coin_clerk", groups="mall_base.group_mall_user")
        with self.assertRaises(AccessError):
            self.env["mall.coin.adjust"].with_user(clerk).create(
                {"partner_id": self.member.id, "coins": 1, "reason": "x"}
            )
        with self.assertRaises(AccessError):
            self.ledger().with_user(clerk).write({"coins": 100})

    def test_paid_qualifying_order_earns_one_coin_once(self):
        order = self.paid_order([(self.wine, 2), (self.tea, 1)])
        earned = order.mall_coin_line_ids
        self.assertEqual((earned.kind, earned.source, earned.coins), ("earn", "order", 1))
        self.assertEqual(earned.name, f"订单 {order.name} 赠送活动币")
        order._mall_coin_earn()  # a notify processed twice
        self.assertEqual(len(order.mall_coin_line_ids), 1)
        self.assertEqual(self.balance(), 1)
        # an order without a qualifying product earns nothing, unless every product does
        plain = self.paid_order([(self.tea, 1)])
        self.assertFalse(plain.mall_coin_line_ids)
        self.company.mall_coin_all_products = True
        plain = self.paid_order([(self.tea, 1)])
        self.assertEqual(plain.mall_coin_line_ids.coins, 1)

    def test_operator_cancelling_a_paid_order_takes_its_coin_back(self):
        order = self.paid_order([(self.wine, 1)])
        self.assertEqual(self.balance(), 1)
        order.with_context(disable_cancel_warning=True)._action_cancel()
        reverse = order.mall_coin_line_ids.filtered(lambda x: x.kind == "reverse")
        self.assertEqual((reverse.coins, reverse.unrecovered, reverse.source), (-1, 0, "refund"))
        self.assertEqual(self.balance(), 0)
        self.assertLedgerAddsUp()

    def test_company_rules(self):
        self.earn(1)
        other_company = self.env["res.company"].create({"name": "另一家鹿酒店"})
        user = new_test_user(
            self.env,
            login="coin_other_company",
            groups="mall_base.group_mall_user",
            company_id=other_company.id,
            company_ids=[other_company.id],
        )
        self.assertFalse(self.Line.with_user(user).search([("partner_id", "=", self.member.id)]))
        self.assertFalse(self.env["mall.coin.report"].with_user(user).search([]))
