"""Schemas of the cart and order routes."""

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from odoo.addons.mall_sale.models.sale_order import LINE_MAX_QTY

from .common import StrictModel, UtcDatetime

__all__ = [
    "CartLine",
    "CartLineAdd",
    "CartLineUpdate",
    "Cart",
    "OrderLineRequest",
    "OrderCreate",
    "OrderLine",
    "OrderAddress",
    "OrderShipment",
    "Order",
    "OrderList",
    "OrderQuote",
    "QuoteCoupon",
    "QuotePoints",
    "OrderState",
    "PaymentParams",
]

OrderState = Literal["pending_payment", "paid", "shipped", "done", "cancelled", "after_sale"]

Qty = Field(ge=1, le=LINE_MAX_QTY, description=f"Units, 1 to {LINE_MAX_QTY}.")


class CartLineAdd(StrictModel):
    product_id: int = Field(ge=1, le=2**31 - 1, description="A variant id (`variants[].id`).")
    qty: int = Qty


class CartLineUpdate(StrictModel):
    qty: int = Qty


class CartLine(BaseModel):
    id: int
    product_id: int = Field(description="The variant.")
    product_tmpl_id: int = Field(description="The product (`GET /products/{id}`).")
    name: str
    variant: str
    qty: int
    price_unit: float
    subtotal: float = Field(description="Tax included.")
    image_url: str
    available: bool = Field(description="Still on sale, with enough stock.")


class Cart(BaseModel):
    lines: list[CartLine]
    amount_total: float = Field(description="Sum of the lines, tax included.")
    currency: str


class OrderLineRequest(StrictModel):
    product_id: int = Field(ge=1, le=2**31 - 1, description="A variant id.")
    qty: int = Qty


class OrderCreate(StrictModel):
    address_id: int = Field(ge=1, le=2**31 - 1)
    lines: list[OrderLineRequest] | None = Field(
        default=None,
        min_length=1,
        max_length=50,
        description='What to buy ("buy now"); default: every line of the cart.',
    )
    coupon_codes: list[str] = Field(
        default_factory=list,
        max_length=5,
        description="Coupon or promotion codes (sale_loyalty).",
    )
    note: str | None = Field(default=None, max_length=200, description="买家留言.")
    use_points: bool = Field(
        default=False,
        description="Pay with the member's points as much as the order may "
        "(`points.usable` of the quote); WeChat Pay charges the rest. Default: false.",
        # no documented default: the clients' generated types keep it optional
        json_schema_extra=lambda schema: schema.pop("default", None),
    )


class OrderLine(BaseModel):
    id: int = Field(description="The order line (`order_line_id` of `POST /after-sales`).")
    product_id: int
    product_tmpl_id: int
    name: str
    variant: str
    qty: int
    price_unit: float
    subtotal: float = Field(description="Tax included, after line discounts.")
    image_url: str
    refundable_quantity: int = Field(
        ge=0,
        description="Units an after-sales request may still ask for: paid units not in "
        "another request that is neither rejected nor cancelled (0 while the order is "
        "unpaid, or when the mall has no after-sales).",
    )
    review_status: Literal["to_review", "can_follow_up", "reviewed"] | None = Field(
        default=None,
        description="What the shopper may do about reviewing this line: `to_review` "
        "(评价, once the order is received), `can_follow_up` (追评 of `review_id`), "
        "`reviewed` (reviewed and followed up); none otherwise (order not received, or "
        "the mall has no reviews).",
    )
    review_id: int | None = Field(default=None, description="The line's review, once reviewed.")


class OrderAddress(BaseModel):
    name: str
    phone: str | None = None
    province: str | None = None
    city: str | None = None
    district: str | None = None
    detail: str | None = None


class OrderShipment(BaseModel):
    carrier: str | None = None
    tracking_ref: str | None = None
    shipped_at: UtcDatetime | None = None


class Order(BaseModel):
    id: int
    name: str
    state: OrderState
    created_at: UtcDatetime
    expires_at: UtcDatetime | None = Field(
        default=None, description="Pay before this (UTC) or the order is cancelled."
    )
    received_at: UtcDatetime | None = None
    amount_goods: float = Field(description="The goods, tax included.")
    amount_discount: float = Field(description="Coupons, promotions and points (≤ 0).")
    amount_shipping: float
    amount_total: float = Field(description="What WeChat Pay charges.")
    currency: str
    points_used: int = Field(default=0, description="Points that pay part of the order.")
    amount_points: float = Field(
        default=0.0, description="The part of `amount_discount` paid with points (≤ 0)."
    )
    points_mall: bool = Field(
        default=False,
        description="Exchanged in the points mall (`mall_points_mall`): paid with "
        "`coins_used` activity coins and `points_used` points, no cash.",
    )
    coins_used: int = Field(default=0, description="Activity coins that paid the order.")
    lines: list[OrderLine]
    address: OrderAddress | None = None
    note: str | None = None
    shipments: list[OrderShipment] = Field(default_factory=list)


class QuoteCoupon(BaseModel):
    """A coupon of the member usable for this order (filled by the coupon addon)."""

    code: str = Field(description="Send it in `coupon_codes` to use the coupon.")
    coupon_id: int
    name: str
    rule: str = Field(description="e.g. 满100减10.")
    discount: float = Field(description="What the coupon alone takes off this order (> 0).")
    expires_on: date | None = None
    stackable: bool = Field(description="May be used with another coupon of the shop.")
    preselected: bool = Field(
        description="The coupon(s) sent in `coupon_codes`, else the one that takes off most."
    )


class QuotePoints(BaseModel):
    """The member's points for this order (filled by the members addon)."""

    balance: int = Field(description="The member's points.")
    usable: int = Field(
        description="The most points this order may use (the cap per order, and at "
        "least 0.01 left to pay)."
    )
    usable_value: float = Field(description="What `usable` points take off.")
    used: int = Field(description="Points the amounts use (`use_points`), else 0.")
    used_value: float = Field(description="What `used` points take off (≥ 0).")
    point_value: float = Field(description="What one point takes off.")
    max_percent: float = Field(description="Points pay at most this % of the goods.")


class OrderQuote(BaseModel):
    """The amounts an order of the same body would have now; nothing is placed."""

    amount_goods: float = Field(description="The goods, tax included.")
    amount_discount: float = Field(description="Coupons, promotions and points (≤ 0).")
    amount_shipping: float = Field(description="The shipping fee to the address.")
    amount_total: float
    currency: str
    shipping_method: str | None = Field(
        default=None, description="The shipping method that applies (none: no shipping fee)."
    )
    coupons: list[QuoteCoupon] = Field(
        default_factory=list,
        description="The member's coupons usable for this order, most discount first "
        "(empty when the mall has no coupons).",
    )
    points: QuotePoints | None = Field(
        default=None,
        description="The member's points for this order (none when the member has no "
        "points, or the mall no points).",
    )


class OrderList(BaseModel):
    items: list[Order]
    total: int
    page: int
    page_size: int


class PaymentParams(BaseModel):
    """What `wx.requestPayment` takes."""

    timeStamp: str  # noqa: N815 (WeChat's names)
    nonceStr: str  # noqa: N815
    package: str
    signType: str  # noqa: N815
    paySign: str  # noqa: N815
