import importlib.util
import json
import os
import secrets
import sys
import uuid
from contextlib import ExitStack
from pathlib import Path

from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse

from odoo import fields
from odoo.addons.fastapi.dependencies import authenticated_partner_impl
from odoo.addons.fastapi.tests.common import FastAPITransactionCase
from odoo.addons.wechat_miniprogram.const import TIMEOUT_PARAM
from odoo.tests import HttpCase, tagged

from .. import ratelimit
from ..dependencies import authenticated_member_impl
from ..dispatcher import error_status_body
from ..tokens import issue_token

API = "/mall/v1"


def load_simulator_client(folder="wechat_simulator", env_var="MALL_WECHAT_SIM"):
    """``client.py`` of a simulator under the repository's ``tests/`` (the
    folder named by ``env_var``, or the path relative to this addon)."""
    path = os.environ.get(env_var) or str(Path(__file__).resolve().parents[3] / "tests" / folder)
    name = f"mall_{folder}_client"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, os.path.join(path, "client.py"))
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@tagged("post_install", "-at_install")
class MallApiCase(HttpCase):
    """Calls the storefront API over HTTP (the test server of HttpCase)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.env.ref("mall_api.mall_api_endpoint").company_id

    def setUp(self):
        super().setUp()
        ratelimit.reset()
        self.addCleanup(ratelimit.reset)

    @classmethod
    def _mall_member(cls, name, mobile="13800138000", **values):
        """A member of the mall with a delivery address in Shanghai and a token:
        ``(member, token, address)``; ``values`` go onto the member."""
        member = cls.env["res.partner"].create(
            {
                "name": f"会员{name}",
                "company_id": cls.company.id,
                "mall_openid": "o-" + uuid.uuid4().hex,
                "mall_member_since": fields.Datetime.now(),
                **values,
            }
        )
        address = cls.env["res.partner"].create(
            {
                "name": f"收货人{name}",
                "parent_id": member.id,
                "type": "delivery",
                "mobile": mobile,
                "country_id": cls.env.ref("base.cn").id,
                "state_id": cls.env.ref("base.state_cn_SH").id,
                "city": "上海市",
                "street": "张杨路 1500 号",
                "company_id": cls.company.id,
            }
        )
        token, _ttl = issue_token(cls.env, member.id)
        return member, token, address

    def api(
        self,
        method,
        path,
        json_body=None,
        token=None,
        params=None,
        raw=None,
        headers=None,
        timeout=30,
    ):
        headers = dict(headers or {})
        if token:
            headers["Authorization"] = f"Bearer {token}"
        data = raw
        if json_body is not None:
            data = json.dumps(json_body)
            headers["Content-Type"] = "application/json"
        return self.opener.request(
            method,
            self.base_url() + API + path,
            data=data,
            params=params,
            headers=headers,
            timeout=timeout,
        )

    def assertError(self, response, status, code):
        self.assertEqual(response.status_code, status, response.text)
        body = response.json()
        self.assertEqual(set(body), {"error"}, body)
        self.assertEqual(set(body["error"]), {"code", "message"}, body)
        self.assertEqual(body["error"]["code"], code, body)
        self.assertTrue(body["error"]["message"])
        return body


def _error_response(request, exc):
    """What MallFastApiDispatcher answers (the test client bypasses Odoo's dispatcher)."""
    status, body, headers, _expected = error_status_body(exc)
    return JSONResponse(body, status_code=status, headers=headers)


@tagged("post_install", "-at_install")
class MallApiSimulatorCase(FastAPITransactionCase):
    """The mall app through OCA fastapi's test client, with a WeChat simulator.

    Routes that call WeChat open their own cursors for the access-token cache
    (``registry.cursor()``); under HttpCase those are test cursors whose lock
    is held by the HTTP thread while FastAPI runs the route in a worker
    thread, which deadlocks. So login is tested here (real transactions for
    the token rows, removed when the class ends) and over real HTTP in the
    repository's tests/test_mall_api_http.py."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.endpoint = cls.env.ref("mall_api.mall_api_endpoint")
        cls.company = cls.endpoint.company_id
        Simulator = load_simulator_client().Simulator
        cls.sim = Simulator.start()
        cls.addClassCleanup(cls.sim.stop)
        cls.appid = "wx" + secrets.token_hex(8)
        secret = secrets.token_hex(16)
        cls.sim.add_app(cls.appid, secret)
        cls.addClassCleanup(cls._delete_token_rows, cls.appid)
        cls.company.write(
            {
                "wechat_mp_appid": cls.appid,
                "wechat_mp_secret": secret,
                "wechat_mp_api_base_url": cls.sim.base_url,
            }
        )
        cls.env["ir.config_parameter"].sudo().set_param(TIMEOUT_PARAM, "2")

    @classmethod
    def _delete_token_rows(cls, appid):
        with cls.registry.cursor() as cr:
            cr.execute("DELETE FROM wechat_access_token WHERE appid = %s", [appid])

    def setUp(self):
        super().setUp()
        ratelimit.reset()
        self.addCleanup(ratelimit.reset)
        app = self.endpoint._get_app()
        handlers = {Exception: _error_response}
        handlers.update(
            dict.fromkeys((StarletteHTTPException, RequestValidationError), _error_response)
        )
        app.exception_handlers = handlers
        stack = ExitStack()
        self.addCleanup(stack.close)
        self.client = stack.enter_context(
            self._create_test_client(
                app=app,
                env=self.env(context=dict(self.env.context, allowed_company_ids=[self.company.id])),
                user=self.endpoint.user_id,
                dependency_overrides={
                    **app.dependency_overrides,
                    authenticated_partner_impl: authenticated_member_impl,
                },
                raise_server_exceptions=False,
            )
        )

    def api(self, method, path, json_body=None, token=None, params=None, raw=None, headers=None):
        headers = dict(headers or {})
        if token:
            headers["Authorization"] = f"Bearer {token}"
        content = raw
        if json_body is not None:
            content = json.dumps(json_body)
            headers["Content-Type"] = "application/json"
        return self.client.request(method, path, content=content, params=params, headers=headers)

    assertError = MallApiCase.assertError

    def login(self, openid=None, scene=None, **code_extra):
        """Log a shopper in through the simulator: ``(response, openid)``."""
        openid = openid or "o" + secrets.token_hex(12)
        code = self.sim.add_code(self.appid, openid, **code_extra)
        body = {"code": code}
        if scene is not None:
            body["scene"] = scene
        return self.api("POST", "/auth/login", body), openid

    def member_token(self, **kwargs):
        response, _openid = self.login(**kwargs)
        self.assertEqual(response.status_code, 200, response.text)
        return response.json()["token"]
