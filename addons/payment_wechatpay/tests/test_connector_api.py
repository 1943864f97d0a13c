import datetime
import json
import secrets
import time

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from odoo.exceptions import UserError
from odoo.modules.neutralize import neutralize_database
from odoo.tests import new_test_user, tagged
from odoo.tools import mute_logger

from .common import OPENID, WechatpayCommon, closed_port_url

CONTROLLER_LOGGER = "odoo.addons.payment_wechatpay.controllers.main"
MODELS_LOGGERS = (
    "odoo.addons.payment_wechatpay.models.payment_provider",
    "odoo.addons.payment_wechatpay.models.payment_transaction",
    "odoo.addons.payment.models.payment_transaction",
)
CERTIFICATES_PATH = "/v3/certificates"


def self_signed_certificate():
    """``(serial as WeChat writes it, PEM)`` of a certificate WeChat Pay never made."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "old platform certificate")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    pem = cert.public_bytes(serialization.Encoding.PEM).decode()
    return format(cert.serial_number, "X"), pem


class ForgedNotifyMixin:
    """A notify with a made-up hexadecimal serial: the server must refuse it at
    once, without asking WeChat Pay for certificates."""

    @mute_logger(CONTROLLER_LOGGER, *MODELS_LOGGERS)
    def test_forged_notify_with_an_unknown_serial_calls_nobody(self):
        tx = self._new_tx()
        tx._wechatpay_prepay(OPENID)
        downloads = self.sim.request_count(CERTIFICATES_PATH)
        body = json.dumps({"id": "forged", "event_type": "TRANSACTION.SUCCESS"}).encode()
        headers = {
            "Content-Type": "application/json",
            "Wechatpay-Serial": secrets.token_hex(20).upper(),
            "Wechatpay-Timestamp": str(int(time.time())),
            "Wechatpay-Nonce": secrets.token_hex(16),
            "Wechatpay-Signature": "Zm9yZ2Vk",
            "Wechatpay-Signature-Type": "WECHATPAY2-SHA256-RSA2048",
        }
        with self._unlocked():
            response = self.url_open("/payment/wechatpay/notify", data=body, headers=headers)
        self.assertEqual(response.status_code, 401)
        self.assertEqual(response.json()["code"], "FAIL")
        self.assertEqual(self.sim.request_count(CERTIFICATES_PATH), downloads)
        self._read(tx)
        self.assertEqual(tx.state, "draft")


@tagged("post_install", "-at_install")
class TestWechatpayCertificateSerials(ForgedNotifyMixin, WechatpayCommon):
    sim_mode = "certificate"
    provider_mode = "certificate"

    @mute_logger(CONTROLLER_LOGGER, *MODELS_LOGGERS)
    def test_rotated_certificate_is_picked_up_by_the_cron(self):
        Certificate = self.env["payment.wechatpay.certificate"]
        old_serial, old_pem = self_signed_certificate()
        Certificate._store_certificate(self.wechatpay, old_serial, old_pem)
        tx = self._new_tx()
        tx._wechatpay_prepay(OPENID)
        # WeChat Pay moves to a new platform certificate that Odoo does not have
        new_serial = self.platform["certificate_serial"].upper()
        self.wechatpay.wechatpay_certificate_ids.filtered(
            lambda c: c.serial_no != old_serial
        ).unlink()
        downloads = self.sim.request_count(CERTIFICATES_PATH)
        self._pay(tx)
        log = self._wait_attempts(2, out_trade_no=tx.reference)
        self.assertEqual({a["status"] for a in log}, {401})
        self.assertEqual({a["headers"]["Wechatpay-Serial"].upper() for a in log}, {new_serial})
        self.assertEqual(self.sim.request_count(CERTIFICATES_PATH), downloads)
        self._read(tx)
        self.assertEqual(tx.state, "draft")
        # the refresh cron downloads it; WeChat Pay's next copy of the notify verifies
        self.env["payment.provider"]._cron_wechatpay_refresh_certificates()
        self.assertEqual(self.sim.request_count(CERTIFICATES_PATH), downloads + 1)
        self.assertIn(new_serial, self.wechatpay.wechatpay_certificate_ids.mapped("serial_no"))
        self._pay(tx, resend=True)
        self._wait_state(tx, "done")

    @mute_logger("odoo.http")
    def test_download_button_is_for_administrators_over_rpc(self):
        portal = new_test_user(self.env, login="wxpay_rpc_portal", groups="base.group_portal")
        employee = new_test_user(self.env, login="wxpay_rpc_employee", groups="base.group_user")
        admin = new_test_user(
            self.env, login="wxpay_rpc_admin", groups="base.group_user,base.group_system"
        )
        method = "action_wechatpay_download_certificates"
        for user in (portal, employee):
            with self.subTest(user=user.login):
                answer = self._rpc(user.login, "payment.provider", method, [self.wechatpay.id])
                self.assertEqual(answer["error"]["data"]["name"], "odoo.exceptions.AccessError")
        self.assertEqual(self.sim.request_count(CERTIFICATES_PATH), 0)
        self._read(self.wechatpay)
        self.assertFalse(self.wechatpay.wechatpay_certificate_ids)
        answer = self._rpc(admin.login, "payment.provider", method, [self.wechatpay.id])
        self.assertNotIn("error", answer)
        self.assertEqual(self.sim.request_count(CERTIFICATES_PATH), 1)
        self._read(self.wechatpay)
        self.assertEqual(len(self.wechatpay.wechatpay_certificate_ids), 1)

    def _rpc(self, login, model, method, *args):
        self.authenticate(login, login)
        payload = {
            "jsonrpc": "2.0",
            "method": "call",
            "id": 1,
            "params": {"model": model, "method": method, "args": list(args), "kwargs": {}},
        }
        with self._unlocked():
            response = self.url_open(
                f"/web/dataset/call_kw/{model}/{method}",
                data=json.dumps(payload),
                headers={"Content-Type": "application/json"},
            )
        self.assertEqual(response.status_code, 200)
        return response.json()


@tagged("post_install", "-at_install")
class TestWechatpayMixedSerials(ForgedNotifyMixin, WechatpayCommon):
    sim_mode = "mixed"
    provider_mode = "both"


@tagged("post_install", "-at_install")
class TestWechatpayConnectorApi(WechatpayCommon):
    def test_close_cancels_an_unpaid_payment_and_reports_a_paid_one(self):
        tx = self._new_tx()
        tx._wechatpay_prepay(OPENID)
        self.assertTrue(tx._wechatpay_close())
        self.assertEqual(tx.state, "cancel")
        self.assertEqual(self.sim.transaction(tx.reference)["trade_state"], "CLOSED")
        self.assertTrue(tx._wechatpay_close(), "closing again changes nothing")
        # closed on WeChat Pay already (e.g. by the expiry cron of another worker)
        closed = self._new_tx()
        closed._wechatpay_prepay(OPENID)
        self.wechatpay._wechatpay_call("close", closed.reference)
        self.assertTrue(closed._wechatpay_close())
        self.assertEqual(closed.state, "cancel")
        # never prepaid: nothing to close on WeChat Pay
        fresh = self._new_tx()
        closes = self.sim.request_count(
            f"/v3/pay/transactions/out-trade-no/{fresh.reference}/close"
        )
        self.assertTrue(fresh._wechatpay_close())
        self.assertEqual(fresh.state, "cancel")
        self.assertEqual(
            self.sim.request_count(f"/v3/pay/transactions/out-trade-no/{fresh.reference}/close"),
            closes,
        )

    def test_close_reports_a_payment_whose_notify_did_not_come(self):
        self.env["ir.config_parameter"].set_param("web.base.url", closed_port_url())
        tx = self._new_tx()
        tx._wechatpay_prepay(OPENID)
        paid = self._pay(tx)
        self._wait_attempts(1, out_trade_no=tx.reference)
        self.assertEqual(tx.state, "draft")
        self.assertFalse(tx._wechatpay_close())
        self.assertEqual(tx.state, "done")
        self.assertEqual(tx.provider_reference, paid["transaction_id"])
        self.assertEqual(self.sim.transaction(tx.reference)["trade_state"], "SUCCESS")

    @mute_logger(*MODELS_LOGGERS)
    def test_sync_refund_reports_and_applies_the_status(self):
        tx = self._paid_tx(amount=50.0)
        self.sim.refund_outcome("CLOSED")
        tx.action_refund(amount_to_refund=20.0)
        refund = tx.child_transaction_ids
        self._wait_state(refund, "error")
        refund.wechatpay_failure_reason = False
        self.assertEqual(refund._wechatpay_sync_refund(resend_unknown=False), "CLOSED")
        self.assertEqual(refund.state, "error")
        self.assertIn("CLOSED", refund.wechatpay_failure_reason, "the answer is applied")
        with self.assertRaises(UserError):
            tx._wechatpay_sync_refund()  # a payment, not a refund
        self._reset_sim()  # WeChat Pay does not know the refund (it never arrived)
        refunds = self.sim.request_count("/v3/refund/domestic/refunds")
        self.assertIs(refund._wechatpay_sync_refund(resend_unknown=False), False)
        self.assertEqual(self.sim.request_count("/v3/refund/domestic/refunds"), refunds)

    def test_neutralized_copy_has_no_merchant_secrets(self):
        self.wechatpay.state = "enabled"
        self.env.flush_all()
        neutralize_database(self.env.cr)
        self.env.invalidate_all()
        provider = self.wechatpay.sudo()
        self.assertEqual(provider.state, "disabled")  # payment's own neutralization
        self.assertFalse(provider.wechatpay_apiv3_key)
        self.assertFalse(provider.wechatpay_private_key)
        self.assertFalse(provider.wechatpay_cert_serial_no)
