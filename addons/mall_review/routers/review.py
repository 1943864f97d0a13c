import math
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from odoo.addons.fastapi.dependencies import odoo_env
from odoo.addons.mall_api.const import PAGE_SIZE_MAX
from odoo.addons.mall_api.dependencies import CurrentShopper
from odoo.addons.mall_api.exceptions import not_found
from odoo.addons.mall_api.routers.common import ERROR_RESPONSES, check_rate
from odoo.addons.mall_api.schemas import ErrorResponse
from odoo.api import Environment

from ..const import (
    DEFAULT_POST_RATE_LIMIT,
    DEFAULT_POST_RATE_WINDOW,
    MAX_REQUEST_BODY_BYTES,
    POST_RATE_LIMIT_PARAM,
    POST_RATE_WINDOW_PARAM,
)
from ..schemas import (
    FollowUpCreate,
    MyReview,
    MyReviewFollowUp,
    MyReviewList,
    ProductReviewList,
    ReviewableLine,
    ReviewableLineList,
    ReviewCreate,
    ReviewState,
)

review_router = APIRouter(tags=["reviews"], responses=ERROR_RESPONSES)

Page = Annotated[int, Query(ge=1, le=10000)]
PageSize = Annotated[int, Query(ge=1, le=PAGE_SIZE_MAX)]
BODY_RESPONSES = {
    413: {
        "model": ErrorResponse,
        "description": f"The body is larger than {MAX_REQUEST_BODY_BYTES} bytes",
    }
}


def _paging(page, page_size, total):
    return {
        "page": page,
        "page_size": page_size,
        "total": total,
        "pages": math.ceil(total / page_size),
    }


def _base_url(env):
    return env["mall.catalog"]._base_url()


def _variant(product):
    return ", ".join(product.product_template_attribute_value_ids.mapped("name")) or None


def _variant_image(env, product):
    return env["mall.catalog"]._image_url(
        "product.product", product.id, product.write_date, "image_512"
    )


def my_review(env, review):
    base_url = _base_url(env)
    published = review.state == "published"
    follow_up = review.child_ids[:1]
    return MyReview(
        id=review.id,
        order_id=review.order_id.id,
        order_name=review.order_id.name,
        order_line_id=review.order_line_id.id,
        product_id=review.product_tmpl_id.id,
        product_name=review.product_tmpl_id.name,
        variant=_variant(review.product_id),
        image_url=_variant_image(env, review.product_id),
        rating=review.rating,
        text=review.text or None,
        images=review._mall_photos(base_url) if published else [],
        image_count=len(review.image_ids),
        anonymous=review.anonymous,
        state=review.state,
        hide_reason=review.hide_reason or None if review.state == "hidden" else None,
        created_at=review.create_date,
        reply=review._mall_reply_data(),
        follow_up=MyReviewFollowUp(
            id=follow_up.id,
            text=follow_up.text or None,
            images=follow_up._mall_photos(base_url) if follow_up.state == "published" else [],
            state=follow_up.state,
            hide_reason=follow_up.hide_reason or None if follow_up.state == "hidden" else None,
            created_at=follow_up.create_date,
            reply=follow_up._mall_reply_data(),
        )
        if follow_up
        else None,
        can_follow_up=not follow_up and review.state != "hidden",
        rewarded=review.reward_state == "given",
    )


def _check_post_rate(env, member):
    check_rate(
        env,
        "review-member",
        member.id,
        POST_RATE_LIMIT_PARAM,
        DEFAULT_POST_RATE_LIMIT,
        POST_RATE_WINDOW_PARAM,
        DEFAULT_POST_RATE_WINDOW,
        message="评价提交过于频繁，请稍后再试。",
    )


@review_router.post("/reviews", response_model=MyReview, status_code=201, responses=BODY_RESPONSES)
def create_review(data: ReviewCreate, shopper: CurrentShopper) -> MyReview:
    """Review a line of a received order (`review_status` `to_review` on the
    order's lines): 404 `not_found` for a line not of the member's orders;
    409 `order_not_received`, `already_reviewed`; 422 `invalid_image`,
    `image_too_large`. `state` is `pending` when the text waits for
    moderation. At most `mall_review.post_rate_limit` posts (default 20) per
    member per `mall_review.post_rate_window` seconds (3600): 429 above."""
    env, member = shopper.env, shopper.member
    _check_post_rate(env, member)
    review = env["mall.review"]._mall_post_review(
        member,
        data.order_line_id,
        data.rating,
        text=data.text,
        images=data.images,
        anonymous=data.anonymous,
    )
    return my_review(env, review)


