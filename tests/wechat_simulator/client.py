"""Start the WeChat simulator as a subprocess and drive its control API.

Used by tests (it imports neither Odoo nor the server module)::

    with Simulator.start(time_scale=0.001) as sim:
        sim.add_app("wx123", "secret")
        merchant = MerchantKeys.generate("1900000001", appids=["wx123"])
        sim.add_merchant(merchant)
        ...  # point wechatpy / wechatpayv3 at sim.base_url
        sim.pay("ORDER-0001")
        sim.wait_for(lambda: sim.notifies(out_trade_no="ORDER-0001"))
"""

from __future__ import annotations

import hashlib
import importlib.util
import json as jsonlib
import secrets
import string
import time
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

# addon tests load this file by path, not as a package: its base likewise
_spec = importlib.util.spec_from_file_location(
    "mall_simulator_process", Path(__file__).resolve().parents[1] / "simulator_process.py"
)
simulator_process = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(simulator_process)
SimulatorError = simulator_process.SimulatorError


@dataclass
class MerchantKeys:
    """A merchant's API key pair and APIv3 key, generated locally.

    ``private_key_pem`` is what the merchant's code signs with (wechatpayv3
    ``private_key=``); the simulator only gets the public half.
    """

    mchid: str
    appids: list = field(default_factory=list)
    apiv3_key: str = ""
    serial: str = ""
    private_key_pem: str = ""
    public_key_pem: str = ""

    @classmethod
    def generate(cls, mchid: str, appids=(), apiv3_key: str | None = None) -> MerchantKeys:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        public_pem = (
            key.public_key()
            .public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
            .decode()
        )
        private_pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode()
        alphabet = string.ascii_letters + string.digits
        return cls(
            mchid=mchid,
            appids=list(appids),
            apiv3_key=apiv3_key or "".join(secrets.choice(alphabet) for _ in range(32)),
            serial=hashlib.sha1(public_pem.encode()).hexdigest().upper(),
            private_key_pem=private_pem,
            public_key_pem=public_pem,
        )


