import importlib.util
import os
import secrets
import sys
from pathlib import Path

from odoo.addons.queue_job.exception import RetryableJobError
from odoo.tests.common import TransactionCase, new_test_user

from ..const import TIMEOUT_PARAM


def _load_simulator_client():
    """``tests/wechat_simulator/client.py`` of the repository (``MALL_WECHAT_SIM``
    or the path relative to this addon)."""
    folder = os.environ.get("MALL_WECHAT_SIM") or str(
        Path(__file__).resolve().parents[3] / "tests" / "wechat_simulator"
    )
    name = "mall_wechat_simulator_client"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, os.path.join(folder, "client.py"))
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


sim_client = _load_simulator_client()
Simulator = sim_client.Simulator
MerchantKeys = sim_client.MerchantKeys


class WeChatMiniProgramCase(TransactionCase):
    """A simulator per class, an app registered in it, the current company
    pointed at it.  Token rows (written in their own committed transactions)
    are deleted when the class ends."""

    SIM_SETTINGS = None
    APP_EXTRA = {}

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.sim = Simulator.start(settings=cls.SIM_SETTINGS)
        cls.addClassCleanup(cls.sim.stop)
        cls.appid = "wx" + secrets.token_hex(8)
        cls.secret = secrets.token_hex(16)
        cls.sim.add_app(cls.appid, cls.secret, **cls.APP_EXTRA)
        cls.addClassCleanup(cls._delete_token_rows, [cls.appid])
        cls.company = cls.env.company
        cls.company.write(
            {
                "wechat_mp_appid": cls.appid,
                "wechat_mp_secret": cls.secret,
                "wechat_mp_api_base_url": cls.sim.base_url,
            }
        )
        cls.env["ir.config_parameter"].sudo().set_param(TIMEOUT_PARAM, "2")
        cls.mp = cls.env["wechat.miniprogram"]
        cls.plain_user = new_test_user(cls.env, login="wechat_plain", groups="base.group_user")

    @classmethod
    def _delete_token_rows(cls, appids):
        with cls.registry.cursor() as cr:
            cr.execute("DELETE FROM wechat_access_token WHERE appid IN %s", [tuple(appids)])

    def token_row(self, appid=None):
        """``(access_token, expires_at)`` as committed (read in a new cursor)."""
        with self.registry.cursor() as cr:
            cr.execute(
                "SELECT access_token, expires_at FROM wechat_access_token WHERE appid = %s",
                [appid or self.appid],
            )
            return cr.fetchone()

    def set_token_expiry(self, expires_at, appid=None):
        with self.registry.cursor() as cr:
            cr.execute(
                "UPDATE wechat_access_token SET expires_at = %s WHERE appid = %s",
                [expires_at, appid or self.appid],
            )

    def perform_expecting_retry(self, job):
        """Perform a trapped job that must ask queue_job to retry it later.

        (A plain ``try``: Odoo's ``assertRaises`` rolls back to a savepoint,
        which would hide what the job recorded.)"""
        try:
            job.perform()
        except RetryableJobError as exc:
            return exc
        self.fail("the job did not ask to be retried")

    def issued(self):
        return self.sim.tokens()["issued"]

    def login_code(self, openid=None, **extra):
        openid = openid or "o" + secrets.token_hex(12)
        return openid, self.sim.add_code(self.appid, openid, **extra)
