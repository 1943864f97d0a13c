#!/usr/bin/env python3
"""Local WeChat simulator: mini-program server API and WeChat Pay API v3.

One process, standard library HTTP server plus ``cryptography`` and
``requests``.  It speaks the wire protocol of

* the mini-program server API (host ``api.weixin.qq.com``): access tokens,
  ``jscode2session``, phone numbers, unlimited mini-program codes, subscribe
  messages and the shipping-info service;
* WeChat Pay API v3 (host ``api.mch.weixin.qq.com``): JSAPI prepay, order
  query and close, refunds, the platform certificate download, signed
  responses and encrypted, signed notifications with WeChat's retry schedule;

so that ``wechatpy`` and ``wechatpayv3`` can be pointed at it by base URL.
Both API families share one port: their paths do not overlap.

A JSON control API under ``/_sim/`` registers apps, merchants and login
codes, plays the shopper paying, injects faults and exposes everything that
happened.  See README.md next to this file.

Run::

    python tests/wechat_simulator/server.py --port 0 --host 127.0.0.1 --demo

It prints ``WECHAT_SIMULATOR_READY <port> <base_url>`` on stdout once it
accepts connections (and writes the port to ``--ready-file`` if given).

This module must not import Odoo.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import html
import json
import os
import re
import secrets
import signal
import socket
import string
import struct
import sys
import threading
import time
import traceback
import uuid
import zlib
from collections import Counter, deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

import requests
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.x509.oid import NameOID

try:  # run as a script (python tests/wechat_simulator/server.py): no package
    from .idv import IDV_ROUTES, IdentityVerificationMixin
    from .wecom import DEMO_CORP, WECOM_ROUTES, WECOM_SETTINGS, WeComMixin
except ImportError:
    from idv import IDV_ROUTES, IdentityVerificationMixin
    from wecom import DEMO_CORP, WECOM_ROUTES, WECOM_SETTINGS, WeComMixin

VERSION = "1.0"
CST = timezone(timedelta(hours=8))

#: WeChat Pay's notification re-send schedule, in seconds (24 h 4 min in all).
RETRY_SCHEDULE = (
    15,
    15,
    30,
    180,
    600,
    1200,
    1800,
    1800,
    1800,
    3600,
    10800,
    10800,
    10800,
    21600,
    21600,
)

SIGNATURE_TYPE = "WECHATPAY2-SHA256-RSA2048"
SIGNTEST_PREFIX = "WECHATPAY/SIGNTEST/"

DEMO_APPID = "wxdemoappid000001"
DEMO_SECRET = "demo-secret"
DEMO_MCHID = "1230000109"
DEMO_APIV3_KEY = "demoAPIv3Key0123456789abcdefABCD"

DEFAULT_SETTINGS = {
    # "public_key" | "certificate" | "mixed": which Wechatpay-Serial we sign with
    "mode": "public_key",
    "token_ttl": 7200,
    # how long a superseded /cgi-bin/token token keeps working (real: 5 min)
    "token_overlap": 300,
    "code_ttl": 300,
    "shipping_grace_seconds": 0,
    "refund_delay": 1.0,
    "notify_timeout": 5.0,
    "time_scale": 1.0,
    # None = automatic: unavailable (HTTP 500) in "public_key" mode only
    "certificates_available": None,
    # when true, subscribe messages need an openid seen by jscode2session/codes
    "strict_openids": False,
    # WeCom (wecom.py): welcome-code window, mass messages per customer, callback timeout
    **WECOM_SETTINGS,
    # merchant transfers (商家转账): seconds until an accepted bill ends (not scaled)
    "transfer_delay": 0.5,
    # true: a new bill waits for the user (WAIT_USER_CONFIRM + package_info)
    # until POST /_sim/transfer-confirm
    "transfer_confirm": False,
    # the merchant's transfer balance in fen (null: unlimited); a bill above
    # what is left is refused with 403 NOT_ENOUGH
    "transfer_balance": None,
}
OUT_BILL_NO_RE = re.compile(r"[0-9A-Za-z]{5,32}")

SCENE_RE = re.compile(r"[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}")
OUT_TRADE_NO_RE = re.compile(r"[0-9A-Za-z_\-|*]{6,32}")
OUT_REFUND_NO_RE = re.compile(r"[0-9A-Za-z_\-|*@]{1,64}")
OPENID_RE = re.compile(r"[0-9A-Za-z_\-]{1,128}")
AUTH_PARAM_RE = re.compile(r'(\w+)="([^"]*)"')

#: subscribe-message keyword types and their maximum value length
SUBSCRIBE_LIMITS = {
    "thing": 20,
    "number": 32,
    "letter": 32,
    "symbol": 5,
    "character_string": 32,
    "time": 64,
    "date": 64,
    "amount": 32,
    "phone_number": 17,
    "car_number": 8,
    "name": 20,
    "phrase": 5,
}

TRADE_STATE_DESC = {
    "SUCCESS": "支付成功",
    "REFUND": "转入退款",
    "NOTPAY": "订单未支付",
    "CLOSED": "订单已关闭",
    "REVOKED": "已撤销",
    "USERPAYING": "用户支付中",
    "PAYERROR": "支付失败",
}
REFUND_SUMMARY = {"SUCCESS": "退款成功", "CLOSED": "退款关闭", "ABNORMAL": "退款异常"}


# ---------------------------------------------------------------- helpers


def rfc3339(ts: float | None = None) -> str:
    """Format an epoch time as WeChat does: ``2024-01-02T03:04:05+08:00``."""
    return datetime.fromtimestamp(time.time() if ts is None else ts, CST).isoformat(
        timespec="seconds"
    )


def parse_rfc3339(value) -> float | None:
    """Parse an RFC 3339 timestamp to epoch seconds, or None when invalid."""
    if not isinstance(value, str) or "T" not in value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        return None
    return parsed.timestamp()


def random_digits(n: int) -> str:
    """``n`` random decimal digits."""
    return "".join(secrets.choice(string.digits) for _ in range(n))


def random_alnum(n: int) -> str:
    """``n`` random ASCII letters and digits (notification nonces)."""
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(n))


def dumps(obj) -> bytes:
    """Compact UTF-8 JSON, as WeChat sends it."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def is_int(value) -> bool:
    """True for real integers (JSON numbers without a fraction), not booleans."""
    return isinstance(value, int) and not isinstance(value, bool)


def load_public_key_any(pem: str):
    """Load a merchant key given as PUBLIC KEY PEM, certificate PEM, private key PEM
    or the bare base64 body of a public key.  Returns ``(public_key, cert_serial)``
    where ``cert_serial`` is the certificate's hex serial when a certificate was given.
    """
    text = pem.strip()
    if "BEGIN CERTIFICATE" in text:
        cert = x509.load_pem_x509_certificate(text.encode())
        return cert.public_key(), format(cert.serial_number, "X")
    if "PRIVATE KEY" in text:
        key = serialization.load_pem_private_key(text.encode(), password=None)
        return key.public_key(), None
    if "BEGIN" not in text:
        text = "-----BEGIN PUBLIC KEY-----\n" + text + "\n-----END PUBLIC KEY-----"
    return serialization.load_pem_public_key(text.encode()), None


def public_key_pem(key) -> str:
    """PEM (SubjectPublicKeyInfo) text of a public key."""
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode()


def private_key_pem(key) -> str:
    """Unencrypted PKCS#8 PEM text of a private key."""
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()


def key_serial(public_key) -> str:
    """A stable made-up 40-hex-digit serial for a public key (demo merchant)."""
    der = public_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return hashlib.sha1(der).hexdigest().upper()


def aes_gcm_encrypt(apiv3_key: str, plaintext: str, associated_data: str) -> dict:
    """Encrypt as WeChat Pay does for notifications and certificates."""
    nonce = random_alnum(12)
    ciphertext = AESGCM(apiv3_key.encode("utf-8")).encrypt(
        nonce.encode("utf-8"), plaintext.encode("utf-8"), associated_data.encode("utf-8")
    )
    return {
        "algorithm": "AEAD_AES_256_GCM",
        "nonce": nonce,
        "associated_data": associated_data,
        "ciphertext": base64.b64encode(ciphertext).decode(),
    }


# ---------------------------------------------------------------- PNG


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def make_png(width: int, seed: str, text: str = "") -> bytes:
    """A grayscale PNG that looks like a 2-D code: three finder squares and a
    pattern derived from ``seed``.  ``text`` goes into a ``tEXt`` chunk
    (keyword ``wxacode``) so tests can read back what was encoded.
    """
    modules = 29
    bits = []
    digest = seed.encode("utf-8")
    while len(bits) < modules * modules:
        digest = hashlib.sha256(digest).digest()
        for byte in digest:
            bits.extend((byte >> i) & 1 for i in range(8))
    grid = [[bits[r * modules + c] for c in range(modules)] for r in range(modules)]

    def finder(r0, c0):
        for r in range(7):
            for c in range(7):
                ring = max(abs(r - 3), abs(c - 3))
                grid[r0 + r][c0 + c] = 1 if ring in (0, 1, 3) else 0

    finder(0, 0)
    finder(0, modules - 7)
    finder(modules - 7, 0)
    scale = max(1, width // (modules + 4))
    margin = (width - scale * modules) // 2
    raw = bytearray()
    blank = b"\x00" + b"\xff" * width
    for y in range(width):
        r = (y - margin) // scale
        if y < margin or r >= modules:
            raw += blank
            continue
        row = bytearray(b"\xff" * width)
        for c in range(modules):
            if grid[r][c]:
                x = margin + c * scale
                row[x : x + scale] = b"\x00" * scale
        raw += b"\x00" + row
    header = struct.pack(">IIBBBBB", width, width, 8, 0, 0, 0, 0)
    png = b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header)
    if text:
        png += _png_chunk(b"tEXt", b"wxacode\x00" + text.encode("latin-1", "replace"))
    png += _png_chunk(b"IDAT", zlib.compress(bytes(raw), 6)) + _png_chunk(b"IEND", b"")
    return png


# ---------------------------------------------------------------- errors / io types


class MiniError(Exception):
    """A mini-program business error: answered HTTP 200 with errcode/errmsg."""

    def __init__(self, errcode: int, errmsg: str):
        super().__init__(errcode, errmsg)
        self.errcode = errcode
        self.errmsg = errmsg


class PayError(Exception):
    """A WeChat Pay v3 error: non-2xx status and ``{"code", "message"}``."""

    def __init__(self, status: int, code: str, message: str, detail: dict | None = None):
        super().__init__(status, code, message)
        self.status = status
        self.code = code
        self.message = message
        self.detail = detail


class SimError(Exception):
    """A control-API error: answered with ``{"error": message}``."""

    def __init__(self, status: int, message: str):
        super().__init__(status, message)
        self.status = status
        self.message = message


@dataclass
class Request:
    """One received HTTP request, independent of the socket layer."""

    method: str
    path: str
    query_string: str
    target: str  # path?query exactly as received: what pay clients sign
    headers: dict  # lower-case names
    body: bytes
    client: str = ""

    @property
    def query(self) -> dict:
        """Query parameters, first value of each."""
        return {k: v[0] for k, v in parse_qs(self.query_string, keep_blank_values=True).items()}

    def header(self, name: str, default: str = "") -> str:
        return self.headers.get(name.lower(), default)


@dataclass
class Response:
    """What the HTTP layer writes back (or, with ``drop``, never writes)."""

    status: int = 200
    body: bytes = b""
    headers: list = field(default_factory=list)
    drop: bool = False  # hold the connection ``delay`` seconds, then close unanswered
    delay: float = 0.0


def json_response(obj, status: int = 200) -> Response:
    return Response(status, dumps(obj), [("Content-Type", "application/json; charset=utf-8")])


# ---------------------------------------------------------------- platform identity


