from odoo.exceptions import UserError
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import WechatpayCommon, closed_port_url

MODELS_LOGGERS = (
    "odoo.addons.payment_wechatpay.models.payment_provider",
    "odoo.addons.payment_wechatpay.models.payment_transaction",
    "odoo.addons.payment.models.payment_transaction",
)


@tagged("post_install", "-at_install")
class TestWechatpayRefundFlows(WechatpayCommon):
    def _refunds(self, tx):
        return self.env["payment.transaction"].search(
            [("source_transaction_id", "=", tx.id), ("operation", "=", "refund")], order="id"
        )

    def test_partial_then_full_refund(self):
        tx = self._paid_tx(amount=100.0)
        tx.action_refund(amount_to_refund=30.0)
        partial = self._refunds(tx)
        self.assertEqual(partial.amount, -30.0)
        self.assertEqual(partial.state, "pending", "WeChat Pay answers PROCESSING first")
        sent = self.sim.control("GET", "refunds", params={"out_refund_no": partial.reference})
        self.assertEqual(sent["refunds"][0]["amount"]["refund"], 3000)
        self._wait_state(partial, "done")  # REFUND.SUCCESS notify
        self.assertTrue(partial.provider_reference)
        # without an amount: what is left
        tx.action_refund()
        full = self._refunds(tx) - partial
        self.assertEqual(full.amount, -70.0)
        self._wait_state(full, "done")
        self.assertEqual(self.sim.transaction(tx.reference)["trade_state"], "REFUND")
        with self.assertRaises(UserError):
            tx.action_refund(amount_to_refund=0.01)

    def test_refund_over_the_paid_amount_is_refused(self):
        self.env["res.lang"]._activate_lang("zh_CN")
        tx = self._paid_tx(amount=19.99)
        with self.assertRaises(UserError):
            tx.action_refund(amount_to_refund=20.0)
        tx.action_refund(amount_to_refund=10.0)
        # the pending refund counts: 10 + 10 > 19.99
        with self.assertRaises(UserError) as error:
            tx.with_context(lang="zh_CN").action_refund(amount_to_refund=10.0)
        self.assertIn("超过", str(error.exception))
        self.assertEqual(len(self._refunds(tx)), 1)
        self.assertEqual(self.sim.request_count("/v3/refund/domestic/refunds"), 1)
        tx.action_refund(amount_to_refund=9.99)
        self.assertAlmostEqual(sum(self._refunds(tx).mapped("amount")), -19.99, places=2)
        self.assertEqual(tx._wechatpay_refundable_fen(), 0)

    @mute_logger(*MODELS_LOGGERS)
    def test_closed_refund_is_an_error_with_the_reason(self):
        tx = self._paid_tx(amount=50.0)
        self.sim.refund_outcome("CLOSED")
        tx.action_refund(amount_to_refund=20.0)
        refund = self._refunds(tx)
        self._wait_state(refund, "error")
        self.assertIn("CLOSED", refund.wechatpay_failure_reason)
        self.assertEqual(refund.state_message, refund.wechatpay_failure_reason)
        # a closed refund no longer counts: the 50 can still be refunded
        self.assertEqual(tx._wechatpay_refundable_fen(), 5000)
        # retrying sends the same out_refund_no; WeChat Pay keeps it closed
        refund.action_wechatpay_retry_refund()
        self.assertEqual(refund.state, "error")
        refunds = self.sim.control("GET", "refunds", params={"out_trade_no": tx.reference})
        self.assertEqual([r["out_refund_no"] for r in refunds["refunds"]], [refund.reference])
        self.assertEqual(self.sim.request_count("/v3/refund/domestic/refunds"), 2)

    @mute_logger(*MODELS_LOGGERS)
    def test_abnormal_refund_is_an_error_with_wechat_reason(self):
        tx = self._paid_tx(amount=50.0)
        self.sim.refund_outcome("ABNORMAL")
        tx.action_refund(amount_to_refund=50.0)
        refund = self._refunds(tx)
        self._wait_state(refund, "error")
        self.assertIn("ABNORMAL", refund.wechatpay_failure_reason)
        self.assertIn("退款异常", refund.wechatpay_failure_reason)  # WeChat's own summary

    @mute_logger(*MODELS_LOGGERS)
    def test_refused_refund_retried_with_the_same_number_succeeds(self):
        tx = self._paid_tx(amount=50.0)
        self.sim.fault(
            "/v3/refund/domestic/refunds",
            "errcode",
            errcode="NOT_ENOUGH",
            errmsg="基本账户余额不足，请充值后重新发起",
            status=403,
            method="POST",
        )
        tx.action_refund(amount_to_refund=20.0)
        refund = self._refunds(tx)
        self.assertEqual(refund.state, "error")
        self.assertIn("NOT_ENOUGH", refund.wechatpay_failure_reason)
        refund.action_wechatpay_retry_refund()
        self.assertEqual(refund.state, "pending")
        self._wait_state(refund, "done")
        self.assertFalse(refund.wechatpay_failure_reason)
        refunds = self.sim.control("GET", "refunds", params={"out_trade_no": tx.reference})
        self.assertEqual([r["out_refund_no"] for r in refunds["refunds"]], [refund.reference])
        with self.assertRaises(UserError):
            refund.action_wechatpay_retry_refund()  # done: nothing to retry

    @mute_logger(*MODELS_LOGGERS)
    def test_retry_cannot_exceed_what_is_left(self):
        tx = self._paid_tx(amount=50.0)
        self.sim.refund_outcome("CLOSED")
        tx.action_refund(amount_to_refund=40.0)
        closed = self._refunds(tx)
        self._wait_state(closed, "error")
        self.sim.refund_outcome("SUCCESS")
        tx.action_refund(amount_to_refund=20.0)
        with self.assertRaises(UserError):
            closed.action_wechatpay_retry_refund()

    @mute_logger(*MODELS_LOGGERS)
    def test_cron_queries_a_refund_whose_notify_never_came(self):
        tx = self._paid_tx(amount=50.0)
        self.wechatpay.wechatpay_query_delay = 0
        # refund notifies go nowhere, and the first refund request fails
        self.env["ir.config_parameter"].set_param("web.base.url", closed_port_url())
        self.sim.fault("/v3/refund/domestic/refunds", "http_500", method="POST")
        tx.action_refund(amount_to_refund=25.0)
        refund = self._refunds(tx)
        self.assertEqual(refund.state, "pending", "no clear answer: it may have arrived")
        self.assertEqual(self.sim.control("GET", "refunds")["refunds"], [])
        Tx = self.env["payment.transaction"]
        # WeChat Pay does not know it: the cron sends the same out_refund_no again
        Tx._cron_wechatpay_sync()
        (sent,) = self.sim.control("GET", "refunds")["refunds"]
        self.assertEqual(sent["out_refund_no"], refund.reference)
        self.assertEqual(refund.state, "pending")
        self.sim.wait_for(
            lambda: self.sim.control("GET", "refunds")["refunds"][0]["status"] == "SUCCESS"
        )
        # the notify is lost: the next run of the cron finds the refund done
        Tx._cron_wechatpay_sync()
        self.assertEqual(refund.state, "done")
