"""Schemas of the points-mall routes."""

from pydantic import BaseModel, Field

from odoo.addons.mall_api.schemas.common import StockState, StrictModel


class PointsMallProduct(BaseModel):
    id: int = Field(description="The product (template): `GET /points-mall/products/{id}`.")
    name: str
    image_url: str
    coins: int = Field(description="Activity coins per unit.")
    points: int = Field(description="Points per unit.")
    product_id: int = Field(
        description="The first variant: what to exchange when it is the only one."
    )
    variant_count: int
    stock_state: StockState = Field(description="The best state of its variants.")


class PointsMallProductList(BaseModel):
    items: list[PointsMallProduct]
    total: int
    page: int
    page_size: int


class PointsMallVariant(BaseModel):
    id: int = Field(description="The `product_id` of `POST /points-mall/orders`.")
    name: str
    image_url: str
    stock_state: StockState


class PointsMallProductDetail(BaseModel):
    id: int
    name: str
    coins: int
    points: int
    description: str | None = None
    images: list[str]
    variants: list[PointsMallVariant]


class PointsMallOrderCreate(StrictModel):
    product_id: int = Field(ge=1, le=2**31 - 1, description="A variant of a points-mall product.")
    qty: int = Field(default=1, ge=1, le=99)
    address_id: int = Field(ge=1, le=2**31 - 1)
