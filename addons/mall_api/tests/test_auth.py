import json
import time

from odoo.tests import tagged

from ..const import LOGIN_RATE_LIMIT_PARAM, MAX_BODY_PARAM, TOKEN_TTL_PARAM
from ..tokens import issue_token, verify_token
from .common import MallApiCase, MallApiSimulatorCase


@tagged("post_install", "-at_install")
class TestLogin(MallApiSimulatorCase):
    def _members(self, openid):
        return (
            self.env["res.partner"]
            .sudo()
            .with_context(active_test=False)
            .search([("mall_openid", "=", openid)])
        )

    def test_first_login_creates_the_member(self):
        response, openid = self.login(scene="summer2026", unionid="u-first-login")
        self.assertEqual(response.status_code, 200, response.text)
        body = response.json()
        self.assertEqual(set(body), {"token", "expires_in", "member"})
        self.assertGreater(body["expires_in"], 0)
        member = self._members(openid)
        self.assertEqual(len(member), 1)
        self.assertEqual(body["member"]["id"], member.id)
        self.assertEqual(member.company_id, self.company)
        self.assertTrue(member.mall_member_since)
        self.assertEqual(member.mall_register_channel, "miniprogram")
        self.assertEqual(member.mall_register_scene, "summer2026")
        self.assertEqual(member.mall_unionid, "u-first-login")
        self.assertEqual(verify_token(self.env, body["token"]), member.id)

    def test_scene_sets_the_channel(self):
        response, openid = self.login(scene="store_qr:S01")
        self.assertEqual(response.status_code, 200, response.text)
        member = self._members(openid)
        self.assertEqual(member.mall_register_channel, "store_qr")
        self.assertEqual(member.mall_register_scene, "store_qr:S01")

    def test_a_share_scene_sets_the_share_channel_and_members_get_a_share_code(self):
        response, openid = self.login(scene="u=K7Q2M9XA&p=12")
        self.assertEqual(response.status_code, 200, response.text)
        member = self._members(openid)
        self.assertEqual(member.mall_register_channel, "share")
        code = response.json()["member"]["share_code"]
        self.assertEqual(code, member.mall_share_code)
        self.assertEqual(len(code), 8)

    def test_relogin_finds_the_member_and_keeps_the_first_scene(self):
        first, openid = self.login(scene="first-scene")
        self.assertEqual(first.status_code, 200, first.text)
        second, _openid = self.login(openid=openid, scene="clerk_qr:C9")
        self.assertEqual(second.status_code, 200, second.text)
        self.assertEqual(second.json()["member"]["id"], first.json()["member"]["id"])
        member = self._members(openid)
        self.assertEqual(len(member), 1)
        self.assertEqual(member.mall_register_scene, "first-scene")
        self.assertEqual(member.mall_register_channel, "miniprogram")

    def test_bad_codes_are_401_and_create_nothing(self):
        count = self.env["res.partner"].sudo().with_context(active_test=False).search_count([])
        response = self.api("POST", "/auth/login", {"code": "never-issued"})
        self.assertError(response, 401, "invalid_code")
        code = self.sim.add_code(self.appid, "o-used-code")
        self.assertEqual(self.api("POST", "/auth/login", {"code": code}).status_code, 200)
        self.assertError(self.api("POST", "/auth/login", {"code": code}), 401, "invalid_code")
        after = self.env["res.partner"].sudo().with_context(active_test=False).search_count([])
        self.assertEqual(after, count + 1)

    def test_wechat_rate_limit_is_429(self):
        self.sim.fault("/sns/jscode2session", "errcode", errcode=45011, errmsg="api freq out")
        response, openid = self.login()
        self.assertError(response, 429, "rate_limited")
        self.assertFalse(self._members(openid))

    def test_wechat_busy_is_503(self):
        self.sim.fault("/sns/jscode2session", "errcode", errcode=-1, errmsg="system error")
        response, _openid = self.login()
        self.assertError(response, 503, "wechat_unavailable")

    def test_invalid_bodies_are_422(self):
        count = self.env["res.partner"].sudo().with_context(active_test=False).search_count([])
        for body in (
            {},
            {"code": ""},
            {"code": "x", "extra": 1},
            {"code": 12},
            {"code": "x" * 200},
        ):
            with self.subTest(body=body):
                self.assertError(self.api("POST", "/auth/login", body), 422, "validation_error")
        self.assertError(
            self.api(
                "POST", "/auth/login", raw="{not json", headers={"Content-Type": "application/json"}
            ),
            422,
            "validation_error",
        )
        after = self.env["res.partner"].sudo().with_context(active_test=False).search_count([])
        self.assertEqual(after, count)

    def test_login_rate_limit_per_ip(self):
        self.env["ir.config_parameter"].sudo().set_param(LOGIN_RATE_LIMIT_PARAM, "2")
        # one window for the whole test (fixed windows start on multiples of their length)
        self.env["ir.config_parameter"].sudo().set_param("mall_api.login_rate_window", "1000000000")
        self.assertEqual(self.login()[0].status_code, 200)
        self.assertEqual(self.login()[0].status_code, 200)
        response, openid = self.login()
        self.assertError(response, 429, "rate_limited")
        self.assertTrue(response.headers.get("Retry-After"))
        self.assertFalse(self._members(openid))


