from odoo import Command
from odoo.tests import TransactionCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestAfterSaleCompanyRules(TransactionCase):
    """After-sales requests, their lines and their timeline stay in their company."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company_a = cls.env.company
        cls.company_b = cls.env["res.company"].create({"name": "乙公司商城"})
        cls.product = cls.env["product.product"].create({"name": "测试大米", "list_price": 9})
        cls.request_a = cls._request(cls.company_a)
        cls.request_b = cls._request(cls.company_b)
        cls.operator = new_test_user(
            cls.env,
            login="as_company_a",
            groups="mall_base.group_mall_after_sale",
            company_id=cls.company_a.id,
            company_ids=[Command.set(cls.company_a.ids)],
        )
        cls.operator_ab = new_test_user(
            cls.env,
            login="as_company_ab",
            groups="mall_base.group_mall_after_sale",
            company_id=cls.company_a.id,
            company_ids=[Command.set((cls.company_a | cls.company_b).ids)],
        )

    @classmethod
    def _request(cls, company):
        partner = cls.env["res.partner"].create({"name": f"会员 {company.name}"})
        order = cls.env["sale.order"].create(
            {
                "partner_id": partner.id,
                "company_id": company.id,
                "order_line": [Command.create({"product_id": cls.product.id})],
            }
        )
        return cls.env["mall.after.sale"].create(
            {
                "order_id": order.id,
                "type": "refund_only",
                "reason_code": "quality",
                "line_ids": [
                    Command.create({"order_line_id": order.order_line.id, "qty": 1, "amount": 9})
                ],
                "event_ids": [Command.create({"state": "requested"})],
            }
        )

    def _seen(self, env):
        requests = self.request_a | self.request_b
        return (
            env["mall.after.sale"].search([("id", "in", requests.ids)]),
            env["mall.after.sale.line"].search([("id", "in", requests.line_ids.ids)]).request_id,
            env["mall.after.sale.event"].search([("id", "in", requests.event_ids.ids)]).request_id,
        )

    def test_lines_and_events_carry_the_company(self):
        self.assertEqual(self.request_b.line_ids.company_id, self.company_b)
        self.assertEqual(self.request_b.event_ids.company_id, self.company_b)

    def test_user_of_one_company_sees_only_its_company(self):
        for records in self._seen(self.env(user=self.operator)):
            self.assertEqual(records, self.request_a)

    def test_user_of_both_companies_sees_the_companies_it_works_in(self):
        env = self.env(user=self.operator_ab)
        for records in self._seen(env(context={"allowed_company_ids": self.company_a.ids})):
            self.assertEqual(records, self.request_a)
        both = (self.company_a | self.company_b).ids
        for records in self._seen(env(context={"allowed_company_ids": both})):
            self.assertEqual(records, self.request_a | self.request_b)
