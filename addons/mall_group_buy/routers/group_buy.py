from typing import Annotated

from fastapi import APIRouter, Header, Path, Request, Response

from odoo import fields
from odoo.addons.mall_api.const import (
    DEFAULT_ORDER_IP_RATE_LIMIT,
    DEFAULT_ORDER_RATE_WINDOW,
    IDEMPOTENCY_KEY_PATTERN,
    ORDER_IP_RATE_LIMIT_PARAM,
    ORDER_RATE_WINDOW_PARAM,
)
from odoo.addons.mall_api.dependencies import CurrentShopper
from odoo.addons.mall_api.exceptions import not_found
from odoo.addons.mall_api.routers.cart import variant_label
from odoo.addons.mall_api.routers.catalog import image_url
from odoo.addons.mall_api.routers.common import ERROR_RESPONSES, check_rate, client_ip
from odoo.addons.mall_api.routers.order import (
    check_order_rates,
    keyed_order,
    order_data,
    place_keyed,
)
from odoo.addons.mall_api.schemas import OrderQuote
from odoo.addons.mall_base.scene import format_scene

from ..schemas import (
    GroupBuyOrder,
    GroupBuyOrderCreate,
    GroupDetail,
    GroupOffer,
    GroupOfferDetail,
    GroupOfferList,
    GroupSeat,
    GroupSummary,
    MyGroup,
    MyGroupList,
)

group_buy_router = APIRouter(tags=["group buying"], responses=ERROR_RESPONSES)

RecordId = Annotated[int, Path(ge=1, le=2**31 - 1)]
# open groups listed on an offer's page
OPEN_GROUPS_SHOWN = 10
MY_GROUPS_SHOWN = 50


def mask_nickname(name):
    """张小米 → 张**: the first character and two stars, whatever the length."""
    name = (name or "").strip() or "微信用户"
    return f"{name[0]}**"


def offer_data(env, offer, detail=False):
    variants = [
        {
            "product_id": line.product_id.id,
            "product_tmpl_id": line.product_id.product_tmpl_id.id,
            "name": line.product_id.product_tmpl_id.name,
            "variant": variant_label(line.product_id),
            "image_url": image_url(
                env, "product.product", line.product_id.id, line.product_id.write_date
            ),
            "list_price": line.product_id.lst_price,
            "group_price": line.group_price,
        }
        for line in offer.line_ids
    ]
    values = {
        "id": offer.id,
        "name": offer.name,
        "description": offer.description or None,
        "group_size": offer.group_size,
        "time_limit_hours": offer.time_limit_hours,
        "member_limit": offer.member_limit or None,
        "remaining": offer._mall_remaining(),
        "starts_at": offer.date_start,
        "ends_at": offer.date_end,
        "active": offer._mall_is_running(),
        "currency": offer.currency_id.name,
        "variants": variants,
    }
    if not detail:
        return GroupOffer(**values)
    now = fields.Datetime.now()
    groups = env["mall.group"].search(
        [("offer_id", "=", offer.id), ("state", "=", "open"), ("deadline", ">", now)],
        order="paid_count desc, deadline",
        limit=OPEN_GROUPS_SHOWN * 2,
    )
    summaries = []
    for group in groups:
        left = group._mall_seats_left()
        if left <= 0:
            continue
        summaries.append(
            GroupSummary(
                id=group.id,
                leader_nickname=mask_nickname(group.leader_id.name),
                leader_avatar_url=group.leader_id.mall_avatar_url or None,
                seats_left=left,
                deadline=group.deadline,
            )
        )
    return GroupOfferDetail(
        **values, open_groups=summaries[:OPEN_GROUPS_SHOWN], server_time=fields.Datetime.now()
    )


def group_data(env, member, group):
    seats = group.member_ids
    mine = seats.filtered(lambda s: s.partner_id == member).sorted("id")[-1:]
    # the members who paid into it (a failed group's too, refunded since)
    paid = seats.filtered(lambda s: s.state == "paid" or s.refund_reason == "group_failed")
    paid = paid.sorted(lambda s: (not s.is_leader, s.paid_at or fields.Datetime.now(), s.id))
    joined = bool(mine) and mine.state in ("held", "paid")
    seats_left = group._mall_seats_left()
    return GroupDetail(
        id=group.id,
        offer=offer_data(env, group.offer_id),
        state=group.state,
        group_size=group.group_size,
        paid_count=group.paid_count,
        seats_left=seats_left,
        deadline=group.deadline or None,
        server_time=fields.Datetime.now(),
        members=[
            GroupSeat(
                nickname=mask_nickname(seat.partner_id.name),
                avatar_url=seat.partner_id.mall_avatar_url or None,
                is_leader=seat.is_leader,
                paid_at=seat.paid_at or None,
            )
            for seat in paid
        ],
        share_scene=format_scene(
            group_offer=group.offer_id.id, group=group.id, sharer=member._mall_get_share_code()
        ),
        joined=joined,
        my_order_id=mine.order_id.id or None if mine else None,
        my_seat_state=mine.state if mine else None,
        can_join=(
            not joined
            and seats_left > 0
            and group._mall_is_joinable_now()
            and group.offer_id._mall_is_running()
        ),
    )


@group_buy_router.get("/group-buys", response_model=GroupOfferList)
def list_group_buys(shopper: CurrentShopper) -> GroupOfferList:
    """The group-buy offers running now."""
    offers = shopper.env["mall.group.offer"]._mall_find_running()
    return GroupOfferList(
        items=[offer_data(shopper.env, offer) for offer in offers],
        server_time=fields.Datetime.now(),
    )


