"""Schemas of the flash-sale routes."""

from typing import Literal

from pydantic import BaseModel, Field

from odoo.addons.mall_api.schemas.common import StrictModel, UtcDatetime
from odoo.addons.mall_sale.models.sale_order import LINE_MAX_QTY

__all__ = [
    "FlashSaleItem",
    "FlashSale",
    "FlashSaleList",
    "FlashOrderCreate",
    "FlashOrder",
    "FlashOrderState",
]

FlashOrderState = Literal["pending_payment", "paid", "released", "refunded"]


class FlashSaleItem(BaseModel):
    product_id: int = Field(description="The variant (send it in `POST /flash-sales/{id}/orders`).")
    product_tmpl_id: int = Field(description="The product (`GET /products/{id}`).")
    name: str
    variant: str
    image_url: str
    price: float = Field(description="The normal price.")
    flash_price: float
    allotment: int = Field(description="Units of this sale.")
    left: int = Field(description="Units not taken yet.")
    sold_out: bool


class FlashSale(BaseModel):
    id: int
    name: str
    status: Literal["running", "upcoming", "ended"]
    starts_at: UtcDatetime
    ends_at: UtcDatetime
    member_limit: int | None = Field(
        default=None, description="Units one member may buy in this sale (null: no limit)."
    )
    payment_minutes: int = Field(description="Minutes to pay a flash order.")
    shipping_fee: float
    currency: str
    items: list[FlashSaleItem]
    server_time: UtcDatetime = Field(description="The server's clock, for the countdown.")


class FlashSaleList(BaseModel):
    server_time: UtcDatetime = Field(description="The server's clock, for the countdowns.")
    items: list[FlashSale] = Field(description="The sales running now, then the next ones.")


class FlashOrderCreate(StrictModel):
    product_id: int = Field(ge=1, le=2**31 - 1, description="A variant of the sale.")
    qty: int = Field(default=1, ge=1, le=LINE_MAX_QTY)
    address_id: int = Field(ge=1, le=2**31 - 1)


class FlashOrder(BaseModel):
    id: int
    sale_id: int
    product_id: int
    qty: int
    price_unit: float
    amount_shipping: float
    amount_total: float
    currency: str
    state: FlashOrderState = Field(
        description="`pending_payment` until paid (its units are the member's until "
        "`expires_at`), `paid`, `released` (not paid in time), `refunded` (paid after its "
        "units were released, none left: refunded in full)."
    )
    expires_at: UtcDatetime | None = Field(
        default=None, description="Pay before this (while `pending_payment`)."
    )
    order_id: int | None = Field(
        default=None,
        description="The order (`GET /orders/{id}`, `POST /orders/{id}/pay`), made within a "
        "second; `POST /flash-orders/{id}/order` makes it at once.",
    )
    created_at: UtcDatetime
    server_time: UtcDatetime