class PlatformIdentity:
    """The simulated WeChat Pay platform: one RSA-2048 key pair, a self-signed
    certificate of that key (hex serial) and a made-up public-key id.
    Everything the simulator signs uses this key.
    """

    def __init__(self, private_key, certificate, public_key_id: str):
        self.private_key = private_key
        self.certificate = certificate
        self.public_key_id = public_key_id
        self.public_key = private_key.public_key()
        self.public_key_pem = public_key_pem(self.public_key)
        self.certificate_pem = certificate.public_bytes(serialization.Encoding.PEM).decode()
        self.certificate_serial = format(certificate.serial_number, "X")

    @staticmethod
    def _make_certificate(key):
        serial = (int.from_bytes(os.urandom(20), "big") >> 4) | (1 << 156)
        name = x509.Name(
            [
                x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Tenpay.com (WeChat simulator)"),
                x509.NameAttribute(
                    NameOID.COMMON_NAME, "WeChat Pay platform certificate (simulated)"
                ),
            ]
        )
        now = datetime.now(timezone.utc)
        return (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(key.public_key())
            .serial_number(serial)
            .not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=5 * 365))
            .sign(key, hashes.SHA256())
        )

    @classmethod
    def create(cls) -> PlatformIdentity:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        return cls(key, cls._make_certificate(key), "PUB_KEY_ID_0112" + random_digits(25))

    @classmethod
    def load_or_create(cls, keys_dir: str | None) -> PlatformIdentity:
        """Reuse the identity stored in ``keys_dir`` (so clients keep their
        configured public key across restarts), or create and store one."""
        if not keys_dir:
            return cls.create()
        os.makedirs(keys_dir, exist_ok=True)
        key_path = os.path.join(keys_dir, "platform_private_key.pem")
        cert_path = os.path.join(keys_dir, "platform_certificate.pem")
        id_path = os.path.join(keys_dir, "platform_public_key_id.txt")
        if all(os.path.exists(p) for p in (key_path, cert_path, id_path)):
            with open(key_path, "rb") as f:
                key = serialization.load_pem_private_key(f.read(), password=None)
            with open(cert_path, "rb") as f:
                cert = x509.load_pem_x509_certificate(f.read())
            with open(id_path) as f:
                key_id = f.read().strip()
            if cert.not_valid_after_utc > datetime.now(timezone.utc) + timedelta(days=1):
                return cls(key, cert, key_id)
        identity = cls.create()
        with open(key_path, "w") as f:
            f.write(private_key_pem(identity.private_key))
        with open(cert_path, "w") as f:
            f.write(identity.certificate_pem)
        with open(id_path, "w") as f:
            f.write(identity.public_key_id)
        return identity

    def sign(self, message: bytes) -> str:
        """Base64 RSA-SHA256 (PKCS#1 v1.5) signature."""
        sig = self.private_key.sign(message, padding.PKCS1v15(), hashes.SHA256())
        return base64.b64encode(sig).decode()


def load_or_create_demo_merchant_key(keys_dir: str | None):
    """The demo merchant's API private key (stored in ``keys_dir`` when given)."""
    path = os.path.join(keys_dir, "demo_merchant_private_key.pem") if keys_dir else None
    if path and os.path.exists(path):
        with open(path, "rb") as f:
            return serialization.load_pem_private_key(f.read(), password=None)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    if path:
        with open(path, "w") as f:
            f.write(private_key_pem(key))
    return key


# ---------------------------------------------------------------- the simulator


ROUTES = [
    # family, methods, path pattern, handler method name
    ("mini", ("GET",), r"/cgi-bin/token", "mp_token"),
    ("mini", ("POST",), r"/cgi-bin/stable_token", "mp_stable_token"),
    ("mini", ("GET",), r"/sns/jscode2session", "mp_jscode2session"),
    ("mini", ("POST",), r"/wxa/business/getuserphonenumber", "mp_phone_number"),
    ("mini", ("POST",), r"/wxa/getwxacodeunlimit", "mp_wxacode_unlimit"),
    ("mini", ("POST",), r"/cgi-bin/message/subscribe/send", "mp_subscribe_send"),
    ("mini", ("POST",), r"/wxa/sec/order/upload_shipping_info", "mp_upload_shipping_info"),
    ("mini", ("POST",), r"/wxa/sec/order/is_trade_managed", "mp_is_trade_managed"),
    ("mini", ("POST",), r"/wxa/sec/order/get_order", "mp_get_order"),
    ("pay", ("POST",), r"/v3/pay/transactions/jsapi", "pay_jsapi"),
    ("pay", ("POST",), r"/v3/pay/transactions/out-trade-no/(?P<no>[^/]+)/close", "pay_close"),
    ("pay", ("GET",), r"/v3/pay/transactions/out-trade-no/(?P<no>[^/]+)", "pay_query_out_trade_no"),
    ("pay", ("GET",), r"/v3/pay/transactions/id/(?P<tid>[^/]+)", "pay_query_id"),
    ("pay", ("POST",), r"/v3/refund/domestic/refunds", "pay_refund"),
    ("pay", ("GET",), r"/v3/refund/domestic/refunds/(?P<no>[^/]+)", "pay_refund_query"),
    ("pay", ("GET",), r"/v3/certificates", "pay_certificates"),
    ("pay", ("POST",), r"/v3/fund-app/mch-transfer/transfer-bills", "pay_transfer"),
    (
        "pay",
        ("POST",),
        r"/v3/fund-app/mch-transfer/transfer-bills/out-bill-no/(?P<no>[^/]+)/cancel",
        "pay_transfer_cancel",
    ),
    (
        "pay",
        ("GET",),
        r"/v3/fund-app/mch-transfer/transfer-bills/out-bill-no/(?P<no>[^/]+)",
        "pay_transfer_query",
    ),
    (
        "pay",
        ("GET",),
        r"/v3/fund-app/mch-transfer/transfer-bills/transfer-bill-no/(?P<tbn>[^/]+)",
        "pay_transfer_query_id",
    ),
    ("sim", ("GET",), r"/_sim/health", "sim_health"),
    ("sim", ("GET",), r"/_sim/keys", "sim_keys"),
    ("sim", ("GET",), r"/_sim/demo", "sim_demo"),
    ("sim", ("GET", "POST"), r"/_sim/apps", "sim_apps"),
    ("sim", ("GET", "POST"), r"/_sim/merchants", "sim_merchants"),
    ("sim", ("POST",), r"/_sim/codes", "sim_codes"),
    ("sim", ("POST",), r"/_sim/phone-codes", "sim_phone_codes"),
    ("sim", ("POST",), r"/_sim/pay", "sim_pay"),
    ("sim", ("GET", "POST"), r"/_sim/refund-outcome", "sim_refund_outcome"),
    ("sim", ("GET", "POST"), r"/_sim/faults", "sim_faults"),
    ("sim", ("POST",), r"/_sim/faults/clear", "sim_faults_clear"),
    ("sim", ("GET", "POST"), r"/_sim/settings", "sim_settings"),
    ("sim", ("POST",), r"/_sim/tokens/revoke", "sim_tokens_revoke"),
    ("sim", ("POST",), r"/_sim/tokens/expire", "sim_tokens_expire"),
    ("sim", ("GET",), r"/_sim/tokens", "sim_tokens"),
    ("sim", ("GET",), r"/_sim/state", "sim_state"),
    ("sim", ("GET",), r"/_sim/transactions", "sim_transactions"),
    ("sim", ("GET",), r"/_sim/refunds", "sim_refunds"),
    ("sim", ("GET",), r"/_sim/transfers", "sim_transfers"),
    ("sim", ("GET", "POST"), r"/_sim/transfer-outcome", "sim_transfer_outcome"),
    ("sim", ("POST",), r"/_sim/transfer-confirm", "sim_transfer_confirm"),
    ("sim", ("GET",), r"/_sim/notifies", "sim_notifies"),
    ("sim", ("GET",), r"/_sim/messages", "sim_messages"),
    ("sim", ("GET",), r"/_sim/shipping", "sim_shipping"),
    ("sim", ("GET",), r"/_sim/requests", "sim_requests"),
    ("sim", ("POST",), r"/_sim/reset", "sim_reset"),
    ("root", ("GET",), r"/", "demo_page"),
    *WECOM_ROUTES,
    *IDV_ROUTES,
]
COMPILED_ROUTES = [(f, m, re.compile(p), h) for f, m, p, h in ROUTES]


