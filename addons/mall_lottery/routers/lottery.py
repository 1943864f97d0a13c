from typing import Annotated

from fastapi import APIRouter, Header, Path, Response

from odoo import fields
from odoo.addons.mall_api.const import IDEMPOTENCY_KEY_PATTERN
from odoo.addons.mall_api.dependencies import CurrentShopper
from odoo.addons.mall_api.exceptions import MallApiError, not_found
from odoo.addons.mall_api.routers.catalog import image_url
from odoo.addons.mall_api.routers.common import ERROR_RESPONSES
from odoo.addons.mall_api.routers.order import order_data
from odoo.addons.mall_api.schemas import Order
from odoo.addons.mall_sale.models.sale_order import DuplicateOrderKey

from ..schemas import (
    Lottery,
    LotteryDraw,
    LotteryList,
    LotteryOrderRequest,
    LotteryRegistration,
    LotteryRegistrationList,
    LotteryWindow,
)

lottery_router = APIRouter(tags=["lottery"], responses=ERROR_RESPONSES)

Id = Annotated[int, Path(ge=1, le=2**31 - 1)]


def window_data(window, now):
    return LotteryWindow(
        id=window.id,
        start=window.date_start,
        end=window.date_end,
        draw_at=window.draw_at,
        phase=window._mall_phase(now),
        draw=LotteryDraw(**window._mall_published_draw()),
    )


def next_window(lottery, now):
    """The window open now, else the next one to open."""
    for window in lottery.window_ids.sorted("date_start"):
        if window._mall_phase(now) in ("open", "scheduled"):
            return window
    return None


def registration_data(registration):
    lottery, window = registration.lottery_id, registration.window_id
    return LotteryRegistration(
        id=registration.id,
        lottery_id=lottery.id,
        lottery_name=lottery.name,
        window_id=window.id,
        window_start=window.date_start,
        window_end=window.date_end,
        draw_at=window.draw_at,
        registered_at=registration.create_date,
        result=registration.result,
        qualification=registration.qualification,
        qualified_until=registration.qualified_until or None,
        order_id=registration.order_id.id or None,
        price=lottery.price,
        currency=lottery.currency_id.name,
        product_id=lottery.product_id.id,
        product_name=lottery.product_id.name,
    )


def lottery_data(env, lottery, now, detail=False, member=None):
    product = lottery.product_id
    upcoming = next_window(lottery, now)
    data = {
        "id": lottery.id,
        "name": lottery.name,
        "description": lottery.description or None,
        "state": lottery.state,
        "product_id": product.id,
        "product_tmpl_id": product.product_tmpl_id.id,
        "product_name": product.name,
        "image_url": image_url(env, "product.product", product.id, product.write_date),
        "list_price": product.lst_price,
        "price": lottery.price,
        "currency": lottery.currency_id.name,
        "quantity": lottery.quantity,
        "remaining": lottery.pool_qty,
        "win_mode": lottery.win_mode,
        "win_rate": lottery.win_rate if lottery.win_mode == "rate" else None,
        "validity_minutes": lottery.validity_minutes,
        "real_name_required": lottery.require_real_name,
        "next_window": window_data(upcoming, now) if upcoming else None,
        "server_time": now,
    }
    if detail:
        data["windows"] = [window_data(w, now) for w in lottery.window_ids.sorted("date_start")]
        registrations = env["mall.lottery.registration"]._mall_find_member_registrations(
            member, lottery
        )
        data["my_registrations"] = [registration_data(r) for r in registrations]
    return Lottery(**data)


@lottery_router.get("/lotteries", response_model=LotteryList)
def list_lotteries(shopper: CurrentShopper) -> LotteryList:
    """The lotteries (抢签) of the shop, running ones first, each with the
    window open now or the next one, and the server's time to count down from."""
    now = fields.Datetime.now()
    lotteries = shopper.env["mall.lottery"]._mall_find_published()
    return LotteryList(
        items=[lottery_data(shopper.env, lottery, now) for lottery in lotteries], server_time=now
    )


@lottery_router.get("/lotteries/{lottery_id}", response_model=Lottery)
def get_lottery(lottery_id: Id, shopper: CurrentShopper) -> Lottery:
    """One lottery: every window with its published draw (`seed_hash` before it
    opens; seed, frozen list and winners once drawn) and the member's
    registrations."""
    lottery = shopper.env["mall.lottery"]._mall_find_lottery(lottery_id)
    if not lottery:
        raise not_found("抢签活动不存在。")
    return lottery_data(
        shopper.env, lottery, fields.Datetime.now(), detail=True, member=shopper.member
    )


@lottery_router.post(
    "/lotteries/{lottery_id}/registrations", response_model=LotteryRegistration, status_code=201
)
def register(lottery_id: Id, shopper: CurrentShopper) -> LotteryRegistration:
    """Register for the window open now (the server's time). 409 `not_open`
    outside a window, 409 `already_registered` (this member, or this verified
    real name through another account), 403 `real_name_required`."""
    return LotteryRegistration(
        **shopper.env["mall.lottery"]._mall_register(lottery_id, shopper.member)
    )


@lottery_router.get("/me/lottery-registrations", response_model=LotteryRegistrationList)
def my_registrations(shopper: CurrentShopper) -> LotteryRegistrationList:
    """The member's registrations, newest first, with their results and
    qualifications."""
    registrations = shopper.env["mall.lottery.registration"]._mall_find_member_registrations(
        shopper.member
    )
    return LotteryRegistrationList(
        items=[registration_data(r) for r in registrations], server_time=fields.Datetime.now()
    )


@lottery_router.post(
    "/me/lottery-registrations/{registration_id}/order",
    response_model=Order,
    status_code=201,
    responses={200: {"model": Order, "description": "The order already placed with this key"}},
)
def order_won(
    registration_id: Id,
    data: LotteryOrderRequest,
    response: Response,
    shopper: CurrentShopper,
    idempotency_key: Annotated[
        str,
        Header(
            alias="Idempotency-Key",
            pattern=IDEMPOTENCY_KEY_PATTERN,
            description="A key of the client for this order: the same key returns the same order.",
        ),
    ],
) -> Order:
    """A winner orders the won unit at the lottery price within the
    qualification's validity; then pays it with `POST /orders/{id}/pay` (the
    order expires with the qualification). 409 `not_won`, `already_ordered`,
    `qualification_used`, `qualification_expired`, and the order core's
    errors (`out_of_stock`, `shipping_unavailable`, `too_many_unpaid_orders`…)."""
    env, member = shopper.env, shopper.member
    registration = env["mall.lottery.registration"]._mall_find_registration(member, registration_id)
    if not registration:
        raise not_found("报名记录不存在。")
    address = member._mall_delivery_address(data.address_id)
    if not address:
        raise not_found("收货地址不存在。")
    try:
        order, created = registration._mall_place_order(address, idempotency_key, data.note)
    except DuplicateOrderKey:
        raise MallApiError(
            409, "request_in_progress", "订单正在提交中，请稍后刷新订单列表。"
        ) from None
    if not created:
        response.status_code = 200
    return order_data(env, order)