@tagged("post_install", "-at_install")
class TestLoginNotConfigured(MallApiSimulatorCase):
    def test_unconfigured_app_is_503(self):
        self.company.write({"wechat_mp_appid": False, "wechat_mp_secret": False})
        self.assertError(self.api("POST", "/auth/login", {"code": "abc"}), 503, "not_configured")


@tagged("post_install", "-at_install")
class TestMe(MallApiSimulatorCase):
    def test_me(self):
        token = self.member_token()
        response = self.api("GET", "/me", token=token)
        self.assertEqual(response.status_code, 200, response.text)
        body = response.json()
        self.assertEqual(body["nickname"], "微信用户")
        self.assertEqual(body["register_channel"], "miniprogram")
        self.assertIsNone(body["avatar_url"])

    def test_me_needs_a_valid_token(self):
        token = self.member_token()
        member_id = verify_token(self.env, token)
        expired, _ttl = issue_token(self.env, member_id, now=time.time() - 10 * 24 * 3600)
        ident, version, expiry, signature = token.split(".")
        tampered = [
            f"{int(ident) + 1}.{version}.{expiry}.{signature}",
            f"{ident}.{int(version) + 1}.{expiry}.{signature}",
            f"{ident}.{version}.{int(expiry) + 3600}.{signature}",
            f"{ident}.{version}.{expiry}.{signature[:-2]}AA",
            f"{ident}.{expiry}.{signature}",
            "garbage",
            "",
        ]
        self.assertError(self.api("GET", "/me"), 401, "unauthorized")
        for bad in [expired, *tampered]:
            with self.subTest(token=bad):
                self.assertError(self.api("GET", "/me", token=bad), 401, "unauthorized")
        self.assertError(
            self.api("GET", "/me", headers={"Authorization": f"Basic {token}"}), 401, "unauthorized"
        )
        self.assertError(self.api("PATCH", "/me", {"nickname": "x"}), 401, "unauthorized")

    def test_logout_revokes_every_token_of_the_member(self):
        response, openid = self.login()
        token = response.json()["token"]
        member_id = verify_token(self.env, token)
        other_device = self.login(openid=openid)[0].json()["token"]
        someone_else = self.member_token()
        self.assertEqual(self.api("GET", "/me", token=token).status_code, 200)
        response = self.api("POST", "/auth/logout", token=token)
        self.assertEqual(response.status_code, 204, response.text)
        self.assertFalse(response.content)
        # this token and the member's other ones answer 401 in the error shape
        for revoked in (token, other_device):
            with self.subTest(token=revoked):
                self.assertError(self.api("GET", "/me", token=revoked), 401, "unauthorized")
                self.assertError(
                    self.api("POST", "/auth/logout", token=revoked), 401, "unauthorized"
                )
        self.assertIsNone(verify_token(self.env, token))
        # another member is still logged in
        self.assertEqual(self.api("GET", "/me", token=someone_else).status_code, 200)
        # logging in again gives a token that works
        response, _openid = self.login(openid=openid)
        self.assertEqual(response.json()["member"]["id"], member_id)
        fresh = response.json()["token"]
        self.assertEqual(self.api("GET", "/me", token=fresh).status_code, 200)
        self.assertEqual(verify_token(self.env, fresh), member_id)

    def test_logout_needs_a_token(self):
        self.assertError(self.api("POST", "/auth/logout"), 401, "unauthorized")
        self.assertError(self.api("POST", "/auth/logout", token="garbage"), 401, "unauthorized")

    def test_token_of_an_older_version_is_refused(self):
        token = self.member_token()
        member = self.env["res.partner"].sudo().browse(verify_token(self.env, token))
        version = member.mall_token_version
        self.assertEqual(token.split(".")[1], str(version))
        member._mall_revoke_tokens()
        self.assertEqual(member.mall_token_version, version + 1)
        self.assertIsNone(verify_token(self.env, token))
        self.assertError(self.api("GET", "/me", token=token), 401, "unauthorized")
        # a token of the current version, issued by the server, is fine
        current, _ttl = issue_token(self.env, member.id)
        self.assertEqual(current.split(".")[1], str(version + 1))
        self.assertEqual(self.api("GET", "/me", token=current).status_code, 200)

    def test_token_ttl_setting(self):
        self.env["ir.config_parameter"].sudo().set_param(TOKEN_TTL_PARAM, "60")
        response, _openid = self.login()
        self.assertEqual(response.json()["expires_in"], 60)

    def test_update_me(self):
        token = self.member_token()
        response = self.api(
            "PATCH",
            "/me",
            {"nickname": "  小米粥  ", "avatar_url": "https://example.com/a.png"},
            token=token,
        )
        self.assertEqual(response.status_code, 200, response.text)
        self.assertEqual(response.json()["nickname"], "小米粥")
        member = self.env["res.partner"].sudo().browse(verify_token(self.env, token))
        self.assertEqual(member.name, "小米粥")
        self.assertEqual(member.mall_avatar_url, "https://example.com/a.png")
        body = self.api("GET", "/me", token=token).json()
        self.assertEqual(body["avatar_url"], "https://example.com/a.png")

    def test_update_me_refuses_bad_input_and_writes_nothing(self):
        token = self.member_token()
        member = self.env["res.partner"].sudo().browse(verify_token(self.env, token))
        for body in (
            {"nickname": ""},
            {"nickname": "x" * 65},
            {"avatar_url": "javascript:alert(1)"},
            {"nickname": "ok", "avatar_url": "ftp://x"},
            {"nickname": "ok", "mall_openid": "stolen"},
        ):
            with self.subTest(body=body):
                self.assertError(
                    self.api("PATCH", "/me", body, token=token), 422, "validation_error"
                )
        member.invalidate_recordset()
        self.assertEqual(member.name, "微信用户")
        self.assertFalse(member.mall_avatar_url)


