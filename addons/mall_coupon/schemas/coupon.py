"""Schemas of the coupon routes."""

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from odoo.addons.mall_api.schemas.common import StrictModel

__all__ = [
    "CenterCoupon",
    "CenterCouponList",
    "CouponRedeemRequest",
    "MemberCoupon",
    "MemberCouponList",
    "CouponState",
]

CouponKind = Literal["threshold", "percent", "no_threshold", "new_member"]
CouponState = Literal["usable", "used", "expired"]


class CouponTerms(BaseModel):
    name: str
    kind: CouponKind = Field(
        description="`threshold` 满减, `percent` 折扣, `no_threshold` 无门槛, `new_member` 新人券."
    )
    rule: str = Field(description="What the shopper reads, e.g. 满100减10 or 满50 8.5折，最多减20.")
    amount: float | None = Field(default=None, description="The amount off (not `percent`).")
    percent: float | None = Field(default=None, description="`percent`: 15 is 15% off.")
    max_discount: float | None = Field(default=None, description="`percent`: the cap.")
    min_amount: float = Field(description="The minimum spend (0: none).")
    scope: Literal["order", "products", "category"]
    stackable: bool
    currency: str


class CenterCoupon(CouponTerms):
    id: int
    valid_from: date | None = None
    valid_to: date | None = Field(
        default=None, description="Fixed dates: the last day to claim and to use it."
    )
    validity_days: int | None = Field(
        default=None, description="Valid this many days after claiming (else fixed dates)."
    )
    remaining: int | None = Field(default=None, description="Coupons left (none: no limit).")
    claimed: int = Field(description="How many of this coupon the member holds.")
    can_claim: bool
    reason: Literal["sold_out", "limit_reached", "not_new_member"] | None = Field(
        default=None, description="Why the member cannot claim it."
    )


class CenterCouponList(BaseModel):
    items: list[CenterCoupon]


class MemberCoupon(CouponTerms):
    code: str = Field(description="Send it in `coupon_codes` of `POST /orders`.")
    coupon_id: int
    state: CouponState
    expires_on: date | None = Field(default=None, description="The last day it can be used.")


class MemberCouponList(BaseModel):
    items: list[MemberCoupon]


class CouponRedeemRequest(StrictModel):
    code: str = Field(
        min_length=1,
        max_length=64,
        pattern=r"^\S+$",
        description="A coupon code handed out by the shop (a code batch).",
    )
