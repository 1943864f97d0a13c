from odoo import Command
from odoo.tests import TransactionCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestTrackingCompanyRules(TransactionCase):
    """Trackings, their events and the query log stay in their company."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company_a = cls.env.company
        cls.company_b = cls.env["res.company"].create({"name": "乙公司商城"})
        cls.tracking_a = cls._tracking(cls.company_a, "SF1000000000001")
        cls.tracking_b = cls._tracking(cls.company_b, "SF1000000000002")
        cls.users = {
            name: new_test_user(
                cls.env,
                login=f"tracking_{name}",
                groups=group,
                company_id=cls.company_a.id,
                company_ids=[Command.set(cls.company_a.ids)],
            )
            for name, group in (
                ("fulfillment", "mall_base.group_mall_fulfillment"),
                ("finance", "mall_base.group_mall_finance"),
            )
        }

    @classmethod
    def _tracking(cls, company, number):
        warehouse = cls.env["stock.warehouse"].search([("company_id", "=", company.id)], limit=1)
        picking = cls.env["stock.picking"].create(
            {
                "picking_type_id": warehouse.out_type_id.id,
                "location_id": warehouse.lot_stock_id.id,
                "location_dest_id": cls.env.ref("stock.stock_location_customers").id,
                "company_id": company.id,
            }
        )
        tracking = cls.env["mall.tracking"].create(
            {
                "picking_id": picking.id,
                "carrier_code": "shunfeng",
                "number": number,
                "event_ids": [Command.create({"sequence": 0, "context": "已揽收"})],
            }
        )
        cls.env["mall.tracking.query.log"].create(
            {
                "tracking_id": tracking.id,
                "number": number,
                "company_id": company.id,
                "source": "live",
            }
        )
        return tracking

    def test_user_of_one_company_sees_only_its_company(self):
        trackings = self.tracking_a | self.tracking_b
        self.assertEqual(self.tracking_b.event_ids.company_id, self.company_b)
        for name, user in self.users.items():
            env = self.env(user=user)
            with self.subTest(user=name):
                if name == "fulfillment":
                    self.assertEqual(
                        env["mall.tracking"].search([("id", "in", trackings.ids)]),
                        self.tracking_a,
                    )
                    events = env["mall.tracking.event"].search(
                        [("id", "in", trackings.event_ids.ids)]
                    )
                    self.assertEqual(events.tracking_id, self.tracking_a)
                logs = env["mall.tracking.query.log"].search(
                    [("id", "in", trackings.query_log_ids.ids)]
                )
                self.assertEqual(logs.tracking_id, self.tracking_a)

    def test_user_of_both_companies_sees_the_companies_it_works_in(self):
        user = self.users["fulfillment"]
        user.company_ids = [Command.link(self.company_b.id)]
        trackings = self.tracking_a | self.tracking_b
        env = self.env(user=user, context={"allowed_company_ids": trackings.company_id.ids})
        self.assertEqual(env["mall.tracking"].search([("id", "in", trackings.ids)]), trackings)
        self.assertEqual(
            env["mall.tracking.event"].search([("id", "in", trackings.event_ids.ids)]),
            trackings.event_ids,
        )
        self.assertEqual(
            env["mall.tracking.query.log"].search([("id", "in", trackings.query_log_ids.ids)]),
            trackings.query_log_ids,
        )
