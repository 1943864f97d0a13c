import importlib.util
import os
import secrets
import string
import sys
from pathlib import Path

from odoo.addons.queue_job.exception import RetryableJobError

from ..const import TIMEOUT_PARAM


def _load(name, filename):
    """A file of ``tests/wechat_simulator`` (``MALL_WECHAT_SIM`` or relative to this addon)."""
    folder = os.environ.get("MALL_WECHAT_SIM") or str(
        Path(__file__).resolve().parents[3] / "tests" / "wechat_simulator"
    )
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, os.path.join(folder, filename))
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


sim_client = _load("mall_wechat_simulator_client", "client.py")
# the simulator's own WeCom crypto: an implementation independent of wechatpy's
sim_wecom = _load("mall_wecom_simulator_crypto", "wecom.py")
Simulator = sim_client.Simulator


def random_aes_key():
    return "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(43))


class WeComSimMixin:
    """A simulator per class with a corp whose callback URL is ``callback_url``
    (set by the class), the current company pointed at it."""

    USERS = ("zhangsan", "lisi", "wangwu")

    @classmethod
    def setup_wecom(cls, callback_url=""):
        cls.sim = Simulator.start()
        cls.addClassCleanup(cls.sim.stop)
        cls.corpid = "ww" + secrets.token_hex(8)
        cls.contact_secret = secrets.token_hex(16)
        cls.token = secrets.token_hex(8)
        cls.aes_key = random_aes_key()
        cls.company = cls.env.company
        cls.sim.add_corp(
            cls.corpid,
            [cls.contact_secret],
            cls.token,
            cls.aes_key,
            callback_url=callback_url,
            users=list(cls.USERS),
        )
        cls.company.write(
            {
                "wecom_corp_id": cls.corpid,
                "wecom_contact_secret": cls.contact_secret,
                "wecom_callback_token": cls.token,
                "wecom_encoding_aes_key": cls.aes_key,
                "wecom_api_base_url": cls.sim.base_url,
            }
        )
        cls.env["ir.config_parameter"].sudo().set_param(TIMEOUT_PARAM, "3")
        cls.api = cls.env["wecom.api"]
        cls.addClassCleanup(cls._delete_token_rows)

    @classmethod
    def _delete_token_rows(cls):
        with cls.registry.cursor() as cr:
            cr.execute(
                "DELETE FROM wechat_access_token WHERE appid LIKE %s", [f"wecom:{cls.corpid}:%"]
            )

    def gettoken_calls(self):
        return self.sim.wecom_tasks()["gettoken_calls"].get(self.corpid, 0)

    def perform_expecting_retry(self, job):
        try:
            job.perform()
        except RetryableJobError as exc:
            return exc
        self.fail("the job did not ask to be retried")
