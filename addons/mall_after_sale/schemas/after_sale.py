from typing import Annotated, Literal

from pydantic import BaseModel, Field, StringConstraints

from odoo.addons.mall_api.schemas import OrderAddress, StrictModel, UtcDatetime

from ..const import MAX_IMAGE_CHARS, MAX_IMAGES, MAX_REQUEST_BODY_BYTES

__all__ = [
    "AfterSale",
    "AfterSaleCreate",
    "AfterSaleEvent",
    "AfterSaleLine",
    "AfterSaleLineIn",
    "AfterSaleList",
    "ReturnShipment",
    "ReturnShipmentIn",
    "ServiceContact",
]

AfterSaleType = Literal["refund_only", "return_refund"]
AfterSaleState = Literal[
    "requested",
    "approved",
    "rejected",
    "awaiting_return",
    "return_shipped",
    "received",
    "refunding",
    "refunded",
    "refund_failed",
    "cancelled",
]
ReasonCode = Literal[
    "quality",
    "damaged",
    "wrong_item",
    "missing_item",
    "not_as_described",
    "not_received",
    "no_longer_needed",
    "other",
]


class AfterSaleLineIn(StrictModel):
    order_line_id: int = Field(ge=1, le=2**31 - 1, description="A line of `GET /orders/{id}`.")
    qty: int = Field(ge=1, le=999)


class AfterSaleCreate(StrictModel):
    order_id: int = Field(ge=1, le=2**31 - 1)
    lines: list[AfterSaleLineIn] = Field(min_length=1, max_length=50)
    type: AfterSaleType
    reason_code: ReasonCode
    description: str | None = Field(default=None, max_length=500)
    images: list[Annotated[str, StringConstraints(max_length=MAX_IMAGE_CHARS)]] = Field(
        default_factory=list,
        max_length=MAX_IMAGES,
        description=f"Up to {MAX_IMAGES} photos, JPEG or PNG, each under 5 MB, base64 (a "
        f"`data:` URL prefix is accepted). The whole body may have at most "
        f"{MAX_REQUEST_BODY_BYTES} bytes (413 `payload_too_large` above).",
    )


class ReturnShipmentIn(StrictModel):
    carrier: str = Field(min_length=1, max_length=64, description="e.g. 顺丰速运")
    tracking_number: str = Field(pattern=r"^[A-Za-z0-9]{6,32}$")


class AfterSaleLine(BaseModel):
    order_line_id: int
    product_id: int
    name: str
    qty: int
    amount: float


class AfterSaleEvent(BaseModel):
    time: UtcDatetime
    state: AfterSaleState
    note: str | None = None


class ReturnShipment(BaseModel):
    carrier: str
    tracking_number: str
    shipped_at: UtcDatetime | None = None


class AfterSale(BaseModel):
    id: int
    name: str
    order_id: int
    order_name: str
    type: AfterSaleType
    state: AfterSaleState
    reason_code: ReasonCode
    description: str | None = None
    amount: float = Field(description="What is refunded to the original payment.")
    refunded_amount: float
    currency: str
    rejection_reason: str | None = None
    return_address: OrderAddress | None = Field(
        default=None, description="Where to send the goods (returns, once approved)."
    )
    return_shipment: ReturnShipment | None = None
    image_count: int
    lines: list[AfterSaleLine]
    timeline: list[AfterSaleEvent] = Field(description="Oldest first")
    created_at: UtcDatetime


class AfterSaleList(BaseModel):
    items: list[AfterSale]
    total: int
    page: int
    page_size: int


class ServiceContact(BaseModel):
    available: bool = Field(description="False while no customer-service entry is configured.")
    message: str | None = Field(default=None, description="What to tell the shopper when not.")
    url: str | None = Field(default=None, description="The WeCom customer-service link.")
    qr_image_url: str | None = Field(default=None, description="A QR code to scan instead.")
    order_id: int | None = None
