from odoo.exceptions import ValidationError
from odoo.tests.common import TransactionCase, new_test_user

from ..const import STATE_MAX
from .common import WeComSimMixin

PNG = b"\x89PNG\r\n\x1a\n"


class TestContactWay(WeComSimMixin, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.setup_wecom()
        cls.Way = cls.env["wecom.contact.way"]

    def sim_ways(self, state):
        return [
            w for w in self.sim.wecom_contact_ways() if w["state"] == state and not w["deleted"]
        ]

    def test_created_once_with_qr_code(self):
        way = self.Way._wecom_way_for(
            state="st:1", userids=["zhangsan"], name="南京路店", create_now=True
        )
        self.assertEqual(way.status, "active")
        self.assertTrue(way.config_id)
        self.assertTrue(way.qr_code_url.startswith(self.sim.base_url))
        self.assertTrue(way.with_context(bin_size=False).qr_image)
        import base64

        self.assertTrue(base64.b64decode(way.with_context(bin_size=False).qr_image).startswith(PNG))
        (remote,) = self.sim_ways("st:1")
        self.assertEqual(remote["user"], ["zhangsan"])
        self.assertEqual(remote["type"], 1)
        # a re-run of the caller finds the same way and WeCom is not called again
        again = self.Way._wecom_way_for(state="st:1", userids=["zhangsan"], create_now=True)
        self.assertEqual(again, way)
        way._wecom_create()
        way.action_create_in_wecom()
        self.assertEqual(len(self.sim_ways("st:1")), 1)

    def test_way_for_a_record_and_default_state(self):
        partner = self.env["res.partner"].create({"name": "门店甲"})
        way = self.Way._wecom_way_for(partner, userids=["lisi", "wangwu"])
        self.assertEqual(way.way_type, "multi")
        self.assertEqual(way.state, f"cw{way.id}")
        self.assertEqual((way.res_model, way.res_id), ("res.partner", partner.id))
        self.assertEqual(self.Way._wecom_way_for(partner, userids=["lisi"]), way)
        self.assertEqual(way.status, "draft")
        self.assertFalse(self.sim_ways(way.state), "not created at WeCom before it is asked")
        way._wecom_create()
        self.assertEqual(self.sim_ways(way.state)[0]["user"], ["lisi", "wangwu"])

    def test_update_and_delete(self):
        way = self.Way._wecom_way_for(state="st:2", userids=["zhangsan"], create_now=True)
        way.userids = "lisi"
        way.action_update_in_wecom()
        self.assertEqual(self.sim_ways("st:2")[0]["user"], ["lisi"])
        way.action_delete_in_wecom()
        self.assertEqual(way.status, "deleted")
        self.assertFalse(self.sim_ways("st:2"))
        # a new way for the same state may be made once the old one is deleted
        self.assertNotEqual(self.Way._wecom_way_for(state="st:2", userids=["lisi"]), way)

    def test_bad_input_refused_before_wecom(self):
        with self.assertRaises(ValidationError):
            self.Way.create({"name": "x", "userids": "zhangsan", "state": "s" * (STATE_MAX + 1)})
        with self.assertRaises(ValidationError):
            self.Way.create({"name": "x", "userids": "zhangsan, lisi", "way_type": "single"})
        self.assertFalse(self.sim.wecom_contact_ways())

    def test_marketing_user_creates_and_prints(self):
        user = new_test_user(self.env, login="wecom_mkt", groups="wecom.group_wecom_user")
        way = self.Way.with_user(user).create({"name": "店员张三", "userids": "zhangsan"})
        way.action_create_in_wecom()
        self.assertEqual(way.status, "active")
        action = way.action_download_qr()
        self.assertIn("/qr_image/", action["url"])
        html = self.env["ir.actions.report"]._render_qweb_html(
            "wecom.action_report_wecom_contact_way", way.ids
        )[0]
        self.assertIn("店员张三", html.decode())
        self.assertIn("data:image/png;base64", html.decode())
