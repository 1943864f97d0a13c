from odoo.addons.mall_after_sale.tests.common import AfterSaleCase
from odoo.tests import tagged


@tagged("post_install", "-at_install")
class TestCoinRefund(AfterSaleCase):
    """Orders paid with WeChat Pay through the simulator, then refunded by
    after-sales requests: rice earns a coin, noodles do not."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["loyalty.program"].sudo().search([]).active = False
        cls.company.write({"mall_coin_all_products": False, "mall_coin_lifetime_hours": 48})
        cls.rice.product_tmpl_id.mall_coin_qualifying = True
        cls.Line = cls.env["mall.coin.line"]

    def balance(self):
        return self.Line._mall_balance(self.member, self.company)

    def lines(self, kind):
        return self.Line.search([("partner_id", "=", self.member.id), ("kind", "=", kind)])

    def refund(self, order, lines):
        request = self.after_sale(self.request_after_sale(order, lines))
        request.action_approve()
        return self.wait_request(request, "refunded")

    def test_refund_of_the_qualifying_goods_takes_the_coin_back(self):
        order = self.paid_order([(self.rice, 2), (self.noodle, 1)])
        self.assertEqual(self.balance(), 1)
        # the noodles, then one rice of two: the order still has paid rice
        self.refund(order, [(self.line_of(order, self.noodle), 1)])
        self.refund(order, [(self.line_of(order, self.rice), 1)])
        self.assertFalse(self.lines("reverse"))
        self.assertEqual(self.balance(), 1)
        # the last rice: the coin goes
        self.refund(order, [(self.line_of(order, self.rice), 1)])
        reverse = self.lines("reverse")
        self.assertEqual((reverse.coins, reverse.unrecovered, reverse.order_id), (-1, 0, order))
        self.assertEqual(reverse.name, f"订单 {order.name} 退款，扣回活动币")
        self.assertEqual(self.balance(), 0)

    def test_a_coin_already_spent_is_recorded_as_not_taken_back(self):
        order = self.paid_order([(self.rice, 1)])
        self.Line._mall_spend(self.member, 1, company=self.company, key="pm:refund")
        self.refund(order, [(self.line_of(order, self.rice), 1)])
        reverse = self.lines("reverse")
        self.assertEqual((reverse.coins, reverse.unrecovered), (0, 1))
        self.assertIn("1 个已使用，未能扣回", reverse.name)
        self.assertEqual(self.balance(), 0, "never negative")
        # the job after the refund runs too: still once
        self.lines("earn").order_id.mall_after_sale_ids._job_after_refund()
        self.assertEqual(len(self.lines("reverse")), 1)
