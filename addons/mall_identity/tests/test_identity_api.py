import logging

from odoo.tests import tagged

from .common import NUMBER, OTHER_NUMBER, IdentityCase, make_number


@tagged("post_install", "-at_install")
class TestIdentityApi(IdentityCase):
    def post(self, name="张三", number=NUMBER, token=None):
        return self.api(
            "POST", "/me/identity", {"name": name, "id_number": number}, token=token or self.token
        )

    def test_verify_and_read_masked(self):
        body = self.api("GET", "/me/identity", token=self.token).json()
        self.assertEqual(
            body, {"state": "unverified", "name": None, "id_number": None, "verified_at": None}
        )
        with self.assertLogs(level=logging.DEBUG) as logs:
            logging.getLogger("odoo.addons.mall_identity").debug("capturing")
            response = self.post(number=NUMBER.lower())
        self.assertEqual(response.status_code, 201, response.text)
        masked = NUMBER[:4] + "**********" + NUMBER[-4:]
        self.assertEqual(
            {k: response.json()[k] for k in ("state", "name", "id_number")},
            {"state": "verified", "name": "*三", "id_number": masked},
        )
        self.assertNotIn(NUMBER, response.text)
        self.assertNotIn(NUMBER, "\n".join(logs.output))
        got = self.api("GET", "/me/identity", token=self.token)
        self.assertEqual(got.json()["id_number"], masked)
        self.assertTrue(got.json()["verified_at"])
        self.assertNotIn(NUMBER, got.text)
        # the member's other routes say nothing of it either
        self.assertNotIn(NUMBER, self.api("GET", "/me", token=self.token).text)

    def test_errors_write_nothing(self):
        wrong_check = NUMBER[:17] + ("1" if NUMBER[17] == "0" else "0")
        for name, number, status, code in (
            ("张三", wrong_check, 422, "invalid_id_checksum"),
            ("张三", make_number("33010619901301123"), 422, "invalid_birth_date"),
            ("张三", "33010619900307", 422, "invalid_id_number"),
            ("Z", NUMBER, 422, "invalid_name"),
            ("王五", NUMBER, 422, "identity_mismatch"),
        ):
            body = self.assertError(self.post(name, number), status, code)
            self.assertNotIn(NUMBER, str(body))
        self.assertError(self.post("张三", "3" * 40), 422, "validation_error")
        self.assertError(
            self.api("POST", "/me/identity", {"name": "张三"}, token=self.token),
            422,
            "validation_error",
        )
        self.assertError(
            self.api(
                "POST",
                "/me/identity",
                {"name": "张三", "id_number": NUMBER, "verified": True},
                token=self.token,
            ),
            422,
            "validation_error",
        )
        self.assertError(self.api("GET", "/me/identity"), 401, "unauthorized")
        self.assertError(self.post(token="bad.token"), 401, "unauthorized")
        self.sim.fault("/idv/", "http_500", count=1)
        body = self.assertError(self.post(), 503, "identity_unavailable")
        self.assertIn("请稍后重试", body["error"]["message"])
        self.assertFalse(self.identities(self.member))
        state = self.api("GET", "/me/identity", token=self.token).json()["state"]
        self.assertEqual(state, "unverified")

    def test_one_id_one_member(self):
        self.assertEqual(self.post().status_code, 201)
        self.assertError(self.post(token=self.other_token), 409, "identity_in_use")
        self.assertError(self.post("李四", OTHER_NUMBER), 409, "already_verified")
        self.assertEqual(self.post("李四", OTHER_NUMBER, token=self.other_token).status_code, 201)

    def test_not_configured(self):
        self.no_key()
        self.assertError(self.post(), 503, "identity_not_configured")

    def test_attempts_are_limited(self):
        self.env["ir.config_parameter"].sudo().set_param("mall_identity.verify_rate_limit", "2")
        self.assertError(self.post("王五"), 422, "identity_mismatch")
        self.assertError(self.post("王六"), 422, "identity_mismatch")
        response = self.post()
        self.assertError(response, 429, "rate_limited")
        self.assertTrue(response.headers.get("Retry-After"))
        self.assertEqual(self.post(token=self.other_token).status_code, 201)