@tagged("post_install", "-at_install")
class TestApp(MallApiCase):
    def test_openapi_and_docs(self):
        response = self.api("GET", "/openapi.json")
        self.assertEqual(response.status_code, 200, response.text)
        spec = response.json()
        for path in ("/auth/login", "/me", "/categories", "/products", "/products/{product_id}"):
            self.assertIn(path, spec["paths"])
        self.assertIn("ErrorResponse", spec["components"]["schemas"])
        docs = self.api("GET", "/docs")
        self.assertEqual(docs.status_code, 200)
        self.assertIn("swagger", docs.text.lower())

    def test_body_over_the_limit_is_413_before_it_is_read(self):
        self.env["ir.config_parameter"].sudo().set_param(MAX_BODY_PARAM, "2000")
        small = json.dumps({"code": "x" * 1500})
        large = json.dumps({"code": "x" * 2500})
        headers = {"Content-Type": "application/json"}
        # under the limit: read and validated as usual
        self.assertError(
            self.api("POST", "/auth/login", raw=small, headers=headers), 422, "validation_error"
        )
        self.assertError(
            self.api("POST", "/auth/login", raw=large, headers=headers), 413, "payload_too_large"
        )
        # no Content-Length (chunked): cut at the same size
        chunks = (large[i : i + 500].encode() for i in range(0, len(large), 500))
        self.assertError(
            self.api("POST", "/auth/login", raw=chunks, headers=headers), 413, "payload_too_large"
        )
        chunks = (small[i : i + 500].encode() for i in range(0, len(small), 500))
        self.assertError(
            self.api("POST", "/auth/login", raw=chunks, headers=headers), 422, "validation_error"
        )
        spec = self.api("GET", "/openapi.json").json()
        self.assertIn("413", spec["paths"]["/auth/login"]["post"]["responses"])
        self.assertIn("/auth/logout", spec["paths"])

    def test_unknown_route_and_method(self):
        self.assertError(self.api("GET", "/nowhere"), 404, "not_found")
        self.assertError(self.api("DELETE", "/categories"), 405, "method_not_allowed")

    def test_endpoint_is_synced(self):
        endpoint = self.env.ref("mall_api.mall_api_endpoint")
        self.assertEqual(endpoint.root_path, "/mall/v1")
        self.assertEqual(endpoint.app, "mall")
        self.assertTrue(endpoint.registry_sync)
