import base64
import json
from datetime import timedelta

import wechatpayv3
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding
from wechatpayv3.core import Core

from odoo import fields
from odoo.exceptions import UserError
from odoo.tests import tagged
from odoo.tools import mute_logger

from ..utils import to_fen
from .common import APPID, MCHID, OPENID, WechatpayCommon, closed_port_url

CONTROLLER_LOGGER = "odoo.addons.payment_wechatpay.controllers.main"
MODELS_LOGGERS = (
    "odoo.addons.payment_wechatpay.models.payment_provider",
    "odoo.addons.payment_wechatpay.models.payment_transaction",
    "odoo.addons.payment.models.payment_transaction",
)


@tagged("post_install", "-at_install")
class TestWechatpayPaymentFlows(WechatpayCommon):
    def test_wechatpayv3_still_has_the_internals_relied_on(self):
        """wechatpayv3 has no base URL argument: the connector sets Core._gate_way
        and, for certificate downloads, calls Core._update_certificates."""
        self.assertEqual(wechatpayv3.__version__, "2.0.4")
        with self.wechatpay._wechatpay_client() as client:
            self.assertEqual(client._core._gate_way, self.sim.base_url)
            self.assertIsInstance(client._core, Core)
        self.assertTrue(callable(Core._update_certificates))
        self.assertIsInstance(client._core._certificates, list)

    def test_prepay_returns_request_payment_params_signed_by_the_merchant(self):
        tx = self._new_tx()
        params = tx.wechatpay_request_payment(OPENID)
        self.assertEqual(set(params), {"timeStamp", "nonceStr", "package", "signType", "paySign"})
        self.assertEqual(params["signType"], "RSA")
        self.assertEqual(params["package"], f"prepay_id={tx.wechatpay_prepay_id}")
        self.assertTrue(tx.wechatpay_prepay_id)
        self.assertEqual(tx.wechatpay_payer_openid, OPENID)
        message = "\n".join(
            [APPID, params["timeStamp"], params["nonceStr"], params["package"], ""]
        ).encode()
        public_key = serialization.load_pem_public_key(self.merchant.public_key_pem.encode())
        # raises InvalidSignature when paySign is not the merchant's signature
        public_key.verify(
            base64.b64decode(params["paySign"]), message, padding.PKCS1v15(), hashes.SHA256()
        )
        sent = self.sim.transaction(tx.reference)
        self.assertEqual(
            sent["amount"], {"total": 12880, "currency": "CNY", "payer_currency": "CNY"}
        )
        self.assertEqual(sent["notify_url"], self.base_url() + "/payment/wechatpay/notify")
        self.assertEqual(sent["trade_state"], "NOTPAY")
        self.assertEqual(
            tx.wechatpay_time_expire,
            tx.create_date.replace(second=0, microsecond=0) + timedelta(minutes=30),
        )

    def test_prepay_again_sends_the_same_order(self):
        tx = self._new_tx()
        first = tx._wechatpay_prepay(OPENID)
        # Odoo re-running the request after a serialization failure: what the first
        # run stored is rolled back, the same order must be sent again
        tx.write(
            {
                "wechatpay_prepay_id": False,
                "wechatpay_payer_openid": False,
                "wechatpay_time_expire": False,
                "wechatpay_description": False,
            }
        )
        second = tx._wechatpay_prepay(OPENID)
        self.assertEqual(first["package"], second["package"])
        self.assertEqual(self.sim.request_count("/v3/pay/transactions/jsapi"), 2)
        self.assertEqual(len(self.sim.state()["transactions"]), 1)

    def test_prepay_refused_for_another_payer_or_currency(self):
        tx = self._new_tx()
        tx._wechatpay_prepay(OPENID)
        with self.assertRaises(UserError):
            tx._wechatpay_prepay("o-somebody-else")
        eur_tx = self._new_tx(currency_id=self.currency_euro.id)
        with self.assertRaises(UserError):
            eur_tx._wechatpay_prepay(OPENID)

    def test_amounts_in_fen_are_exact(self):
        self.assertEqual(to_fen(0.1 + 0.2, self.cny), 30)
        self.assertEqual(to_fen(19.99, self.cny), 1999)
        self.assertEqual(to_fen(1111.11, self.cny), 111111)
        for amount, fen in ((0.1 + 0.2, 30), (19.99, 1999)):
            with self.subTest(amount=amount):
                tx = self._new_tx(amount=amount)
                tx._wechatpay_prepay(OPENID)
                self.assertEqual(self.sim.transaction(tx.reference)["amount"]["total"], fen)

    def test_references_are_valid_out_trade_numbers(self):
        Tx = self.env["payment.transaction"]
        reference = Tx._compute_reference("wechatpay", prefix="INV/2026/00001, INV/2026/00002")
        self.assertRegex(reference, r"^[0-9A-Za-z_\-|*]{6,32}$")
        self.assertRegex(Tx._compute_reference("wechatpay", prefix="S1"), r"^[0-9A-Za-z_\-]{6,32}$")

    def test_notify_marks_the_transaction_done(self):
        tx = self._new_tx()
        tx._wechatpay_prepay(OPENID)
        paid = self._pay(tx)
        self._wait_state(tx, "done")
        self.assertEqual(tx.provider_reference, paid["transaction_id"])
        (notify,) = self._wait_notifies(out_trade_no=tx.reference)
        self.assertEqual(notify["attempt_log"][0]["status"], 200)
        self.assertTrue(
            self.env["queue.job"].search_count([("method_name", "=", "_wechatpay_post_process")])
        )

    def test_duplicate_notifies_apply_once(self):
        tx = self._new_tx()
        tx._wechatpay_prepay(OPENID)
        self._pay(tx, duplicate=2, duplicate_delay=1)
        self._wait_state(tx, "done")
        changed = tx.last_state_change
        log = self._wait_attempts(3, timeout=20, out_trade_no=tx.reference)
        self.assertEqual([a["status"] for a in log], [200, 200, 200])
        self._read(tx)
        self.assertEqual(tx.state, "done")
        self.assertEqual(tx.last_state_change, changed)
        jobs = (
            self.env["queue.job"]
            .search([("method_name", "=", "_wechatpay_post_process")])
            .filtered(lambda job: job.records == tx)
        )
        self.assertEqual(len(jobs), 1)

    @mute_logger(*MODELS_LOGGERS)
    def test_refused_notifies_leave_the_transaction_unchanged(self):
        cases = [
            ("tampered", {"tamper": True}, 401),
            ("signtest", {"signtest": True}, 401),
            ("stale", {"stale": True}, 401),
            ("wrong amount", {"amount_override": 1}, 400),
            ("wrong merchant", {"mchid_override": "1900000999"}, 400),
            ("wrong app", {"appid_override": "wxotherapp0000001"}, 400),
        ]
        for name, options, status in cases:
            with self.subTest(name):
                tx = self._new_tx()
                tx._wechatpay_prepay(OPENID)
                with self.assertLogs(CONTROLLER_LOGGER, "WARNING") as logs:
                    self._pay(tx, **options)
                    # WeChat Pay sends a refused notify again (and again)
                    log = self._wait_attempts(2, out_trade_no=tx.reference)
                    self._reset_sim()  # no more copies
                self.assertEqual({a["status"] for a in log}, {status})
                self.assertEqual(json.loads(log[0]["answer"])["code"], "FAIL")
                self.assertTrue(any(f"refused ({status})" in line for line in logs.output))
                self.assertNotIn("Traceback", "\n".join(logs.output))
                self._read(tx)
                self.assertEqual(tx.state, "draft")
                self.assertFalse(tx.provider_reference)

    @mute_logger(CONTROLLER_LOGGER, *MODELS_LOGGERS)
    def test_unsigned_notify_is_refused(self):
        tx = self._new_tx()
        tx._wechatpay_prepay(OPENID)
        with self._unlocked():
            response = self.url_open(
                "/payment/wechatpay/notify",
                data=b'{"event_type": "TRANSACTION.SUCCESS"}',
                headers={"Content-Type": "application/json"},
            )
        self.assertEqual(response.status_code, 401)
        self.assertEqual(response.json()["code"], "FAIL")

    @mute_logger(CONTROLLER_LOGGER, *MODELS_LOGGERS)
    def test_notify_never_moves_a_transaction_backwards(self):
        # done stays done when WeChat Pay sends the notify again
        tx = self._paid_tx()
        reference = tx.provider_reference
        self._pay(tx, resend=True)
        self._wait_notifies(lambda n: len(n) == 2, out_trade_no=tx.reference)
        self._read(tx)
        self.assertEqual((tx.state, tx.provider_reference), ("done", reference))
        # a payment arriving for a transaction the shop canceled is flagged, not applied
        canceled = self._new_tx()
        canceled._wechatpay_prepay(OPENID)
        canceled._set_canceled("order canceled by the shop")
        self._pay(canceled)
        (notify,) = self._wait_notifies(out_trade_no=canceled.reference)
        self.assertEqual(notify["attempt_log"][0]["status"], 200)
        self._read(canceled)
        self.assertEqual(canceled.state, "cancel")
        self.assertTrue(canceled.wechatpay_needs_review)
        self.assertIn(canceled.reference, canceled.wechatpay_review_note)

    def test_cron_queries_a_payment_whose_notify_never_came(self):
        self.env["ir.config_parameter"].set_param("web.base.url", closed_port_url())
        self.wechatpay.wechatpay_query_delay = 0
        tx = self._new_tx()
        tx._wechatpay_prepay(OPENID)
        paid = self._pay(tx)
        log = self._wait_attempts(2, out_trade_no=tx.reference)
        self.assertTrue(all(a["error"] and not a["delivered"] for a in log))
        self.assertEqual(tx.state, "draft")
        self.env["payment.transaction"]._cron_wechatpay_sync()
        self.assertEqual(tx.state, "done")
        self.assertEqual(tx.provider_reference, paid["transaction_id"])

    def test_cron_closes_an_expired_unpaid_order(self):
        self.wechatpay.wechatpay_query_delay = 0
        tx = self._new_tx()
        tx._wechatpay_prepay(OPENID, time_expire=fields.Datetime.now() + timedelta(minutes=10))
        Tx = self.env["payment.transaction"]
        Tx._cron_wechatpay_sync()
        self.assertEqual(tx.state, "draft", "not expired yet: left alone")
        self.assertEqual(self.sim.transaction(tx.reference)["trade_state"], "NOTPAY")
        tx.wechatpay_time_expire = fields.Datetime.now() - timedelta(minutes=1)  # time passes
        Tx._cron_wechatpay_sync()
        self.assertEqual(tx.state, "cancel")
        self.assertEqual(self.sim.transaction(tx.reference)["trade_state"], "CLOSED")
        with self.assertRaises(sim_error()):
            self.sim.pay(tx.reference, mchid=MCHID)


