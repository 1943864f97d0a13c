import logging
import time
import uuid
from datetime import datetime, timedelta

from psycopg2 import OperationalError
from psycopg2 import errors as pgerrors

from odoo import api, fields, models
from odoo.addons.payment import utils as payment_utils
from odoo.addons.queue_job.exception import RetryableJobError
from odoo.addons.queue_job.job import identity_exact
from odoo.exceptions import UserError, ValidationError
from odoo.service.model import PG_CONCURRENCY_ERRORS_TO_RETRY
from odoo.tools import SQL, format_amount

from .. import const
from ..utils import (
    WechatpayRequestError,
    from_fen,
    is_valid_out_trade_no,
    sanitize_reference_prefix,
    to_fen,
    to_rfc3339,
)

_logger = logging.getLogger(__name__)

# states in which a refund counts against what is left to refund
REFUND_COUNTED_STATES = ("draft", "pending", "authorized", "done")


class PaymentTransaction(models.Model):
    _inherit = "payment.transaction"

    wechatpay_payer_openid = fields.Char(
        string="Payer OpenID",
        help="The openid of the shopper in the mini-program who pays this transaction.",
        readonly=True,
    )
    wechatpay_prepay_id = fields.Char(string="Prepay ID", readonly=True, copy=False)
    wechatpay_time_expire = fields.Datetime(
        string="Payment Expiry",
        help="After this time WeChat Pay refuses the payment and the order is closed.",
        readonly=True,
        copy=False,
    )
    wechatpay_description = fields.Char(string="WeChat Pay Description", readonly=True)
    wechatpay_failure_reason = fields.Text(
        string="WeChat Pay Failure Reason",
        help="Why WeChat Pay refused or closed the refund, as it said.",
        readonly=True,
        copy=False,
    )
    wechatpay_needs_review = fields.Boolean(
        string="Needs Review",
        help="WeChat Pay reported something that was not applied automatically.",
        readonly=True,
        copy=False,
    )
    wechatpay_review_note = fields.Text(string="Review Note", readonly=True, copy=False)

    # === BUSINESS METHODS - REFERENCE === #

    @api.model
    def _compute_reference(self, provider_code, prefix=None, separator="-", **kwargs):
        """Override of `payment` to make references valid out_trade_no / out_refund_no.

        out_trade_no is 6 to 32 characters of [0-9A-Za-z_-|*] (out_refund_no up to 64):
        other characters become `-` and the prefix is cut to leave room for the
        sequence number the reference may get.
        """
        if provider_code == "wechatpay":
            if not prefix:
                # made of the linked orders' or invoices' names, which the caller may not read
                prefix = self.sudo()._compute_reference_prefix(provider_code, separator, **kwargs)
            if not prefix:
                prefix = payment_utils.singularize_reference_prefix(separator=separator)
            if prefix.startswith("R-"):  # a refund: out_refund_no
                max_length = const.OUT_REFUND_NO_MAX_LENGTH - 6
            else:
                max_length = const.OUT_TRADE_NO_MAX_LENGTH - 6
            prefix = sanitize_reference_prefix(prefix, max_length)
            if len(prefix) < const.OUT_TRADE_NO_MIN_LENGTH:
                prefix = payment_utils.singularize_reference_prefix(
                    prefix=prefix, separator=separator, max_length=max_length
                )
                prefix = sanitize_reference_prefix(prefix, max_length)
        return super()._compute_reference(
            provider_code, prefix=prefix, separator=separator, **kwargs
        )

    # === BUSINESS METHODS - LOCKING === #

    def _wechatpay_lock(self, touch=False):
        """Lock the transactions' rows (SELECT ... FOR UPDATE) and reload them.

        With ``touch``, the rows are also updated: a concurrent transaction that
        waited for the lock then fails with a serialization error and Odoo re-runs
        its request on a fresh snapshot (a mere lock does not make PostgreSQL
        refuse a stale REPEATABLE READ snapshot).
        """
        if not self:
            return
        self.env["payment.transaction"].flush_model()
        # a serialization failure here is expected under concurrency: Odoo re-runs
        # the request, no need to log the query as an error
        self.env.cr.execute(
            SQL(
                "SELECT id FROM payment_transaction WHERE id IN %s ORDER BY id FOR UPDATE",
                tuple(self.ids),
            ),
            log_exceptions=False,
        )
        if touch:
            self.env.cr.execute(
                SQL(
                    "UPDATE payment_transaction SET write_date = write_date WHERE id IN %s",
                    tuple(self.ids),
                ),
                log_exceptions=False,
            )
        self.env["payment.transaction"].invalidate_model()

    # === BUSINESS METHODS - PAYMENT FLOW === #

    def wechatpay_request_payment(self, openid, time_expire=None, description=None):
        """Create (or repeat) the JSAPI prepay of this transaction for the payer
        ``openid`` and return the parameters of ``wx.requestPayment``.

        :param str openid: the payer's openid in the mini-program (AppID of the provider)
        :param datetime time_expire: when WeChat Pay stops accepting the payment (UTC);
            default: creation of the transaction + the provider's payment timeout
        :param str description: what the shopper sees (≤ 127 characters); default:
            the company name and the reference
        :return: ``{timeStamp, nonceStr, package, signType, paySign}``
        :raise UserError: the transaction cannot be paid, or WeChat Pay refused it
        """
        payment_utils.check_rights_on_recordset(self)
        # public method: the caller's write access on the transactions was checked above
        return self.sudo()._wechatpay_prepay(
            openid, time_expire=time_expire, description=description
        )

    def _wechatpay_prepay(self, openid, time_expire=None, description=None):
        """See :meth:`wechatpay_request_payment` (no access check)."""
        self.ensure_one()
        if self.provider_code != "wechatpay" or self.operation == "refund":
            raise UserError(self.env._("Only WeChat Pay payments can be paid with WeChat Pay."))
        self._ensure_provider_is_not_disabled()
        if self.state not in ("draft", "pending"):
            raise UserError(
                self.env._(
                    "The transaction %(ref)s can no longer be paid (%(state)s).",
                    ref=self.reference,
                    state=dict(self._fields["state"]._description_selection(self.env))[self.state],
                )
            )
        if self.currency_id.name not in const.SUPPORTED_CURRENCIES:
            raise UserError(self.env._("WeChat Pay only accepts payments in CNY."))
        if not is_valid_out_trade_no(self.reference):
            raise UserError(
                self.env._(
                    "The reference %s is not a valid WeChat Pay order number "
                    "(6 to 32 letters, digits, _ - | *).",
                    self.reference,
                )
            )
        if not openid:
            raise UserError(self.env._("The payer's openid is required."))
        if self.wechatpay_payer_openid and self.wechatpay_payer_openid != openid:
            raise UserError(
                self.env._(
                    "The transaction %s is already being paid by another WeChat user.",
                    self.reference,
                )
            )
        provider = self.provider_id.sudo()  # providers are readable by administrators only
        # Every parameter is computed once and kept: WeChat Pay answers the same
        # prepay_id to an identical request and refuses a different one with the
        # same out_trade_no, so a repeated request (e.g. Odoo re-running it after a
        # serialization failure) must send exactly the same body.
        expire = self.wechatpay_time_expire or (
            time_expire.replace(tzinfo=None, microsecond=0)
            if time_expire
            else (self.create_date or fields.Datetime.now()).replace(second=0, microsecond=0)
            + timedelta(minutes=provider.wechatpay_payment_timeout or 30)
        )
        if expire <= fields.Datetime.now():
            raise UserError(self.env._("The transaction %s has expired.", self.reference))
        description = (
            self.wechatpay_description
            or (description or f"{self.company_id.name} {self.reference}")[:127]
        )
        try:
            _status, data = provider._wechatpay_call(
                "pay",
                description=description,
                out_trade_no=self.reference,
                amount={"total": to_fen(self.amount, self.currency_id), "currency": "CNY"},
                payer={"openid": openid},
                time_expire=to_rfc3339(expire),
                notify_url=provider._wechatpay_notify_url(),
            )
        except WechatpayRequestError as error:
            raise UserError(
                self.env._("WeChat Pay refused the payment request: %s", error.message)
            ) from error
        prepay_id = data.get("prepay_id")
        if not prepay_id:
            raise UserError(self.env._("WeChat Pay answered without a prepay_id."))
        self.write(
            {
                "wechatpay_payer_openid": openid,
                "wechatpay_prepay_id": prepay_id,
                "wechatpay_time_expire": expire,
                "wechatpay_description": description,
            }
        )
        return self._wechatpay_request_payment_params()

    def _wechatpay_request_payment_params(self):
        """The signed parameters of ``wx.requestPayment`` for the stored prepay_id."""
        self.ensure_one()
        provider = self.provider_id.sudo()  # providers are readable by administrators only
        timestamp = str(int(time.time()))
        nonce = uuid.uuid4().hex.upper()
        package = f"prepay_id={self.wechatpay_prepay_id}"
        with provider._wechatpay_client() as client:
            pay_sign = client.sign([provider.wechatpay_appid, timestamp, nonce, package])
        return {
            "timeStamp": timestamp,
            "nonceStr": nonce,
            "package": package,
            "signType": "RSA",
            "paySign": pay_sign,
        }

    # === BUSINESS METHODS - NOTIFICATIONS === #

    @api.model
    def _wechatpay_handle_notify(self, headers, body):
        """Verify a notify, apply it and return the transaction it concerned.

        :raise WechatpaySignatureError: bad signature, SIGNTEST, stale timestamp
        :raise ValidationError: the notify does not match what was sent to WeChat Pay

        Called as superuser, by the notify route (nothing is written before the
        signature is verified).
        """
        envelope, provider = self.env["payment.provider"]._wechatpay_verify_notification(
            headers, body
        )
        event_type = envelope.get("event_type") or ""
        if not event_type.startswith(("TRANSACTION.", "REFUND.")):
            _logger.info("WeChat Pay notify %s ignored (%s)", envelope.get("id"), event_type)
            return self.browse()
        data = {
            "event_type": event_type,
            "summary": envelope.get("summary") or "",
            "notify_id": envelope.get("id"),
            "resource": envelope["resource"],
            "provider_id": provider.id,
            "source": "notify",
        }
        return self._handle_notification_data("wechatpay", data)

    def _get_tx_from_notification_data(self, provider_code, notification_data):
        """Override of `payment` to find (and lock) the transaction of WeChat Pay data.

        :raise ValidationError: no transaction matches the data
        """
        tx = super()._get_tx_from_notification_data(provider_code, notification_data)
        if provider_code != "wechatpay" or len(tx) == 1:
            return tx
        resource = notification_data.get("resource") or {}
        is_refund = notification_data.get("event_type", "").startswith("REFUND.")
        reference = resource.get("out_refund_no" if is_refund else "out_trade_no")
        if not reference:
            raise ValidationError(self.env._("Received data with missing reference."))
        domain = [
            ("reference", "=", reference),
            ("provider_code", "=", "wechatpay"),
            ("operation", "=" if is_refund else "!=", "refund"),
        ]
        if notification_data.get("provider_id"):
            domain.append(("provider_id", "=", notification_data["provider_id"]))
        tx = self.search(domain)
        if len(tx) != 1:
            raise ValidationError(
                self.env._("No transaction found matching reference %s.", reference)
            )
        tx._wechatpay_lock()
        return tx

    def _process_notification_data(self, notification_data):
        """Override of `payment` to apply a WeChat Pay payment or refund result.

        Everything is checked against what was sent to WeChat Pay before the state
        moves, and the state only moves forward: done, cancelled and refunded
        transactions stay as they are.

        :raise ValidationError: the data does not match the transaction
        """
        super()._process_notification_data(notification_data)
        if self.provider_code != "wechatpay":
            return
        resource = notification_data.get("resource") or {}
        provider = self.provider_id.sudo()  # providers are readable by administrators only
        # answers to our own (signed) requests carry no mchid; notifies and queries do
        mchid = resource.get("mchid")
        if (notification_data.get("source") == "notify" or mchid) and (
            mchid != provider.wechatpay_mchid
        ):
            raise ValidationError(self.env._("The merchant ID %s is not this provider's.", mchid))
        if self.operation == "refund":
            self._wechatpay_apply_refund_result(notification_data)
        else:
            self._wechatpay_apply_payment_result(notification_data)

    def _wechatpay_apply_payment_result(self, notification_data):
        resource = notification_data["resource"]
        provider = self.provider_id.sudo()  # providers are readable by administrators only
        if resource.get("appid") != provider.wechatpay_appid:
            raise ValidationError(
                self.env._("The AppID %s is not this provider's.", resource.get("appid"))
            )
        trade_state = resource.get("trade_state")
        if trade_state in const.TRADE_STATE_PAID:
            amount = resource.get("amount") or {}
            expected = to_fen(self.amount, self.currency_id)
            if amount.get("total") != expected or amount.get("currency", "CNY") != "CNY":
                raise ValidationError(
                    self.env._(
                        "The paid amount %(paid)s fen does not match the transaction "
                        "amount %(expected)s fen.",
                        paid=amount.get("total"),
                        expected=expected,
                    )
                )
            transaction_id = resource.get("transaction_id")
            if self.state == "done":
                if self.provider_reference and self.provider_reference != transaction_id:
                    self._wechatpay_flag(
                        self.env._(
                            "WeChat Pay reported another payment %(id)s for the confirmed "
                            "transaction %(ref)s.",
                            id=transaction_id,
                            ref=self.reference,
                        )
                    )
                else:
                    _logger.info("WeChat Pay: payment of %s already applied", self.reference)
                return
            if self.state == "cancel":
                # never moved backwards: somebody must refund or re-open the order
                self._wechatpay_flag(
                    self.env._(
                        "WeChat Pay reports the canceled transaction %(ref)s as paid "
                        "(WeChat transaction %(id)s): refund the payer or handle the order "
                        "by hand.",
                        ref=self.reference,
                        id=transaction_id,
                    )
                )
                return
            self.provider_reference = transaction_id
            self._set_done()
            self._wechatpay_enqueue_post_process()
        elif trade_state in const.TRADE_STATE_CANCELED:
            if self.state in ("draft", "pending", "authorized"):
                self._set_canceled(
                    self.env._(
                        "WeChat Pay closed the order (%s).",
                        resource.get("trade_state_desc") or trade_state,
                    )
                )
                self._wechatpay_enqueue_post_process()
        elif trade_state in const.TRADE_STATE_ERROR:
            if self.state in ("draft", "pending", "authorized"):
                self._set_error(
                    self.env._(
                        "The payment failed: %s", resource.get("trade_state_desc") or trade_state
                    )
                )
                self._wechatpay_enqueue_post_process()
        else:
            _logger.info("WeChat Pay: %s is %s", self.reference, trade_state)

    def _wechatpay_apply_refund_result(self, notification_data):
        resource = notification_data["resource"]
        status = resource.get("refund_status") or resource.get("status")
        expected = to_fen(-self.amount, self.currency_id)
        refunded = (resource.get("amount") or {}).get("refund")
        if refunded != expected:
            raise ValidationError(
                self.env._(
                    "The refunded amount %(refunded)s fen does not match the refund "
                    "amount %(expected)s fen.",
                    refunded=refunded,
                    expected=expected,
                )
            )
        source = self.source_transaction_id
        if resource.get("out_trade_no") and source and resource["out_trade_no"] != source.reference:
            raise ValidationError(
                self.env._("The refund %s belongs to another payment.", self.reference)
            )
        if status == const.REFUND_STATUS_DONE:
            if self.state == "done":
                _logger.info("WeChat Pay: refund %s already applied", self.reference)
                return
            self.write(
                {
                    "provider_reference": resource.get("refund_id") or self.provider_reference,
                    "wechatpay_failure_reason": False,
                }
            )
            self._set_done()
            self._wechatpay_enqueue_post_process()
        elif status == const.REFUND_STATUS_PENDING:
            if self.state in ("draft", "error"):
                self.write(
                    {
                        "provider_reference": resource.get("refund_id") or self.provider_reference,
                        "wechatpay_failure_reason": False,
                    }
                )
                self._set_pending(extra_allowed_states=("error",))
        elif status in const.REFUND_STATUS_FAILED:
            if self.state == "done":
                self._wechatpay_flag(
                    self.env._(
                        "WeChat Pay reports the confirmed refund %(ref)s as %(status)s.",
                        ref=self.reference,
                        status=status,
                    )
                )
                return
            summary = notification_data.get("summary") or ""
            if status == "CLOSED":
                reason = self.env._(
                    "WeChat Pay closed the refund (%(status)s %(summary)s).",
                    status=status,
                    summary=summary,
                )
            else:
                reason = self.env._(
                    "The refund is abnormal at WeChat Pay (%(status)s %(summary)s): the "
                    "payer's account may be frozen or closed. Handle it in the merchant "
                    "platform, then retry.",
                    status=status,
                    summary=summary,
                )
            self._wechatpay_set_refund_error(reason, refund_id=resource.get("refund_id"))
        else:
            _logger.info("WeChat Pay: refund %s is %s", self.reference, status)

    def _wechatpay_set_refund_error(self, reason, refund_id=None):
        values = {"wechatpay_failure_reason": reason}
        if refund_id:
            values["provider_reference"] = refund_id
        self.write(values)
        if self.state == "error":
            self.state_message = reason
        else:
            self._set_error(reason)

    def _wechatpay_flag(self, note):
        """Log and flag something WeChat Pay said that is not applied automatically."""
        _logger.warning("WeChat Pay: %s", note)
        self.write({"wechatpay_needs_review": True, "wechatpay_review_note": note})

    # === BUSINESS METHODS - POST-PROCESSING === #

    def _wechatpay_enqueue_post_process(self):
        """Post-process (confirm orders, create payments...) in a job, after commit,
        so that the notify is answered at once. Odoo's post-processing cron is the
        fallback."""
        for tx in self:
            tx.with_delay(
                description=self.env._("WeChat Pay: post-process %s", tx.reference),
                identity_key=identity_exact,
            )._wechatpay_post_process()

    def _wechatpay_post_process(self):
        """Job: post-process the transactions not post-processed yet.

        Payments landing together post-process in parallel: two jobs may post
        the same next number of the journal's payment entries (the first one
        of a journal especially: ``UniqueViolation`` on
        ``account_move_unique_name``) or update the same rows (a serialization
        failure). Both are retried after ``POST_PROCESS_RETRY_SECONDS`` (the
        other job has committed by then), not failed: the order would stay a
        quotation until Odoo's payment cron. Everything is flushed here so that
        such an error is raised inside the job, not by the job runner's flush."""
        # the job runs as the user who enqueued it: the public user for notifies
        txs = self.sudo()
        txs._wechatpay_lock()
        todo = txs.filtered(lambda tx: not tx.is_post_processed and tx.state != "draft")
        try:
            todo._post_process()
            self.env.flush_all()
        except pgerrors.UniqueViolation as error:
            if error.diag.constraint_name != "account_move_unique_name":
                raise
            raise RetryableJobError(
                f"journal entry number taken by a parallel payment: {error.pgerror}",
                seconds=const.POST_PROCESS_RETRY_SECONDS,
            ) from error
        except OperationalError as error:
            if error.pgcode not in PG_CONCURRENCY_ERRORS_TO_RETRY:
                raise
            raise RetryableJobError(
                f"concurrent update: {error.pgerror}", seconds=const.POST_PROCESS_RETRY_SECONDS
            ) from error
        return len(todo)

    # === BUSINESS METHODS - REFUNDS === #

    def _wechatpay_refundable_fen(self, exclude=None):
        """What is left to refund, in fen: the paid amount minus the refunds that
        are done or may still happen (draft, pending). Call under the row lock."""
        self.ensure_one()
        refunds = self.child_transaction_ids.filtered(
            lambda t: t.operation == "refund" and t.state in REFUND_COUNTED_STATES
        )
        if exclude:
            refunds -= exclude
        return to_fen(self.amount, self.currency_id) - sum(
            to_fen(-t.amount, t.currency_id) for t in refunds
        )

    def _send_refund_request(self, amount_to_refund=None):
        """Override of `payment` to refund on WeChat Pay.

        The source transaction is locked before what is left to refund is computed,
        so parallel requests can never refund more than was paid. Without an amount,
        what is left is refunded. The refund transaction's reference is the
        out_refund_no: repeating the request refunds once.

        :raise UserError: nothing (or not that much) is left to refund
        """
        if self.provider_code != "wechatpay":
            return super()._send_refund_request(amount_to_refund=amount_to_refund)
        self.ensure_one()
        self._ensure_provider_is_not_disabled()
        self._wechatpay_lock(touch=True)
        if self.state != "done" or self.operation == "refund":
            raise UserError(self.env._("Only confirmed payments can be refunded."))
        left = self._wechatpay_refundable_fen()
        fen = to_fen(amount_to_refund, self.currency_id) if amount_to_refund else left
        if fen <= 0 or fen > left:
            raise UserError(
                self.env._(
                    "The refund of %(amount)s exceeds what is left to refund on %(ref)s "
                    "(%(left)s).",
                    amount=format_amount(self.env, from_fen(fen), self.currency_id),
                    ref=self.reference,
                    left=format_amount(self.env, from_fen(left), self.currency_id),
                )
            )
        refund_tx = super()._send_refund_request(amount_to_refund=from_fen(fen))
        refund_tx._wechatpay_send_refund()
        return refund_tx

    def _wechatpay_send_refund(self):
        """Send (or send again, with the same out_refund_no) this refund to WeChat Pay."""
        self.ensure_one()
        source = self.source_transaction_id
        provider = self.provider_id.sudo()  # providers are readable by administrators only
        try:
            _status, data = provider._wechatpay_call(
                "refund",
                out_refund_no=self.reference,
                amount={
                    "refund": to_fen(-self.amount, self.currency_id),
                    "total": to_fen(source.amount, source.currency_id),
                    "currency": "CNY",
                },
                out_trade_no=source.reference,
                notify_url=provider._wechatpay_notify_url(refund=True),
            )
        except WechatpayRequestError as error:
            if error.is_definitive:
                self._wechatpay_set_refund_error(
                    self.env._("WeChat Pay refused the refund: %s", error.message)
                )
            else:
                # it may have arrived: the sync cron queries it and re-sends it if not
                message = self.env._(
                    "WeChat Pay did not confirm the refund request (%s); it will be queried.",
                    error.message,
                )
                self.wechatpay_failure_reason = message
                if self.state == "pending":
                    self.state_message = message
                else:
                    self._set_pending(message, extra_allowed_states=("error",))
            return
        self._process_notification_data(
            {
                "event_type": "REFUND.ANSWER",
                "resource": data,
                "provider_id": provider.id,
                "source": "answer",
            }
        )

    def action_wechatpay_retry_refund(self):
        """Send a refund that failed again, with the same out_refund_no."""
        payment_utils.check_rights_on_recordset(self)
        for tx in self.sudo():  # public method: write access checked above
            if tx.provider_code != "wechatpay" or tx.operation != "refund":
                raise UserError(self.env._("Only WeChat Pay refunds can be retried."))
            source = tx.source_transaction_id
            source._wechatpay_lock(touch=True)
            tx._wechatpay_lock()
            if tx.state == "done":
                raise UserError(
                    self.env._("The refund %s is done: there is nothing to retry.", tx.reference)
                )
            if tx.state == "cancel":
                raise UserError(self.env._("The refund %s is canceled.", tx.reference))
            left = source._wechatpay_refundable_fen(exclude=tx)
            if to_fen(-tx.amount, tx.currency_id) > left:
                raise UserError(
                    self.env._(
                        "The refund %(ref)s exceeds what is left to refund on %(payment)s.",
                        ref=tx.reference,
                        payment=source.reference,
                    )
                )
            tx._wechatpay_send_refund()
        return True

    # === BUSINESS METHODS - QUERIES (no notify) === #

    @api.model
    def _cron_wechatpay_sync(self, limit=200):
        """Query WeChat Pay for payments and refunds that waited too long for a notify."""
        providers = (
            self.env["payment.provider"]
            # a cron, no user behind it: its run-as user need not read providers or payments
            .sudo()
            .search([("code", "=", "wechatpay"), ("state", "!=", "disabled")])
        )
        # to the microsecond, as create_date is written: fields.Datetime.now()
        # drops them, and a transaction created in the same second as this run
        # was skipped even with no delay
        now = datetime.now()
        for provider in providers:
            threshold = now - timedelta(minutes=provider.wechatpay_query_delay)
            payments = self.sudo().search(  # the cron's user, see above
                [
                    ("provider_id", "=", provider.id),
                    ("operation", "!=", "refund"),
                    ("state", "in", ("draft", "pending")),
                    ("wechatpay_prepay_id", "!=", False),
                    ("create_date", "<=", threshold),
                ],
                limit=limit,
                order="id",
            )
            refunds = self.sudo().search(  # the cron's user, see above
                [
                    ("provider_id", "=", provider.id),
                    ("operation", "=", "refund"),
                    ("state", "=", "pending"),
                    ("last_state_change", "<=", threshold),
                ],
                limit=limit,
                order="id",
            )
            for tx in payments | refunds:
                try:
                    with self.env.cr.savepoint():
                        tx._wechatpay_sync()
                except (UserError, WechatpayRequestError) as error:
                    _logger.warning("WeChat Pay: could not query %s: %s", tx.reference, error)

    def _wechatpay_sync(self):
        """Query WeChat Pay about this transaction and apply the answer."""
        self.ensure_one()
        if self.operation == "refund":
            self._wechatpay_sync_refund()
        else:
            self._wechatpay_sync_payment()

    def _wechatpay_is_expired(self):
        return (
            bool(self.wechatpay_time_expire) and self.wechatpay_time_expire <= fields.Datetime.now()
        )

    def _wechatpay_sync_payment(self):
        provider = self.provider_id.sudo()  # providers are readable by administrators only
        try:
            _status, data = provider._wechatpay_call("query", out_trade_no=self.reference)
        except WechatpayRequestError as error:
            if error.code == "ORDER_NOT_EXIST" and self._wechatpay_is_expired():
                self._wechatpay_lock()
                self._set_canceled(
                    self.env._("WeChat Pay does not know the order and it has expired.")
                )
                return
            raise
        trade_state = data.get("trade_state")
        if trade_state in const.TRADE_STATE_WAITING:
            if not self._wechatpay_is_expired():
                return
            # close first: a payment made meanwhile makes the close fail (ORDERPAID)
            provider._wechatpay_call("close", self.reference)
            self._wechatpay_lock()
            self._set_canceled(
                self.env._(
                    "Not paid before %s: the order was closed on WeChat Pay.",
                    to_rfc3339(self.wechatpay_time_expire),
                )
            )
            self._wechatpay_enqueue_post_process()
            return
        self._handle_notification_data(
            "wechatpay",
            {
                "event_type": "TRANSACTION.QUERY",
                "resource": data,
                "provider_id": provider.id,
                "source": "query",
            },
        )

    def _wechatpay_sync_refund(self, resend_unknown=True):
        """Query this refund by its out_refund_no and apply WeChat Pay's answer.

        :param bool resend_unknown: when WeChat Pay does not know the refund (the
            request never reached it), send it again with the same out_refund_no
        :return: the refund status WeChat Pay reported (``SUCCESS``,
            ``PROCESSING``, ``CLOSED``, ``ABNORMAL``), ``False`` when it does not
            know the refund
        :raise WechatpayRequestError: WeChat Pay could not be asked
        """
        self.ensure_one()
        if self.provider_code != "wechatpay" or self.operation != "refund":
            raise UserError(self.env._("Only WeChat Pay refunds can be queried."))
        provider = self.provider_id.sudo()  # providers are readable by administrators only
        try:
            _status, data = provider._wechatpay_call("query_refund", out_refund_no=self.reference)
        except WechatpayRequestError as error:
            if error.status == 404:
                if resend_unknown:
                    # the refund request never reached WeChat Pay: send it again
                    self._wechatpay_lock()
                    self._wechatpay_send_refund()
                return False
            raise
        self._handle_notification_data(
            "wechatpay",
            {
                "event_type": "REFUND.QUERY",
                "resource": data,
                "provider_id": provider.id,
                "source": "query",
            },
        )
        return data.get("status") or data.get("refund_status") or False

    # === BUSINESS METHODS - CLOSE === #

    def _wechatpay_close(self):
        """Close the WeChat Pay order of this unpaid payment and cancel it.

        WeChat Pay is asked first (a payment may have gone through while its
        notify is still on the way) and its answer applied; an order WeChat Pay
        already closed is fine; a close refused because the order is paid
        (``ORDERPAID``) applies the payment instead. A transaction never
        prepaid is canceled without calling WeChat Pay.

        :return: ``False`` when the payment turned out to be paid, else ``True``
            (the transaction is canceled, or ended otherwise without being paid)
        :raise WechatpayRequestError: WeChat Pay could not be asked or refused the close
        """
        self.ensure_one()
        if self.provider_code != "wechatpay" or self.operation == "refund":
            raise UserError(self.env._("Only WeChat Pay payments can be closed on WeChat Pay."))
        if self.state not in ("draft", "pending"):
            return self.state != "done"
        if self.wechatpay_prepay_id:
            self._wechatpay_sync()
            if self.state not in ("draft", "pending"):
                return self.state != "done"
            try:
                # providers are readable by administrators only
                self.provider_id.sudo()._wechatpay_call("close", self.reference)
            except WechatpayRequestError as error:
                if error.code == const.CLOSE_ORDER_PAID:
                    self._wechatpay_sync()
                    return False
                if error.code not in const.CLOSE_ALREADY_CLOSED:
                    raise
        self._wechatpay_lock()
        if self.state in ("draft", "pending"):
            self._set_canceled()
        return self.state != "done"
