from datetime import datetime, time

import pytz

from odoo import api, fields, models
from odoo.addons.mall_base.exceptions import MallError
from odoo.addons.mall_base.locking import lock_rows
from odoo.exceptions import UserError

STATES = [
    ("requested", "Requested"),
    ("approved", "Transferring"),
    ("paid", "Paid"),
    ("rejected", "Rejected"),
    ("failed", "Transfer Failed"),
]
CHINA_TZ = "Asia/Shanghai"


class MallWithdrawal(models.Model):
    """A promoter takes withdrawable commission out: reserved from the
    balance when asked (a ledger line), paid once by a WeChat Pay merchant
    transfer (keyed by the withdrawal) or by hand, given back when rejected or
    when the transfer fails."""

    _name = "mall.withdrawal"
    _description = "Commission Withdrawal"
    _inherit = ["mail.thread"]
    _order = "id desc"

    name = fields.Char(string="Reference", required=True, readonly=True, default="/")
    promoter_id = fields.Many2one("mall.promoter", required=True, readonly=True, index=True)
    partner_id = fields.Many2one(related="promoter_id.partner_id", string="Member", store=True)
    company_id = fields.Many2one("res.company", required=True, readonly=True, index=True)
    currency_id = fields.Many2one(related="company_id.currency_id", store=True)
    amount = fields.Monetary(required=True, readonly=True)
    real_name = fields.Char(readonly=True, groups="mall_base.group_mall_finance")
    state = fields.Selection(
        STATES, required=True, default="requested", readonly=True, tracking=True, index=True
    )
    reject_reason = fields.Char(string="Rejection Reason", readonly=True, tracking=True)
    approved_by_id = fields.Many2one("res.users", string="Approved By", readonly=True)
    approved_at = fields.Datetime(string="Approved On", readonly=True)
    paid_at = fields.Datetime(string="Paid On", readonly=True)
    paid_manually = fields.Boolean(
        string="Paid by Hand", readonly=True, help="The merchant paid it another way."
    )
    transfer_id = fields.Many2one(
        "payment.wechatpay.transfer", string="WeChat Pay Transfer", readonly=True, copy=False
    )
    transfer_state = fields.Selection(related="transfer_id.state", string="Transfer Status")
    transfer_fail_reason = fields.Char(related="transfer_id.fail_reason")
    transfer_error = fields.Char(related="transfer_id.error_message")
    package_info = fields.Char(related="transfer_id.package_info")

    # ------------------------------------------------------------------
    # The promoter asks
    # ------------------------------------------------------------------

    @api.model
    def _mall_request(self, member, amount, real_name=None):
        """The member asks for ``amount`` of its withdrawable commission
        (storefront, superuser environment). Checked in this order: promoter
        (409 ``not_promoter``), real name (422 ``real_name_required``),
        minimum (422 ``withdrawal_below_minimum``), then under a lock on the
        promoter: the day's limit (429 ``withdrawal_daily_limit``) and the
        balance (409 ``insufficient_balance``)."""
        company = self.env.company
        currency = company.currency_id
        promoter = self.env["mall.promoter"]._mall_require(member)
        real_name = (real_name or "").strip() or promoter.real_name
        if not real_name:
            raise MallError(
                "real_name_required",
                "提现需要填写真实姓名（微信支付会核对收款人）。",
                kind="invalid",
            )
        amount = currency.round(amount or 0.0)
        minimum = company.mall_dist_min_withdrawal
        if currency.compare_amounts(amount, minimum) < 0 or amount <= 0:
            raise MallError(
                "withdrawal_below_minimum",
                f"单次提现金额不能低于 {minimum:.2f} 元。",
                kind="invalid",
            )
        # one request at a time per promoter: the second waits, then is re-run
        # on a snapshot that sees the first one's reservation
        lock_rows(promoter, touch=True)
        limit = company.mall_dist_daily_withdrawals
        if (
            limit
            and self.search_count(
                [("promoter_id", "=", promoter.id), ("create_date", ">=", self._mall_day_start())]
            )
            >= limit
        ):
            raise MallError(
                "withdrawal_daily_limit", f"每天最多提现 {limit} 次，请明天再来。", kind="limit"
            )
        settleable = promoter._mall_balances().get(promoter.id, {}).get("settleable", 0.0)
        if currency.compare_amounts(amount, settleable) > 0:
            raise MallError(
                "insufficient_balance",
                f"可提现余额不足：当前可提现 {max(settleable, 0.0):.2f} 元。",
                settleable=settleable,
            )
        if real_name != promoter.real_name:
            promoter.real_name = real_name
        withdrawal = self.create(
            {
                "promoter_id": promoter.id,
                "company_id": company.id,
                "amount": amount,
                "real_name": real_name,
            }
        )
        withdrawal.name = f"TX{withdrawal.id:06d}"
        self.env["mall.commission.line"]._mall_post(
            promoter,
            "withdrawal",
            f"withdrawal:{withdrawal.id}",
            f"提现申请 {withdrawal.name}",
            withdrawal_id=withdrawal.id,
            amount=-amount,
            settleable_delta=-amount,
        )
        return withdrawal

    @api.model
    def _mall_day_start(self):
        """Today's midnight in China, as naive UTC."""
        tz = pytz.timezone(CHINA_TZ)
        today = datetime.now(tz).date()
        return (
            tz.localize(datetime.combine(today, time.min)).astimezone(pytz.utc).replace(tzinfo=None)
        )

    # ------------------------------------------------------------------
    # Finance decides
    # ------------------------------------------------------------------

    def _mall_lock_requested(self, states=("requested",)):
        """Lock the withdrawal (touched: a finance user clicking at the same
        moment is re-run and then sees this one's decision) and check its state."""
        self.ensure_one()
        lock_rows(self, touch=True)
        if self.state not in states:
            raise UserError(
                self.env._(
                    "Withdrawal %(name)s was already handled (%(state)s).",
                    name=self.name,
                    state=dict(self._fields["state"]._description_selection(self.env))[self.state],
                )
            )

    def action_approve(self):
        """Finance approves: the withdrawal is paid by WeChat Pay merchant
        transfer, exactly once (its bill number is made of the withdrawal)."""
        for withdrawal in self:
            withdrawal._mall_lock_requested()
            withdrawal.write(
                {
                    "state": "approved",
                    "approved_by_id": self.env.uid,
                    "approved_at": fields.Datetime.now(),
                }
            )
            withdrawal._mall_send_transfer()
        return True

    def _mall_wechatpay_provider(self):
        self.ensure_one()
        # finance does not read payment providers (their keys): looked up as superuser
        provider = (
            self.env["payment.provider"]
            .sudo()
            .search(
                [
                    ("code", "=", "wechatpay"),
                    ("state", "!=", "disabled"),
                    ("company_id", "=", self.company_id.id),
                ],
                limit=1,
            )
        )
        if not provider:
            raise UserError(
                self.env._(
                    "WeChat Pay is not set up for %s: pay the withdrawal by hand and mark it paid.",
                    self.company_id.name,
                )
            )
        return provider

    def _mall_send_transfer(self):
        """Create (once) and send the transfer bill of this approved withdrawal."""
        self.ensure_one()
        provider = self._mall_wechatpay_provider()
        member = self.partner_id.sudo()
        if not member.mall_openid:
            raise UserError(self.env._("The member has no mini-program OpenID to pay."))
        # the transfer and the payee's real name are the connector's, for the superuser
        transfer = (
            self.env["payment.wechatpay.transfer"]
            .sudo()
            ._wechatpay_transfer_get_or_create(
                provider,
                f"MDW{self.company_id.id}X{self.id:08d}",
                {
                    "openid": member.mall_openid,
                    "amount": self.amount,
                    "currency_id": self.currency_id.id,
                    "transfer_scene_id": self.company_id.mall_dist_transfer_scene or "1005",
                    "transfer_remark": f"佣金提现 {self.name}"[:32],
                    "user_name": self.sudo().real_name,
                    "user_recv_perception": "劳务报酬",
                    "report_infos": [
                        {"info_type": "岗位类型", "info_content": "推广员"},
                        {"info_type": "报酬说明", "info_content": "商城推广佣金"},
                    ],
                },
            )
        )
        self.transfer_id = transfer
        transfer._wechatpay_send()
        return transfer

    def action_retry_transfer(self):
        """Send the transfer again (same bill number: never paid twice), e.g.
        after WeChat Pay refused it for lack of funds."""
        for withdrawal in self:
            withdrawal._mall_lock_requested(states=("approved",))
            withdrawal._mall_send_transfer()
        return True

    def action_mark_paid(self):
        """The merchant paid another way. Refused while WeChat Pay has the
        transfer (it would be paid twice)."""
        for withdrawal in self:
            withdrawal._mall_lock_requested(states=("requested", "approved"))
            transfer = withdrawal.transfer_id.sudo()  # the connector's record
            if transfer and (
                transfer.state not in ("new", "error")
                or transfer._wechatpay_sync(resend_unknown=False) != "unknown"
            ):
                raise UserError(
                    self.env._(
                        "WeChat Pay has (or may have) the transfer of %s: it cannot be paid "
                        "by hand.",
                        withdrawal.name,
                    )
                )
            withdrawal.write({"paid_manually": True})
            withdrawal._mall_set_paid()
        return True

    def _mall_reject(self, reason):
        for withdrawal in self:
            withdrawal._mall_lock_requested()
            withdrawal.write({"state": "rejected", "reject_reason": reason})
            withdrawal._mall_give_back(f"提现 {withdrawal.name} 被拒绝，退回余额")
        return True

    def action_reject(self):
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Reject Withdrawal"),
            "res_model": "mall.withdrawal.reject",
            "view_mode": "form",
            "target": "new",
            "context": {"default_withdrawal_ids": self.ids},
        }

    # ------------------------------------------------------------------
    # Outcomes
    # ------------------------------------------------------------------

    def _mall_set_paid(self):
        self.ensure_one()
        self.write({"state": "paid", "paid_at": fields.Datetime.now()})
        self.env["mall.commission.line"]._mall_post(
            self.promoter_id,
            "withdrawn",
            f"withdrawal:{self.id}:paid",
            f"提现 {self.name} 已到账",
            withdrawal_id=self.id,
            amount=self.amount,
            withdrawn_delta=self.amount,
        )

    def _mall_give_back(self, name):
        self.ensure_one()
        self.env["mall.commission.line"]._mall_post(
            self.promoter_id,
            "returned",
            f"withdrawal:{self.id}:returned",
            name,
            withdrawal_id=self.id,
            amount=self.amount,
            settleable_delta=self.amount,
        )

    def _mall_apply_transfer(self):
        """The transfer moved: paid, or failed / cancelled (the amount goes
        back to the withdrawable balance and finance is told)."""
        for withdrawal in self.filtered(lambda w: w.state == "approved"):
            state = withdrawal.transfer_id.state
            if state == "success":
                withdrawal._mall_set_paid()
                withdrawal.message_post(body=self.env._("Paid by WeChat Pay merchant transfer."))
            elif state in ("fail", "cancelled"):
                reason = withdrawal.transfer_id.fail_reason or state
                withdrawal.state = "failed"
                withdrawal._mall_give_back(f"提现 {withdrawal.name} 转账失败，退回余额")
                withdrawal.message_post(
                    body=self.env._("The WeChat Pay transfer failed: %s", reason)
                )

    # ------------------------------------------------------------------
    # The member's view
    # ------------------------------------------------------------------

    def _mall_member_data(self):
        self.ensure_one()
        transfer = self.transfer_id.sudo()  # the connector's record
        waiting = transfer.state == "wait_user_confirm" and transfer.package_info
        provider = transfer.provider_id if waiting else None
        return {
            "id": self.id,
            "name": self.name,
            "amount": self.amount,
            "state": self.state,
            "created_at": self.create_date,
            "paid_at": self.paid_at or None,
            "reject_reason": self.reject_reason or None,
            "fail_reason": transfer.fail_reason or None if self.state == "failed" else None,
            "transfer_state": transfer.state or None if transfer else None,
            "confirm": {
                "mch_id": provider.wechatpay_mchid,
                "app_id": provider.wechatpay_appid,
                "package": transfer.package_info,
            }
            if waiting
            else None,
        }
