from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import new_test_user, tagged

from .common import GroupCase


@tagged("post_install", "-at_install")
class TestGroupRules(GroupCase):
    def test_roles_and_companies(self):
        group, _order = self.open_group()
        other_company = self.env["res.company"].create({"name": "乙公司商城"})
        other_offer = self.env["mall.group.offer"].create(
            {
                "name": "乙公司团",
                "company_id": other_company.id,
                "date_start": self.offer.date_start,
                "date_end": self.offer.date_end,
            }
        )
        campaign = new_test_user(
            self.env,
            login="gb_campaign",
            groups="mall_base.group_mall_campaign",
            company_id=self.company.id,
            company_ids=[Command.set(self.company.ids)],
        )
        product = new_test_user(
            self.env,
            login="gb_product",
            groups="mall_base.group_mall_product",
            company_id=self.company.id,
            company_ids=[Command.set(self.company.ids)],
        )
        Offer = self.env["mall.group.offer"].with_user(campaign)
        self.assertIn(self.offer, Offer.search([]))
        self.assertNotIn(other_offer, Offer.search([]))
        # campaign operators set offers up, and read groups and seats
        Offer.browse(self.offer.id).member_limit = 3
        self.assertEqual(
            self.env["mall.group"].with_user(campaign).search([("id", "=", group.id)]), group
        )
        self.assertTrue(group.with_user(campaign).member_ids.partner_id)
        # nobody writes a group's state by hand
        with self.assertRaises(AccessError):
            group.with_user(campaign).write({"state": "succeeded"})
        # a product operator reads offers but not who bought
        with self.assertRaises(AccessError):
            self.env["mall.group"].with_user(product).search([])
        with self.assertRaises(AccessError):
            Offer.with_user(product).browse(self.offer.id).member_limit = 5
