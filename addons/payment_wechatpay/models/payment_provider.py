import datetime
import json
import logging
import os
import tempfile
import time
from contextlib import contextmanager

import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509.oid import NameOID
from wechatpayv3 import WeChatPay, WeChatPayType

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from .. import const
from ..utils import WechatpayRequestError, WechatpaySignatureError, is_hex_serial

_logger = logging.getLogger(__name__)

BOOTSTRAP_PEM = "_odoo_bootstrap.pem"


class PaymentProvider(models.Model):
    _inherit = "payment.provider"

    code = fields.Selection(
        selection_add=[("wechatpay", "WeChat Pay")], ondelete={"wechatpay": "set default"}
    )
    wechatpay_mchid = fields.Char(
        string="Merchant ID",
        help="The merchant number (mchid) of the WeChat Pay merchant account.",
        required_if_provider="wechatpay",
    )
    wechatpay_appid = fields.Char(
        string="AppID",
        help="The AppID of the mini-program bound to the merchant account.",
        required_if_provider="wechatpay",
    )
    wechatpay_apiv3_key = fields.Char(
        string="API v3 Key",
        help="The 32-character APIv3 key set in the merchant platform; it decrypts notifies.",
        required_if_provider="wechatpay",
        groups="base.group_system",
    )
    wechatpay_cert_serial_no = fields.Char(
        string="Merchant Certificate Serial Number",
        help="The serial number of the merchant API certificate (apiclient_cert.pem).",
        required_if_provider="wechatpay",
        groups="base.group_system",
    )
    wechatpay_private_key = fields.Text(
        string="Merchant Private Key",
        help="The PEM private key of the merchant API certificate (apiclient_key.pem).",
        required_if_provider="wechatpay",
        groups="base.group_system",
    )
    wechatpay_api_base_url = fields.Char(
        string="API Base URL",
        help="Where WeChat Pay API v3 is reached, without a trailing slash.",
        default=const.DEFAULT_API_BASE_URL,
        required_if_provider="wechatpay",
    )
    wechatpay_verification_mode = fields.Selection(
        string="Signature Verification",
        help="How the signatures of WeChat Pay's answers and notifies are verified:\n"
        "- WeChat Pay public key: the only way for merchants onboarded since 2024;\n"
        "- Platform certificates: downloaded from WeChat Pay and refreshed;\n"
        "- Both: during a switch from certificates to the public key, each answer or "
        "notify is verified with the key its Wechatpay-Serial names.",
        selection=[
            ("public_key", "WeChat Pay public key"),
            ("certificate", "Platform certificates"),
            ("both", "Both (switching)"),
        ],
        default="public_key",
    )
    wechatpay_public_key = fields.Text(
        string="WeChat Pay Public Key",
        help="The PEM public key downloaded from the merchant platform.",
        groups="base.group_system",
    )
    wechatpay_public_key_id = fields.Char(
        string="WeChat Pay Public Key ID",
        help="The ID of the WeChat Pay public key, PUB_KEY_ID_ followed by digits.",
    )
    wechatpay_certificate_ids = fields.One2many(
        string="Platform Certificates",
        comodel_name="payment.wechatpay.certificate",
        inverse_name="provider_id",
    )
    wechatpay_payment_timeout = fields.Integer(
        string="Payment Timeout (minutes)",
        help="An unpaid order is closed on WeChat Pay this long after its transaction was "
        "created (time_expire), unless the caller gives its own expiry.",
        default=30,
    )
    wechatpay_query_delay = fields.Integer(
        string="Query After (minutes)",
        help="Payments and refunds still waiting this long for a notify are queried.",
        default=5,
    )

    # === COMPUTE METHODS === #

    def _compute_feature_support_fields(self):
        """Override of `payment` to enable partial refunds."""
        res = super()._compute_feature_support_fields()
        self.filtered(lambda p: p.code == "wechatpay").update({"support_refund": "partial"})
        return res

    # === CONSTRAINT METHODS === #

    @api.constrains(
        "state",
        "wechatpay_verification_mode",
        "wechatpay_public_key",
        "wechatpay_public_key_id",
        "wechatpay_apiv3_key",
    )
    def _check_wechatpay_settings(self):
        # runs as the writer: an administrator (only they write providers) or sudo code
        for provider in self.filtered(lambda p: p.code == "wechatpay" and p.state != "disabled"):
            if provider.wechatpay_apiv3_key and len(provider.wechatpay_apiv3_key) != 32:
                raise ValidationError(
                    self.env._("The WeChat Pay API v3 key must be 32 characters long.")
                )
            if provider.wechatpay_verification_mode in ("public_key", "both"):
                if not (provider.wechatpay_public_key and provider.wechatpay_public_key_id):
                    raise ValidationError(
                        self.env._(
                            "Verifying with the WeChat Pay public key needs the public key "
                            "and its ID."
                        )
                    )
                if not provider.wechatpay_public_key_id.startswith(const.PUBLIC_KEY_ID_PREFIX):
                    raise ValidationError(
                        self.env._("The WeChat Pay public key ID starts with PUB_KEY_ID_.")
                    )

    # === BUSINESS METHODS === #

    def _get_supported_currencies(self):
        """Override of `payment` to return CNY only."""
        supported_currencies = super()._get_supported_currencies()
        if self.code == "wechatpay":
            supported_currencies = supported_currencies.filtered(
                lambda c: c.name in const.SUPPORTED_CURRENCIES
            )
        return supported_currencies

    def _get_default_payment_method_codes(self):
        """Override of `payment` to return the default payment method codes."""
        default_codes = super()._get_default_payment_method_codes()
        if self.code != "wechatpay":
            return default_codes
        return const.DEFAULT_PAYMENT_METHOD_CODES

    def _wechatpay_notify_url(self, refund=False):
        """The notify URL sent to WeChat Pay (https and without query string in production)."""
        self.ensure_one()
        route = const.REFUND_NOTIFY_ROUTE if refund else const.NOTIFY_ROUTE
        return self.get_base_url().rstrip("/") + route

    def _wechatpay_gateway(self):
        self.ensure_one()
        return (self.wechatpay_api_base_url or const.DEFAULT_API_BASE_URL).rstrip("/")

    # --- the wechatpayv3 client --------------------------------------------

    @contextmanager
    def _wechatpay_client(self, use_public_key=None):
        """Yield a wechatpayv3 ``WeChatPay`` pointed at this provider's API base URL.

        ``use_public_key`` chooses the verification key (None: from the provider's
        mode; ``both`` then means the public key, with certificates as fallback,
        which wechatpayv3 does per ``Wechatpay-Serial``).

        Platform certificates live in ``payment.wechatpay.certificate``; they are
        written into a temporary ``cert_dir`` that wechatpayv3 reads, and any
        certificate wechatpayv3 downloads there (an unknown serial makes it
        download ``/v3/certificates``) is stored back when the block ends.

        Call it on a superuser provider (it reads the merchant's keys): the
        transactions use ``provider_id.sudo()``, notifies are verified as superuser.
        """
        self.ensure_one()
        mode = self.wechatpay_verification_mode
        if use_public_key is None:
            use_public_key = mode in ("public_key", "both")
        with tempfile.TemporaryDirectory(prefix="odoo-wechatpay-") as cert_dir:
            known = self._wechatpay_write_certificates(cert_dir)
            if not use_public_key and not known:
                # Certificate mode without any certificate yet: wechatpayv3 would
                # download /v3/certificates from the real host in its constructor,
                # before its gateway can be changed. A throw-away certificate stops
                # that; the first real serial then makes it download from the gateway.
                self._wechatpay_write_bootstrap_certificate(cert_dir)
            client = WeChatPay(
                wechatpay_type=WeChatPayType.MINIPROG,
                mchid=self.wechatpay_mchid,
                private_key=self.wechatpay_private_key,
                cert_serial_no=self.wechatpay_cert_serial_no,
                appid=self.wechatpay_appid,
                apiv3_key=self.wechatpay_apiv3_key,
                notify_url=self._wechatpay_notify_url(),
                cert_dir=cert_dir,
                logger=_logger,
                timeout=const.REQUEST_TIMEOUT,
                public_key=self.wechatpay_public_key if use_public_key else None,
                public_key_id=self.wechatpay_public_key_id if use_public_key else None,
            )
            # wechatpayv3 2.0.4 has no base URL argument: Core._gate_way is private
            # (see README.md, "wechatpayv3 internals relied on").
            client._core._gate_way = self._wechatpay_gateway()
            bootstrap = os.path.join(cert_dir, BOOTSTRAP_PEM)
            if os.path.exists(bootstrap):
                os.unlink(bootstrap)
            try:
                yield client
            finally:
                if mode in ("certificate", "both"):
                    self._wechatpay_store_downloaded_certificates(cert_dir, known)

    def _wechatpay_write_certificates(self, cert_dir):
        """Write the valid stored platform certificates as ``<serial>.pem``
        (called as superuser, by ``_wechatpay_client``)."""
        now = fields.Datetime.now()
        serials = set()
        for cert in self.wechatpay_certificate_ids:
            if cert.expire_time and cert.expire_time < now:
                continue
            with open(os.path.join(cert_dir, f"{cert.serial_no}.pem"), "w") as f:
                f.write(cert.certificate_pem)
            serials.add(cert.serial_no.upper())
        return serials

    def _wechatpay_write_bootstrap_certificate(self, cert_dir):
        """A self-signed certificate made with the merchant key: it only keeps the
        wechatpayv3 constructor from downloading; it verifies nothing WeChat signs.
        Called as superuser (``_wechatpay_client``, ``_wechatpay_download_certificates``)."""
        key = serialization.load_pem_private_key(self.wechatpay_private_key.encode(), password=None)
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "odoo-wechatpay-bootstrap")])
        now = datetime.datetime.now(datetime.timezone.utc)
        cert = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(hours=1))
            .sign(key, hashes.SHA256())
        )
        with open(os.path.join(cert_dir, BOOTSTRAP_PEM), "wb") as f:
            f.write(cert.public_bytes(serialization.Encoding.PEM))

    def _wechatpay_store_downloaded_certificates(self, cert_dir, known):
        """Store the certificates wechatpayv3 downloaded into ``cert_dir``.

        wechatpayv3 writes a certificate only after decrypting it with the APIv3
        key (AES-256-GCM authenticates it) and checking its validity dates.
        Called as superuser (``_wechatpay_client``, ``_wechatpay_download_certificates``).
        """
        Certificate = self.env["payment.wechatpay.certificate"]
        for name in sorted(os.listdir(cert_dir)):
            serial, ext = os.path.splitext(name)
            if ext.lower() != ".pem" or name == BOOTSTRAP_PEM or serial.upper() in known:
                continue
            with open(os.path.join(cert_dir, name)) as f:
                pem = f.read()
            Certificate._store_certificate(self, serial, pem)

    def _wechatpay_call(self, method, *args, use_public_key=None, **kwargs):
        """Call ``WeChatPay.<method>`` and return ``(http_status, data)``.

        wechatpayv3 answers ``(status, text)`` and verifies the signature of 2xx
        answers itself. Raise ``WechatpayRequestError`` when WeChat Pay was not
        reached, its answer did not verify, or it answered an error (4xx/5xx).
        """
        self.ensure_one()
        try:
            with self._wechatpay_client(use_public_key=use_public_key) as client:
                status, text = getattr(client, method)(*args, **kwargs)
        except requests.RequestException as error:
            _logger.warning("WeChat Pay %s: not reached: %s", method, error)
            raise WechatpayRequestError(
                self.env._("WeChat Pay could not be reached: %s", error.__class__.__name__)
            ) from error
        except Exception as error:  # noqa: BLE001 - wechatpayv3 raises bare Exception
            _logger.warning("WeChat Pay %s: unusable answer: %s", method, error)
            raise WechatpayRequestError(
                self.env._("The answer of WeChat Pay could not be verified: %s", error)
            ) from error
        if isinstance(text, bytes):
            text = text.decode("utf-8", "replace")
        data = {}
        if text:
            try:
                data = json.loads(text)
            except ValueError:
                data = {"message": text[:200]}
        if not 200 <= status < 300:
            code = data.get("code") or str(status)
            message = data.get("message") or ""
            _logger.warning("WeChat Pay %s answered %s: %s %s", method, status, code, message)
            raise WechatpayRequestError(f"{code}: {message}", status=status, code=code)
        return status, data

    # --- notifies -------------------------------------------------------------

    def _wechatpay_accepts_serial(self, serial):
        """Whether a notify signed with ``serial`` may be verified by this provider.

        A hexadecimal serial must name a platform certificate already stored and
        valid now: wechatpayv3 downloads ``/v3/certificates`` for a serial it does
        not have, and a notify is unauthenticated until verified, so a forged one
        must not make this server call WeChat Pay. New certificates come from the
        refresh cron (or the button) only.
        """
        self.ensure_one()
        mode = self.wechatpay_verification_mode
        is_public_key = serial.startswith(const.PUBLIC_KEY_ID_PREFIX)
        if is_public_key:
            return mode in ("public_key", "both") and serial == self.wechatpay_public_key_id
        if mode not in ("certificate", "both") or not is_hex_serial(serial):
            return False
        return int(serial, 16) in self._wechatpay_valid_serials()

    def _wechatpay_valid_serials(self):
        """The serial numbers (as integers, as wechatpayv3 compares them) of the
        stored platform certificates valid now (called as superuser, for a notify)."""
        self.ensure_one()
        now = fields.Datetime.now()
        return {
            int(cert.serial_no, 16)
            for cert in self.wechatpay_certificate_ids
            if is_hex_serial(cert.serial_no)
            and (not cert.effective_time or cert.effective_time <= now)
            and (not cert.expire_time or now < cert.expire_time)
        }

    @api.model
    def _wechatpay_verify_notification(self, headers, body):
        """Verify and decrypt a notify; return ``(envelope, provider)``.

        ``envelope`` is the notify JSON with ``resource`` decrypted. Raise
        ``WechatpaySignatureError`` for SIGNTEST, stale or unsigned/tampered notifies.
        Called as superuser, by the notify route.
        """
        signature = headers.get("Wechatpay-Signature") or ""
        serial = headers.get("Wechatpay-Serial") or ""
        timestamp = headers.get("Wechatpay-Timestamp") or ""
        if not signature or not serial or not timestamp:
            raise WechatpaySignatureError("missing Wechatpay-* signature headers")
        if signature.startswith(const.SIGNTEST_PREFIX):
            raise WechatpaySignatureError("WECHATPAY/SIGNTEST/ signature")
        try:
            skew = abs(time.time() - int(timestamp))
        except ValueError:
            raise WechatpaySignatureError("Wechatpay-Timestamp is not a number") from None
        if skew > const.MAX_CLOCK_SKEW_SECONDS:
            raise WechatpaySignatureError(f"Wechatpay-Timestamp is {int(skew)} s off")
        providers = self.search([("code", "=", "wechatpay"), ("state", "!=", "disabled")]).filtered(
            lambda p: p._wechatpay_accepts_serial(serial)
        )
        for provider in providers:
            use_public_key = serial.startswith(const.PUBLIC_KEY_ID_PREFIX)
            try:
                with provider._wechatpay_client(use_public_key=use_public_key) as client:
                    # callback() returns None on a bad signature but can also raise
                    # (no Signature-Type header, undecryptable resource, ...)
                    envelope = client.callback(headers, body)
            except Exception as error:  # noqa: BLE001
                _logger.info("WeChat Pay notify not verified by %s: %s", provider.name, error)
                continue
            if envelope and isinstance(envelope.get("resource"), dict):
                return envelope, provider
        raise WechatpaySignatureError(f"signature not verified (serial {serial})")

    # --- platform certificates ------------------------------------------------

    def action_wechatpay_download_certificates(self):
        """Download the platform certificates now (certificate and switching modes).

        A button for system administrators: the download runs as superuser (it
        reads the merchant key), so the group is checked first.
        """
        if not self.env.is_system():
            raise AccessError(
                self.env._("Only administrators can download the WeChat Pay platform certificates.")
            )
        for provider in self:
            provider._wechatpay_download_certificates()
        return True

    def _wechatpay_download_certificates(self):
        """Download ``/v3/certificates`` through wechatpayv3 and store the new ones."""
        self.ensure_one()
        # reads the merchant's keys: the button checks is_system() first; the cron has no user
        provider = self.sudo()
        with tempfile.TemporaryDirectory(prefix="odoo-wechatpay-") as cert_dir:
            provider._wechatpay_write_bootstrap_certificate(cert_dir)
            try:
                client = WeChatPay(
                    wechatpay_type=WeChatPayType.MINIPROG,
                    mchid=provider.wechatpay_mchid,
                    private_key=provider.wechatpay_private_key,
                    cert_serial_no=provider.wechatpay_cert_serial_no,
                    appid=provider.wechatpay_appid,
                    apiv3_key=provider.wechatpay_apiv3_key,
                    cert_dir=cert_dir,
                    logger=_logger,
                    timeout=const.REQUEST_TIMEOUT,
                )
                client._core._gate_way = provider._wechatpay_gateway()
                os.unlink(os.path.join(cert_dir, BOOTSTRAP_PEM))
                # private: the download wechatpayv3 runs itself on an unknown serial
                client._core._update_certificates()
            except Exception as error:  # noqa: BLE001
                raise UserError(
                    self.env._("The platform certificates could not be downloaded: %s", error)
                ) from error
            if not client._core._certificates:
                raise UserError(
                    self.env._(
                        "WeChat Pay returned no valid platform certificate. Merchants onboarded "
                        "since 2024 only have the WeChat Pay public key."
                    )
                )
            provider._wechatpay_store_downloaded_certificates(
                cert_dir, set(provider.wechatpay_certificate_ids.mapped("serial_no"))
            )

    @api.model
    def _cron_wechatpay_refresh_certificates(self):
        """Refresh the platform certificates of providers that verify with them."""
        # a cron, no user behind it: its run-as user need not read providers
        providers = self.sudo().search(
            [
                ("code", "=", "wechatpay"),
                ("state", "!=", "disabled"),
                ("wechatpay_verification_mode", "in", ("certificate", "both")),
            ]
        )
        for provider in providers:
            try:
                with self.env.cr.savepoint():
                    provider._wechatpay_download_certificates()
            except UserError as error:
                _logger.warning("WeChat Pay certificates of %s: %s", provider.name, error)