def sim_error():
    from .common import sim_client

    return sim_client.SimulatorError


@tagged("post_install", "-at_install")
class TestWechatpayCertificateMode(WechatpayCommon):
    sim_mode = "certificate"
    provider_mode = "certificate"

    def test_certificates_are_downloaded_and_verify_the_notify(self):
        self.assertFalse(self.wechatpay.wechatpay_certificate_ids)
        tx = self._paid_tx()
        self.assertEqual(tx.state, "done")
        self._read(self.wechatpay)
        self.assertEqual(
            self.wechatpay.wechatpay_certificate_ids.mapped("serial_no"),
            [self.platform["certificate_serial"].upper()],
        )
        # the simulator logs the attempt once Odoo has answered: wait for it
        (notify,) = self._wait_notifies(out_trade_no=tx.reference)
        self.assertEqual(
            notify["attempt_log"][0]["headers"]["Wechatpay-Serial"],
            self.platform["certificate_serial"],
        )

    @mute_logger(CONTROLLER_LOGGER, *MODELS_LOGGERS)
    def test_public_key_notify_refused_in_certificate_mode(self):
        tx = self._new_tx()
        tx._wechatpay_prepay(OPENID)
        self._pay(tx, serial_mode="public_key")
        log = self._wait_attempts(2, out_trade_no=tx.reference)
        self._reset_sim()
        self.assertEqual({a["status"] for a in log}, {401})
        self._read(tx)
        self.assertEqual(tx.state, "draft")

    def test_download_button(self):
        self.wechatpay.action_wechatpay_download_certificates()
        self.assertEqual(len(self.wechatpay.wechatpay_certificate_ids), 1)
        self.assertTrue(self.wechatpay.wechatpay_certificate_ids.expire_time)


