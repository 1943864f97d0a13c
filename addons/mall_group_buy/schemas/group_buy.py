"""Schemas of the group-buy routes."""

from typing import Literal

from pydantic import BaseModel, Field

from odoo.addons.mall_api.schemas import Order
from odoo.addons.mall_api.schemas.common import StrictModel, UtcDatetime
from odoo.addons.mall_sale.models.sale_order import LINE_MAX_QTY

__all__ = [
    "GroupBuyOrder",
    "GroupBuyOrderCreate",
    "GroupDetail",
    "GroupOffer",
    "GroupOfferDetail",
    "GroupOfferList",
    "GroupSeat",
    "GroupSummary",
    "MyGroup",
    "MyGroupList",
]

GroupState = Literal["open", "succeeded", "failed"]
SeatState = Literal["held", "paid", "released", "refunding", "refunded", "refund_failed"]


class GroupOfferVariant(BaseModel):
    product_id: int = Field(description="The variant (`product_id` of the order).")
    product_tmpl_id: int
    name: str
    variant: str
    image_url: str
    list_price: float = Field(description="The usual price.")
    group_price: float = Field(description="The price in a group.")


class GroupOffer(BaseModel):
    id: int
    name: str
    description: str | None = None
    group_size: int = Field(description="Paid members that make a group succeed (2–10).")
    time_limit_hours: int = Field(description="Hours a group has to fill after it opens.")
    member_limit: int | None = Field(default=None, description="Units per member (none: no limit).")
    remaining: int | None = Field(default=None, description="Units left (none: no limit).")
    starts_at: UtcDatetime
    ends_at: UtcDatetime
    active: bool = Field(description="Groups may be opened and joined now.")
    currency: str
    variants: list[GroupOfferVariant]


class GroupOfferList(BaseModel):
    items: list[GroupOffer]
    server_time: UtcDatetime


class GroupSummary(BaseModel):
    id: int
    leader_nickname: str = Field(description="Masked: 张**.")
    leader_avatar_url: str | None = None
    seats_left: int
    deadline: UtcDatetime | None = None


class GroupOfferDetail(GroupOffer):
    open_groups: list[GroupSummary] = Field(
        description="Groups of this offer that may be joined, the closest to filling first."
    )


class GroupSeat(BaseModel):
    nickname: str = Field(description="Masked: 张**.")
    avatar_url: str | None = None
    is_leader: bool
    paid_at: UtcDatetime | None = None


class GroupDetail(BaseModel):
    id: int
    offer: GroupOffer
    state: GroupState
    group_size: int
    paid_count: int
    seats_left: int = Field(description="Seats neither paid nor held by a member paying.")
    deadline: UtcDatetime | None = None
    server_time: UtcDatetime
    members: list[GroupSeat] = Field(description="Paid members, the leader first.")
    share_scene: str = Field(
        description="The mini-program scene of an invitation to this group (the member's "
        "share code as sharer): open `pages/group/detail` with it."
    )
    joined: bool = Field(description="The member holds or paid a seat in it.")
    my_order_id: int | None = Field(default=None, description="The member's order in it.")
    my_seat_state: SeatState | None = None
    can_join: bool


class MyGroup(BaseModel):
    id: int
    offer_id: int
    offer_name: str
    image_url: str | None = None
    state: Literal["draft", "open", "succeeded", "failed", "cancelled"] = Field(
        description="`draft`: waiting for the leader's payment; `cancelled`: never opened."
    )
    group_size: int
    paid_count: int
    seats_left: int
    deadline: UtcDatetime | None = None
    is_leader: bool
    order_id: int | None = None
    seat_state: SeatState
    amount: float = Field(description="The order total (paid or to pay).")
    refunded_amount: float


class MyGroupList(BaseModel):
    items: list[MyGroup]


class GroupBuyOrderCreate(StrictModel):
    address_id: int = Field(ge=1, le=2**31 - 1)
    product_id: int = Field(ge=1, le=2**31 - 1, description="A variant of the offer.")
    qty: int = Field(default=1, ge=1, le=LINE_MAX_QTY)
    group_id: int | None = Field(
        default=None, ge=1, le=2**31 - 1, description="The group to join; none: open a group."
    )
    note: str | None = Field(default=None, max_length=200, description="买家留言.")


class GroupBuyOrder(BaseModel):
    group_id: int
    order: Order = Field(description="Pay it with `POST /orders/{id}/pay`.")
