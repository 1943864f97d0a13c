from typing import Annotated

from fastapi import APIRouter, Path, Query

from odoo.addons.mall_api.dependencies import CurrentShopper
from odoo.addons.mall_api.exceptions import not_found
from odoo.addons.mall_api.routers.common import ERROR_RESPONSES
from odoo.addons.mall_api.routers.order import check_coupon_rate

from ..schemas import (
    CenterCoupon,
    CenterCouponList,
    CouponRedeemRequest,
    CouponState,
    MemberCoupon,
    MemberCouponList,
)

coupon_router = APIRouter(tags=["coupons"], responses=ERROR_RESPONSES)


def _terms(coupon):
    percent = coupon.kind == "percent"
    return {
        "name": coupon.name,
        "kind": coupon.kind,
        "rule": coupon.description,
        "amount": None if percent else coupon.amount,
        "percent": coupon.percent if percent else None,
        "max_discount": (coupon.max_discount or None) if percent else None,
        "min_amount": coupon.min_amount,
        "scope": coupon.scope,
        "stackable": coupon.stackable,
        "currency": coupon.currency_id.name,
    }


def center_coupon(coupon, status):
    held, reason = status[coupon.id]
    fixed = coupon.validity == "fixed"
    return CenterCoupon(
        id=coupon.id,
        **_terms(coupon),
        valid_from=coupon.date_from or None,
        valid_to=coupon.date_to or None,
        validity_days=None if fixed else coupon.validity_days,
        remaining=coupon.remaining_qty if coupon.total_qty else None,
        claimed=held,
        can_claim=reason is None,
        reason=reason,
    )


def member_coupon(card):
    coupon = card.mall_coupon_id
    return MemberCoupon(
        code=card.code,
        coupon_id=coupon.id,
        state=card.mall_state,
        expires_on=card.expiration_date or None,
        **_terms(coupon),
    )


@coupon_router.get("/coupons", response_model=CenterCouponList)
def list_coupons(shopper: CurrentShopper) -> CenterCouponList:
    """The coupon center: the coupons claimable now, with what is left and
    whether the member can still claim each (`reason` when not)."""
    coupons = shopper.env["mall.coupon"]._mall_find_claimable(shopper.member)
    status = coupons._mall_claim_status(shopper.member)
    return CenterCouponList(items=[center_coupon(coupon, status) for coupon in coupons])


@coupon_router.post("/coupons/{coupon_id}/claim", response_model=MemberCoupon, status_code=201)
def claim_coupon(
    coupon_id: Annotated[int, Path(ge=1, le=2**31 - 1)], shopper: CurrentShopper
) -> MemberCoupon:
    """Claim one coupon of the center: 409 `coupon_sold_out`,
    `coupon_limit_reached` or `coupon_new_member_only`; 404 for a coupon not
    in the center."""
    coupon = shopper.env["mall.coupon"]._mall_find_coupon(shopper.member, coupon_id)
    if not coupon:
        raise not_found("优惠券不存在。")
    return member_coupon(coupon._mall_claim(shopper.member))


@coupon_router.get("/me/coupons", response_model=MemberCouponList)
def my_coupons(
    shopper: CurrentShopper,
    state: Annotated[CouponState | None, Query(description="Default: every state.")] = None,
) -> MemberCouponList:
    """The member's coupons, newest first."""
    cards = shopper.env["loyalty.card"]._mall_find_member_cards(shopper.member, state)
    return MemberCouponList(items=[member_coupon(card) for card in cards])


@coupon_router.post("/me/coupons/redeem", response_model=MemberCoupon)
def redeem_coupon(data: CouponRedeemRequest, shopper: CurrentShopper) -> MemberCoupon:
    """Redeem a coupon code handed out by the shop: the coupon becomes the
    member's (again the same coupon when the member redeemed it before).
    404 `coupon_code_not_found`; 409 `coupon_code_used` (another member's),
    `coupon_expired`, `coupon_limit_reached`, `coupon_new_member_only`; 429
    when too many codes are tried (counted with the codes of checkout)."""
    code = data.code.strip()
    check_coupon_rate(shopper.env, shopper.member, [code])
    card = shopper.env["loyalty.card"]._mall_redeem_code(shopper.member, code)
    return member_coupon(card)
