"""Schemas of the distribution routes (分销中心)."""

from typing import Literal

from pydantic import BaseModel, Field

from odoo.addons.mall_api.schemas.common import UtcDatetime

__all__ = [
    "CommissionLine",
    "CommissionList",
    "Promoter",
    "PromoterApply",
    "TransferConfirm",
    "Withdrawal",
    "WithdrawalList",
    "WithdrawalRequest",
]

CommissionKind = Literal[
    "pending", "settleable", "reversed", "clawback", "withdrawal", "withdrawn", "returned"
]


class Promoter(BaseModel):
    state: Literal["none", "applied", "approved", "rejected"] = Field(
        description="`none`: not applied; `applied`: waiting for the shop; `approved`: a "
        "promoter (its `code` binds the new members its shares bring)."
    )
    code: str | None = Field(
        default=None, description="The promoter code: the member's share code (scene `u=`)."
    )
    real_name_set: bool = Field(description="A real name is on file for withdrawals.")
    reject_reason: str | None = None
    pending: float = Field(description="Earned on paid orders, not withdrawable yet.")
    settleable: float = Field(
        description="Withdrawable (may be negative after a refund clawed back a commission)."
    )
    withdrawn: float = Field(description="Paid out so far.")
    earned: float = Field(description="All commissions earned (before refunds).")
    team_level1: int = Field(description="Members bound to this promoter.")
    team_level2: int = Field(description="Members bound to those members.")
    min_withdrawal: float
    daily_withdrawals: int = Field(description="Withdrawals allowed per day (0: no limit).")
    currency: str


class PromoterApply(BaseModel):
    real_name: str = Field(min_length=1, max_length=40, description="真实姓名 (withdrawals).")


class CommissionLine(BaseModel):
    id: int
    kind: CommissionKind = Field(
        description="`pending` 佣金（待结算）, `settleable` 结算为可提现, `reversed` 退款冲减, "
        "`clawback` 结算后退款扣回, `withdrawal` 提现申请, `withdrawn` 提现到账, "
        "`returned` 提现退回."
    )
    amount: float = Field(description="Signed: negative when taken.")
    level: int | None = Field(default=None, description="1 or 2 for commission lines.")
    description: str
    order_name: str | None = None
    buyer: str | None = Field(default=None, description="The buyer's nickname, masked.")
    created_at: UtcDatetime


class CommissionList(BaseModel):
    items: list[CommissionLine]
    total: int
    page: int
    page_size: int


class WithdrawalRequest(BaseModel):
    amount: float = Field(gt=0, le=1_000_000, description="Yuan.")
    real_name: str | None = Field(
        default=None,
        max_length=40,
        description="真实姓名; required when none is on file (kept for the next time).",
    )


class TransferConfirm(BaseModel):
    """What `wx.requestMerchantTransfer` needs (with the member's openid)."""

    mch_id: str
    app_id: str
    package: str


class Withdrawal(BaseModel):
    id: int
    name: str
    amount: float
    state: Literal["requested", "approved", "paid", "rejected", "failed"] = Field(
        description="`requested` 待审核, `approved` 转账中, `paid` 已到账, `rejected` 已拒绝, "
        "`failed` 转账失败 (the amount is back in the withdrawable balance)."
    )
    created_at: UtcDatetime
    paid_at: UtcDatetime | None = None
    reject_reason: str | None = None
    fail_reason: str | None = None
    transfer_state: str | None = Field(
        default=None, description="The WeChat Pay transfer's state (`wait_user_confirm`...)."
    )
    confirm: TransferConfirm | None = Field(
        default=None,
        description="Set while WeChat Pay waits for the member to confirm the transfer: "
        "call `wx.requestMerchantTransfer({mchId, appId, package, openId})` (mp-weixin only).",
    )


class WithdrawalList(BaseModel):
    items: list[Withdrawal]
    total: int
    page: int
    page_size: int
