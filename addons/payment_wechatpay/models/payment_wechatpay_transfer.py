"""Merchant transfers to a WeChat user's balance (商家转账, version of 2025).

One record per transfer bill, keyed by its ``out_bill_no``: the caller picks
a number derived from its own committed document (e.g. a withdrawal's id), so
a request that Odoo re-runs, a retry button or a second approval sends the
same bill again and WeChat Pay answers the same bill: nothing is paid twice.
"""

import json
import logging
import re

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import SQL

from .. import const
from ..utils import WechatpayRequestError, from_fen, to_fen

_logger = logging.getLogger(__name__)

_OUT_BILL_NO = re.compile(r"^[0-9A-Za-z]{5,32}$")

STATES = [
    ("new", "Not Sent"),
    ("error", "Refused"),
    ("accepted", "Accepted"),
    ("processing", "Processing"),
    ("wait_user_confirm", "Waiting for the User"),
    ("transfering", "Transferring"),
    ("canceling", "Cancelling"),
    ("success", "Paid"),
    ("fail", "Failed"),
    ("cancelled", "Cancelled"),
]
# how far a state is: a notify or a query never moves a bill backwards
RANK = {
    "new": 0,
    "error": 0,
    "accepted": 1,
    "processing": 1,
    "wait_user_confirm": 2,
    "transfering": 3,
    "canceling": 4,
    "success": 9,
    "fail": 9,
    "cancelled": 9,
}
FINAL_STATES = ("success", "fail", "cancelled")


