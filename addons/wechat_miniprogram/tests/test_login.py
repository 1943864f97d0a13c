from odoo.exceptions import UserError
from odoo.tests import tagged

from ..exceptions import WeChatError
from .common import WeChatMiniProgramCase


@tagged("post_install", "-at_install")
class TestLogin(WeChatMiniProgramCase):
    def test_code2session_returns_openid_unionid_session_key(self):
        openid, code = self.login_code(unionid="union-1", session_key="sk-1")
        result = self.mp._code2session(code)
        self.assertEqual(result, {"openid": openid, "unionid": "union-1", "session_key": "sk-1"})
        _openid, code = self.login_code()
        self.assertFalse(self.mp._code2session(code)["unionid"])

    def test_invalid_code_40029(self):
        with self.assertRaises(WeChatError) as error:
            self.mp._code2session("not-a-code")
        self.assertEqual(error.exception.errcode, 40029)
        self.assertIn("log in again", str(error.exception))

    def test_used_code_40163(self):
        _openid, code = self.login_code()
        self.mp._code2session(code)
        with self.assertRaises(WeChatError) as error:
            self.mp._code2session(code)
        self.assertEqual(error.exception.errcode, 40163)
        self.assertIn("already been used", str(error.exception))

    def test_rate_limited_45011(self):
        _openid, code = self.login_code()
        self.sim.fault("/sns/jscode2session", "errcode", errcode=45011, errmsg="api minute-quota")
        with self.assertRaises(WeChatError) as error:
            self.mp._code2session(code)
        self.assertEqual(error.exception.errcode, 45011)
        self.assertFalse(error.exception.transient)
        # the code was not consumed: the next try logs in
        self.assertTrue(self.mp._code2session(code)["openid"])

    def test_busy_http_error_and_timeout_are_transient(self):
        _openid, code = self.login_code()
        self.mp._code2session(self.login_code()[1])  # a token first, so faults hit the login
        self.sim.fault("/sns/jscode2session", "errcode", errcode=-1, errmsg="system error")
        with self.assertRaises(WeChatError) as error:
            self.mp._code2session(code)
        self.assertEqual(error.exception.errcode, -1)
        self.assertTrue(error.exception.transient)
        self.sim.fault("/sns/jscode2session", "http_500")
        with self.assertRaises(WeChatError) as error:
            self.mp._code2session(code)
        self.assertIsNone(error.exception.errcode)
        self.assertEqual(error.exception.http_status, 500)
        self.assertTrue(error.exception.transient)
        self.sim.fault("/sns/jscode2session", "timeout", delay=4)
        with self.assertRaises(WeChatError) as error:
            self.mp._code2session(code)
        self.assertTrue(error.exception.transient)
        self.assertIn("in time", str(error.exception))

    def test_error_message_in_chinese(self):
        self.env["res.lang"]._activate_lang("zh_CN")
        with self.assertRaises(WeChatError) as error:
            self.mp.with_context(lang="zh_CN")._code2session("not-a-code")
        self.assertIn("登录", str(error.exception))

    def test_phone_number(self):
        code = self.sim.add_phone_code("13800138000")
        self.assertEqual(
            self.mp._get_phone_number(code),
            {
                "phone_number": "13800138000",
                "pure_phone_number": "13800138000",
                "country_code": "86",
            },
        )
        with self.assertRaises(WeChatError) as error:
            self.mp._get_phone_number(code)  # single use
        self.assertEqual(error.exception.errcode, 40029)

    def test_not_configured_company(self):
        self.company.wechat_mp_appid = False
        with self.assertRaises(UserError) as error:
            self.mp._code2session("any")
        self.assertIn("not configured", str(error.exception))
