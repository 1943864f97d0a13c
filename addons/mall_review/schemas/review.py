"""Schemas of the review routes (the public review itself, ``ProductReview``,
is mall_api's: the product detail shows it too)."""

from typing import Annotated, Literal

from pydantic import BaseModel, Field, StringConstraints

from odoo.addons.mall_api.schemas import (
    Paging,
    ProductReview,
    ProductReviewSummary,
    ReviewImage,
    ReviewReply,
    StrictModel,
    UtcDatetime,
)

from ..const import MAX_IMAGE_CHARS, MAX_IMAGES, MAX_REQUEST_BODY_BYTES, MAX_TEXT

__all__ = [
    "FollowUpCreate",
    "MyReview",
    "MyReviewFollowUp",
    "MyReviewList",
    "ProductReviewList",
    "ReviewCreate",
    "ReviewState",
    "ReviewableLine",
    "ReviewableLineList",
]

ReviewState = Literal["pending", "published", "hidden"]

Images = Annotated[
    list[Annotated[str, StringConstraints(max_length=MAX_IMAGE_CHARS)]],
    Field(
        default_factory=list,
        max_length=MAX_IMAGES,
        description=f"Up to {MAX_IMAGES} photos, JPEG or PNG, each under 5 MB, base64 (a "
        f"`data:` URL prefix is accepted). The whole body may have at most "
        f"{MAX_REQUEST_BODY_BYTES} bytes (413 `payload_too_large` above).",
    ),
]


class ReviewCreate(StrictModel):
    order_line_id: int = Field(
        ge=1, le=2**31 - 1, description="A line of a received order (`GET /orders/{id}`)."
    )
    rating: int = Field(ge=1, le=5, description="1 to 5 stars.")
    text: str | None = Field(default=None, max_length=MAX_TEXT)
    images: Images
    anonymous: bool = Field(
        default=False, description="Shown to others as 匿名用户, without the avatar."
    )


class FollowUpCreate(StrictModel):
    text: str | None = Field(
        default=None, max_length=MAX_TEXT, description="Text, photos, or both (追评)."
    )
    images: Images


class MyReviewFollowUp(BaseModel):
    id: int
    text: str | None = None
    images: list[ReviewImage] = Field(description="Only while the follow-up is published.")
    state: ReviewState
    hide_reason: str | None = None
    created_at: UtcDatetime
    reply: ReviewReply | None = None


class MyReview(BaseModel):
    """One of the member's reviews, in any state."""

    id: int
    order_id: int
    order_name: str
    order_line_id: int
    product_id: int = Field(description="The product (`GET /products/{id}`).")
    product_name: str
    variant: str | None = None
    image_url: str = Field(description="The variant's image.")
    rating: int
    text: str | None = None
    images: list[ReviewImage] = Field(
        description="Only while the review is published (pending or hidden: `image_count`)."
    )
    image_count: int
    anonymous: bool
    state: ReviewState = Field(
        description="`pending`: waits for moderation, not shown to others yet; `published`; "
        "`hidden` by the merchant (`hide_reason`)."
    )
    hide_reason: str | None = None
    created_at: UtcDatetime
    reply: ReviewReply | None = None
    follow_up: MyReviewFollowUp | None = None
    can_follow_up: bool = Field(description="`POST /reviews/{id}/follow-up` is possible.")
    rewarded: bool = Field(description="The reward for photos was given.")


class MyReviewList(BaseModel):
    items: list[MyReview]
    paging: Paging


class ReviewableLine(BaseModel):
    order_id: int
    order_name: str
    order_line_id: int = Field(description="Send it as `order_line_id` of `POST /reviews`.")
    product_id: int
    product_name: str
    variant: str | None = None
    image_url: str
    received_at: UtcDatetime | None = None


class ReviewableLineList(BaseModel):
    items: list[ReviewableLine]
    paging: Paging


class ProductReviewList(BaseModel):
    summary: ProductReviewSummary
    items: list[ProductReview] = Field(description="Published reviews, newest first.")
    paging: Paging
