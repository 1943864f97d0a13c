import uuid

from odoo import Command
from odoo.addons.mall_after_sale.tests.common import AfterSaleCase
from odoo.tests import tagged


@tagged("post_install", "-at_install")
class TestPointsRefund(AfterSaleCase):
    """Orders paid with points and cash through the WeChat Pay simulator,
    then refunded by after-sales requests."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["loyalty.program"].sudo().search([]).active = False
        cls.company.write(
            {
                "mall_points_per_100": 10.0,
                "mall_points_credit_days": 7,
                "mall_points_value": 0.1,
                "mall_points_max_percent": 50.0,
            }
        )
        cls.Line = cls.env["mall.points.line"]
        cls.Account = cls.env["mall.points.account"]

    def balance(self):
        return self.Account._mall_balance(self.member, self.company)

    def lines(self, kind):
        return self.Line.search([("partner_id", "=", self.member.id), ("kind", "=", kind)])

    def points_order(self, lines, points):
        """A mall order of the member with ``points`` to use, placed (the points
        reserved), paid with WeChat Pay through the simulator and confirmed."""
        self.Line._mall_post(self.member, points, "adjust", reason="测试", company=self.company)
        order = self.env["sale.order"].create(
            {
                "partner_id": self.member.id,
                "company_id": self.company.id,
                "mall_order": True,
                "mall_idempotency_key": uuid.uuid4().hex,
                "pricelist_id": self.pricelist.id,
                "order_line": [
                    Command.create({"product_id": product.id, "product_uom_qty": qty})
                    for product, qty in lines
                ],
            }
        )
        order._mall_apply_points()
        tx = self.env["payment.transaction"].create(
            {
                "provider_id": self.wechatpay.id,
                "payment_method_id": self.payment_method_id,
                "reference": "PT" + uuid.uuid4().hex[:12].upper(),
                "amount": order.amount_total,
                "currency_id": order.currency_id.id,
                "partner_id": self.member.id,
                "operation": "online_direct",
                "sale_order_ids": [Command.set(order.ids)],
            }
        )
        tx._wechatpay_prepay(self.member.mall_openid)
        self._pay(tx)
        self._wait_state(tx, "done")
        tx._post_process()
        self.assertEqual(order.state, "sale")
        return order

    def refund(self, order, lines):
        request = self.after_sale(self.request_after_sale(order, lines))
        request.action_approve()
        self.wait_request(request, "refunded")
        request._job_after_refund()
        return request

    def test_partial_then_full_refund_gives_back_points_and_refunds_cash(self):
        # 2 x 30 + 2 x 12.50 = 85 of goods: 400 points (40.00) of the 42.50 cap
        order = self.points_order([(self.rice, 2), (self.noodle, 2)], 400)
        self.assertEqual(order.mall_points_used, 400)
        self.assertEqual(order.amount_total, 45.0, "85 less 40 paid with points")
        self.assertEqual(self.balance(), 0)
        self.assertEqual(order._mall_wechatpay_payment().amount, 45.0, "WeChat Pay charged cash")
        earn = self.lines("earn")
        self.assertEqual((earn.points, earn.state), (4, "pending"), "45 paid: 4 points")

        rice = self.line_of(order, self.rice)
        first = self.refund(order, [(rice, 1)])
        # 30 of 85 goods: 30 * 45 / 85 in cash, 400 * 30 / 85 points
        self.assertEqual(first.amount, 15.88)
        self.assertEqual(first.refund_tx_id.amount, -15.88, "only cash goes to WeChat Pay")
        self.assertEqual([r["amount"]["refund"] for r in self.sim_refunds(order)], [1588], "in fen")
        back = self.lines("refund")
        self.assertEqual((back.points, back.after_sale_id), (141, first))
        self.assertEqual(self.balance(), 141)
        reverse = self.lines("reverse")
        self.assertEqual((reverse.points, reverse.state), (-2, "pending"), "4 * 29.12 / 45 kept: 2")
        first._job_after_refund()
        self.assertEqual(self.balance(), 141, "once per request")
        self.assertEqual(len(self.lines("refund") | self.lines("reverse")), 2)

        second = self.refund(order, [(rice, 1), (self.line_of(order, self.noodle), 2)])
        self.assertEqual(second.amount, 29.12, "what is left of the 45 paid")
        self.assertEqual(self.balance(), 400, "every point back")
        self.assertEqual(sum(self.lines("reverse").mapped("points")), -4)
        # crediting the order now credits nothing: all earned was taken back
        self.assertEqual(order._mall_points_credit(), 0)
        self.assertEqual(self.balance(), 400)
        self.assertEqual(first.credit_note_id.amount_total, 15.88)
        self.assertEqual(second.credit_note_id.amount_total, 29.12)

    def test_refund_after_crediting_takes_back_what_is_left(self):
        order = self.points_order([(self.rice, 4)], 10)
        self.assertEqual(order.amount_total, 119.0)
        self.assertEqual(self.lines("earn").points, 11)
        order._mall_points_credit()
        self.assertEqual(self.balance(), 11)
        # the member spends them elsewhere
        self.Line._mall_post(self.member, -11, "spend", company=self.company)
        self.refund(order, [(self.line_of(order, self.rice), 4)])
        self.assertEqual(self.lines("refund").points, 10, "the points it used back first")
        reverse = self.lines("reverse")
        self.assertEqual((reverse.points, reverse.points_unrecovered), (-10, 1))
        self.assertEqual(self.balance(), 0, "never negative")
        posted = self.Line.search([("partner_id", "=", self.member.id), ("state", "=", "posted")])
        self.assertEqual(sum(posted.mapped("points")), self.balance())