class PaymentWechatpayTransfer(models.Model):
    _name = "payment.wechatpay.transfer"
    _description = "WeChat Pay Merchant Transfer"
    _order = "id desc"
    _rec_name = "out_bill_no"

    provider_id = fields.Many2one(
        "payment.provider", string="Provider", required=True, readonly=True, index=True
    )
    company_id = fields.Many2one(related="provider_id.company_id", store=True, index=True)
    currency_id = fields.Many2one("res.currency", required=True, readonly=True)
    out_bill_no = fields.Char(
        string="Merchant Bill Number",
        required=True,
        readonly=True,
        copy=False,
        help="The out_bill_no sent to WeChat Pay: the same number is the same transfer.",
    )
    transfer_bill_no = fields.Char(string="WeChat Bill Number", readonly=True, copy=False)
    openid = fields.Char(string="Payee OpenID", required=True, readonly=True)
    amount = fields.Monetary(required=True, readonly=True)
    user_name = fields.Char(
        string="Payee Real Name",
        readonly=True,
        groups="base.group_system",
        help="Sent encrypted with the WeChat Pay public key or platform certificate; "
        "WeChat Pay checks it against the payee's real name.",
    )
    transfer_scene_id = fields.Char(string="Transfer Scene", required=True, readonly=True)
    transfer_remark = fields.Char(string="Remark", required=True, readonly=True)
    report_infos = fields.Text(
        string="Scene Report",
        readonly=True,
        help="transfer_scene_report_infos, as JSON: what the scene requires.",
    )
    user_recv_perception = fields.Char(string="Shown to the User as", readonly=True)
    state = fields.Selection(STATES, default="new", required=True, readonly=True, index=True)
    package_info = fields.Char(
        readonly=True,
        copy=False,
        help="While WeChat Pay waits for the user: what the mini-program passes to "
        "wx.requestMerchantTransfer.",
    )
    fail_reason = fields.Char(string="Failure Reason", readonly=True, copy=False)
    error_message = fields.Char(
        string="Last Error",
        readonly=True,
        copy=False,
        help="Why the last request to WeChat Pay did not go through.",
    )
    sent_at = fields.Datetime(string="Sent On", readonly=True, copy=False)
    done_at = fields.Datetime(string="Finished On", readonly=True, copy=False)

    _sql_constraints = [
        (
            "out_bill_no_provider_uniq",
            "UNIQUE(provider_id, out_bill_no)",
            "A transfer with this merchant bill number already exists.",
        ),
    ]

    @api.constrains("out_bill_no")
    def _check_out_bill_no(self):
        for transfer in self:
            if not _OUT_BILL_NO.match(transfer.out_bill_no or ""):
                raise ValidationError(
                    self.env._("A merchant bill number is 5 to 32 letters and digits.")
                )

    # === API FOR OTHER ADDONS === #

    @api.model
    def _wechatpay_transfer_get_or_create(self, provider, out_bill_no, values):
        """The transfer ``out_bill_no`` of ``provider``, created with ``values``
        (openid, amount, currency_id, transfer_scene_id, transfer_remark,
        user_name, report_infos as a list, user_recv_perception) when it does
        not exist yet. Called as superuser."""
        existing = self.search(
            [("provider_id", "=", provider.id), ("out_bill_no", "=", out_bill_no)], limit=1
        )
        if existing:
            return existing
        values = dict(values)
        if isinstance(values.get("report_infos"), list | tuple):
            values["report_infos"] = json.dumps(values["report_infos"], ensure_ascii=False)
        return self.create({**values, "provider_id": provider.id, "out_bill_no": out_bill_no})

    def _wechatpay_send(self):
        """Send the transfer bill (again: the same ``out_bill_no`` and the same
        body, so WeChat Pay answers the bill it already has) and apply the
        answer. A bill already past *accepted* is queried instead. Refusals
        (e.g. ``NOT_ENOUGH``) leave it *refused* with WeChat's message, to be
        sent again. Called as superuser."""
        for transfer in self:
            if transfer.state not in ("new", "error"):
                transfer._wechatpay_sync()
                continue
            provider = transfer.provider_id
            try:
                _status, data = provider._wechatpay_call(
                    "mch_transfer_bills",
                    out_bill_no=transfer.out_bill_no,
                    transfer_scene_id=transfer.transfer_scene_id,
                    openid=transfer.openid,
                    transfer_amount=to_fen(transfer.amount, transfer.currency_id),
                    transfer_remark=transfer.transfer_remark,
                    user_name=transfer.user_name or None,
                    user_recv_perception=transfer.user_recv_perception or None,
                    transfer_scene_report_infos=json.loads(transfer.report_infos or "[]"),
                    notify_url=transfer._wechatpay_transfer_notify_url(),
                )
            except WechatpayRequestError as error:
                if error.is_definitive:
                    transfer.write({"state": "error", "error_message": error.message[:250]})
                else:
                    # not reached, or no usable answer: maybe WeChat Pay has the
                    # bill; the query (cron, button) tells, a resend is harmless
                    transfer.error_message = error.message[:250]
                _logger.warning("WeChat Pay transfer %s: %s", transfer.out_bill_no, error)
                continue
            transfer.sent_at = fields.Datetime.now()
            transfer._wechatpay_apply(data, source="answer")

    def _wechatpay_sync(self, resend_unknown=True):
        """Query the bills by ``out_bill_no`` and apply the answer; a bill WeChat
        Pay does not know (the request never arrived) is sent again unless
        ``resend_unknown`` is false. Returns what was learnt of the last bill:
        ``known``, ``unknown`` (WeChat Pay has no such bill) or ``unreachable``.
        Called as superuser."""
        result = "known"
        for transfer in self:
            if transfer.state in FINAL_STATES:
                result = "known"
                continue
            try:
                _status, data = transfer.provider_id._wechatpay_call(
                    "mch_transfer_bills_query", out_bill_no=transfer.out_bill_no
                )
            except WechatpayRequestError as error:
                if error.status == 404:
                    result = "unknown"
                    if resend_unknown and transfer.state in ("new", "error"):
                        transfer._wechatpay_send()
                    continue
                result = "unreachable"
                transfer.error_message = error.message[:250]
                continue
            result = "known"
            transfer._wechatpay_apply(data, source="query")
        return result

    def _wechatpay_transfer_notify_url(self):
        provider = self.provider_id
        return provider.get_base_url().rstrip("/") + const.TRANSFER_NOTIFY_ROUTE

    # === APPLYING WHAT WECHAT PAY SAYS === #

    def _wechatpay_lock(self):
        self.flush_model()
        self.env.cr.execute(
            SQL(
                "SELECT id FROM payment_wechatpay_transfer WHERE id IN %s ORDER BY id FOR UPDATE",
                tuple(self.ids),
            ),
            log_exceptions=False,
        )
        self.invalidate_recordset()

    def _wechatpay_apply(self, data, source):
        """Apply an answer, a query or a notify resource: checked against what
        was sent, and only forward. Calls ``_wechatpay_on_state_change`` when
        the state moved."""
        self.ensure_one()
        if data.get("out_bill_no") != self.out_bill_no:
            raise ValidationError(
                self.env._("WeChat Pay answered about another bill: %s", data.get("out_bill_no"))
            )
        amount = data.get("transfer_amount")
        if amount is not None and amount != to_fen(self.amount, self.currency_id):
            raise ValidationError(
                self.env._(
                    "The transferred amount %(paid)s does not match the transfer amount "
                    "%(expected)s.",
                    paid=from_fen(amount),
                    expected=self.amount,
                )
            )
        wechat_state = data.get("state") or ""
        if wechat_state not in const.TRANSFER_STATES:
            _logger.info("WeChat Pay transfer %s: unknown state %s", self.out_bill_no, wechat_state)
            return False
        self._wechatpay_lock()
        new_state = wechat_state.lower()
        vals = {"error_message": False}
        if data.get("transfer_bill_no") and not self.transfer_bill_no:
            vals["transfer_bill_no"] = data["transfer_bill_no"]
        if data.get("package_info"):
            vals["package_info"] = data["package_info"]
        moved = RANK[new_state] > RANK[self.state] or (
            self.state in ("new", "error") and new_state not in ("new", "error")
        )
        if self.state in FINAL_STATES and new_state != self.state:
            _logger.warning(
                "WeChat Pay transfer %s is %s, %s says %s: ignored",
                self.out_bill_no,
                self.state,
                source,
                wechat_state,
            )
            moved = False
        if moved:
            vals["state"] = new_state
            if new_state in FINAL_STATES:
                vals["done_at"] = fields.Datetime.now()
                vals["package_info"] = False
            if new_state == "fail":
                vals["fail_reason"] = (data.get("fail_reason") or "FAIL")[:250]
        self.write(vals)
        if moved:
            self._wechatpay_on_state_change()
        return moved

    def _wechatpay_on_state_change(self):
        """Hook for the addon that owns the transfer (a withdrawal...): the
        state moved (forward). Runs in the transaction that moved it."""
        return True

    @api.model
    def _wechatpay_handle_transfer_notify(self, headers, body):
        """Verify a ``MCHTRANSFER.BILL.FINISHED`` notify and apply it; return the
        transfer. Called as superuser by the notify route.

        :raise WechatpaySignatureError: bad signature, SIGNTEST, stale timestamp
        :raise ValidationError: the content does not match a bill sent
        """
        envelope, provider = self.env["payment.provider"]._wechatpay_verify_notification(
            headers, body
        )
        if envelope.get("event_type") != const.TRANSFER_NOTIFY_EVENT:
            _logger.info("WeChat Pay transfer notify ignored (%s)", envelope.get("event_type"))
            return self.browse()
        resource = envelope["resource"]
        mchid = resource.get("mch_id") or resource.get("mchid")
        if mchid != provider.wechatpay_mchid:
            raise ValidationError(self.env._("The merchant ID %s is not this provider's.", mchid))
        transfer = self.search(
            [("provider_id", "=", provider.id), ("out_bill_no", "=", resource.get("out_bill_no"))],
            limit=1,
        )
        if not transfer:
            raise ValidationError(
                self.env._("No transfer found with bill number %s.", resource.get("out_bill_no"))
            )
        if resource.get("openid") and resource["openid"] != transfer.openid:
            raise ValidationError(self.env._("The payee does not match the transfer."))
        transfer._wechatpay_apply(resource, source="notify")
        return transfer

    # === BUTTONS, CRON === #

    def action_wechatpay_sync(self):
        """Button (whoever may read the transfers): ask WeChat Pay about them now
        (a query changes nothing WeChat Pay does not say)."""
        self.check_access("read")
        # the provider's keys are for the superuser only: access checked above
        self.sudo()._wechatpay_sync()
        return True

    @api.model
    def _cron_wechatpay_sync_transfers(self, limit=200):
        """Query the transfers that are neither finished nor refused."""
        # a cron, no user behind it
        transfers = self.sudo().search(
            [("state", "not in", FINAL_STATES + ("error",))], limit=limit, order="id"
        )
        for transfer in transfers:
            try:
                with self.env.cr.savepoint():
                    transfer._wechatpay_sync()
            except (UserError, WechatpayRequestError) as error:
                _logger.warning("WeChat Pay: could not query %s: %s", transfer.out_bill_no, error)
