"""Schemas shared by every area: errors, paging, member, catalogue."""

from datetime import datetime, timezone
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

StockState = Literal["in_stock", "low", "out_of_stock"]
ProductSort = Literal["default", "price_asc", "price_desc", "newest"]


def _as_utc(value):
    """Odoo keeps naive UTC datetimes: send them with their offset."""
    if isinstance(value, datetime) and value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value


UtcDatetime = Annotated[datetime, BeforeValidator(_as_utc)]


class StrictModel(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class ErrorDetail(BaseModel):
    code: str = Field(description="Stable English code, e.g. `invalid_code`.")
    message: str = Field(description="A message for the shopper, in Chinese.")


class ErrorResponse(BaseModel):
    error: ErrorDetail


class LoginRequest(StrictModel):
    code: str = Field(min_length=1, max_length=128, description="The `wx.login()` code.")
    scene: str | None = Field(
        default=None,
        max_length=64,
        description="The scene the mini-program was opened with (QR code, share): "
        "`key=value` pairs joined by `&` (u: sharer's share code, p: product, "
        "f: flash sale, o: group-buy offer, g: group, s: store, c: clerk, "
        "m: campaign). Kept on the member's first login, where it sets the "
        "registration channel; every login hands it to the features "
        "(referrals, promoter binding).",
    )


class MemberLevelRef(BaseModel):
    id: int
    name: str


class NextMemberLevel(BaseModel):
    name: str
    growth_min: int = Field(description="The growth value the level needs.")


class Member(BaseModel):
    id: int
    nickname: str
    avatar_url: str | None = None
    member_since: UtcDatetime | None = None
    register_channel: str | None = None
    phone: str | None = Field(
        default=None,
        description="The mobile number bound with `POST /me/phone`, masked: `138****5678`.",
    )
    share_code: str | None = Field(
        default=None,
        description="The member's share code: put it in the scene of what the "
        "member shares (`u=<code>`), so that who brought whom is known.",
    )
    # filled by the member levels addon (mall_member); null without it
    level: MemberLevelRef | None = Field(default=None, description="The member's level.")
    growth_value: int | None = Field(
        default=None, description="The member's growth value (grows with what the member pays)."
    )
    next_level: NextMemberLevel | None = Field(
        default=None, description="The next level up (null at the highest level)."
    )
    growth_to_next: int | None = Field(
        default=None, description="The growth value missing to reach `next_level`."
    )


class LoginResponse(BaseModel):
    token: str
    expires_in: int = Field(description="Seconds until the token expires.")
    member: Member


class MemberUpdate(StrictModel):
    nickname: str | None = Field(default=None, min_length=1, max_length=64)
    avatar_url: str | None = Field(
        default=None, max_length=1024, pattern=r"^https?://[^\s]+$", description="http(s) URL."
    )


class MemberPhoneRequest(StrictModel):
    code: str = Field(
        min_length=1,
        max_length=128,
        description="The code of the mini-program's phone-number button (`getPhoneNumber`).",
    )


class CategoryRef(BaseModel):
    id: int
    name: str


class Category(CategoryRef):
    parent_id: int | None = None
    product_count: int


class CategoryList(BaseModel):
    items: list[Category]


class Paging(BaseModel):
    page: int
    page_size: int
    total: int
    pages: int


class FlashSalePrice(BaseModel):
    """A flash sale running now (filled by the flash-sales addon)."""

    id: int = Field(description="The flash sale (`GET /flash-sales/{id}`).")
    price: float = Field(description="The flash price (the lowest of the product's variants).")
    ends_at: UtcDatetime
    left: int = Field(description="Units left at the flash price.")


class ProductItem(BaseModel):
    id: int
    name: str
    price_from: float
    currency: str
    image_url: str
    category: CategoryRef | None = None
    member_price: float | None = Field(
        default=None,
        description="With a member's token: the lowest price of its variants for the member "
        "(member prices of the member's level), when it differs from `price_from`.",
    )
    flash_sale: FlashSalePrice | None = Field(
        default=None, description="The flash sale running now, if any (限时秒杀)."
    )


class ProductList(BaseModel):
    items: list[ProductItem]
    paging: Paging
    member_level: str | None = Field(
        default=None, description="With a member's token: the name of the member's level."
    )


class AttributeValue(BaseModel):
    attribute: str
    value: str


class ProductAttribute(BaseModel):
    name: str
    values: list[str]


class Variant(BaseModel):
    id: int
    name: str
    attributes: list[AttributeValue]
    price: float
    stock_state: StockState
    image_url: str
    member_price: float | None = Field(
        default=None,
        description="With a member's token: the member's price, when it differs from `price`.",
    )
    flash_sale: FlashSalePrice | None = Field(
        default=None, description="The flash sale running now, if any (限时秒杀)."
    )


class ReviewImage(BaseModel):
    url: str = Field(description="The photo (JPEG or PNG as sent).")
    thumbnail_url: str = Field(description="The photo within 256×256.")


class ReviewReply(BaseModel):
    text: str = Field(description="The merchant's reply (商家回复).")
    replied_at: UtcDatetime


class ProductReviewFollowUp(BaseModel):
    """The reviewer's follow-up (追评), shown under the review."""

    text: str | None = None
    images: list[ReviewImage]
    created_at: UtcDatetime
    reply: ReviewReply | None = None


class ProductReview(BaseModel):
    """A published review as every shopper sees it (filled by the reviews addon)."""

    id: int
    nickname: str = Field(
        description="Masked: the first character of the reviewer's nickname and `**` "
        "(张**), or 匿名用户 for an anonymous review."
    )
    avatar_url: str | None = Field(default=None, description="None for an anonymous review.")
    anonymous: bool
    rating: int = Field(ge=1, le=5)
    text: str | None = None
    images: list[ReviewImage]
    variant: str | None = Field(default=None, description="The variant bought, e.g. 5kg.")
    created_at: UtcDatetime
    reply: ReviewReply | None = None
    follow_up: ProductReviewFollowUp | None = None


class ProductReviewSummary(BaseModel):
    count: int = Field(description="Published reviews.")
    rating: float | None = Field(
        default=None, description="Average stars, one decimal (none without reviews)."
    )
    good_rate: int | None = Field(
        default=None, description="Percentage of 4 and 5 star reviews (好评率), 0 to 100."
    )
    with_photos: int = Field(description="Published reviews with photos (有图).")


class ProductDetailReviews(ProductReviewSummary):
    items: list[ProductReview] = Field(description="The newest two published reviews.")


class ProductDetail(BaseModel):
    id: int
    name: str
    price_from: float
    currency: str
    category: CategoryRef | None = None
    description: str | None = None
    nutrition: str | None = None
    storage: str | None = None
    images: list[str]
    attributes: list[ProductAttribute] = Field(
        description="Attributes that do not make variants (产地, 品种, 等级)."
    )
    variants: list[Variant]
    reviews: ProductDetailReviews | None = Field(
        default=None,
        description="The reviews' summary and the newest two (none when the mall has "
        "no reviews); all of them: `GET /products/{id}/reviews`.",
    )
    member_price: float | None = Field(
        default=None,
        description="With a member's token: the lowest member price of the variants, when it "
        "differs from `price_from`.",
    )
    member_level: str | None = Field(
        default=None, description="With a member's token: the name of the member's level."
    )
    flash_sale: FlashSalePrice | None = Field(
        default=None, description="The flash sale running now, if any (限时秒杀)."
    )
