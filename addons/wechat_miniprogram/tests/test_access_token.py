import dataclasses
import secrets
import threading
from datetime import datetime, timedelta

from odoo import SUPERUSER_ID, api
from odoo.exceptions import AccessError
from odoo.tests import tagged

from ..exceptions import WeChatError
from .common import WeChatMiniProgramCase


@tagged("post_install", "-at_install")
class TestAccessToken(WeChatMiniProgramCase):
    def test_token_cached_in_database_and_reused(self):
        self.mp._code2session(self.login_code()[1])
        self.assertGreaterEqual(self.sim.tokens()["by_app"][self.appid], 1)
        before = self.issued()
        self.mp._code2session(self.login_code()[1])
        self.mp._code2session(self.login_code()[1])
        self.mp._get_phone_number(self.sim.add_phone_code("13900139000"))
        self.assertEqual(self.issued(), before)
        token, expires_at = self.token_row()
        self.assertTrue(token)
        self.assertAlmostEqual(
            expires_at, datetime.utcnow() + timedelta(seconds=7200), delta=timedelta(minutes=2)
        )
        # a new client (another request, another worker) uses the same row
        self.mp._code2session(self.login_code()[1])
        self.assertEqual(self.token_row()[0], token)

    def test_refresh_when_expired_in_cache(self):
        self.mp._code2session(self.login_code()[1])
        old_token, _expiry = self.token_row()
        before = self.issued()
        self.set_token_expiry(datetime.utcnow() + timedelta(seconds=30))  # inside the margin
        self.mp._code2session(self.login_code()[1])
        self.assertEqual(self.issued(), before + 1)
        self.assertNotEqual(self.token_row()[0], old_token)

    def test_refresh_when_wechat_says_40001_or_42001(self):
        self.mp._code2session(self.login_code()[1])
        for control in (self.sim.revoke_tokens, self.sim.expire_tokens):
            old_token = self.token_row()[0]
            before = self.issued()
            control(self.appid)
            # (jscode2session ignores the token; the phone-number call checks it)
            code = self.sim.add_phone_code("13700137000")
            self.assertEqual(self.mp._get_phone_number(code)["phone_number"], "13700137000")
            self.assertEqual(self.issued(), before + 1)
            self.assertNotEqual(self.token_row()[0], old_token)

    def test_refused_secret_is_a_clear_error(self):
        self.company.wechat_mp_secret = "wrong"
        self._delete_token_rows([self.appid])
        with self.assertRaisesRegex(WeChatError, "AppSecret") as error:
            self.mp._code2session(self.login_code()[1])
        self.assertEqual(error.exception.errcode, 40125)

    def test_parallel_requests_fetch_one_token(self):
        appid, secret = "wx" + secrets.token_hex(8), secrets.token_hex(16)
        self.sim.add_app(appid, secret)
        self.addCleanup(self._delete_token_rows, [appid])
        codes = [self.sim.add_code(appid, f"openid-{i}") for i in range(8)]
        config = dataclasses.replace(self.mp._app_config(), appid=appid, secret=secret)
        before = self.issued()
        barrier = threading.Barrier(len(codes))
        results, errors = {}, []

        def login(code):
            try:
                # each thread is a request of its own: its own cursor and environment
                with self.registry.cursor() as cr:
                    env = api.Environment(cr, SUPERUSER_ID, {})
                    barrier.wait(timeout=10)
                    results[code] = env["wechat.miniprogram"]._jscode2session(config, code)
            except Exception as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        threads = [threading.Thread(target=login, args=(code,)) for code in codes]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        self.assertFalse(errors)
        self.assertEqual(len(results), len(codes))
        self.assertEqual(self.sim.tokens()["by_app"].get(appid), 1)
        self.assertEqual(self.issued(), before + 1)

    def test_tokens_and_secret_hidden_from_normal_users(self):
        self.mp._code2session(self.login_code()[1])
        with self.assertRaises(AccessError):
            self.env["wechat.access.token"].with_user(self.plain_user).search([])
        with self.assertRaises(AccessError):
            self.company.with_user(self.plain_user).read(["wechat_mp_secret"])
