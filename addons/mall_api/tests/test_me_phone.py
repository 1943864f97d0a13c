from odoo.tests import tagged

from ..tokens import verify_token
from .common import MallApiSimulatorCase

PHONE_PATH = "/wxa/business/getuserphonenumber"


@tagged("post_install", "-at_install")
class TestMePhone(MallApiSimulatorCase):
    def setUp(self):
        super().setUp()
        self.token = self.member_token()
        self.member = self.env["res.partner"].sudo().browse(verify_token(self.env, self.token))

    def bind(self, code, token=None):
        return self.api("POST", "/me/phone", {"code": code}, token=token or self.token)

    def test_bind_phone(self):
        response = self.api("GET", "/me", token=self.token)
        self.assertIsNone(response.json()["phone"])
        code = self.sim.add_phone_code("13812345678", appid=self.appid)
        response = self.bind(code)
        self.assertEqual(response.status_code, 200, response.text)
        body = response.json()
        self.assertEqual(body["id"], self.member.id)
        self.assertEqual(body["phone"], "138****5678")
        self.assertNotIn("13812345678", response.text)
        self.assertEqual(self.member.mobile, "13812345678")
        response = self.api("GET", "/me", token=self.token)
        self.assertEqual(response.status_code, 200, response.text)
        self.assertEqual(response.json()["phone"], "138****5678")
        self.assertNotIn("13812345678", response.text)
        # binding again replaces the number
        response = self.bind(self.sim.add_phone_code("15900001111"))
        self.assertEqual(response.status_code, 200, response.text)
        self.assertEqual(response.json()["phone"], "159****1111")
        self.assertEqual(self.member.mobile, "15900001111")

    def test_foreign_number_keeps_its_country_code(self):
        response = self.bind(self.sim.add_phone_code("91234567", country_code="852"))
        self.assertEqual(response.status_code, 200, response.text)
        self.assertEqual(self.member.mobile, "+85291234567")
        self.assertEqual(response.json()["phone"], "+85****4567")

    def test_bad_codes_are_400_and_write_nothing(self):
        self.assertError(self.bind("never-issued"), 400, "invalid_code")
        code = self.sim.add_phone_code("13812345678")
        self.assertEqual(self.bind(code).status_code, 200)
        self.member.mobile = "13000000000"
        self.assertError(self.bind(code), 400, "invalid_code")
        other_app = self.sim.add_phone_code("13912345678", appid="wx-another-app")
        self.assertError(self.bind(other_app), 400, "invalid_code")
        self.assertEqual(self.member.mobile, "13000000000")

    def test_wechat_errors(self):
        for kwargs, status, code in (
            (
                {"kind": "errcode", "errcode": -1, "errmsg": "system error"},
                503,
                "wechat_unavailable",
            ),
            ({"kind": "http_500"}, 503, "wechat_unavailable"),
            ({"kind": "errcode", "errcode": 45011, "errmsg": "freq limit"}, 429, "rate_limited"),
            ({"kind": "errcode", "errcode": 40226, "errmsg": "high risk"}, 400, "wechat_error"),
        ):
            with self.subTest(**kwargs):
                self.sim.fault(PHONE_PATH, **kwargs)
                response = self.bind(self.sim.add_phone_code("13812345678"))
                self.assertError(response, status, code)
                self.assertFalse(self.member.mobile)

    def test_invalid_bodies_are_422(self):
        calls = self.sim.request_count(PHONE_PATH)
        for body in (
            {},
            {"code": ""},
            {"code": "   "},
            {"code": 12},
            {"code": "x" * 129},
            {"code": "abc", "phone": "13812345678"},
        ):
            with self.subTest(body=body):
                response = self.api("POST", "/me/phone", body, token=self.token)
                self.assertError(response, 422, "validation_error")
        self.assertEqual(self.sim.request_count(PHONE_PATH), calls)
        self.assertFalse(self.member.mobile)

    def test_needs_a_token(self):
        code = self.sim.add_phone_code("13812345678")
        calls = self.sim.request_count(PHONE_PATH)
        for token in (None, "1.2.3"):
            with self.subTest(token=token):
                response = self.api("POST", "/me/phone", {"code": code}, token=token)
                self.assertError(response, 401, "unauthorized")
        self.assertEqual(self.sim.request_count(PHONE_PATH), calls)
        # the code was not spent
        self.assertEqual(self.bind(code).status_code, 200)


@tagged("post_install", "-at_install")
class TestMePhoneNotConfigured(MallApiSimulatorCase):
    def test_unconfigured_app_is_503(self):
        token = self.member_token()
        self.company.write({"wechat_mp_appid": False, "wechat_mp_secret": False})
        response = self.api("POST", "/me/phone", {"code": "abc"}, token=token)
        self.assertError(response, 503, "not_configured")
