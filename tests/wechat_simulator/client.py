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
import json as jsonlib
import os
import secrets
import string
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import requests
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

SERVER = Path(__file__).with_name("server.py")


class SimulatorError(RuntimeError):
    """The simulator did not start, or a control call was refused."""


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


class Simulator:
    """A running simulator process.  Use :meth:`start`; stop with :meth:`stop`
    or a ``with`` block."""

    def __init__(
        self,
        process: subprocess.Popen,
        port: int,
        host: str,
        log_path: str,
        workdir: tempfile.TemporaryDirectory,
    ):
        self.process = process
        self.port = port
        self.host = host
        self.base_url = f"http://{host}:{port}"
        self.log_path = log_path
        self._workdir = workdir
        self.http = requests.Session()
        self.http.trust_env = False

    # ------------------------------------------------------------ lifecycle

    @classmethod
    def start(
        cls,
        demo: bool = False,
        time_scale: float | None = None,
        mode: str | None = None,
        quiet: bool = True,
        keys_dir: str | None = None,
        host: str = "127.0.0.1",
        settings: dict | None = None,
        python: str | None = None,
        startup_timeout: float = 20.0,
    ) -> Simulator:
        """Launch ``server.py`` on a free port and wait until it answers.

        ``settings`` are passed as ``--set key=value`` (see ``/_sim/settings``);
        they are also what ``/_sim/reset`` returns to.
        """
        workdir = tempfile.TemporaryDirectory(prefix="wechat-sim-")
        ready_file = os.path.join(workdir.name, "port")
        log_path = os.path.join(workdir.name, "server.log")
        cmd = [
            python or sys.executable,
            str(SERVER),
            "--host",
            host,
            "--port",
            "0",
            "--ready-file",
            ready_file,
        ]
        if demo:
            cmd.append("--demo")
        if time_scale is not None:
            cmd += ["--time-scale", str(time_scale)]
        if mode:
            cmd += ["--mode", mode]
        if quiet:
            cmd.append("--quiet")
        if keys_dir:
            cmd += ["--keys-dir", keys_dir]
        for key, value in (settings or {}).items():
            cmd += ["--set", f"{key}={jsonlib.dumps(value)}"]
        log = open(log_path, "wb")  # noqa: SIM115 - the child keeps writing to it
        try:
            process = subprocess.Popen(
                cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
            )
        finally:
            log.close()
        deadline = time.monotonic() + startup_timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                output = Path(log_path).read_text(errors="replace")
                workdir.cleanup()
                raise SimulatorError(f"simulator exited with {process.returncode}:\n{output}")
            if os.path.exists(ready_file):
                sim = cls(process, int(Path(ready_file).read_text()), host, log_path, workdir)
                try:
                    sim.health()
                    return sim
                except requests.RequestException:
                    pass
            time.sleep(0.02)
        process.kill()
        process.wait()
        workdir.cleanup()
        raise SimulatorError("simulator did not become ready in time")

    def stop(self, timeout: float = 5.0) -> None:
        """Terminate the process (SIGTERM, then SIGKILL) and clean up."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.http.close()
        self._workdir.cleanup()

    def __enter__(self) -> Simulator:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def log(self) -> str:
        """What the process wrote to stdout/stderr so far."""
        try:
            return Path(self.log_path).read_text(errors="replace")
        except OSError:
            return ""

    # ------------------------------------------------------------ control API

    def control(self, method: str, path: str, json=None, params=None, timeout: float = 10):
        """Call ``/_sim/<path>``; return the decoded JSON, raise on 4xx/5xx."""
        url = f"{self.base_url}/_sim/{path.lstrip('/')}"
        resp = self.http.request(method, url, json=json, params=params, timeout=timeout)
        try:
            data = resp.json()
        except ValueError:
            data = {"error": resp.text}
        if resp.status_code >= 400:
            raise SimulatorError(f"{method} {path}: {resp.status_code} {data}")
        return data

    def health(self) -> dict:
        return self.control("GET", "health", timeout=2)

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

    def reset(self) -> dict:
        return self.control("POST", "reset")

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
