from odoo.addons.mall_after_sale.tests.common import AfterSaleCase
from odoo.tests import tagged


@tagged("post_install", "-at_install")
class TestMemberRefund(AfterSaleCase):
    """Refunds through WeChat Pay (the simulator) take growth value back."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Level = cls.env["mall.member.level"]
        Level.search([("company_id", "=", cls.company.id)]).active = False
        cls.regular = Level.create(
            {"name": "退款测试普通", "growth_min": 0, "company_id": cls.company.id}
        )
        cls.silver = Level.create(
            {"name": "退款测试银卡", "growth_min": 1000, "company_id": cls.company.id}
        )
        cls.company.mall_growth_per_yuan = 1.0
        cls.member._mall_sync_level(cls.company, downgrade=True)

    def refund(self, order, qty):
        line = self.line_of(order, self.rice)
        request = self.after_sale(self.request_after_sale(order, [(line, qty)]))
        request.action_approve()
        return self.wait_request(request, "refunded")

    def test_refunds_take_growth_back_in_proportion_without_downgrade(self):
        order = self.paid_order([(self.rice, 40)])  # 1200, paid through the simulator
        self.assertEqual(order.mall_growth_added, 1200)
        self.assertEqual(self.member.mall_growth_value, 1200)
        self.assertEqual(self.member.mall_level_id, self.silver)

        request = self.refund(order, 10)  # 300 back
        self.assertEqual(request.refunded_amount, 300)
        self.env.invalidate_all()
        self.assertEqual(order.mall_growth_value, 900)
        self.assertEqual(self.member.mall_growth_value, 900)
        self.assertEqual(self.member.mall_level_id, self.silver, "a refund never lowers the level")
        # the same refund processed again takes nothing more
        self.assertEqual(order._mall_take_back_growth(), 0)
        self.assertEqual(self.member.mall_growth_value, 900)

        self.refund(order, 30)  # the rest
        self.env.invalidate_all()
        self.assertEqual(order.mall_growth_value, 0)
        self.assertEqual(self.member.mall_growth_value, 0)
        self.assertEqual(self.member.mall_level_id, self.silver)

    def test_growth_never_below_zero(self):
        order = self.paid_order([(self.rice, 10)])  # 300
        # an administrator lowered the growth value meanwhile
        self.member._mall_add_growth(-250)
        self.refund(order, 10)
        self.env.invalidate_all()
        self.assertEqual(self.member.mall_growth_value, 0)
