from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import TransactionCase, new_test_user, tagged

from .common import AttributionMixin


@tagged("post_install", "-at_install")
class TestStoreManager(AttributionMixin, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.env.company
        cls._attribution_setup(cls.company)
        cls.mine = cls._member(cls.company, "南京路会员")
        cls.mine._mall_attribute("c=ZS01", "miniprogram")
        cls.theirs = cls._member(cls.company, "徐家汇会员")
        cls.theirs._mall_attribute("s=XJH", "miniprogram")
        product = cls.env["product.product"].create({"name": "权限测试米", "list_price": 20})
        cls.my_order, cls.their_order = cls.env["sale.order"].create(
            [
                {
                    "partner_id": member.id,
                    "mall_order": True,
                    "order_line": [Command.create({"product_id": product.id})],
                }
                for member in (cls.mine, cls.theirs)
            ]
        )

    def test_manager_sees_only_own_store(self):
        env = self.env(user=self.manager)
        members = env["res.partner"].search(
            [("mall_member_since", "!=", False), ("id", "in", (self.mine | self.theirs).ids)]
        )
        self.assertEqual(members, self.mine)
        with self.assertRaises(AccessError):
            env["res.partner"].browse(self.theirs.id).read(["name"])
        # a member the manager is the salesperson of (mall_base's own orders) stays readable
        own = self._member(self.company, "店长的会员", user_id=self.manager.id)
        self.assertEqual(env["res.partner"].search([("id", "=", own.id)]), own)
        # not members (companies, addresses, colleagues) stay readable
        env["res.partner"].browse(self.manager.partner_id.id).read(["name"])
        orders = env["sale.order"].search([("id", "in", (self.my_order | self.their_order).ids)])
        self.assertEqual(orders, self.my_order)
        with self.assertRaises(AccessError):
            env["sale.order"].browse(self.their_order.id).read(["name"])
        self.assertEqual(env["mall.store"].search([]), self.store)
        self.assertEqual(
            env["mall.clerk"].search([]).mapped("store_id"), self.store, "own store's clerks"
        )
        rows = env["mall.attribution.report"].search([])
        self.assertEqual(rows.mapped("store_id"), self.store)
        self.assertEqual(env["mall.clerk.ranking"].search([]).mapped("store_id"), self.store)
        with self.assertRaises(AccessError):
            env["sale.order"].browse(self.my_order.id).write({"note": "改"})

    def test_campaign_operator_sees_all_and_reassigns(self):
        operator = new_test_user(
            self.env, login="attr_campaign", groups="mall_base.group_mall_campaign"
        )
        env = self.env(user=operator)
        members = env["res.partner"].search([("id", "in", (self.mine | self.theirs).ids)])
        self.assertEqual(members, self.mine | self.theirs)
        self.assertTrue(operator.has_group("wecom.group_wecom_user"))
        wizard = (
            env["mall.attribution.reassign"]
            .with_context(active_model="res.partner", active_ids=self.theirs.ids)
            .create({"store_id": self.store.id, "reason": "门店合并"})
        )
        wizard.action_apply()
        self.assertEqual(self.theirs.mall_store_id, self.store)
        self.assertEqual(self.theirs.mall_attr_source, "store")
        # the manager of 南京路店 now sees the member
        self.assertIn(
            self.theirs,
            self.env(user=self.manager)["res.partner"].search([("id", "=", self.theirs.id)]),
        )

    def test_manager_cannot_reassign_nor_write_attribution(self):
        env = self.env(user=self.manager)
        with self.assertRaises(AccessError):
            env["mall.attribution.reassign"].create({"store_id": self.store.id, "reason": "x"})
        with self.assertRaises(AccessError):
            env["mall.attribution.log"].create(
                {"partner_id": self.mine.id, "origin": "operator", "source": "store"}
            )