class Simulator(simulator_process.SimulatorProcess):
    """A running WeChat simulator process.  Use :meth:`start` (its own options:
    :meth:`_server_args`); stop with :meth:`stop` or a ``with`` block."""

    server = Path(__file__).with_name("server.py")
    workdir_prefix = "wechat-sim-"
    control_timeout = 10

    # ------------------------------------------------------------ lifecycle

    @classmethod
    def _server_args(
        cls,
        demo: bool = False,
        time_scale: float | None = None,
        mode: str | None = None,
        keys_dir: str | None = None,
        settings: dict | None = None,
    ) -> list:
        """The options of :meth:`start` besides quiet, host, python and
        startup_timeout.

        ``settings`` are passed as ``--set key=value`` (see ``/_sim/settings``);
        they are also what ``/_sim/reset`` returns to.
        """
        args = []
        if demo:
            args.append("--demo")
        if time_scale is not None:
            args += ["--time-scale", str(time_scale)]
        if mode:
            args += ["--mode", mode]
        if keys_dir:
            args += ["--keys-dir", keys_dir]
        for key, value in (settings or {}).items():
            args += ["--set", f"{key}={jsonlib.dumps(value)}"]
        return args

    # ------------------------------------------------------------ control API

    def keys(self) -> dict:
        """``public_key_pem``, ``public_key_id``, ``certificate_pem``, ``certificate_serial``."""
        return self.control("GET", "keys")

    def demo(self) -> dict:
        return self.control("GET", "demo")

    def add_app(self, appid: str, secret: str, **extra) -> dict:
        """Register an app; ``extra``: trade_managed, pages, templates."""
        return self.control("POST", "apps", {"appid": appid, "secret": secret, **extra})

    def add_merchant(self, merchant: MerchantKeys) -> dict:
        return self.control(
            "POST",
            "merchants",
            {
                "mchid": merchant.mchid,
                "apiv3_key": merchant.apiv3_key,
                "appids": merchant.appids,
                "merchant_serial": merchant.serial,
                "merchant_public_key_pem": merchant.public_key_pem,
            },
        )

    def add_code(self, appid: str, openid: str, **extra) -> str:
        """A single-use login code; ``extra``: code, unionid, session_key, ttl."""
        return self.control("POST", "codes", {"appid": appid, "openid": openid, **extra})["code"]

    def add_phone_code(self, phone: str, **extra) -> str:
        """A single-use phone code; ``extra``: code, country_code, appid, ttl."""
        return self.control("POST", "phone-codes", {"phone": phone, **extra})["code"]

    def pay(self, out_trade_no: str, **options) -> dict:
        """Play the shopper paying; ``options`` as ``POST /_sim/pay``."""
        return self.control("POST", "pay", {"out_trade_no": out_trade_no, **options})

    def refund_outcome(self, status: str, out_refund_no: str = "*") -> dict:
        return self.control(
            "POST", "refund-outcome", {"out_refund_no": out_refund_no, "status": status}
        )

    def transfer_outcome(self, state: str, out_bill_no: str = "*", fail_reason=None) -> dict:
        """How the next merchant transfers end: ``SUCCESS`` or ``FAIL``."""
        return self.control(
            "POST",
            "transfer-outcome",
            {"out_bill_no": out_bill_no, "state": state, "fail_reason": fail_reason},
        )

    def confirm_transfer(self, out_bill_no: str) -> dict:
        """Play the user confirming a WAIT_USER_CONFIRM transfer."""
        return self.control("POST", "transfer-confirm", {"out_bill_no": out_bill_no})

    def transfers(self, out_bill_no: str | None = None) -> list:
        """The transfer bills (query shape + ``create_requests``, ``user_name``...)."""
        params = {"out_bill_no": out_bill_no} if out_bill_no else {}
        return self.control("GET", "transfers", params=params)["transfers"]

    def fault(self, path_prefix: str, kind: str, count: int = 1, **extra) -> dict:
        """Make the next ``count`` matching requests fail; ``extra``: errcode,
        errmsg, status, delay, method."""
        return self.control(
            "POST", "faults", {"path_prefix": path_prefix, "kind": kind, "count": count, **extra}
        )

    def settings(self, **values) -> dict:
        """Change settings (none given: read them)."""
        if values:
            return self.control("POST", "settings", values)["settings"]
        return self.control("GET", "settings")["settings"]

    def revoke_tokens(self, appid: str | None = None) -> dict:
        return self.control("POST", "tokens/revoke", {"appid": appid} if appid else {})

    def expire_tokens(self, appid: str | None = None) -> dict:
        return self.control("POST", "tokens/expire", {"appid": appid} if appid else {})

    def tokens(self) -> dict:
        """``{"issued": n, "by_app": {...}, "active": n}``."""
        return self.control("GET", "tokens")

    def state(self) -> dict:
        return self.control("GET", "state")

    def transaction(self, out_trade_no: str) -> dict | None:
        rows = self.control("GET", "transactions", params={"out_trade_no": out_trade_no})
        return rows["transactions"][0] if rows["transactions"] else None

    def notifies(self, **filters) -> list:
        """Notifications (each with its ``attempt_log``); filters: event_type,
        out_trade_no, out_refund_no."""
        return self.control("GET", "notifies", params=filters)["notifications"]

    def request_count(self, path: str) -> int:
        return self.control("GET", "requests", params={"path": path})["counts"].get(path, 0)

    # ------------------------------------------------------------ real-name checks (idv.py)

    def add_identity(self, name: str, id_number: str) -> dict:
        """A person the name + ID number check knows: ``name`` matches, another name does not."""
        return self.control("POST", "identities", {"name": name, "id_number": id_number})

    def identity_checks(self) -> list:
        """The checks asked so far: ``{name, id_number_masked, result}`` (1 match,
        2 mismatch, 3 unknown)."""
        return self.control("GET", "identities")["checks"]

    # ------------------------------------------------------------ WeCom (wecom.py)

    def add_corp(self, corpid: str, secrets_: list, token: str, encoding_aes_key: str, **extra):
        """Register a WeCom corp; ``extra``: callback_url, users, console_welcome."""
        body = {
            "corpid": corpid,
            "secrets": list(secrets_),
            "token": token,
            "encoding_aes_key": encoding_aes_key,
            **extra,
        }
        return self.control("POST", "wecom/corps", body)

    def wecom_add_contact(self, corpid: str, userid: str, **extra) -> dict:
        """A customer adds ``userid``: the signed, encrypted callback is POSTed to
        the corp's callback URL. ``extra``: state, unionid, name,
        external_userid, url, forge ("signature" | "corpid"), welcome.
        Returns ``{external_userid, welcome_code, callback: {id, status, ...}}``."""
        return self.control(
            "POST", "wecom/add-contact", {"corpid": corpid, "userid": userid, **extra}
        )

    def wecom_del_contact(self, corpid: str, userid: str, external_userid: str, **extra) -> dict:
        """``extra``: change_type (del_external_contact | del_follow_user)."""
        body = {"corpid": corpid, "userid": userid, "external_userid": external_userid, **extra}
        return self.control("POST", "wecom/del-contact", body)

    def wecom_replay(self, callback_id: int, fresh: bool = False) -> dict:
        return self.control("POST", "wecom/replay", {"id": callback_id, "fresh": fresh})

    def wecom_verify_url(self, corpid: str, **extra) -> dict:
        return self.control("POST", "wecom/verify-url", {"corpid": corpid, **extra})

    def wecom_seed_contacts(self, corpid: str, contacts: list) -> dict:
        return self.control("POST", "wecom/contacts", {"corpid": corpid, "contacts": contacts})

    def wecom_outcome(self, external_userids: list, status) -> dict:
        body = {"external_userids": list(external_userids), "status": status}
        return self.control("POST", "wecom/outcomes", body)

    def wecom_welcome(self) -> dict:
        """``{sends: [...], codes: {...}}``."""
        return self.control("GET", "wecom/welcome")

    def wecom_contact_ways(self) -> list:
        return self.control("GET", "wecom/contact-ways")["contact_ways"]

    def wecom_tasks(self, msgid: str | None = None) -> dict:
        """``{tasks: [...with counts], gettoken_calls: {corpid: n}}``."""
        return self.control("GET", "wecom/tasks", params={"msgid": msgid} if msgid else None)

    def wecom_callbacks(self) -> list:
        return self.control("GET", "wecom/callbacks")["callbacks"]

    # ------------------------------------------------------------ polling

    @staticmethod
    def wait_for(predicate, timeout: float = 5.0, interval: float = 0.02, message: str = ""):
        """Poll ``predicate`` until it returns something truthy; return that."""
        deadline = time.monotonic() + timeout
        while True:
            value = predicate()
            if value:
                return value
            if time.monotonic() >= deadline:
                raise AssertionError(message or f"condition not met within {timeout}s")
            time.sleep(interval)
