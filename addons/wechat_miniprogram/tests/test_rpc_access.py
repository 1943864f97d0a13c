import json

from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tools import mute_logger

from .common import WeChatMiniProgramCase

TEMPLATE_ID = "tmpl-rpc-access"
# every WeChat API the connector methods reach
WECHAT_PATHS = (
    "/cgi-bin/token",
    "/sns/jscode2session",
    "/wxa/business/getuserphonenumber",
    "/wxa/getwxacodeunlimit",
    "/wxa/sec/order/is_trade_managed",
    "/cgi-bin/message/subscribe/send",
    "/wxa/sec/order/upload_shipping_info",
)


@tagged("post_install", "-at_install")
class TestConnectorRpcAccess(WeChatMiniProgramCase, HttpCase):
    """The connector methods read the AppSecret and write as superuser: over
    JSON-RPC a portal user (a supplier's login) or a plain employee must not
    reach WeChat, queue a message or an upload, or change anything."""

    APP_EXTRA = {"templates": [TEMPLATE_ID]}

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.portal_user = new_test_user(
            cls.env, login="wechat_rpc_portal", groups="base.group_portal"
        )
        cls.template = cls.env["wechat.subscribe.template"].create(
            {
                "name": "Order shipped",
                "template_id": TEMPLATE_ID,
                "keyword_ids": [(0, 0, {"key": "thing1", "name": "Note", "default_value": "x"})],
            }
        )
        cls.log = cls.env["wechat.message.log"].create(
            {
                "template_id": cls.template.id,
                "wechat_template_id": TEMPLATE_ID,
                "company_id": cls.company.id,
                "openid": "o-rpc-victim",
                "data": {"thing1": {"value": "x"}},
            }
        )
        cls.upload = cls.env["wechat.shipping.upload"].create(
            {
                "mchid": "1900000109",
                "out_trade_no": "T-RPC-0001",
                "payer_openid": "o-rpc-victim",
                "line_ids": [
                    (0, 0, {"tracking_no": "ZT1", "carrier_code": "zhongtong", "item_desc": "米"})
                ],
            }
        )

    def rpc(self, login, model, method, *args, **kwargs):
        """``/web/dataset/call_kw`` as ``login`` (password = login); the JSON answer."""
        self.authenticate(login, login)
        payload = {
            "jsonrpc": "2.0",
            "method": "call",
            "id": 1,
            "params": {"model": model, "method": method, "args": list(args), "kwargs": kwargs},
        }
        response = self.url_open(
            f"/web/dataset/call_kw/{model}/{method}",
            data=json.dumps(payload),
            headers={"Content-Type": "application/json"},
        )
        self.assertEqual(response.status_code, 200)
        return response.json()

    def counts(self):
        self.env.invalidate_all()
        return {
            "logs": self.env["wechat.message.log"].search_count([]),
            "uploads": self.env["wechat.shipping.upload"].search_count([]),
            "jobs": self.env["queue.job"].sudo().search_count([]),
            "log": (self.log.state, self.log.attempts),
            "upload": (self.upload.state, self.upload.attempts),
        }

    @mute_logger("odoo.http")
    def test_connector_methods_are_refused_over_rpc(self):
        tmpl, upload, log = self.template.id, self.upload.id, self.log.id
        upload_vals = {"mchid": "1900000109", "out_trade_no": "T-RPC-2", "payer_openid": "o-x"}
        calls = [
            # the former public names (private since) and the private ones
            ("wechat.miniprogram", "code2session", "any-code"),
            ("wechat.miniprogram", "_code2session", "any-code"),
            ("wechat.miniprogram", "get_phone_number", "any-code"),
            ("wechat.miniprogram", "_get_phone_number", "any-code"),
            ("wechat.miniprogram", "get_unlimited_qrcode", "store=1"),
            ("wechat.miniprogram", "_get_unlimited_qrcode", "store=1"),
            ("wechat.miniprogram", "is_trade_managed"),
            ("wechat.miniprogram", "_is_trade_managed"),
            ("wechat.subscribe.template", "send", [tmpl], "o-rpc-victim"),
            ("wechat.subscribe.template", "_send_message", [tmpl], "o-rpc-victim"),
            ("wechat.shipping.upload", "create_upload", upload_vals),
            ("wechat.shipping.upload", "_create_upload", upload_vals),
            # buttons that stay public check write access first
            ("wechat.shipping.upload", "action_upload", [upload]),
            ("wechat.message.log", "action_send_now", [log]),
        ]
        before = self.counts()
        for login in (self.portal_user.login, self.plain_user.login):
            for model, method, *args in calls:
                with self.subTest(login=login, method=method):
                    answer = self.rpc(login, model, method, *args)
                    self.assertNotIn("result", answer)
                    self.assertIn(
                        answer["error"]["data"]["name"],
                        ("odoo.exceptions.AccessError", "builtins.AttributeError"),
                    )
                    if method.startswith(("_", "action_")):
                        self.assertEqual(
                            answer["error"]["data"]["name"], "odoo.exceptions.AccessError"
                        )
        self.assertEqual(self.counts(), before, "nothing queued or written")
        for path in WECHAT_PATHS:
            self.assertEqual(self.sim.request_count(path), 0, f"{path} was called")

    def test_upload_button_still_works_for_administrators(self):
        admin = new_test_user(
            self.env, login="wechat_rpc_admin", groups="base.group_user,base.group_system"
        )
        jobs = self.env["queue.job"].sudo().search_count([])
        answer = self.rpc(admin.login, "wechat.shipping.upload", "action_upload", [self.upload.id])
        self.assertNotIn("error", answer)
        self.assertEqual(self.env["queue.job"].sudo().search_count([]), jobs + 1)
