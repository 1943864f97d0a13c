"""Schemas of the points routes (and the points of a quote)."""

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from odoo.addons.mall_api.schemas.common import UtcDatetime

__all__ = ["PointsLine", "MemberPoints", "PointsKind"]

PointsKind = Literal["earn", "spend", "refund", "reverse", "expire", "adjust", "reward"]


class PointsLine(BaseModel):
    id: int
    kind: PointsKind = Field(
        description="`earn` 下单获得, `spend` 抵扣, `refund` 退还 (cancel, refund), "
        "`reverse` 退款扣回, `expire` 到期, `adjust` 人工调整, `reward` 奖励."
    )
    points: int = Field(description="Signed: negative when taken from the balance.")
    pending: bool = Field(
        description="Earned on a paid order, credited when it is received or after the "
        "credit delay (not in `balance` yet)."
    )
    description: str = Field(description="What the member reads, in Chinese.")
    order_id: int | None = None
    order_name: str | None = None
    created_at: UtcDatetime
    posted_at: UtcDatetime | None = Field(
        default=None, description="When it moved the balance (none while pending)."
    )
    expires_on: date | None = Field(
        default=None, description="Earned points left unspent expire at the end of this day."
    )


class MemberPoints(BaseModel):
    balance: int = Field(description="Points the member can spend now.")
    pending: int = Field(description="Earned, not credited yet.")
    point_value: float = Field(description="What one point takes off an order.")
    expiring: int = Field(
        default=0, description="Points of the balance that expire at the end of this year."
    )
    expiring_on: date | None = None
    currency: str
    items: list[PointsLine] = Field(description="The ledger, newest first.")
    total: int
    page: int
    page_size: int