@review_router.post(
    "/reviews/{review_id}/follow-up",
    response_model=MyReview,
    status_code=201,
    responses=BODY_RESPONSES,
)
def create_follow_up(
    review_id: Annotated[int, Path(ge=1, le=2**31 - 1)],
    data: FollowUpCreate,
    shopper: CurrentShopper,
) -> MyReview:
    """The follow-up (追评) of one of the member's reviews, text and/or photos;
    answers the review with its `follow_up`. 404 `not_found` for a review not
    of the member; 409 `follow_up_exists`, `review_hidden`; 422
    `empty_follow_up`, `invalid_image`, `image_too_large`."""
    env, member = shopper.env, shopper.member
    _check_post_rate(env, member)
    review = env["mall.review"]._mall_post_follow_up(
        member, review_id, text=data.text, images=data.images
    )
    return my_review(env, review)


@review_router.get("/me/reviews", response_model=MyReviewList)
def my_reviews(
    shopper: CurrentShopper,
    state: Annotated[ReviewState | None, Query(description="Default: every state.")] = None,
    page: Page = 1,
    page_size: PageSize = 10,
) -> MyReviewList:
    """The member's reviews (not their follow-ups, nested), newest first."""
    env, member = shopper.env, shopper.member
    Review = env["mall.review"]
    domain = [*Review._mall_member_domain(member), ("parent_id", "=", False)]
    if state:
        domain.append(("state", "=", state))
    total = Review.search_count(domain)
    reviews = Review.search(domain, order="id desc", offset=(page - 1) * page_size, limit=page_size)
    return MyReviewList(
        items=[my_review(env, review) for review in reviews],
        paging=_paging(page, page_size, total),
    )


@review_router.get("/me/reviews/pending", response_model=ReviewableLineList)
def lines_to_review(
    shopper: CurrentShopper, page: Page = 1, page_size: PageSize = 10
) -> ReviewableLineList:
    """The lines of the member's received orders not reviewed yet (待评价),
    newest first."""
    env, member = shopper.env, shopper.member
    Line = env["sale.order.line"]
    domain = env["mall.review"]._mall_to_review_domain(member)
    total = Line.search_count(domain)
    lines = Line.search(
        domain,
        order="id desc",
        offset=(page - 1) * page_size,
        limit=page_size,
    )
    return ReviewableLineList(
        items=[
            ReviewableLine(
                order_id=line.order_id.id,
                order_name=line.order_id.name,
                order_line_id=line.id,
                product_id=line.product_id.product_tmpl_id.id,
                product_name=line.product_id.product_tmpl_id.name,
                variant=_variant(line.product_id),
                image_url=_variant_image(env, line.product_id),
                received_at=line.order_id.mall_received_at or None,
            )
            for line in lines
        ],
        paging=_paging(page, page_size, total),
    )


@review_router.get("/products/{product_id}/reviews", response_model=ProductReviewList)
def product_reviews(
    env: Annotated[Environment, Depends(odoo_env)],
    product_id: Annotated[int, Path(ge=1, le=2**31 - 1)],
    with_photos: Annotated[bool, Query(description="Only reviews with photos (有图).")] = False,
    page: Page = 1,
    page_size: PageSize = 10,
) -> ProductReviewList:
    """The published reviews of a published product, newest first, with the
    summary (count, average stars, good rate, with photos); 404 when the
    product is unknown or unpublished. No login needed."""
    # public, as the catalogue: the technical user reads no product nor
    # review; published products and published reviews only
    published = (
        env["product.template"]
        .sudo()
        .search_count([*env["mall.catalog"]._published_domain(), ("id", "=", product_id)], limit=1)
    )
    if not published:
        raise not_found("商品不存在或已下架。")
    Review = env["mall.review"].sudo()
    summary = Review._mall_product_summary(product_id)
    total = summary["with_photos"] if with_photos else summary["count"]
    reviews = Review._mall_product_reviews(
        product_id, with_photos=with_photos, offset=(page - 1) * page_size, limit=page_size
    )
    base_url = _base_url(env)
    return ProductReviewList.model_validate(
        {
            "summary": summary,
            "items": [review._mall_public_data(base_url) for review in reviews],
            "paging": _paging(page, page_size, total),
        }
    )