class WeChatSimulator(WeComMixin, IdentityVerificationMixin):
    """All simulator state and behaviour; the HTTP layer only moves bytes.

    The WeCom API is the mixin's (``wecom.py``); it reaches the types below
    through these class attributes rather than importing this module.

    State is kept in memory and guarded by one re-entrant lock.  Background
    work (notification delivery, refund settlement) runs in daemon threads
    that stop when the state is reset (``generation`` changes) or the
    simulator is shut down.
    """

    MiniError = MiniError
    SimError = SimError
    Response = Response
    make_png = staticmethod(make_png)

    def __init__(
        self,
        identity: PlatformIdentity,
        demo: bool = False,
        settings: dict | None = None,
        keys_dir: str | None = None,
        log=None,
    ):
        self.identity = identity
        self.demo = demo
        self.keys_dir = keys_dir
        self.base_url = ""
        self.started_at = time.time()
        self.lock = threading.RLock()
        self.stop_event = threading.Event()
        self.log = log or (lambda line: None)
        self.start_settings = dict(DEFAULT_SETTINGS)
        self.start_settings.update(self._check_settings(settings or {}))
        self.demo_merchant_key = load_or_create_demo_merchant_key(keys_dir) if demo else None
        self.generation = 0
        self._reset_state()

    # ------------------------------------------------------------ state

    def _reset_state(self):
        """Forget everything except the platform identity; re-seed demo data."""
        with self.lock:
            self.generation += 1
            self.settings = dict(self.start_settings)
            self.apps: dict[str, dict] = {}
            self.merchants: dict[str, dict] = {}
            self.codes: dict[str, dict] = {}
            self.phone_codes: dict[str, dict] = {}
            self.known_openids: dict[str, set] = {}
            self.tokens: dict[str, dict] = {}
            self.latest_token: dict[tuple, str] = {}
            self.tokens_issued = 0
            self.tokens_issued_by_app: Counter = Counter()
            self.transactions: dict[tuple, dict] = {}
            self.tx_by_id: dict[str, tuple] = {}
            self.refunds: dict[tuple, dict] = {}
            self.refund_outcomes: dict[str, str] = {}
            self.transfers: dict[tuple, dict] = {}
            self.transfer_outcomes: dict[str, dict] = {}
            self.transfer_requests: Counter = Counter()
            self.transfer_paid_fen = 0
            self.subscribe_messages: list[dict] = []
            self.shipping_uploads: list[dict] = []
            self.notifications: dict[str, dict] = {}
            self.notify_attempts: list[dict] = []
            self.request_counts: Counter = Counter()
            self.request_log: deque = deque(maxlen=2000)
            self.faults: list[dict] = []
            self.mixed_counter = 0
            self._wecom_reset()
            self._reset_idv_state()
            if self.demo:
                self.apps[DEMO_APPID] = self._new_app(DEMO_APPID, DEMO_SECRET)
                pub = self.demo_merchant_key.public_key()
                self.merchants[DEMO_MCHID] = {
                    "mchid": DEMO_MCHID,
                    "apiv3_key": DEMO_APIV3_KEY,
                    "appids": [DEMO_APPID],
                    "keys": {key_serial(pub): pub},
                }

    @staticmethod
    def _new_app(appid, secret, trade_managed=True, pages=None, templates=None):
        return {
            "appid": appid,
            "secret": secret,
            "trade_managed": trade_managed,
            "pages": list(pages or []),
            "templates": list(templates or []),
        }

    def _check_settings(self, values: dict) -> dict:
        """Validate and coerce settings; raises SimError on bad input."""
        out = {}
        for key, value in values.items():
            if key not in DEFAULT_SETTINGS:
                raise SimError(400, f"unknown setting {key!r}; known: {sorted(DEFAULT_SETTINGS)}")
            if key == "mode":
                if value not in ("public_key", "certificate", "mixed"):
                    raise SimError(400, "mode must be public_key, certificate or mixed")
            elif key in ("certificates_available", "strict_openids", "transfer_confirm"):
                if value is not None and not isinstance(value, bool):
                    raise SimError(400, f"{key} must be true, false or null")
            else:
                if key == "transfer_balance" and value is None:
                    out[key] = None
                    continue
                try:
                    value = float(value)
                except (TypeError, ValueError):
                    raise SimError(400, f"{key} must be a number") from None
                if value < 0 or (key == "time_scale" and value == 0):
                    raise SimError(400, f"{key} must be positive")
                if key in (
                    "token_ttl",
                    "token_overlap",
                    "code_ttl",
                    "transfer_balance",
                ) and value == int(value):
                    value = int(value)
            out[key] = value
        return out

    def setting(self, key):
        with self.lock:
            return self.settings[key]

    def certificates_available(self) -> bool:
        with self.lock:
            value = self.settings["certificates_available"]
            return self.settings["mode"] != "public_key" if value is None else value

    # ------------------------------------------------------------ dispatch

    def handle(self, req: Request) -> Response:
        """Route one request and never raise."""
        started = time.monotonic()
        route = None
        for family, methods, pattern, name in COMPILED_ROUTES:
            match = pattern.fullmatch(req.path)
            if match:
                route = (family, methods, match, name)
                break
        if req.path.startswith("/_sim/") or req.path == "/_sim":
            family = "sim"
        elif req.path.startswith("/v3/"):
            family = "pay"
        elif route:
            family = route[0]
        else:
            family = "mini"
        if family != "sim":
            with self.lock:
                self.request_counts[req.path] += 1
        try:
            resp = self._dispatch(req, family, route)
        except Exception:  # never let bad input kill the server
            self.log("internal error:\n" + traceback.format_exc())
            resp = json_response(
                {
                    "errcode": -1,
                    "errmsg": "simulator internal error",
                    "code": "SYSTEM_ERROR",
                    "message": "simulator internal error",
                },
                500,
            )
        if family != "sim":
            with self.lock:
                self.request_log.append(
                    {
                        "time": time.time(),
                        "method": req.method,
                        "path": req.path,
                        "query": req.query_string,
                        "status": resp.status,
                        "dropped": resp.drop,
                        "ms": round((time.monotonic() - started) * 1000, 1),
                    }
                )
        return resp

    def _dispatch(self, req: Request, family: str, route) -> Response:
        if route is None:
            if family == "pay":
                return self._pay_response(
                    req, 404, {"code": "NOT_FOUND", "message": f"simulator: no such API {req.path}"}
                )
            return json_response(
                {
                    "errcode": 404,
                    "errmsg": f"simulator: no such path {req.path}",
                    "error": "not_found",
                    "path": req.path,
                },
                404,
            )
        _, methods, match, name = route
        if family != "sim":
            fault = self._take_fault(req)
            if fault is not None:
                return self._fault_response(req, family, fault)
        if req.method not in methods:
            if family == "mini":
                if "POST" in methods:
                    return self._mini_error(43002, "require POST method")
                return self._mini_error(43001, "require GET method")
            if family == "pay":
                return self._pay_response(
                    req, 405, {"code": "METHOD_NOT_ALLOWED", "message": f"{req.method} not allowed"}
                )
            return json_response({"error": f"{req.method} not allowed on {req.path}"}, 405)
        handler = getattr(self, name)
        if family == "mini":
            try:
                result = handler(req)
            except MiniError as err:
                return self._mini_error(err.errcode, err.errmsg)
            except (TypeError, ValueError, KeyError, AttributeError) as err:
                # a field of the wrong JSON type somewhere: WeChat says "invalid args"
                return self._mini_error(40097, f"invalid args ({type(err).__name__})")
            return result if isinstance(result, Response) else json_response(result)
        if family == "pay":
            return self._dispatch_pay(req, handler, match)
        try:
            if family == "root":
                return handler(req)
            body = self._sim_json(req)
            result = handler(req, body, match)
        except SimError as err:
            return json_response({"error": err.message}, err.status)
        except (TypeError, ValueError, KeyError, AttributeError) as err:
            return json_response({"error": f"bad input: {type(err).__name__}: {err}"}, 400)
        if isinstance(result, Response):
            return result
        return json_response(result)

    # ------------------------------------------------------------ faults

    def _take_fault(self, req: Request) -> dict | None:
        with self.lock:
            for fault in self.faults:
                if fault["remaining"] == 0 or not req.path.startswith(fault["path_prefix"]):
                    continue
                if fault["method"] and fault["method"] != req.method:
                    continue
                if fault["remaining"] > 0:
                    fault["remaining"] -= 1
                fault["hits"] += 1
                return dict(fault)
        return None

    def _fault_response(self, req: Request, family: str, fault: dict) -> Response:
        kind = fault["kind"]
        if kind == "timeout":
            return Response(drop=True, delay=fault["delay"])
        if kind == "http_500":
            status = fault["status"] or 500
            if family == "pay":
                return self._pay_response(
                    req,
                    status,
                    {"code": "SYSTEM_ERROR", "message": fault["errmsg"] or "系统错误(模拟故障)"},
                )
            return json_response(
                {"errcode": -1, "errmsg": fault["errmsg"] or "system error"}, status
            )
        # kind == "errcode"
        if family == "pay":
            return self._pay_response(
                req,
                fault["status"] or 400,
                {
                    "code": str(fault["errcode"] or "SYSTEM_ERROR"),
                    "message": fault["errmsg"] or "模拟故障",
                },
            )
        errcode = fault["errcode"] if fault["errcode"] is not None else -1
        return self._mini_error(int(errcode), fault["errmsg"] or "injected error")

    # ------------------------------------------------------------ mini-program helpers

    @staticmethod
    def _mini_error(errcode: int, errmsg: str) -> Response:
        rid = secrets.token_hex(4) + "-" + secrets.token_hex(6)
        return json_response({"errcode": errcode, "errmsg": f"{errmsg} rid: {rid}"})

    @staticmethod
    def _mini_json(req: Request) -> dict:
        """The JSON object body of a mini-program call (47001 when it is not)."""
        try:
            data = json.loads(req.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise MiniError(47001, "data format error") from None
        if not isinstance(data, dict):
            raise MiniError(47001, "data format error")
        return data

    def _check_app(self, appid, secret) -> dict:
        with self.lock:
            app = self.apps.get(appid or "")
        if not app:
            raise MiniError(40013, "invalid appid")
        if secret != app["secret"]:
            raise MiniError(40125, "invalid appsecret")
        return app

    def _issue_token(self, appid: str, kind: str) -> dict:
        """Create and count a token; caller holds the lock."""
        now = time.time()
        token = secrets.token_urlsafe(96)
        record = {
            "token": token,
            "appid": appid,
            "kind": kind,
            "issued_at": now,
            "expires_at": now + self.settings["token_ttl"],
            "superseded_at": None,
            "revoked": False,
        }
        self.tokens[token] = record
        self.latest_token[(appid, kind)] = token
        self.tokens_issued += 1
        self.tokens_issued_by_app[appid] += 1
        return record

    def _token_appid(self, req: Request) -> str:
        """The appid owning the request's ``access_token`` (40001/41001/42001 otherwise)."""
        token = req.query.get("access_token", "")
        if not token:
            raise MiniError(41001, "access_token missing")
        now = time.time()
        with self.lock:
            record = self.tokens.get(token)
            overlap = self.settings["token_overlap"]
        if not record or record["revoked"]:
            raise MiniError(40001, "invalid credential, access_token is invalid or not latest")
        if record["superseded_at"] is not None and now >= record["superseded_at"] + overlap:
            raise MiniError(40001, "invalid credential, access_token is invalid or not latest")
        if now >= record["expires_at"]:
            raise MiniError(42001, "access_token expired")
        return record["appid"]

    # ------------------------------------------------------------ mini-program API

    def mp_token(self, req: Request) -> dict:
        """GET /cgi-bin/token: a new token; the previous one keeps working for
        ``token_overlap`` seconds."""
        q = req.query
        if q.get("grant_type") != "client_credential":
            raise MiniError(40002, "invalid grant_type")
        self._check_app(q.get("appid"), q.get("secret"))
        now = time.time()
        with self.lock:
            previous = self.tokens.get(self.latest_token.get((q["appid"], "token"), ""))
            if previous and previous["superseded_at"] is None:
                previous["superseded_at"] = now
            record = self._issue_token(q["appid"], "token")
        return {"access_token": record["token"], "expires_in": int(self.setting("token_ttl"))}

    def mp_stable_token(self, req: Request) -> dict:
        """POST /cgi-bin/stable_token: the same token until it nears expiry;
        ``force_refresh`` revokes it and issues a new one."""
        data = self._mini_json(req)
        if data.get("grant_type") != "client_credential":
            raise MiniError(40002, "invalid grant_type")
        appid = data.get("appid")
        self._check_app(appid, data.get("secret"))
        force = data.get("force_refresh") is True
        now = time.time()
        with self.lock:
            ttl = self.settings["token_ttl"]
            renew_before = min(300.0, ttl * 300.0 / 7200.0)
            current = self.tokens.get(self.latest_token.get((appid, "stable"), ""))
            usable = current and not current["revoked"] and current["expires_at"] > now
            if usable and not force and current["expires_at"] - now > renew_before:
                record = current
            else:
                if usable and force:
                    current["revoked"] = True
                record = self._issue_token(appid, "stable")
        return {
            "access_token": record["token"],
            "expires_in": max(1, int(record["expires_at"] - now)),
        }

    def mp_jscode2session(self, req: Request) -> dict:
        """GET /sns/jscode2session: single-use login codes from ``/_sim/codes``."""
        q = req.query
        if q.get("grant_type", "authorization_code") != "authorization_code":
            raise MiniError(40002, "invalid grant_type")
        appid = q.get("appid", "")
        self._check_app(appid, q.get("secret"))
        js_code = q.get("js_code", "")
        if not js_code:
            raise MiniError(41008, "missing code")
        now = time.time()
        with self.lock:
            if self.demo and js_code.startswith("demo:") and len(js_code) > 5:
                openid = js_code[5:]
                result = {
                    "openid": openid,
                    "session_key": base64.b64encode(
                        hashlib.sha256(openid.encode()).digest()[:16]
                    ).decode(),
                }
                self.known_openids.setdefault(appid, set()).add(openid)
                return result
            code = self.codes.get(js_code)
            if not code or code["appid"] != appid or now > code["expires_at"]:
                raise MiniError(40029, "invalid code")
            if code["used"]:
                raise MiniError(40163, "code been used")
            code["used"] = True
            self.known_openids.setdefault(appid, set()).add(code["openid"])
        result = {"session_key": code["session_key"], "openid": code["openid"]}
        if code.get("unionid"):
            result["unionid"] = code["unionid"]
        return result

    def mp_phone_number(self, req: Request) -> dict:
        """POST /wxa/business/getuserphonenumber: single-use phone codes."""
        appid = self._token_appid(req)
        data = self._mini_json(req)
        code_value = data.get("code")
        if not isinstance(code_value, str) or not code_value:
            raise MiniError(40029, "invalid code")
        now = time.time()
        with self.lock:
            if self.demo and code_value.startswith("demo:") and len(code_value) > 5:
                record = {"phone": code_value[5:], "country_code": "86"}
            else:
                record = self.phone_codes.get(code_value)
                if (
                    not record
                    or record["used"]
                    or now > record["expires_at"]
                    or (record["appid"] and record["appid"] != appid)
                ):
                    raise MiniError(40029, "invalid code")
                record["used"] = True
        cc = record["country_code"]
        phone = record["phone"]
        return {
            "errcode": 0,
            "errmsg": "ok",
            "phone_info": {
                "phoneNumber": phone if cc == "86" else f"+{cc}{phone}",
                "purePhoneNumber": phone,
                "countryCode": cc,
                "watermark": {"timestamp": int(now), "appid": appid},
            },
        }

    def mp_wxacode_unlimit(self, req: Request):
        """POST /wxa/getwxacodeunlimit: a real PNG, or a JSON errcode."""
        appid = self._token_appid(req)
        data = self._mini_json(req)
        scene = data.get("scene")
        if not isinstance(scene, str) or not SCENE_RE.fullmatch(scene):
            raise MiniError(40169, "invalid length for scene, or the data is not json string")
        page = data.get("page")
        if page is not None:
            if not isinstance(page, str) or page.startswith("/") or "?" in page:
                raise MiniError(41030, "invalid page")
            with self.lock:
                pages = list(self.apps.get(appid, {}).get("pages") or [])
            if pages and data.get("check_path", True) is not False and page not in pages:
                raise MiniError(41030, "invalid page")
        env_version = data.get("env_version", "release")
        if env_version not in ("release", "trial", "develop"):
            raise MiniError(40097, "invalid args")
        width = data.get("width", 430)
        if isinstance(width, str) and width.isdigit():
            width = int(width)
        if not is_int(width):
            raise MiniError(40097, "invalid args")
        width = min(1280, max(280, width))
        info = json.dumps(
            {
                "scene": scene,
                "page": page or "",
                "env_version": env_version,
                "width": width,
                "appid": appid,
            }
        )
        png = make_png(width, f"{appid}|{scene}|{page}", info)
        return Response(200, png, [("Content-Type", "image/png")])

    def mp_subscribe_send(self, req: Request) -> dict:
        """POST /cgi-bin/message/subscribe/send: validated and recorded."""
        appid = self._token_appid(req)
        data = self._mini_json(req)
        touser = data.get("touser")
        if not isinstance(touser, str) or not OPENID_RE.fullmatch(touser):
            raise MiniError(40003, "invalid openid")
        with self.lock:
            strict = self.settings["strict_openids"]
            known = touser in self.known_openids.get(appid, set())
            templates = list(self.apps.get(appid, {}).get("templates") or [])
        if strict and not known:
            raise MiniError(40003, "invalid openid")
        template_id = data.get("template_id")
        if (
            not isinstance(template_id, str)
            or not template_id
            or (templates and template_id not in templates)
        ):
            raise MiniError(40037, "invalid template id")
        payload = data.get("data")
        if not isinstance(payload, dict) or not payload:
            raise MiniError(47003, "argument invalid! data is empty")
        for key, item in payload.items():
            if not isinstance(item, dict) or "value" not in item:
                raise MiniError(47003, f"argument invalid! data.{key}.value is missing")
            value = item["value"]
            if not isinstance(value, str | int | float) or isinstance(value, bool):
                raise MiniError(47003, f"argument invalid! data.{key}.value invalid")
            kind = re.sub(r"\d+$", "", key)
            limit = SUBSCRIBE_LIMITS.get(kind)
            if limit and len(str(value)) > limit:
                raise MiniError(47003, f"argument invalid! data.{key}.value exceeds limit")
            if not str(value).strip():
                raise MiniError(47003, f"argument invalid! data.{key}.value is empty")
        state = data.get("miniprogram_state", "formal")
        if state not in ("developer", "trial", "formal"):
            raise MiniError(47003, "argument invalid! miniprogram_state invalid")
        lang = data.get("lang", "zh_CN")
        if lang not in ("zh_CN", "en_US", "zh_HK", "zh_TW"):
            raise MiniError(47003, "argument invalid! lang invalid")
        page = data.get("page")
        if page is not None and not isinstance(page, str):
            raise MiniError(41030, "invalid page")
        with self.lock:
            self.subscribe_messages.append(
                {
                    "time": time.time(),
                    "appid": appid,
                    "touser": touser,
                    "template_id": template_id,
                    "page": page,
                    "data": payload,
                    "miniprogram_state": state,
                    "lang": lang,
                }
            )
        return {"errcode": 0, "errmsg": "ok", "msgid": int(random_digits(12))}

    def _find_paid_tx(self, appid: str, order_key: dict) -> dict:
        """The transaction named by a shipping ``order_key`` (10060001 if none yet)."""
        now = time.time()
        with self.lock:
            if order_key.get("order_number_type") == 2:
                key = self.tx_by_id.get(str(order_key.get("transaction_id")))
            else:
                key = (str(order_key.get("mchid")), str(order_key.get("out_trade_no")))
            tx = self.transactions.get(key) if key else None
            grace = self.settings["shipping_grace_seconds"]
        if (
            not tx
            or tx["appid"] != appid
            or tx["trade_state"] not in ("SUCCESS", "REFUND")
            or now - tx["paid_at"] < grace
        ):
            raise MiniError(10060001, "支付单不存在 (payment not found)")
        return tx

    def mp_upload_shipping_info(self, req: Request) -> dict:
        """POST /wxa/sec/order/upload_shipping_info (PROTOCOLS 1.6)."""
        appid = self._token_appid(req)
        data = self._mini_json(req)

        def bad(why):
            raise MiniError(47003, f"argument invalid! {why}")

        order_key = data.get("order_key")
        if not isinstance(order_key, dict):
            bad("order_key is required")
        ont = order_key.get("order_number_type")
        if ont not in (1, 2):
            bad("order_key.order_number_type must be 1 or 2")
        if ont == 1 and not (order_key.get("mchid") and order_key.get("out_trade_no")):
            bad("order_key.mchid and order_key.out_trade_no are required for type 1")
        if ont == 2 and not order_key.get("transaction_id"):
            bad("order_key.transaction_id is required for type 2")
        logistics_type = data.get("logistics_type")
        if logistics_type not in (1, 2, 3, 4):
            bad("logistics_type must be 1, 2, 3 or 4")
        delivery_mode = data.get("delivery_mode")
        if delivery_mode in ("UNIFIED_DELIVERY", "SPLIT_DELIVERY"):
            delivery_mode = 1 if delivery_mode == "UNIFIED_DELIVERY" else 2
        if delivery_mode not in (1, 2):
            bad("delivery_mode must be 1 (UNIFIED_DELIVERY) or 2 (SPLIT_DELIVERY)")
        if delivery_mode == 2 and not isinstance(data.get("is_all_delivered"), bool):
            bad("is_all_delivered is required when delivery_mode is 2")
        shipping_list = data.get("shipping_list")
        if not isinstance(shipping_list, list) or not 1 <= len(shipping_list) <= 15:
            bad("shipping_list must have 1 to 15 items")
        for i, item in enumerate(shipping_list):
            if not isinstance(item, dict):
                bad(f"shipping_list[{i}] must be an object")
            desc = item.get("item_desc")
            if not isinstance(desc, str) or not desc.strip():
                bad(f"shipping_list[{i}].item_desc is required")
            if len(desc) > 120:
                bad(f"shipping_list[{i}].item_desc is longer than 120 characters")
            if logistics_type == 1:
                for name in ("tracking_no", "express_company"):
                    if not isinstance(item.get(name), str) or not item[name].strip():
                        bad(f"shipping_list[{i}].{name} is required for express delivery")
            contact = item.get("contact")
            if item.get("express_company") == "SF" and not (
                isinstance(contact, dict)
                and (contact.get("consignor_contact") or contact.get("receiver_contact"))
            ):
                bad(f"shipping_list[{i}].contact is required for SF")
            if isinstance(contact, dict):
                for name in ("consignor_contact", "receiver_contact"):
                    number = contact.get(name)
                    if number is None:
                        continue
                    digits = str(number).replace("-", "")
                    if "*" not in str(number) or not digits[-4:].isdigit():
                        bad(
                            f"shipping_list[{i}].contact.{name} must be masked "
                            "except the last 4 digits"
                        )
        upload_time = parse_rfc3339(data.get("upload_time"))
        if upload_time is None:
            bad("upload_time must be an RFC 3339 time")
        payer = data.get("payer")
        if not isinstance(payer, dict) or not payer.get("openid"):
            bad("payer.openid is required")
        tx = self._find_paid_tx(appid, order_key)
        if payer["openid"] != tx["payer_openid"]:
            bad("payer.openid does not match the payer of the payment")
        with self.lock:
            previous = [u for u in self.shipping_uploads if u["tx_key"] == tx["key"]]
            if len(previous) >= 2:
                raise MiniError(10060004, "支付单处于不可发货的状态 (re-ship chance used)")
            if previous and upload_time <= previous[-1]["upload_time_epoch"]:
                bad("upload_time must be later than the previous upload")
            self.shipping_uploads.append(
                {
                    "time": time.time(),
                    "appid": appid,
                    "tx_key": tx["key"],
                    "mchid": tx["mchid"],
                    "out_trade_no": tx["out_trade_no"],
                    "transaction_id": tx["transaction_id"],
                    "upload_time_epoch": upload_time,
                    "attempt": len(previous) + 1,
                    "body": data,
                }
            )
            tx["shipping_state"] = "shipped"
        return {"errcode": 0, "errmsg": "ok"}

    def mp_is_trade_managed(self, req: Request) -> dict:
        """POST /wxa/sec/order/is_trade_managed."""
        self._token_appid(req)
        data = self._mini_json(req)
        with self.lock:
            app = self.apps.get(data.get("appid") or "")
        if not app:
            raise MiniError(40013, "invalid appid")
        return {"errcode": 0, "errmsg": "ok", "is_trade_managed": bool(app["trade_managed"])}

    def mp_get_order(self, req: Request) -> dict:
        """POST /wxa/sec/order/get_order: the shipping state of one payment."""
        appid = self._token_appid(req)
        data = self._mini_json(req)
        if data.get("transaction_id"):
            order_key = {"order_number_type": 2, "transaction_id": data["transaction_id"]}
        else:
            order_key = {
                "order_number_type": 1,
                "mchid": data.get("merchant_id"),
                "out_trade_no": data.get("merchant_trade_no"),
            }
        tx = self._find_paid_tx(appid, order_key)
        with self.lock:
            uploads = [u for u in self.shipping_uploads if u["tx_key"] == tx["key"]]
        state = 2 if uploads else 1
        if tx["trade_state"] == "REFUND":
            state = 5
        return {
            "errcode": 0,
            "errmsg": "ok",
            "order": {
                "transaction_id": tx["transaction_id"],
                "merchant_id": tx["mchid"],
                "merchant_trade_no": tx["out_trade_no"],
                "openid": tx["payer_openid"],
                "pay_time": int(tx["paid_at"]),
                "order_state": state,
                "in_complaint": False,
                "shipping": {
                    "delivery_mode": uploads[-1]["body"].get("delivery_mode") if uploads else None,
                    "shipping_list": uploads[-1]["body"].get("shipping_list") if uploads else [],
                },
            },
        }

    # ------------------------------------------------------------ pay helpers

    def _response_serial(self, req: Request | None) -> str:
        """Wechatpay-Serial for a response, following the mode setting."""
        mode = self.setting("mode")
        if mode == "public_key":
            return self.identity.public_key_id
        if mode == "certificate":
            return self.identity.certificate_serial
        requested = req.header("Wechatpay-Serial") if req else ""
        if requested == self.identity.public_key_id:
            return self.identity.public_key_id
        return self.identity.certificate_serial

    def _pay_response(self, req: Request, status: int, obj=None) -> Response:
        """A signed WeChat Pay response (204 has an empty, still signed, body)."""
        body = b"" if status == 204 or obj is None else dumps(obj)
        timestamp = str(int(time.time()))
        nonce = secrets.token_hex(16).upper()
        signature = self.identity.sign(f"{timestamp}\n{nonce}\n".encode() + body + b"\n")
        headers = [
            ("Content-Type", "application/json; charset=utf-8"),
            ("Request-ID", str(uuid.uuid4()).upper()),
            ("Wechatpay-Nonce", nonce),
            ("Wechatpay-Signature", signature),
            ("Wechatpay-Timestamp", timestamp),
            ("Wechatpay-Serial", self._response_serial(req)),
            ("Wechatpay-Signature-Type", SIGNATURE_TYPE),
        ]
        return Response(status, body, headers)

    def _verify_authorization(self, req: Request) -> dict:
        """Check ``Authorization: WECHATPAY2-SHA256-RSA2048 ...`` over the raw
        body; return the merchant or raise 401 SIGN_ERROR."""
        auth = req.header("Authorization")
        scheme, _, params = auth.partition(" ")
        if scheme != SIGNATURE_TYPE:
            raise PayError(
                401, "SIGN_ERROR", "Authorization 头缺失或认证类型不是 " + SIGNATURE_TYPE
            )
        fields = dict(AUTH_PARAM_RE.findall(params))
        missing = [
            k
            for k in ("mchid", "nonce_str", "signature", "timestamp", "serial_no")
            if not fields.get(k)
        ]
        if missing:
            raise PayError(401, "SIGN_ERROR", f"Authorization 头缺少 {', '.join(missing)}")
        with self.lock:
            merchant = self.merchants.get(fields["mchid"])
        if not merchant:
            raise PayError(
                401, "SIGN_ERROR", f"商户号 {fields['mchid']} 未在模拟器登记 (POST /_sim/merchants)"
            )
        try:
            ts = int(fields["timestamp"])
        except ValueError:
            raise PayError(401, "SIGN_ERROR", "timestamp 格式错误") from None
        if abs(time.time() - ts) > 300:
            raise PayError(401, "SIGN_ERROR", "请求时间戳与当前时间相差超过5分钟")
        public_key = merchant["keys"].get(fields["serial_no"])
        if public_key is None:
            raise PayError(
                401, "SIGN_ERROR", f"serial_no {fields['serial_no']} 不是该商户登记的API证书序列号"
            )
        message = (
            (
                f"{req.method}\n{req.target}\n{fields['timestamp']}\n" f"{fields['nonce_str']}\n"
            ).encode()
            + req.body
            + b"\n"
        )
        try:
            public_key.verify(
                base64.b64decode(fields["signature"]), message, padding.PKCS1v15(), hashes.SHA256()
            )
        except (InvalidSignature, ValueError):
            raise PayError(401, "SIGN_ERROR", "签名错误，请检查签名串和商户私钥") from None
        return merchant

    def _dispatch_pay(self, req: Request, handler, match) -> Response:
        try:
            merchant = self._verify_authorization(req)
            body = None
            if req.method in ("POST", "PUT", "PATCH"):
                try:
                    body = json.loads(req.body.decode("utf-8"))
                except (UnicodeDecodeError, ValueError):
                    raise PayError(400, "PARAM_ERROR", "请求体不是合法的JSON") from None
                if not isinstance(body, dict):
                    raise PayError(400, "PARAM_ERROR", "请求体必须是JSON对象")
            try:
                status, obj = handler(req, merchant, body, match)
            except (TypeError, ValueError, KeyError, AttributeError) as err:
                raise PayError(
                    400, "PARAM_ERROR", f"参数类型错误 ({type(err).__name__}: {err})"
                ) from None
        except PayError as err:
            obj = {"code": err.code, "message": err.message}
            if err.detail:
                obj["detail"] = err.detail
            return self._pay_response(req, err.status, obj)
        return self._pay_response(req, status, obj)

    @staticmethod
    def _param_error(field_name: str, issue: str):
        return PayError(
            400,
            "PARAM_ERROR",
            f"输入源“/body/{field_name}”映射到值字段校验失败: {issue}",
            {"field": f"/{field_name}", "location": "body", "issue": issue},
        )

    def _check_mchid(self, merchant: dict, mchid) -> None:
        if not mchid:
            raise PayError(400, "PARAM_ERROR", "mchid 为必填参数")
        if mchid != merchant["mchid"]:
            raise PayError(400, "PARAM_ERROR", "mchid 与 Authorization 中的商户号不一致")

    @staticmethod
    def _tx_view(tx: dict) -> dict:
        """The order-query shape of a transaction."""
        view = {
            "appid": tx["appid"],
            "mchid": tx["mchid"],
            "out_trade_no": tx["out_trade_no"],
            "trade_state": tx["trade_state"],
            "trade_state_desc": TRADE_STATE_DESC[tx["trade_state"]],
            "amount": {
                "total": tx["total"],
                "currency": tx["currency"],
                "payer_currency": tx["currency"],
            },
            "promotion_detail": [],
        }
        if tx.get("attach"):
            view["attach"] = tx["attach"]
        if tx["transaction_id"]:
            view.update(
                {
                    "transaction_id": tx["transaction_id"],
                    "trade_type": "JSAPI",
                    "bank_type": "OTHERS",
                    "success_time": tx["success_time"],
                    "payer": {"openid": tx["payer_openid"]},
                }
            )
            view["amount"]["payer_total"] = tx["total"]
        return view

    @staticmethod
    def _refund_view(refund: dict) -> dict:
        """The refund API / refund query shape of a refund."""
        view = {
            "refund_id": refund["refund_id"],
            "out_refund_no": refund["out_refund_no"],
            "transaction_id": refund["transaction_id"],
            "out_trade_no": refund["out_trade_no"],
            "channel": "ORIGINAL",
            "user_received_account": "支付用户零钱",
            "create_time": refund["create_time"],
            "status": refund["status"],
            "funds_account": refund["funds_account"],
            "amount": {
                "total": refund["total"],
                "refund": refund["refund"],
                "from": [],
                "payer_total": refund["total"],
                "payer_refund": refund["refund"],
                "settlement_refund": refund["refund"],
                "settlement_total": refund["total"],
                "discount_refund": 0,
                "currency": "CNY",
                "refund_fee": 0,
            },
            "promotion_detail": [],
        }
        if refund["success_time"]:
            view["success_time"] = refund["success_time"]
        return view

    # ------------------------------------------------------------ pay API

    def pay_jsapi(self, req, merchant, body, match):
        """POST /v3/pay/transactions/jsapi: validate, store, answer prepay_id."""
        perr = self._param_error
        appid = body.get("appid")
        if not isinstance(appid, str) or not appid:
            raise perr("appid", "appid 为必填参数")
        self._check_mchid(merchant, body.get("mchid"))
        if appid not in merchant["appids"]:
            raise PayError(400, "APPID_MCHID_NOT_MATCH", "AppID和mch_id不匹配")
        description = body.get("description")
        if not isinstance(description, str) or not 1 <= len(description) <= 127:
            raise perr("description", "description 必填，长度1-127")
        out_trade_no = body.get("out_trade_no")
        if not isinstance(out_trade_no, str) or not OUT_TRADE_NO_RE.fullmatch(out_trade_no):
            raise perr("out_trade_no", "out_trade_no 只能是数字、大小写字母_-|*，长度6-32")
        notify_url = body.get("notify_url")
        if (
            not isinstance(notify_url, str)
            or not notify_url.startswith(("http://", "https://"))
            or "?" in notify_url
            or len(notify_url) > 255
        ):
            raise perr("notify_url", "notify_url 必填，须为http(s)地址且不能携带查询参数")
        amount = body.get("amount")
        if not isinstance(amount, dict) or not is_int(amount.get("total")) or amount["total"] <= 0:
            raise perr("amount/total", "amount.total 必须是正整数（单位：分）")
        currency = amount.get("currency", "CNY")
        if currency != "CNY":
            raise perr("amount/currency", "currency 目前只支持 CNY")
        payer = body.get("payer")
        if (
            not isinstance(payer, dict)
            or not isinstance(payer.get("openid"), str)
            or not payer["openid"]
        ):
            raise perr("payer/openid", "payer.openid 为必填参数")
        time_expire = body.get("time_expire")
        if time_expire is not None and parse_rfc3339(time_expire) is None:
            raise perr("time_expire", "time_expire 须为 RFC 3339 格式")
        attach = body.get("attach")
        if attach is not None and (not isinstance(attach, str) or len(attach) > 128):
            raise perr("attach", "attach 长度不能超过128")
        key = (merchant["mchid"], out_trade_no)
        now = time.time()
        with self.lock:
            tx = self.transactions.get(key)
            if tx is not None:
                if tx["request"] != body:
                    raise PayError(400, "INVALID_REQUEST", "201 商户订单号重复")
                if tx["trade_state"] in ("SUCCESS", "REFUND"):
                    raise PayError(400, "ORDERPAID", "该订单已支付")
                if tx["trade_state"] == "CLOSED":
                    raise PayError(400, "ORDER_CLOSED", "订单已关闭")
                return 200, {"prepay_id": tx["prepay_id"]}
            prepay_id = "wx" + datetime.now(CST).strftime("%d%H%M%S") + secrets.token_hex(13)
            self.transactions[key] = {
                "key": key,
                "request": body,
                "appid": appid,
                "mchid": merchant["mchid"],
                "out_trade_no": out_trade_no,
                "description": description,
                "attach": attach,
                "notify_url": notify_url,
                "total": amount["total"],
                "currency": currency,
                "payer_openid": payer["openid"],
                "time_expire": time_expire,
                "prepay_id": prepay_id,
                "created_at": now,
                "trade_state": "NOTPAY",
                "transaction_id": None,
                "success_time": None,
                "paid_at": None,
                "shipping_state": None,
                "refund_keys": [],
            }
        return 200, {"prepay_id": prepay_id}

    def _get_tx(self, merchant, key) -> dict:
        with self.lock:
            tx = self.transactions.get(key) if key else None
        if not tx or tx["mchid"] != merchant["mchid"]:
            raise PayError(404, "ORDER_NOT_EXIST", "订单不存在")
        return tx

    def pay_query_out_trade_no(self, req, merchant, body, match):
        """GET /v3/pay/transactions/out-trade-no/{no}?mchid="""
        self._check_mchid(merchant, req.query.get("mchid"))
        tx = self._get_tx(merchant, (merchant["mchid"], unquote(match["no"])))
        with self.lock:
            return 200, self._tx_view(tx)

    def pay_query_id(self, req, merchant, body, match):
        """GET /v3/pay/transactions/id/{transaction_id}?mchid="""
        self._check_mchid(merchant, req.query.get("mchid"))
        with self.lock:
            key = self.tx_by_id.get(unquote(match["tid"]))
        tx = self._get_tx(merchant, key)
        with self.lock:
            return 200, self._tx_view(tx)

    def pay_close(self, req, merchant, body, match):
        """POST /v3/pay/transactions/out-trade-no/{no}/close -> 204 (signed)."""
        self._check_mchid(merchant, body.get("mchid"))
        tx = self._get_tx(merchant, (merchant["mchid"], unquote(match["no"])))
        with self.lock:
            if tx["trade_state"] in ("SUCCESS", "REFUND"):
                raise PayError(400, "ORDERPAID", "订单已支付，不能关闭")
            tx["trade_state"] = "CLOSED"
        return 204, None

    def _refund_outcome(self, out_refund_no: str) -> str:
        with self.lock:
            return self.refund_outcomes.get(out_refund_no) or self.refund_outcomes.get(
                "*", "SUCCESS"
            )

    def pay_refund(self, req, merchant, body, match):
        """POST /v3/refund/domestic/refunds: idempotent by out_refund_no;
        PROCESSING now, the configured outcome after ``refund_delay``."""
        perr = self._param_error
        out_refund_no = body.get("out_refund_no")
        if not isinstance(out_refund_no, str) or not OUT_REFUND_NO_RE.fullmatch(out_refund_no):
            raise perr("out_refund_no", "out_refund_no 必填，数字、大小写字母_-|*@，长度1-64")
        amount = body.get("amount")
        if not isinstance(amount, dict):
            raise perr("amount", "amount 为必填参数")
        for name in ("refund", "total"):
            if not is_int(amount.get(name)) or amount[name] <= 0:
                raise perr(f"amount/{name}", f"amount.{name} 必须是正整数（单位：分）")
        if amount.get("currency") != "CNY":
            raise perr("amount/currency", "amount.currency 为必填参数，目前只支持 CNY")
        if amount["refund"] > amount["total"]:
            raise perr("amount/refund", "退款金额不能大于原订单金额")
        reason = body.get("reason")
        if reason is not None and (not isinstance(reason, str) or len(reason) > 80):
            raise perr("reason", "reason 长度不能超过80")
        notify_url = body.get("notify_url")
        if notify_url is not None and (
            not isinstance(notify_url, str) or not notify_url.startswith(("http://", "https://"))
        ):
            raise perr("notify_url", "notify_url 须为http(s)地址")
        with self.lock:
            if body.get("transaction_id"):
                key = self.tx_by_id.get(str(body["transaction_id"]))
            elif body.get("out_trade_no"):
                key = (merchant["mchid"], str(body["out_trade_no"]))
            else:
                raise perr("transaction_id", "transaction_id 与 out_trade_no 必须填一个")
            tx = self.transactions.get(key) if key else None
            if not tx or tx["mchid"] != merchant["mchid"]:
                raise PayError(404, "RESOURCE_NOT_EXISTS", "订单不存在")
            rkey = (merchant["mchid"], out_refund_no)
            existing = self.refunds.get(rkey)
            if existing is not None:
                if existing["tx_key"] != tx["key"] or existing["refund"] != amount["refund"]:
                    raise PayError(
                        400, "INVALID_REQUEST", "商户退款单号已存在，且请求参数与首次请求不一致"
                    )
                return 200, self._refund_view(existing)
            if tx["trade_state"] not in ("SUCCESS", "REFUND"):
                raise PayError(400, "INVALID_REQUEST", "订单未支付或已关闭，不能退款")
            if amount["total"] != tx["total"]:
                raise PayError(400, "INVALID_REQUEST", "amount.total 与原订单金额不一致")
            refunded = sum(
                self.refunds[k]["refund"]
                for k in tx["refund_keys"]
                if self.refunds[k]["status"] != "CLOSED"
            )
            if refunded + amount["refund"] > tx["total"]:
                raise PayError(400, "INVALID_REQUEST", "申请退款金额超过订单可退金额")
            refund = {
                "key": rkey,
                "tx_key": tx["key"],
                "mchid": merchant["mchid"],
                "refund_id": "503" + datetime.now(CST).strftime("%Y%m%d") + random_digits(18),
                "out_refund_no": out_refund_no,
                "transaction_id": tx["transaction_id"],
                "out_trade_no": tx["out_trade_no"],
                "create_time": rfc3339(),
                "success_time": None,
                "status": "PROCESSING",
                "funds_account": body.get("funds_account") or "AVAILABLE",
                "total": tx["total"],
                "refund": amount["refund"],
                "reason": reason,
                "notify_url": notify_url,
                "request": body,
            }
            self.refunds[rkey] = refund
            tx["refund_keys"].append(rkey)
            view = self._refund_view(refund)
            generation = self.generation
            delay = self.settings["refund_delay"]
        timer = threading.Timer(delay, self._settle_refund, (rkey, generation))
        timer.daemon = True
        timer.start()
        return 200, view

    def _settle_refund(self, rkey, generation):
        """Move a PROCESSING refund to its configured outcome and notify."""
        with self.lock:
            if generation != self.generation or self.stop_event.is_set():
                return
            refund = self.refunds.get(rkey)
            if not refund or refund["status"] != "PROCESSING":
                return
            status = self._refund_outcome(refund["out_refund_no"])
            refund["status"] = status
            if status == "SUCCESS":
                refund["success_time"] = rfc3339()
                self.transactions[refund["tx_key"]]["trade_state"] = "REFUND"
            merchant = self.merchants.get(refund["mchid"])
            resource = {
                "mchid": refund["mchid"],
                "out_trade_no": refund["out_trade_no"],
                "transaction_id": refund["transaction_id"],
                "out_refund_no": refund["out_refund_no"],
                "refund_id": refund["refund_id"],
                "refund_status": status,
                "user_received_account": "支付用户零钱",
                "amount": {
                    "total": refund["total"],
                    "refund": refund["refund"],
                    "payer_total": refund["total"],
                    "payer_refund": refund["refund"],
                },
            }
            if refund["success_time"]:
                resource["success_time"] = refund["success_time"]
            url = refund["notify_url"]
        self.log(f"refund {refund['out_refund_no']} -> {status}")
        if url and merchant:
            self.send_notification(
                merchant,
                url,
                f"REFUND.{status}",
                REFUND_SUMMARY[status],
                "refund",
                resource,
                refs={
                    "out_trade_no": refund["out_trade_no"],
                    "out_refund_no": refund["out_refund_no"],
                },
            )

    def pay_refund_query(self, req, merchant, body, match):
        """GET /v3/refund/domestic/refunds/{out_refund_no}"""
        with self.lock:
            refund = self.refunds.get((merchant["mchid"], unquote(match["no"])))
            if not refund:
                raise PayError(404, "RESOURCE_NOT_EXISTS", "退款单不存在")
            return 200, self._refund_view(refund)

    def pay_certificates(self, req, merchant, body, match):
        """GET /v3/certificates: the platform certificate, encrypted with the
        merchant's APIv3 key; HTTP 500 when certificates are unavailable."""
        if not self.certificates_available():
            raise PayError(
                500, "SYSTEM_ERROR", "该商户仅支持微信支付公钥，平台证书不可用 (simulated)"
            )
        cert = self.identity.certificate
        return 200, {
            "data": [
                {
                    "serial_no": self.identity.certificate_serial,
                    "effective_time": cert.not_valid_before_utc.astimezone(CST).isoformat(),
                    "expire_time": cert.not_valid_after_utc.astimezone(CST).isoformat(),
                    "encrypt_certificate": aes_gcm_encrypt(
                        merchant["apiv3_key"], self.identity.certificate_pem, "certificate"
                    ),
                }
            ]
        }

    # ------------------------------------------------------------ merchant transfers

    @staticmethod
    def _transfer_view(bill: dict) -> dict:
        """The query shape of a transfer bill (PROTOCOLS 2.6)."""
        view = {
            "mch_id": bill["mchid"],
            "out_bill_no": bill["out_bill_no"],
            "transfer_bill_no": bill["transfer_bill_no"],
            "appid": bill["appid"],
            "state": bill["state"],
            "transfer_amount": bill["amount"],
            "transfer_remark": bill["remark"],
            "openid": bill["openid"],
            "create_time": bill["create_time"],
            "update_time": bill["update_time"],
        }
        if bill.get("fail_reason"):
            view["fail_reason"] = bill["fail_reason"]
        return view

    @staticmethod
    def _transfer_answer(bill: dict) -> dict:
        """The answer of the create call."""
        answer = {
            "out_bill_no": bill["out_bill_no"],
            "transfer_bill_no": bill["transfer_bill_no"],
            "create_time": bill["create_time"],
            "state": bill["state"],
        }
        if bill["state"] == "WAIT_USER_CONFIRM":
            answer["package_info"] = bill["package_info"]
        if bill.get("fail_reason"):
            answer["fail_reason"] = bill["fail_reason"]
        return answer

    def _decrypt_field(self, req: Request, field_name: str, value) -> str:
        """A sensitive field encrypted with the platform public key (or
        certificate): ``Wechatpay-Serial`` must name it."""
        serial = req.header("Wechatpay-Serial")
        if serial not in (self.identity.public_key_id, self.identity.certificate_serial):
            raise PayError(
                400,
                "PARAM_ERROR",
                "加密敏感字段须在 Wechatpay-Serial 中提供微信支付公钥ID或平台证书序列号",
            )
        try:
            plain = self.identity.private_key.decrypt(
                base64.b64decode(value),
                padding.OAEP(
                    mgf=padding.MGF1(algorithm=hashes.SHA1()), algorithm=hashes.SHA1(), label=None
                ),
            )
            return plain.decode("utf-8")
        except (ValueError, TypeError):
            raise self._param_error(field_name, f"{field_name} 解密失败") from None

    def pay_transfer(self, req, merchant, body, match):
        """POST /v3/fund-app/mch-transfer/transfer-bills: idempotent by
        out_bill_no (the same body gets the same bill, another body 400)."""
        perr = self._param_error
        out_bill_no = body.get("out_bill_no")
        if not isinstance(out_bill_no, str) or not OUT_BILL_NO_RE.fullmatch(out_bill_no):
            raise perr("out_bill_no", "out_bill_no 必填，数字和大小写字母，长度5-32")
        appid = body.get("appid")
        if appid not in merchant["appids"]:
            raise PayError(400, "APPID_MCHID_NOT_MATCH", "appid和mch_id不匹配")
        for name in ("transfer_scene_id", "openid", "transfer_remark"):
            if not isinstance(body.get(name), str) or not body[name]:
                raise perr(name, f"{name} 为必填参数")
        if len(body["transfer_remark"]) > 32:
            raise perr("transfer_remark", "transfer_remark 最多32个字符")
        amount = body.get("transfer_amount")
        if not is_int(amount) or amount <= 0:
            raise perr("transfer_amount", "transfer_amount 必须是正整数（单位：分）")
        infos = body.get("transfer_scene_report_infos")
        if (
            not isinstance(infos, list)
            or not infos
            or not all(
                isinstance(i, dict) and i.get("info_type") and i.get("info_content") for i in infos
            )
        ):
            raise perr("transfer_scene_report_infos", "转账场景报备信息必填")
        notify_url = body.get("notify_url")
        if notify_url is not None and (
            not isinstance(notify_url, str)
            or not notify_url.startswith(("http://", "https://"))
            or "?" in notify_url
        ):
            raise perr("notify_url", "notify_url 须为http(s)地址且不能带参数")
        user_name = None
        if body.get("user_name"):
            user_name = self._decrypt_field(req, "user_name", body["user_name"])
        if amount >= 200000 and not user_name:
            raise perr("user_name", "转账金额 >= 2000 元时，user_name 必填")
        request = {
            "appid": appid,
            "transfer_scene_id": body["transfer_scene_id"],
            "openid": body["openid"],
            "transfer_amount": amount,
            "transfer_remark": body["transfer_remark"],
            "user_name": user_name,
            "user_recv_perception": body.get("user_recv_perception"),
            "transfer_scene_report_infos": infos,
            "notify_url": notify_url,
        }
        key = (merchant["mchid"], out_bill_no)
        with self.lock:
            self.transfer_requests[key] += 1
            existing = self.transfers.get(key)
            if existing is not None:
                if existing["request"] != request:
                    raise PayError(
                        400, "INVALID_REQUEST", "商户单号已存在，且请求参数与首次请求不一致"
                    )
                return 200, self._transfer_answer(existing)
            balance = self.settings["transfer_balance"]
            if balance is not None and self.transfer_paid_fen + amount > balance:
                raise PayError(403, "NOT_ENOUGH", "商户运营账户资金不足")
            self.transfer_paid_fen += amount
            confirm = self.settings["transfer_confirm"]
            now = rfc3339()
            bill = {
                "key": key,
                "mchid": merchant["mchid"],
                "out_bill_no": out_bill_no,
                "transfer_bill_no": "1330000"
                + datetime.now(CST).strftime("%Y%m%d")
                + random_digits(21),
                "appid": appid,
                "openid": body["openid"],
                "amount": amount,
                "remark": body["transfer_remark"],
                "user_name": user_name,
                "state": "WAIT_USER_CONFIRM" if confirm else "ACCEPTED",
                "package_info": "ABBQO+oYAAABAAAAAAB" + random_alnum(40) if confirm else None,
                "create_time": now,
                "update_time": now,
                "fail_reason": None,
                "notify_url": notify_url,
                "request": request,
            }
            self.transfers[key] = bill
            answer = self._transfer_answer(bill)
            generation = self.generation
            delay = self.settings["transfer_delay"]
        if not confirm:
            self._schedule_transfer(key, generation, delay)
        return 200, answer

    def _schedule_transfer(self, key, generation, delay):
        timer = threading.Timer(delay, self._settle_transfer, (key, generation))
        timer.daemon = True
        timer.start()

    def _settle_transfer(self, key, generation, forced_state=None):
        """An accepted (or confirmed) bill ends as its configured outcome
        (SUCCESS by default); a cancelled one as CANCELLED; then the notify."""
        with self.lock:
            if generation != self.generation or self.stop_event.is_set():
                return
            bill = self.transfers.get(key)
            if not bill or bill["state"] in ("SUCCESS", "FAIL", "CANCELLED"):
                return
            if forced_state:
                state, reason = forced_state, None
            else:
                outcome = self.transfer_outcomes.get(
                    bill["out_bill_no"]
                ) or self.transfer_outcomes.get("*", {"state": "SUCCESS"})
                state, reason = outcome["state"], outcome.get("fail_reason")
            bill["state"] = state
            bill["update_time"] = rfc3339()
            bill["package_info"] = None
            if state == "FAIL":
                bill["fail_reason"] = reason or "PAYEE_ACCOUNT_ABNORMAL"
            if state != "SUCCESS":
                self.transfer_paid_fen -= bill["amount"]
            resource = self._transfer_view(bill)
            merchant = self.merchants.get(bill["mchid"])
            url = bill["notify_url"]
        self.log(f"transfer {bill['out_bill_no']} -> {state}")
        if url and merchant:
            self.send_notification(
                merchant,
                url,
                "MCHTRANSFER.BILL.FINISHED",
                "商家转账单据终态通知",
                "mch_payment",
                resource,
                refs={"out_bill_no": bill["out_bill_no"]},
            )

    def _get_transfer(self, merchant, out_bill_no) -> dict:
        bill = self.transfers.get((merchant["mchid"], out_bill_no))
        if not bill:
            raise PayError(404, "NOT_FOUND", "记录不存在")
        return bill

    def pay_transfer_query(self, req, merchant, body, match):
        with self.lock:
            return 200, self._transfer_view(self._get_transfer(merchant, unquote(match["no"])))

    def pay_transfer_query_id(self, req, merchant, body, match):
        with self.lock:
            for bill in self.transfers.values():
                if bill["mchid"] == merchant["mchid"] and bill["transfer_bill_no"] == match["tbn"]:
                    return 200, self._transfer_view(bill)
        raise PayError(404, "NOT_FOUND", "记录不存在")

    def pay_transfer_cancel(self, req, merchant, body, match):
        """Cancel a bill the user has not confirmed: CANCELING now, CANCELLED
        (and its notify) after ``transfer_delay``."""
        with self.lock:
            bill = self._get_transfer(merchant, unquote(match["no"]))
            if bill["state"] not in ("ACCEPTED", "PROCESSING", "WAIT_USER_CONFIRM", "CANCELING"):
                raise PayError(400, "INVALID_REQUEST", f"单据状态为 {bill['state']}，不能撤销")
            bill["state"] = "CANCELING"
            bill["update_time"] = rfc3339()
            generation = self.generation
            delay = self.settings["transfer_delay"]
            answer = {
                "out_bill_no": bill["out_bill_no"],
                "transfer_bill_no": bill["transfer_bill_no"],
                "state": "CANCELING",
                "update_time": bill["update_time"],
            }
        timer = threading.Timer(
            delay, self._settle_transfer, (bill["key"], generation, "CANCELLED")
        )
        timer.daemon = True
        timer.start()
        return 200, answer

    # ------------------------------------------------------------ notifications

    def _notify_serial(self, serial_mode: str | None) -> str:
        with self.lock:
            mode = serial_mode or self.settings["mode"]
            if mode == "mixed":
                self.mixed_counter += 1
                mode = "public_key" if self.mixed_counter % 2 else "certificate"
        if mode == "public_key":
            return self.identity.public_key_id
        return self.identity.certificate_serial

    def send_notification(
        self,
        merchant: dict,
        url: str,
        event_type: str,
        summary: str,
        original_type: str,
        resource: dict,
        refs: dict,
        options: dict | None = None,
    ) -> str:
        """Encrypt ``resource``, build the envelope and deliver it in a thread,
        re-sending on WeChat's schedule until a 2xx answer.  Returns the id.

        ``options``: duplicate (int), duplicate_delay (s), tamper, signtest,
        stale (bools), serial_mode ("public_key" | "certificate").
        """
        options = dict(options or {})
        notify_id = str(uuid.uuid4())
        envelope = {
            "id": notify_id,
            "create_time": rfc3339(),
            "resource_type": "encrypt-resource",
            "event_type": event_type,
            "summary": summary,
            "resource": dict(
                original_type=original_type,
                **aes_gcm_encrypt(
                    merchant["apiv3_key"], json.dumps(resource, ensure_ascii=False), original_type
                ),
            ),
        }
        body = dumps(envelope)
        serial = self._notify_serial(options.get("serial_mode"))
        with self.lock:
            generation = self.generation
            self.notifications[notify_id] = {
                "id": notify_id,
                "url": url,
                "event_type": event_type,
                "mchid": merchant["mchid"],
                "resource": resource,
                "serial": serial,
                "options": options,
                "created": time.time(),
                "delivered": False,
                "attempts": 0,
                "given_up": False,
                **refs,
            }
        threading.Thread(
            target=self._deliver_loop,
            args=(notify_id, url, body, serial, options, generation),
            daemon=True,
            name=f"notify-{notify_id[:8]}",
        ).start()
        for copy in range(int(options.get("duplicate") or 0)):
            delay = float(options.get("duplicate_delay") or 0) * (copy + 1)
            threading.Thread(
                target=self._deliver_duplicate,
                args=(notify_id, url, body, serial, options, generation, delay),
                daemon=True,
            ).start()
        return notify_id

    def _wait(self, seconds: float, generation: int) -> bool:
        """Sleep; False if the simulator stopped or was reset meanwhile."""
        if seconds > 0 and self.stop_event.wait(seconds):
            return False
        return generation == self.generation and not self.stop_event.is_set()

    def _deliver_loop(self, notify_id, url, body, serial, options, generation):
        delays = (0,) + RETRY_SCHEDULE
        for number, delay in enumerate(delays, start=1):
            if not self._wait(delay * self.setting("time_scale"), generation):
                return
            kind = "initial" if number == 1 else "retry"
            if self._attempt(notify_id, url, body, serial, options, generation, number, kind):
                return
        with self.lock:
            if notify_id in self.notifications and generation == self.generation:
                self.notifications[notify_id]["given_up"] = True

    def _deliver_duplicate(self, notify_id, url, body, serial, options, generation, delay):
        if self._wait(delay, generation):
            self._attempt(notify_id, url, body, serial, options, generation, 0, "duplicate")

    def _attempt(self, notify_id, url, body, serial, options, generation, number, kind) -> bool:
        """POST one copy; record it; True when answered 2xx."""
        timestamp = int(time.time()) - (600 if options.get("stale") else 0)
        nonce = random_alnum(32)
        signature = self.identity.sign(f"{timestamp}\n{nonce}\n".encode() + body + b"\n")
        if options.get("signtest"):
            signature = SIGNTEST_PREFIX + signature
        sent_body = body
        if options.get("tamper"):
            sent_body = body.replace(b'"summary":"', b'"summary":"[tampered] ', 1)
        headers = {
            "Content-Type": "application/json",
            "User-Agent": "Mozilla/4.0 (WeChat Pay notification; simulator)",
            "Wechatpay-Nonce": nonce,
            "Wechatpay-Signature": signature,
            "Wechatpay-Timestamp": str(timestamp),
            "Wechatpay-Serial": serial,
            "Wechatpay-Signature-Type": SIGNATURE_TYPE,
        }
        status, error, answer = None, None, ""
        started = time.monotonic()
        session = requests.Session()
        session.trust_env = False  # never send notifications through a proxy
        try:
            resp = session.post(
                url, data=sent_body, headers=headers, timeout=self.setting("notify_timeout")
            )
            status, answer = resp.status_code, resp.text[:500]
        except requests.RequestException as exc:
            error = f"{type(exc).__name__}: {exc}"
        finally:
            session.close()
        delivered = status is not None and 200 <= status < 300
        with self.lock:
            if generation != self.generation:
                return True
            record = self.notifications.get(notify_id)
            self.notify_attempts.append(
                {
                    "notify_id": notify_id,
                    "attempt": number,
                    "kind": kind,
                    "url": url,
                    "event_type": record["event_type"] if record else None,
                    "out_trade_no": record.get("out_trade_no") if record else None,
                    "out_refund_no": record.get("out_refund_no") if record else None,
                    "sent_at": time.time(),
                    "headers": headers,
                    "body": sent_body.decode("utf-8"),
                    "status": status,
                    "error": error,
                    "answer": answer,
                    "delivered": delivered,
                    "ms": round((time.monotonic() - started) * 1000, 1),
                }
            )
            if record:
                record["attempts"] += 1
                record["delivered"] = record["delivered"] or delivered
        self.log(f"notify {kind} #{number} {url} -> {status or error}")
        return delivered

    # ------------------------------------------------------------ control API

    @staticmethod
    def _sim_json(req: Request) -> dict:
        if req.method == "GET" or not req.body.strip():
            return {}
        try:
            data = json.loads(req.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise SimError(400, "body is not valid JSON") from None
        if not isinstance(data, dict):
            raise SimError(400, "body must be a JSON object")
        return data

    @staticmethod
    def _require(body: dict, *names):
        for name in names:
            if body.get(name) in (None, ""):
                raise SimError(400, f"{name} is required")

    def sim_health(self, req, body, match):
        return {
            "ok": True,
            "version": VERSION,
            "demo": self.demo,
            "mode": self.setting("mode"),
            "base_url": self.base_url,
            "uptime": round(time.time() - self.started_at, 3),
        }

    def sim_keys(self, req, body, match):
        return {
            "public_key_pem": self.identity.public_key_pem,
            "public_key_id": self.identity.public_key_id,
            "certificate_pem": self.identity.certificate_pem,
            "certificate_serial": self.identity.certificate_serial,
            "mode": self.setting("mode"),
        }

    def sim_demo(self, req, body, match):
        if not self.demo:
            raise SimError(404, "not started with --demo")
        pub = self.demo_merchant_key.public_key()
        return {
            "base_url": self.base_url,
            "appid": DEMO_APPID,
            "secret": DEMO_SECRET,
            "mchid": DEMO_MCHID,
            "apiv3_key": DEMO_APIV3_KEY,
            "merchant_serial": key_serial(pub),
            "merchant_private_key_pem": private_key_pem(self.demo_merchant_key),
            "platform_public_key_pem": self.identity.public_key_pem,
            "platform_public_key_id": self.identity.public_key_id,
            "platform_certificate_serial": self.identity.certificate_serial,
            "login_code_hint": "any js_code 'demo:<openid>' logs in as <openid>",
            "phone_code_hint": "any phone code 'demo:<phone>' yields <phone>",
            "wecom": dict(
                DEMO_CORP, callback_url_hint="set the callback URL with POST /_sim/wecom/corps"
            ),
        }

    def sim_apps(self, req, body, match):
        if req.method == "GET":
            with self.lock:
                return {"apps": list(self.apps.values())}
        self._require(body, "appid", "secret")
        app = self._new_app(
            body["appid"],
            body["secret"],
            bool(body.get("trade_managed", True)),
            body.get("pages"),
            body.get("templates"),
        )
        with self.lock:
            self.apps[app["appid"]] = app
        return {"ok": True, "app": app}

    def sim_merchants(self, req, body, match):
        if req.method == "GET":
            with self.lock:
                return {
                    "merchants": [
                        {"mchid": m["mchid"], "appids": m["appids"], "serials": sorted(m["keys"])}
                        for m in self.merchants.values()
                    ]
                }
        self._require(body, "mchid", "apiv3_key", "merchant_public_key_pem")
        apiv3_key = body["apiv3_key"]
        if not isinstance(apiv3_key, str) or len(apiv3_key.encode("utf-8")) != 32:
            raise SimError(400, "apiv3_key must be 32 ASCII characters")
        try:
            public_key, cert_serial = load_public_key_any(body["merchant_public_key_pem"])
        except Exception as exc:  # any parse failure of the PEM
            raise SimError(400, f"cannot load merchant_public_key_pem: {exc}") from None
        serial = body.get("merchant_serial") or cert_serial
        if not serial:
            raise SimError(400, "merchant_serial is required (unless a certificate is given)")
        appids = body.get("appids") or []
        if isinstance(appids, str):
            appids = [appids]
        with self.lock:
            merchant = self.merchants.get(body["mchid"])
            keys = dict(merchant["keys"]) if merchant else {}
            keys[serial] = public_key
            self.merchants[body["mchid"]] = {
                "mchid": body["mchid"],
                "apiv3_key": apiv3_key,
                "appids": list(appids),
                "keys": keys,
            }
        return {"ok": True, "mchid": body["mchid"], "serials": sorted(keys)}

    def sim_codes(self, req, body, match):
        self._require(body, "appid", "openid")
        code = body.get("code") or secrets.token_urlsafe(24)
        ttl = float(body.get("ttl") or self.setting("code_ttl"))
        record = {
            "code": code,
            "appid": body["appid"],
            "openid": body["openid"],
            "unionid": body.get("unionid"),
            "session_key": body.get("session_key") or base64.b64encode(os.urandom(16)).decode(),
            "expires_at": time.time() + ttl,
            "used": False,
        }
        with self.lock:
            self.codes[code] = record
        return {
            "code": code,
            "openid": record["openid"],
            "unionid": record["unionid"],
            "session_key": record["session_key"],
            "expires_in": ttl,
        }

    def sim_phone_codes(self, req, body, match):
        self._require(body, "phone")
        code = body.get("code") or secrets.token_urlsafe(24)
        ttl = float(body.get("ttl") or self.setting("code_ttl"))
        with self.lock:
            self.phone_codes[code] = {
                "code": code,
                "phone": str(body["phone"]),
                "country_code": str(body.get("country_code") or "86"),
                "appid": body.get("appid"),
                "expires_at": time.time() + ttl,
                "used": False,
            }
        return {"code": code, "expires_in": ttl}

    def sim_pay(self, req, body, match):
        """Play the shopper paying: SUCCESS + TRANSACTION.SUCCESS notify."""
        self._require(body, "out_trade_no")
        if body.get("serial_mode") not in (None, "public_key", "certificate"):
            raise SimError(400, "serial_mode must be public_key or certificate")
        with self.lock:
            candidates = [
                tx
                for (mchid, no), tx in self.transactions.items()
                if no == body["out_trade_no"] and (not body.get("mchid") or mchid == body["mchid"])
            ]
            if not candidates:
                raise SimError(404, f"no prepay order {body['out_trade_no']}")
            if len(candidates) > 1:
                raise SimError(400, "several merchants have this out_trade_no: give mchid")
            tx = candidates[0]
            now = time.time()
            expire = parse_rfc3339(tx["time_expire"]) if tx["time_expire"] else None
            if tx["trade_state"] == "NOTPAY" and expire is not None and now > expire:
                raise SimError(409, f"order expired at {tx['time_expire']}, cannot pay")
            if tx["trade_state"] == "NOTPAY":
                tx["trade_state"] = "SUCCESS"
                tx["transaction_id"] = (
                    "420000"
                    + random_digits(4)
                    + datetime.now(CST).strftime("%Y%m%d")
                    + random_digits(10)
                )
                tx["success_time"] = rfc3339(now)
                tx["paid_at"] = now
                self.tx_by_id[tx["transaction_id"]] = tx["key"]
            elif not (body.get("resend") and tx["trade_state"] in ("SUCCESS", "REFUND")):
                raise SimError(
                    409,
                    f"order is {tx['trade_state']}, cannot pay "
                    "(use resend: true to re-send a paid order's notify)",
                )
            resource = self._tx_view(tx)
            resource.update(trade_state="SUCCESS", trade_state_desc=TRADE_STATE_DESC["SUCCESS"])
            resource.pop("promotion_detail", None)
            if body.get("amount_override") is not None:
                resource["amount"]["total"] = int(body["amount_override"])
                resource["amount"]["payer_total"] = int(body["amount_override"])
            if body.get("mchid_override"):
                resource["mchid"] = body["mchid_override"]
            if body.get("appid_override"):
                resource["appid"] = body["appid_override"]
            merchant = self.merchants[tx["mchid"]]
            url = tx["notify_url"]
        options = {
            k: body.get(k)
            for k in ("duplicate", "duplicate_delay", "tamper", "signtest", "stale", "serial_mode")
        }
        notify_id = self.send_notification(
            merchant,
            url,
            "TRANSACTION.SUCCESS",
            "支付成功",
            "transaction",
            resource,
            refs={"out_trade_no": tx["out_trade_no"]},
            options=options,
        )
        return {
            "ok": True,
            "out_trade_no": tx["out_trade_no"],
            "transaction_id": tx["transaction_id"],
            "success_time": tx["success_time"],
            "notify_id": notify_id,
            "notify_url": url,
        }

    def sim_refund_outcome(self, req, body, match):
        if req.method == "POST":
            status = body.get("status")
            if status not in ("SUCCESS", "CLOSED", "ABNORMAL"):
                raise SimError(400, "status must be SUCCESS, CLOSED or ABNORMAL")
            key = body.get("out_refund_no") or "*"
            with self.lock:
                self.refund_outcomes[key] = status
        with self.lock:
            return {"outcomes": dict(self.refund_outcomes)}

    def sim_faults(self, req, body, match):
        if req.method == "POST":
            self._require(body, "path_prefix", "kind")
            if body["kind"] not in ("http_500", "timeout", "errcode"):
                raise SimError(400, "kind must be http_500, timeout or errcode")
            fault = {
                "path_prefix": body["path_prefix"],
                "kind": body["kind"],
                "errcode": body.get("errcode"),
                "errmsg": body.get("errmsg"),
                "status": body.get("status"),
                "method": body.get("method"),
                "delay": float(body.get("delay", 10)),
                "remaining": int(body.get("count", 1)),
                "hits": 0,
            }
            with self.lock:
                fault["id"] = len(self.faults) + 1
                self.faults.append(fault)
                return {"ok": True, "fault": dict(fault)}
        with self.lock:
            return {"faults": [dict(f) for f in self.faults]}

    def sim_faults_clear(self, req, body, match):
        with self.lock:
            self.faults.clear()
        return {"ok": True}

    def sim_settings(self, req, body, match):
        if req.method == "POST":
            values = self._check_settings(body)
            with self.lock:
                self.settings.update(values)
        with self.lock:
            return {
                "settings": dict(self.settings),
                "certificates_available": self.certificates_available(),
            }

    def _select_tokens(self, body):
        appid = body.get("appid")
        return [t for t in self.tokens.values() if not appid or t["appid"] == appid]

    def sim_tokens_revoke(self, req, body, match):
        with self.lock:
            tokens = self._select_tokens(body)
            for token in tokens:
                token["revoked"] = True
        return {"ok": True, "revoked": len(tokens)}

    def sim_tokens_expire(self, req, body, match):
        now = time.time()
        with self.lock:
            tokens = self._select_tokens(body)
            for token in tokens:
                token["expires_at"] = min(token["expires_at"], now)
        return {"ok": True, "expired": len(tokens)}

    def _tokens_summary(self) -> dict:
        now = time.time()
        active = [
            t
            for t in self.tokens.values()
            if not t["revoked"] and t["expires_at"] > now and t["superseded_at"] is None
        ]
        return {
            "issued": self.tokens_issued,
            "by_app": dict(self.tokens_issued_by_app),
            "active": len(active),
        }

    def sim_tokens(self, req, body, match):
        with self.lock:
            return self._tokens_summary()

    def _transactions(self):
        out = []
        for tx in self.transactions.values():
            view = self._tx_view(tx)
            view.update(
                description=tx["description"],
                notify_url=tx["notify_url"],
                prepay_id=tx["prepay_id"],
                created_at=tx["created_at"],
                shipping_state=tx["shipping_state"],
            )
            out.append(view)
        return out

    def _refunds(self):
        out = []
        for refund in self.refunds.values():
            view = self._refund_view(refund)
            view.update(
                mchid=refund["mchid"], notify_url=refund["notify_url"], reason=refund["reason"]
            )
            out.append(view)
        return out

    def _notifies(self, q: dict):
        out = []
        for note in self.notifications.values():
            if any(
                q.get(k) and note.get(k) != q[k]
                for k in ("event_type", "out_trade_no", "out_refund_no", "out_bill_no")
            ):
                continue
            attempts = [a for a in self.notify_attempts if a["notify_id"] == note["id"]]
            out.append(dict(note, attempt_log=attempts))
        return out

    def sim_state(self, req, body, match):
        with self.lock:
            return {
                "settings": dict(self.settings),
                "apps": list(self.apps.values()),
                "merchants": [
                    {"mchid": m["mchid"], "appids": m["appids"], "serials": sorted(m["keys"])}
                    for m in self.merchants.values()
                ],
                "transactions": self._transactions(),
                "refunds": self._refunds(),
                "transfers": [self._transfer_view(b) for b in self.transfers.values()],
                "tokens": self._tokens_summary(),
                "subscribe_messages": list(self.subscribe_messages),
                "shipping_uploads": [
                    dict(u, tx_key=list(u["tx_key"])) for u in self.shipping_uploads
                ],
                "notifications": self._notifies({}),
                "notify_attempts": list(self.notify_attempts),
                "request_counts": dict(self.request_counts),
                "faults": [dict(f) for f in self.faults],
                "wecom": self._wecom_state(),
            }

    def sim_transactions(self, req, body, match):
        q = req.query
        with self.lock:
            txs = self._transactions()
        if q.get("out_trade_no"):
            txs = [t for t in txs if t["out_trade_no"] == q["out_trade_no"]]
        if q.get("trade_state"):
            txs = [t for t in txs if t["trade_state"] == q["trade_state"]]
        return {"transactions": txs}

    def sim_refunds(self, req, body, match):
        q = req.query
        with self.lock:
            refunds = self._refunds()
        for name in ("out_refund_no", "out_trade_no"):
            if q.get(name):
                refunds = [r for r in refunds if r[name] == q[name]]
        return {"refunds": refunds}

    def sim_notifies(self, req, body, match):
        with self.lock:
            return {"notifications": self._notifies(req.query)}

    def sim_messages(self, req, body, match):
        with self.lock:
            return {"subscribe_messages": list(self.subscribe_messages)}

    def sim_shipping(self, req, body, match):
        with self.lock:
            return {
                "shipping_uploads": [
                    dict(u, tx_key=list(u["tx_key"])) for u in self.shipping_uploads
                ]
            }

    def sim_requests(self, req, body, match):
        path = req.query.get("path")
        with self.lock:
            log = [r for r in self.request_log if not path or r["path"] == path]
            return {"counts": dict(self.request_counts), "requests": log}

    def sim_transfers(self, req, body, match):
        q = req.query
        with self.lock:
            transfers = []
            for key, bill in self.transfers.items():
                view = self._transfer_view(bill)
                view.update(
                    create_requests=self.transfer_requests[key],
                    notify_url=bill["notify_url"],
                    user_name=bill["user_name"],
                    package_info=bill["package_info"],
                    transfer_scene_id=bill["request"]["transfer_scene_id"],
                )
                transfers.append(view)
            requests_by_no = {no: n for (_m, no), n in self.transfer_requests.items()}
        if q.get("out_bill_no"):
            transfers = [t for t in transfers if t["out_bill_no"] == q["out_bill_no"]]
        return {"transfers": transfers, "create_requests": requests_by_no}

    def sim_transfer_outcome(self, req, body, match):
        if req.method == "POST":
            state = body.get("state")
            if state not in ("SUCCESS", "FAIL"):
                raise SimError(400, "state must be SUCCESS or FAIL")
            key = body.get("out_bill_no") or "*"
            with self.lock:
                self.transfer_outcomes[key] = {
                    "state": state,
                    "fail_reason": body.get("fail_reason"),
                }
        with self.lock:
            return {"outcomes": dict(self.transfer_outcomes)}

    def sim_transfer_confirm(self, req, body, match):
        """Play the user confirming a WAIT_USER_CONFIRM bill in the mini-program
        (wx.requestMerchantTransfer): TRANSFERING, then its outcome."""
        self._require(body, "out_bill_no")
        with self.lock:
            candidates = [
                bill
                for (mchid, no), bill in self.transfers.items()
                if no == body["out_bill_no"] and (not body.get("mchid") or mchid == body["mchid"])
            ]
            if len(candidates) != 1:
                raise SimError(404, f"no single transfer bill {body['out_bill_no']}")
            bill = candidates[0]
            if bill["state"] != "WAIT_USER_CONFIRM":
                raise SimError(409, f"bill is {bill['state']}, not WAIT_USER_CONFIRM")
            bill["state"] = "TRANSFERING"
            bill["package_info"] = None
            bill["update_time"] = rfc3339()
            generation = self.generation
            delay = self.settings["transfer_delay"]
        self._schedule_transfer(bill["key"], generation, delay)
        return {"ok": True, "out_bill_no": bill["out_bill_no"], "state": "TRANSFERING"}

    def sim_reset(self, req, body, match):
        self._reset_state()
        return {"ok": True}

    # ------------------------------------------------------------ demo page

    def demo_page(self, req: Request) -> Response:
        """GET /: pending orders with a 模拟支付 / Pay button (demo mode only)."""
        if not self.demo:
            return json_response(
                {
                    "error": "not_found",
                    "errcode": 404,
                    "errmsg": "the payment page exists in --demo mode only",
                },
                404,
            )
        with self.lock:
            txs = sorted(self._transactions(), key=lambda t: -t["created_at"])
        esc = html.escape
        rows = []
        for tx in txs:
            if tx["trade_state"] == "NOTPAY":
                action = (
                    f'<button onclick="pay({esc(json.dumps(tx["out_trade_no"]))}, '
                    f'{esc(json.dumps(tx["mchid"]))})">模拟支付 / Pay</button>'
                )
            else:
                action = esc(tx.get("transaction_id") or "")
            rows.append(
                f"<tr><td>{esc(tx['out_trade_no'])}</td><td>{esc(tx['description'])}</td>"
                f"<td>¥{tx['amount']['total'] / 100:.2f}</td><td>{esc(tx['trade_state'])}</td>"
                f"<td>{esc(tx['mchid'])}</td><td>{action}</td></tr>"
            )
        table = "".join(rows) or '<tr><td colspan="6">暂无订单 / no orders yet</td></tr>'
        page = f"""<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>WeChat simulator 微信模拟器</title>
<style>body{{font-family:sans-serif;margin:2em}}table{{border-collapse:collapse}}
td,th{{border:1px solid #ccc;padding:.3em .6em}}button{{background:#07c160;color:#fff;
border:0;padding:.4em 1em;border-radius:4px;cursor:pointer}}</style></head>
<body><h1>微信支付模拟器 / WeChat Pay simulator</h1>
<p>Demo app <code>{DEMO_APPID}</code>, merchant <code>{DEMO_MCHID}</code>.
Credentials: <a href="/_sim/demo">/_sim/demo</a>. State: <a href="/_sim/state">/_sim/state</a>.
</p>
<table><tr><th>out_trade_no</th><th>商品 / description</th><th>金额 / amount</th>
<th>状态 / state</th><th>mchid</th><th></th></tr>{table}</table>
<p id="msg"></p>
<script>
function pay(no, mchid) {{
  fetch('/_sim/pay', {{method: 'POST', body: JSON.stringify({{out_trade_no: no, mchid: mchid}})}})
    .then(r => r.json()).then(d => {{
      const msg = d.error || ('已支付 / paid: ' + d.transaction_id);
      document.getElementById('msg').textContent = msg;
      setTimeout(() => location.reload(), 800);
    }});
}}
setTimeout(() => location.reload(), 10000);
</script></body></html>"""
        return Response(200, page.encode("utf-8"), [("Content-Type", "text/html; charset=utf-8")])


# ---------------------------------------------------------------- HTTP layer


class SimHTTPServer(ThreadingHTTPServer):
    """Threaded HTTP server carrying the simulator core."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, address, sim: WeChatSimulator, quiet: bool = False):
        self.sim = sim
        self.quiet = quiet
        super().__init__(address, SimRequestHandler)


class SimRequestHandler(BaseHTTPRequestHandler):
    """Reads a request into a :class:`Request`, writes the :class:`Response`."""

    protocol_version = "HTTP/1.1"
    server_version = "WeChatSimulator/" + VERSION
    sys_version = ""

    def setup(self):
        super().setup()
        # headers and body are separate writes: without NODELAY, keep-alive
        # clients wait ~40 ms per request for the delayed ACK
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_GET(self):  # noqa: N802 (http.server naming)
        self._handle()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_GET  # noqa: N815

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    break
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            return b"".join(chunks)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _handle(self):
        started = time.monotonic()
        target = self.path
        if target.startswith(("http://", "https://")):  # absolute-form (proxy style)
            parts = urlsplit(target)
            target = parts.path + ("?" + parts.query if parts.query else "")
        path, _, query = target.partition("?")
        try:
            body = self._read_body()
        except (ValueError, OSError):
            self.close_connection = True
            return
        req = Request(
            method=self.command,
            path=path or "/",
            query_string=query,
            target=target,
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
            client=self.client_address[0],
        )
        resp = self.server.sim.handle(req)
        if resp.drop:
            self.server.sim.stop_event.wait(resp.delay)
            self.close_connection = True
            self._log(req, "dropped (timeout fault)", started)
            return
        try:
            self.send_response(resp.status)
            for name, value in resp.headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(resp.body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(resp.body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        self._log(req, resp.status, started)

    def _log(self, req: Request, status, started):
        if not self.server.quiet:
            ms = (time.monotonic() - started) * 1000
            sys.stderr.write(
                f"{self.client_address[0]} {req.method} {req.target} " f"{status} {ms:.1f}ms\n"
            )

    def log_message(self, format, *args):  # noqa: A002 - silence default logging
        pass


# ---------------------------------------------------------------- main


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument(
        "--demo",
        action="store_true",
        help=f"seed app {DEMO_APPID} and merchant {DEMO_MCHID}, serve the pay page",
    )
    parser.add_argument(
        "--time-scale",
        type=float,
        default=None,
        help="multiply the notify re-send schedule (e.g. 0.001 in tests)",
    )
    parser.add_argument("--mode", choices=("public_key", "certificate", "mixed"), default=None)
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=JSON",
        help="any other setting, e.g. --set refund_delay=0.2",
    )
    parser.add_argument("--ready-file", help="write the bound port here when ready")
    parser.add_argument("--keys-dir", help="keep the platform (and demo merchant) keys here")
    parser.add_argument("--quiet", action="store_true", help="no per-request log lines")
    return parser.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    settings = {}
    if args.time_scale is not None:
        settings["time_scale"] = args.time_scale
    if args.mode:
        settings["mode"] = args.mode
    for item in args.set:
        key, _, raw = item.partition("=")
        try:
            settings[key] = json.loads(raw)
        except ValueError:
            settings[key] = raw

    def log(line):
        if not args.quiet:
            sys.stderr.write(line.rstrip() + "\n")

    try:
        sim = WeChatSimulator(
            PlatformIdentity.load_or_create(args.keys_dir),
            demo=args.demo,
            settings=settings,
            keys_dir=args.keys_dir,
            log=log,
        )
    except SimError as err:
        sys.stderr.write(f"error: {err.message}\n")
        return 2
    server = SimHTTPServer((args.host, args.port), sim, quiet=args.quiet)
    host, port = server.server_address[:2]
    sim.base_url = f"http://{host}:{port}"
    print(f"WECHAT_SIMULATOR_READY {port} {sim.base_url}", flush=True)
    if args.ready_file:
        tmp = args.ready_file + ".tmp"
        with open(tmp, "w") as f:
            f.write(str(port))
        os.replace(tmp, args.ready_file)
    sys.stderr.write(
        f"WeChat simulator on {sim.base_url} (mode {sim.setting('mode')}"
        f"{', demo' if args.demo else ''})\n"
    )
    # SIGTERM (Simulator.stop()) shuts down cleanly, like Ctrl-C
    signal.signal(
        signal.SIGTERM, lambda *_: threading.Thread(target=server.shutdown, daemon=True).start()
    )
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        sim.stop_event.set()
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
