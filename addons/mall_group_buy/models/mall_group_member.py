import logging
from datetime import timedelta

from odoo import fields, models
from odoo.addons.mall_base.locking import lock_rows
from odoo.addons.payment_wechatpay.utils import WechatpayRequestError
from odoo.addons.queue_job.job import identity_exact
from odoo.exceptions import UserError

from ..const import GROUP_PAGE, REFUND_MAX_ATTEMPTS, REFUND_RETRY_MINUTES

_logger = logging.getLogger(__name__)

SEAT_STATES = [
    ("held", "Paying"),
    ("paid", "Paid"),
    ("released", "Released"),
    ("refunding", "Refunding"),
    ("refunded", "Refunded"),
    ("refund_failed", "Refund Failed"),
]
REFUND_REASONS = [
    ("group_failed", "The group failed"),
    ("seat_unavailable", "No seat left when the payment arrived"),
]


class MallGroupMember(models.Model):
    """A seat in a group: held while the member pays, paid, or given back."""

    _name = "mall.group.member"
    _description = "Group Buy Seat"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "group_id, id"
    _rec_name = "partner_id"

    group_id = fields.Many2one(
        "mall.group",
        string="Group",
        required=True,
        readonly=True,
        index=True,
        ondelete="cascade",
    )
    offer_id = fields.Many2one(related="group_id.offer_id", store=True, index=True)
    company_id = fields.Many2one(related="group_id.company_id", store=True, index=True)
    currency_id = fields.Many2one(related="group_id.currency_id")
    partner_id = fields.Many2one(
        "res.partner", string="Member", required=True, readonly=True, index=True
    )
    is_leader = fields.Boolean(string="Leader", readonly=True)
    order_id = fields.Many2one(
        "sale.order", string="Order", readonly=True, index="btree_not_null", ondelete="set null"
    )
    product_id = fields.Many2one("product.product", string="Product", readonly=True)
    qty = fields.Integer(string="Quantity", readonly=True, default=1)
    state = fields.Selection(
        SEAT_STATES, default="held", required=True, readonly=True, index=True, tracking=True
    )
    hold_until = fields.Datetime(
        string="Seat Held Until",
        readonly=True,
        help="While the member pays, the seat is the member's until then; afterwards "
        "others may take it (a payment arriving for a seat taken meanwhile is refunded).",
    )
    paid_at = fields.Datetime(string="Paid On", readonly=True)
    payment_tx_id = fields.Many2one(
        "payment.transaction", string="Payment", readonly=True, index="btree_not_null"
    )
    paid_amount = fields.Monetary(string="Paid", readonly=True)
    refund_reason = fields.Selection(REFUND_REASONS, readonly=True)
    refund_tx_id = fields.Many2one(
        "payment.transaction",
        string="Refund",
        readonly=True,
        help="The refund transaction of the latest attempt (its reference is the out_refund_no).",
    )
    refund_attempts = fields.Integer(readonly=True, default=0)
    refunded_amount = fields.Monetary(string="Refunded", readonly=True)
    refund_failure_reason = fields.Char(readonly=True)
    units_released = fields.Boolean(
        readonly=True, help="The seat's units went back to the offer's allotment."
    )

    def init(self):
        # a member sits once in a group (a seat given back does not count)
        self.env.cr.execute(
            "CREATE UNIQUE INDEX IF NOT EXISTS mall_group_member_one_seat "
            "ON mall_group_member (group_id, partner_id) WHERE state IN ('held', 'paid')"
        )

    # ------------------------------------------------------------------
    # Payment
    # ------------------------------------------------------------------

    def _mall_on_paid(self, tx):
        """The payment of this seat's order went through (the post-process
        job of the payment, as superuser). Under the group's row lock: a seat
        still available becomes paid (the N-th paid member makes the group
        succeed); otherwise the payment is refunded in full at once."""
        self.ensure_one()
        group = self.group_id
        group._mall_lock()
        if self.state not in ("held", "released"):
            return  # applied already (a re-run)
        now = fields.Datetime.now()
        if (
            self.state == "held"
            and self.order_id.state != "cancel"
            and self._mall_seat_available(now)
        ):
            if group.state == "draft":
                group._mall_open(now)
            self.write(
                {
                    "state": "paid",
                    "paid_at": now,
                    "payment_tx_id": tx.id,
                    "paid_amount": tx.amount,
                }
            )
            # a paid group order is not cancelled for lack of payment: it waits
            # for the group (its stock stays held: it is not confirmed yet)
            self.order_id.mall_expires_at = False
            group.paid_count = len(group.member_ids.filtered(lambda s: s.state == "paid"))
            self.order_id.message_post(
                body=self.env._("Paid: seat in group %s.", group._get_html_link())
            )
            if group.paid_count >= group.group_size:
                group._mall_succeed()
            return
        self.write({"payment_tx_id": tx.id, "paid_amount": tx.amount, "paid_at": now})
        self._mall_start_refund("seat_unavailable")
        self._mall_notify("seat_unavailable")

    def _mall_seat_available(self, now):
        """Call under the group's row lock."""
        group = self.group_id
        if group.state == "draft":
            return self.is_leader
        if not group._mall_is_joinable_now(now):
            return False
        if self.state == "held" and self.hold_until and self.hold_until > now:
            return True
        return group._mall_seats_taken(now, exclude=self) < group.group_size

    # ------------------------------------------------------------------
    # Giving the seat back
    # ------------------------------------------------------------------

    def _mall_release_units(self):
        for seat in self:
            if seat.units_released:
                continue
            seat.offer_id._mall_give_back_units(seat.qty)
            seat.units_released = True

    def _mall_on_order_cancelled(self):
        """The seat's order was cancelled unpaid (by the shopper or for lack
        of payment): the seat and its units are given back; a group whose
        leader never paid is not opened."""
        for seat in self:
            if seat.state != "held":
                continue
            seat.state = "released"
            seat._mall_release_units()
            group = seat.group_id
            if seat.is_leader and group.state == "draft":
                group.write({"state": "cancelled", "closed_at": fields.Datetime.now()})

    def _mall_start_refund(self, reason):
        """Refund this paid seat's payment in full: the order is cancelled
        (stock and units back) and a job sends the keyed refund after commit."""
        for seat in self:
            seat.write({"state": "refunding", "refund_reason": reason})
            seat._mall_release_units()
            order = seat.order_id
            if order and order.state != "cancel":
                order.with_context(disable_cancel_warning=True)._action_cancel()
                order.message_post(
                    body=self.env._(
                        "Cancelled: %s. The payment is refunded in full to WeChat Pay.",
                        dict(REFUND_REASONS)[reason],
                    )
                )
            seat._mall_enqueue_refund()

    def _mall_enqueue_refund(self, eta=None):
        for seat in self:
            seat.with_delay(
                eta=eta,
                description=self.env._(
                    "Group buy: refund %(member)s in %(group)s",
                    member=seat.partner_id.name,
                    group=seat.group_id.name,
                ),
                identity_key=identity_exact if eta is None else None,
            )._job_refund()

    def _job_refund(self):
        """Job: refund the seat's payment in full through WeChat Pay, once.

        The refund transaction's reference (the out_refund_no) is
        ``R-<payment>-G<seat>``: a re-run sends the same number and WeChat Pay
        refunds once; ``payment_wechatpay`` locks the payment before it counts
        what is left, so a second full refund is refused, never sent. A refund
        WeChat Pay refused is tried again later (same number), a closed one
        with a new attempt, up to ``REFUND_MAX_ATTEMPTS``, then finance gets an
        activity."""
        self.ensure_one()
        # a queue job runs as whoever enqueued it (the public user of a notify)
        seat = self.sudo()
        lock_rows(seat, touch=True)
        seat.invalidate_recordset()
        if seat.state not in ("refunding", "refund_failed"):
            return False
        source = seat.payment_tx_id
        tx = seat.refund_tx_id
        if tx and tx.state in ("draft", "pending", "done"):
            seat._mall_sync_refund_state()
            return True
        seat.refund_attempts += 1
        try:
            if tx and tx.state == "error" and not seat._mall_refund_closed_at_wechat(tx):
                tx.action_wechatpay_retry_refund()
            else:
                source.with_context(mall_group_member_refund_id=seat.id)._send_refund_request()
        except (UserError, WechatpayRequestError) as error:
            _logger.warning("refund of %s not sent: %s", seat.display_name, error)
            seat.refund_failure_reason = str(error)[:200]
        seat._mall_sync_refund_state()
        seat._mall_schedule_retry()
        return True

    def _mall_refund_closed_at_wechat(self, tx):
        try:
            return tx._wechatpay_sync_refund(resend_unknown=False) == "CLOSED"
        except WechatpayRequestError:
            return False

    def _mall_schedule_retry(self):
        """A refund that failed is tried again later, or handed to finance."""
        self.ensure_one()
        if self.state != "refund_failed":
            return
        if self.refund_attempts < REFUND_MAX_ATTEMPTS:
            self._mall_enqueue_refund(
                eta=fields.Datetime.now() + timedelta(minutes=REFUND_RETRY_MINUTES)
            )
            return
        self.activity_schedule(
            "mail.mail_activity_data_todo",
            summary=self.env._("Group-buy refund failed: check and retry"),
            note=self.refund_failure_reason,
            user_id=self._finance_user().id,
        )

    def _finance_user(self):
        group = self.env.ref("mall_base.group_mall_finance")
        users = group.users.filtered(lambda u: u.active and not u.share)
        users = users.filtered(lambda u: self.company_id in u.company_ids) or users
        return users.sorted("id")[:1] or self.env.ref("base.user_admin")

    def action_retry_refund(self):
        """Button (finance): try a failed refund again now."""
        for seat in self:
            if seat.state != "refund_failed":
                raise UserError(self.env._("Only a failed refund can be retried."))
            seat.sudo().refund_attempts = 0  # a new round of attempts
            seat._mall_enqueue_refund()
        return True

    def _mall_sync_refund_state(self):
        """Follow the refund transaction: done → refunded, error → failed,
        pending → refunding. Called by its state changes, as superuser."""
        for seat in self.sudo():
            tx = seat.refund_tx_id
            if seat.state not in ("refunding", "refund_failed"):
                continue
            if tx.state == "done":
                seat.write(
                    {
                        "state": "refunded",
                        "refunded_amount": -tx.amount,
                        "refund_failure_reason": False,
                    }
                )
                seat.activity_feedback(["mail.mail_activity_data_todo"])
                seat.group_id._update_refunded_amount()
                if seat.order_id:
                    seat.order_id.message_post(
                        body=self.env._("Refunded %s to WeChat Pay.", tx.reference)
                    )
            elif not tx or tx.state in ("error", "cancel"):
                reason = (tx and (tx.wechatpay_failure_reason or tx.state_message)) or (
                    seat.refund_failure_reason or ""
                )
                seat.write({"state": "refund_failed", "refund_failure_reason": reason[:200]})
            elif seat.state != "refunding":
                seat.state = "refunding"

    # ------------------------------------------------------------------
    # Messages
    # ------------------------------------------------------------------

    def _mall_notify(self, event):
        """The subscribe message of ``event`` (``succeeded``, ``failed``,
        ``seat_unavailable``) to each member, if the company set a template."""
        for seat in self:
            company = seat.company_id.sudo()  # templates are the administrators'
            template = (
                company.mall_group_success_template_id
                if event == "succeeded"
                else company.mall_group_fail_template_id
            )
            openid = seat.partner_id.sudo().mall_openid
            if not template or not template.active or not openid:
                continue
            status = {
                "succeeded": "拼团成功",
                "failed": "拼团失败",
                "seat_unavailable": "未成团",
            }[event]
            note = {
                "succeeded": "商家将尽快发货",
                "failed": "未在时限内成团，款项原路退回",
                "seat_unavailable": "该团已满员，款项原路退回",
            }[event]
            data = {}
            for keyword in template.keyword_ids:
                if keyword.field_path:
                    continue
                if keyword.key.startswith("amount"):
                    data[keyword.key] = f"{seat.paid_amount or seat.order_id.amount_total:.2f}元"
                elif keyword.key.startswith("phrase"):
                    data[keyword.key] = status
                elif keyword.key.startswith("thing") and not keyword.default_value:
                    data[keyword.key] = note
            try:
                with self.env.cr.savepoint():
                    template._send_message(
                        openid,
                        data=data,
                        page=f"{GROUP_PAGE}?id={seat.group_id.id}",
                        partner=seat.partner_id,
                        record=seat,
                        delay=True,
                    )
            except UserError as error:
                _logger.warning("group message to %s not sent: %s", seat.display_name, error)
