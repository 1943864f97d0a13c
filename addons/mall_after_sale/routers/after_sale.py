from typing import Annotated

from fastapi import APIRouter, Path, Query

from odoo.addons.mall_api.const import PAGE_SIZE_MAX
from odoo.addons.mall_api.dependencies import CurrentShopper, member_order
from odoo.addons.mall_api.exceptions import not_found
from odoo.addons.mall_api.routers.common import ERROR_RESPONSES, check_rate
from odoo.addons.mall_api.routers.order import order_address
from odoo.addons.mall_api.schemas import ErrorResponse

from ..const import (
    DEFAULT_REQUEST_RATE_LIMIT,
    DEFAULT_REQUEST_RATE_WINDOW,
    MAX_REQUEST_BODY_BYTES,
    OPEN_STATES,
    REQUEST_RATE_LIMIT_PARAM,
    REQUEST_RATE_WINDOW_PARAM,
)
from ..schemas import (
    AfterSale,
    AfterSaleCreate,
    AfterSaleEvent,
    AfterSaleLine,
    AfterSaleList,
    ReturnShipment,
    ReturnShipmentIn,
)

after_sale_router = APIRouter(tags=["after-sales"], responses=ERROR_RESPONSES)

RequestId = Annotated[int, Path(ge=1, le=2**31 - 1)]
# states in which the shopper is shown where to send the goods
RETURN_ADDRESS_STATES = set(OPEN_STATES) - {"requested", "approved"} | {"refunded"}


def after_sale_data(request):
    currency = request.currency_id
    shipment = None
    if request.return_tracking_number:
        shipment = ReturnShipment(
            carrier=request.return_carrier or "",
            tracking_number=request.return_tracking_number,
            shipped_at=request.return_shipped_at or None,
        )
    show_address = (
        request.type == "return_refund"
        and request.state in RETURN_ADDRESS_STATES
        and request.return_address_id
    )
    return AfterSale(
        id=request.id,
        name=request.name,
        order_id=request.order_id.id,
        order_name=request.order_id.name,
        type=request.type,
        state=request.state,
        reason_code=request.reason_code,
        description=request.description or None,
        amount=request.amount,
        refunded_amount=currency.round(request.refunded_amount),
        currency=currency.name,
        rejection_reason=request.rejection_reason or None if request.state == "rejected" else None,
        return_address=order_address(request.return_address_id) if show_address else None,
        return_shipment=shipment,
        image_count=len(request.image_ids),
        lines=[
            AfterSaleLine(
                order_line_id=line.order_line_id.id,
                product_id=line.product_id.id,
                name=line.product_id.display_name,
                qty=line.qty,
                amount=line.amount,
            )
            for line in request.line_ids
        ],
        timeline=[
            AfterSaleEvent(time=event.date, state=event.state, note=event.note or None)
            for event in request.event_ids
        ],
        created_at=request.create_date,
    )


def _request(env, member, request_id):
    request = env["mall.after.sale"]._mall_find_request(member, request_id)
    if not request:
        raise not_found("售后申请不存在。")
    return request


@after_sale_router.post(
    "/after-sales",
    response_model=AfterSale,
    status_code=201,
    responses={
        413: {
            "model": ErrorResponse,
            "description": f"The body is larger than {MAX_REQUEST_BODY_BYTES} bytes",
        }
    },
)
def create_after_sale(
    data: AfterSaleCreate,
    shopper: CurrentShopper,
) -> AfterSale:
    """Ask for a refund (`refund_only`) or a return and refund (`return_refund`)
    of some lines of a paid order, up to what is still refundable per line
    (`refundable_quantity` of the lines of `GET /orders/{id}`). At most
    `mall_after_sale.request_rate_limit` requests (default 10) per member per
    `mall_after_sale.request_rate_window` seconds (3600): 429 above."""
    env, member = shopper.env, shopper.member
    check_rate(
        env,
        "after-sale-member",
        member.id,
        REQUEST_RATE_LIMIT_PARAM,
        DEFAULT_REQUEST_RATE_LIMIT,
        REQUEST_RATE_WINDOW_PARAM,
        DEFAULT_REQUEST_RATE_WINDOW,
        message="售后申请过于频繁，请稍后再试。",
    )
    order = member_order(env, member, data.order_id)
    request = env["mall.after.sale"]._mall_create_request(
        member,
        order,
        [(line.order_line_id, line.qty) for line in data.lines],
        data.type,
        data.reason_code,
        description=data.description,
        images=data.images,
    )
    return after_sale_data(request)


@after_sale_router.get("/after-sales", response_model=AfterSaleList)
def list_after_sales(
    shopper: CurrentShopper,
    order_id: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
    page: Annotated[int, Query(ge=1, le=10000)] = 1,
    page_size: Annotated[int, Query(ge=1, le=PAGE_SIZE_MAX)] = 10,
) -> AfterSaleList:
    """The member's after-sales requests, newest first."""
    env, member = shopper.env, shopper.member
    Request = env["mall.after.sale"]
    domain = Request._mall_member_domain(member)
    if order_id:
        domain.append(("order_id", "=", order_id))
    total = Request.search_count(domain)
    requests = Request.search(
        domain, order="id desc", limit=page_size, offset=(page - 1) * page_size
    )
    return AfterSaleList(
        items=[after_sale_data(r) for r in requests], total=total, page=page, page_size=page_size
    )


@after_sale_router.get("/after-sales/{request_id}", response_model=AfterSale)
def get_after_sale(
    request_id: RequestId,
    shopper: CurrentShopper,
) -> AfterSale:
    """One of the member's requests: state, amounts, rejection reason, return
    address once approved, timeline."""
    env, member = shopper.env, shopper.member
    return after_sale_data(_request(env, member, request_id))


@after_sale_router.post("/after-sales/{request_id}/return-shipment", response_model=AfterSale)
def return_shipment(
    request_id: RequestId,
    data: ReturnShipmentIn,
    shopper: CurrentShopper,
) -> AfterSale:
    """The carrier and tracking number of the goods sent back (approved returns)."""
    env, member = shopper.env, shopper.member
    request = _request(env, member, request_id)
    request._mall_return_shipment(data.carrier, data.tracking_number)
    return after_sale_data(request)


@after_sale_router.post("/after-sales/{request_id}/cancel", response_model=AfterSale)
def cancel_after_sale(
    request_id: RequestId,
    shopper: CurrentShopper,
) -> AfterSale:
    """Withdraw a request not reviewed yet."""
    env, member = shopper.env, shopper.member
    request = _request(env, member, request_id)
    request._mall_cancel()
    return after_sale_data(request)