@tagged("post_install", "-at_install")
class TestWechatpayMixedMode(WechatpayCommon):
    sim_mode = "mixed"
    provider_mode = "both"

    def test_notifies_signed_either_way_are_accepted(self):
        # the platform certificates a switching merchant keeps (refresh cron or
        # button): a notify is only verified with a certificate already stored
        self.env["payment.provider"]._cron_wechatpay_refresh_certificates()
        txs = [self._new_tx() for _i in range(2)]
        for tx in txs:
            tx._wechatpay_prepay(OPENID)
            self._pay(tx)
            self._wait_state(tx, "done")
        serials = {
            self._wait_notifies(out_trade_no=tx.reference)[0]["attempt_log"][0]["headers"][
                "Wechatpay-Serial"
            ]
            for tx in txs
        }
        self.assertEqual(
            serials, {self.platform["public_key_id"], self.platform["certificate_serial"]}
        )

    @mute_logger(CONTROLLER_LOGGER, *MODELS_LOGGERS)
    def test_public_key_mode_refuses_certificate_notifies(self):
        self.wechatpay.wechatpay_verification_mode = "public_key"
        tx = self._new_tx()
        tx._wechatpay_prepay(OPENID)
        self._pay(tx, serial_mode="certificate")
        log = self._wait_attempts(2, out_trade_no=tx.reference)
        self._reset_sim()
        self.assertEqual({a["status"] for a in log}, {401})
        self._read(tx)
        self.assertEqual(tx.state, "draft")
