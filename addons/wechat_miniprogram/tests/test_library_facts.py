"""The wechatpy facts this connector relies on (README "wechatpy facts").

If a wechatpy upgrade changes one of them, this test says which."""

import inspect

from wechatpy import WeChatClient
from wechatpy.client.api import WeChatWxa
from wechatpy.client.base import BaseWeChatClient
from wechatpy.constants import WeChatErrorCode
from wechatpy.session import SessionStorage

from odoo.tests import tagged
from odoo.tests.common import BaseCase


@tagged("post_install", "-at_install")
class TestWeChatPyFacts(BaseCase):
    def test_base_urls_are_plain_attributes(self):
        self.assertEqual(WeChatClient.API_BASE_URL, "https://api.weixin.qq.com/cgi-bin/")
        self.assertEqual(WeChatWxa.API_BASE_URL, "https://api.weixin.qq.com/")
        # each client gets its own API objects, so a per-instance base URL is safe
        one, two = WeChatClient("wx1", "s1"), WeChatClient("wx2", "s2")
        self.assertIsNot(one.wxa, two.wxa)
        one.wxa.API_BASE_URL = "http://127.0.0.1:1/"
        self.assertEqual(two.wxa.API_BASE_URL, "https://api.weixin.qq.com/")

    def test_token_fetch_hard_codes_the_host(self):
        source = inspect.getsource(WeChatClient.fetch_access_token)
        self.assertIn("https://api.weixin.qq.com/cgi-bin/token", source)
        self.assertIsInstance(inspect.getattr_static(BaseWeChatClient, "access_token"), property)

    def test_session_storage_interface_and_keys(self):
        for name in ("get", "set", "delete"):
            self.assertTrue(callable(getattr(SessionStorage, name)))
        client = WeChatClient("wxfacts", "secret")
        self.assertEqual(client.access_token_key, "wxfacts_access_token")
        self.assertEqual(client.access_token_expires_at_key, "wxfacts_access_token_expires_at")

    def test_token_errors_refresh_and_retry(self):
        codes = {
            WeChatErrorCode.INVALID_CREDENTIAL.value,
            WeChatErrorCode.INVALID_ACCESS_TOKEN.value,
            WeChatErrorCode.EXPIRED_ACCESS_TOKEN.value,
        }
        self.assertEqual(codes, {40001, 40014, 42001})
        source = inspect.getsource(BaseWeChatClient._handle_result)
        self.assertIn("self.fetch_access_token()", source)
        self.assertIn("self.session.get(self.access_token_key)", source)

    def test_wxa_methods_used(self):
        for name in ("code_to_session", "get_phone_number", "send_subscribe_message"):
            self.assertTrue(hasattr(WeChatWxa, name), name)
        self.assertIn(
            "wxa/business/getuserphonenumber", inspect.getsource(WeChatWxa.get_phone_number)
        )
        self.assertIn("sns/jscode2session", inspect.getsource(WeChatWxa.code_to_session))
