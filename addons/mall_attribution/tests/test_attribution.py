import secrets

from odoo import Command, fields
from odoo.addons.mall_api.tests.common import MallApiSimulatorCase
from odoo.addons.mall_base.scene import format_scene
from odoo.tests import tagged

from .common import AttributionMixin


@tagged("post_install", "-at_install")
class TestAttribution(AttributionMixin, MallApiSimulatorCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._attribution_setup(cls.company)

    def _login_member(self, scene=None, openid=None, unionid=None):
        extra = {"unionid": unionid} if unionid else {}
        response, openid = self.login(openid=openid, scene=scene, **extra)
        self.assertEqual(response.status_code, 200, response.text)
        member = self.env["res.partner"].browse(response.json()["member"]["id"])
        member.invalidate_recordset()
        return member, openid

    def test_clerk_scene_binds_once_later_contacts_logged(self):
        member, openid = self._login_member(scene=format_scene(store="NJL", clerk="ZS01"))
        self.assertEqual(member.mall_attr_source, "clerk")
        self.assertEqual(member.mall_store_id, self.store)
        self.assertEqual(member.mall_clerk_id, self.clerk)
        first_at = member.mall_attr_at
        self.assertTrue(first_at)
        # the same person scans another store's code later: logged, not re-bound
        member2, _openid = self._login_member(scene=format_scene(store="XJH"), openid=openid)
        self.assertEqual(member2, member)
        member.invalidate_recordset()
        self.assertEqual(member.mall_store_id, self.store)
        self.assertEqual(member.mall_clerk_id, self.clerk)
        self.assertEqual(member.mall_attr_at, first_at)
        logs = member.mall_attr_log_ids.sorted("id")
        self.assertEqual(logs.mapped("store_id"), self.store | self.other_store)
        self.assertEqual(logs.mapped("first_binding"), [True, False])
        self.assertEqual(logs[1].scene, "s=XJH")
        # a plain login (no scene) adds nothing
        self._login_member(openid=openid)
        self.assertEqual(len(member.mall_attr_log_ids), 2)

    def test_clerk_code_names_its_store(self):
        # a clerk's code with another store's code: the clerk's own store
        member, _openid = self._login_member(scene=format_scene(store="XJH", clerk="ZS01"))
        self.assertEqual(member.mall_store_id, self.store)
        self.assertEqual(member.mall_clerk_id, self.clerk)

    def test_store_referrer_and_organic(self):
        store_member, _o = self._login_member(scene="s=XJH")
        self.assertEqual(
            (store_member.mall_attr_source, store_member.mall_store_id, store_member.mall_clerk_id),
            ("store", self.other_store, self.env["mall.clerk"]),
        )
        code = store_member._mall_get_share_code()
        referred, _o = self._login_member(scene=format_scene(sharer=code, product=12))
        self.assertEqual(referred.mall_attr_source, "referrer")
        self.assertEqual(referred.mall_referrer_id, store_member)
        self.assertFalse(referred.mall_store_id)
        organic, _o = self._login_member()
        self.assertEqual(organic.mall_attr_source, "organic")
        unknown, _o = self._login_member(scene="s=NOPE&c=NOPE")
        self.assertEqual(unknown.mall_attr_source, "organic")
        self.assertEqual(unknown.mall_attr_log_ids.scene, "s=NOPE&c=NOPE")

    def test_wecom_contact_pending_then_bound_at_login(self):
        unionid = "u-" + secrets.token_hex(6)
        contact, event = self._wecom_event(
            self.company, "wm" + secrets.token_hex(6), "clerk_qr:LS02", "lisi", unionid
        )
        contact._wecom_on_added(event)
        self.assertFalse(contact.mall_partner_id, "no member yet: pending")
        # the person opens the mini-program from a store's poster: the WeCom
        # contact came first and is the attribution
        member, _o = self._login_member(scene="s=XJH", unionid=unionid)
        self.assertEqual(contact.mall_partner_id, member)
        self.assertEqual(member.mall_attr_source, "clerk")
        self.assertEqual(member.mall_clerk_id, self.clerk2)
        self.assertEqual(member.mall_store_id, self.store)
        logs = member.mall_attr_log_ids.sorted("id")
        self.assertEqual(logs.mapped("origin"), ["wecom", "miniprogram"])
        self.assertEqual(logs.mapped("first_binding"), [True, False])

    def test_wecom_contact_of_known_member_and_store_way(self):
        unionid = "u-" + secrets.token_hex(6)
        member, _o = self._login_member(unionid=unionid)
        self.assertEqual(member.mall_attr_source, "organic")
        contact, event = self._wecom_event(
            self.company, "wm" + secrets.token_hex(6), "store_qr:NJL", "zhangsan", unionid
        )
        contact._wecom_on_added(event)
        self.assertEqual(contact.mall_partner_id, member)
        member.invalidate_recordset()
        self.assertEqual(member.mall_attr_source, "organic", "first contact kept")
        log = member.mall_attr_log_ids.filtered(lambda x: x.origin == "wecom")
        # the store's way, added to 张三: the clerk is 张三
        self.assertEqual(
            (log.store_id, log.clerk_id, log.source), (self.store, self.clerk, "store")
        )
        self.assertFalse(log.first_binding)

    def test_new_member_through_store_way_gets_clerk_added(self):
        unionid = "u-" + secrets.token_hex(6)
        contact, event = self._wecom_event(
            self.company, "wm" + secrets.token_hex(6), "store_qr:NJL", "lisi", unionid
        )
        contact._wecom_on_added(event)
        member, _o = self._login_member(unionid=unionid)
        self.assertEqual(
            (member.mall_attr_source, member.mall_store_id, member.mall_clerk_id),
            ("store", self.store, self.clerk2),
        )

    def test_orders_keep_store_and_clerk_reassign_logged(self):
        member, _o = self._login_member(scene="c=ZS01")
        product = self.env["product.product"].create({"name": "门店测试米", "list_price": 10})
        order = self.env["sale.order"].create(
            {
                "partner_id": member.id,
                "mall_order": True,
                "company_id": self.company.id,
                "order_line": [Command.create({"product_id": product.id})],
            }
        )
        self.assertEqual(order.mall_member_store_id, self.store)
        self.assertEqual(order.mall_member_clerk_id, self.clerk)
        wizard = (
            self.env["mall.attribution.reassign"]
            .with_context(active_model="res.partner", active_ids=member.ids)
            .create({"clerk_id": self.other_clerk.id, "reason": "会员搬家到徐汇"})
        )
        wizard._onchange_clerk_id()
        wizard.action_apply()
        self.assertEqual(member.mall_store_id, self.other_store)
        self.assertEqual(member.mall_clerk_id, self.other_clerk)
        self.assertEqual(member.mall_attr_source, "clerk")
        self.assertEqual(order.mall_member_store_id, self.store, "history not rewritten")
        log = member.mall_attr_log_ids.filtered(lambda x: x.origin == "operator")
        self.assertEqual(log.reason, "会员搬家到徐汇")
        self.assertEqual(log.user_id, self.env.user)
        # a new order is the new store's
        order2 = order.copy({"mall_order": True})
        self.assertEqual(order2.mall_member_store_id, self.other_store)

    def test_growth_report_and_ranking(self):
        member, _o = self._login_member(scene="c=ZS01")
        self._login_member(scene="c=ZS01")
        self._login_member(scene="c=WW03")
        product = self.env["product.product"].create({"name": "报表测试米", "list_price": 88})
        order = self.env["sale.order"].create(
            {
                "partner_id": member.id,
                "mall_order": True,
                "company_id": self.company.id,
                "order_line": [Command.create({"product_id": product.id, "tax_id": False})],
            }
        )
        order.action_confirm()
        order.mall_paid_at = fields.Datetime.now()
        self.env.flush_all()
        Report = self.env["mall.attribution.report"]
        rows = Report._read_group(
            [("store_id", "in", (self.store | self.other_store).ids)],
            ["store_id"],
            ["new_members:sum", "first_orders:sum", "orders:sum", "gmv:sum"],
        )
        by_store = {store: rest for store, *rest in rows}
        self.assertEqual(by_store[self.store], [2, 1, 1, 88.0])
        self.assertEqual(by_store[self.other_store], [1, 0, 0, 0.0])
        ranking = self.env["mall.clerk.ranking"].search(
            [("clerk_id", "in", (self.clerk | self.clerk2 | self.other_clerk).ids)]
        )
        first = ranking.sorted("rank")[0]
        self.assertEqual((first.clerk_id, first.orders, first.gmv), (self.clerk, 1, 88.0))
        self.assertEqual(first.new_members, 2)
