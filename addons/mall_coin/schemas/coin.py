"""Schemas of the activity coins route."""

from typing import Literal

from pydantic import BaseModel, Field

from odoo.addons.mall_api.schemas.common import UtcDatetime

__all__ = ["CoinLine", "CoinExpiry", "MemberCoins", "CoinKind"]

CoinKind = Literal["earn", "spend", "expire", "give_back", "reverse", "adjust"]
CoinSource = Literal["order", "lottery", "points_mall", "refund", "adjust", "expiry", "other"]


class CoinLine(BaseModel):
    id: int
    kind: CoinKind = Field(
        description="`earn` 获得, `spend` 使用, `expire` 过期, `give_back` 取消退还, "
        "`reverse` 退款扣回, `adjust` 人工调整."
    )
    source: CoinSource = Field(
        description="`order` 购买赠送, `lottery` 中签赠送, `points_mall` 积分商城, "
        "`refund` 退款扣回, `adjust` 人工调整, `expiry` 过期."
    )
    coins: int = Field(description="Signed: negative when coins were taken away.")
    balance_after: int = Field(description="The ledger balance after this line.")
    description: str = Field(description="What the member reads, in Chinese.")
    order_id: int | None = None
    order_name: str | None = None
    created_at: UtcDatetime
    expires_at: UtcDatetime | None = Field(
        default=None, description="Earned coins: they expire at this time (48 hours after)."
    )
    remaining: int = Field(default=0, description="Earned coins: how many of them are still there.")
    expired: bool = Field(default=False, description="Earned coins: their expiry has passed.")


class CoinExpiry(BaseModel):
    coins: int = Field(description="Coins that expire at `expires_at`.")
    expires_at: UtcDatetime


class MemberCoins(BaseModel):
    balance: int = Field(description="Coins the member can spend now (none past its expiry).")
    next_expiry: CoinExpiry | None = Field(
        default=None, description="The next coins to expire (none without coins)."
    )
    server_time: UtcDatetime = Field(description="The server's time, for a countdown.")
    lifetime_hours: int = Field(description="Hours a coin lives after it is earned.")
    items: list[CoinLine] = Field(description="The ledger, newest first.")
    total: int
    page: int
    page_size: int