@group_buy_router.get("/group-buys/{offer_id}", response_model=GroupOfferDetail)
def get_group_buy(offer_id: RecordId, shopper: CurrentShopper) -> GroupOfferDetail:
    """An offer (running or ended) and its groups that may be joined now."""
    offer = shopper.env["mall.group.offer"]._mall_find_offer(offer_id)
    if not offer:
        raise not_found("拼团活动不存在。")
    return offer_data(shopper.env, offer, detail=True)


@group_buy_router.get("/groups/{group_id}", response_model=GroupDetail)
def get_group(group_id: RecordId, shopper: CurrentShopper) -> GroupDetail:
    """A group: its paid members (masked nicknames, avatars), the seats left,
    the deadline, its state and the scene to invite friends with."""
    group = shopper.env["mall.group"]._mall_find_group(group_id)
    if not group:
        raise not_found("拼团不存在。")
    return group_data(shopper.env, shopper.member, group)


@group_buy_router.get("/me/groups", response_model=MyGroupList)
def my_groups(shopper: CurrentShopper) -> MyGroupList:
    """The member's groups (opened or joined), newest first."""
    env, member = shopper.env, shopper.member
    seats = env["mall.group.member"].search(
        [("partner_id", "=", member.id), ("company_id", "=", env.company.id)],
        order="id desc",
        limit=MY_GROUPS_SHOWN,
    )
    items = []
    for seat in seats:
        group = seat.group_id
        product = seat.product_id
        items.append(
            MyGroup(
                id=group.id,
                offer_id=group.offer_id.id,
                offer_name=group.offer_id.name,
                image_url=image_url(env, "product.product", product.id, product.write_date)
                if product
                else None,
                state=group.state,
                group_size=group.group_size,
                paid_count=group.paid_count,
                seats_left=group._mall_seats_left(),
                deadline=group.deadline or None,
                is_leader=seat.is_leader,
                order_id=seat.order_id.id or None,
                seat_state=seat.state,
                amount=seat.order_id.amount_total if seat.order_id else 0.0,
                refunded_amount=seat.refunded_amount,
            )
        )
    return MyGroupList(items=items)


def _offer_group_address(env, member, offer_id, data):
    """The offer, the group to join (or none) and the member's address of a
    group order's body; 404 ``not_found`` for any of them unknown."""
    offer = env["mall.group.offer"]._mall_find_offer(offer_id)
    if not offer:
        raise not_found("拼团活动不存在。")
    group = env["mall.group"]
    if data.group_id:
        group = group._mall_find_group(data.group_id)
        if not group or group.offer_id != offer:
            raise not_found("拼团不存在。")
    address = member._mall_delivery_address(data.address_id)
    if not address:
        raise not_found("收货地址不存在。")
    return offer, group, address


@group_buy_router.post("/group-buys/{offer_id}/quote", response_model=OrderQuote)
def quote_group_order(
    offer_id: RecordId,
    data: GroupBuyOrderCreate,
    request: Request,
    shopper: CurrentShopper,
) -> OrderQuote:
    """The amounts `POST /group-buys/{offer_id}/orders` with this body would
    have now (goods at the group price, shipping to the address, total);
    nothing is placed, taken or held, and the same errors apply."""
    env, member = shopper.env, shopper.member
    check_rate(
        env,
        "quote-ip",
        client_ip(request),
        ORDER_IP_RATE_LIMIT_PARAM,
        DEFAULT_ORDER_IP_RATE_LIMIT,
        ORDER_RATE_WINDOW_PARAM,
        DEFAULT_ORDER_RATE_WINDOW,
    )
    offer, group, address = _offer_group_address(env, member, offer_id, data)
    return OrderQuote(
        **offer._mall_quote_group_order(
            member, address, data.product_id, data.qty, group=group, note=data.note
        )
    )


@group_buy_router.post(
    "/group-buys/{offer_id}/orders",
    response_model=GroupBuyOrder,
    status_code=201,
    responses={
        200: {"model": GroupBuyOrder, "description": "The order already placed with this key"}
    },
)
def place_group_order(
    offer_id: RecordId,
    data: GroupBuyOrderCreate,
    request: Request,
    response: Response,
    shopper: CurrentShopper,
    idempotency_key: Annotated[
        str,
        Header(
            alias="Idempotency-Key",
            pattern=IDEMPOTENCY_KEY_PATTERN,
            description="A key of the client for this order: the same key returns the same "
            "order and places nothing new.",
        ),
    ],
) -> GroupBuyOrder:
    """Open a group (no `group_id`) or join one (`group_id`, from the share
    scene) with an order at the group price; pay it with
    `POST /orders/{id}/pay`. The seat is the member's while the order waits
    for payment. 404 `not_found` (offer, group, address), `product_not_found`
    (not a product of the offer); 409 `offer_not_active`, `group_closed`,
    `group_full`, `already_joined`, `member_limit_reached`, `sold_out`, and
    the order's own (`out_of_stock`, `shipping_unavailable`…); 429
    `too_many_unpaid_orders`, `rate_limited`."""
    env, member = shopper.env, shopper.member

    def answer(order):
        return GroupBuyOrder(group_id=order.mall_group_id.id, order=order_data(order.env, order))

    def belongs(order):
        return bool(order.mall_group_member_id)

    repeated = keyed_order(env, member, idempotency_key, response, answer, belongs)
    if repeated:
        return repeated
    check_order_rates(env, request, member)
    offer, group, address = _offer_group_address(env, member, offer_id, data)
    return place_keyed(
        env,
        member,
        idempotency_key,
        response,
        lambda: offer._mall_place_group_order(
            member,
            address,
            data.product_id,
            data.qty,
            idempotency_key,
            group=group,
            note=data.note,
        )[1],
        answer,
        belongs,
    )
