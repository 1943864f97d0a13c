from typing import Annotated

from fastapi import APIRouter, Depends, Header, Path, Query, Request, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from odoo import models
from odoo.addons.mall_sale.models.sale_order import DuplicateOrderKey

from ..const import (
    COUPON_RATE_LIMIT_PARAM,
    COUPON_RATE_WINDOW_PARAM,
    DEFAULT_COUPON_RATE_LIMIT,
    DEFAULT_COUPON_RATE_WINDOW,
    DEFAULT_ORDER_IP_RATE_LIMIT,
    DEFAULT_ORDER_RATE_LIMIT,
    DEFAULT_ORDER_RATE_WINDOW,
    IDEMPOTENCY_KEY_PATTERN,
    ORDER_IP_RATE_LIMIT_PARAM,
    ORDER_RATE_LIMIT_PARAM,
    ORDER_RATE_WINDOW_PARAM,
    PAGE_SIZE_MAX,
)
from ..dependencies import CurrentShopper, member_order
from ..exceptions import MallApiError, not_found
from ..schemas import (
    Order,
    OrderAddress,
    OrderCreate,
    OrderLine,
    OrderList,
    OrderQuote,
    OrderShipment,
    OrderState,
    PaymentParams,
)
from .cart import variant_label
from .catalog import image_url
from .common import ERROR_RESPONSES, check_rate, client_ip

order_router = APIRouter(tags=["order"], responses=ERROR_RESPONSES)

OrderId = Annotated[int, Path(ge=1, le=2**31 - 1)]


def order_address(partner):
    if not partner:
        return None
    return OrderAddress(
        name=partner.name or "",
        phone=partner.mobile or partner.phone or None,
        province=partner.state_id.name or None,
        city=partner.city or None,
        district=partner.mall_district or None,
        detail=partner.street or None,
    )


def order_data(env, order):
    product_lines = order._mall_product_lines()
    refundable = product_lines._mall_refundable_quantities()
    reviews = product_lines._mall_review_statuses()
    lines = [
        OrderLine(
            id=line.id,
            product_id=line.product_id.id,
            product_tmpl_id=line.product_id.product_tmpl_id.id,
            name=line.product_id.product_tmpl_id.name,
            variant=variant_label(line.product_id),
            qty=int(line.product_uom_qty),
            price_unit=line.price_unit,
            subtotal=line.price_total,
            image_url=image_url(
                env, "product.product", line.product_id.id, line.product_id.write_date
            ),
            refundable_quantity=max(refundable.get(line.id, 0), 0),
            review_status=reviews.get(line.id, (None, None))[0],
            review_id=reviews.get(line.id, (None, None))[1],
        )
        for line in product_lines
    ]
    shipments = [
        OrderShipment(
            carrier=picking.carrier_id.name or None,
            tracking_ref=picking.carrier_tracking_ref or None,
            shipped_at=picking.date_done or None,
        )
        for picking in order._mall_deliveries().filtered(lambda p: p.state == "done")
    ]
    return Order(
        id=order.id,
        name=order.name,
        state=order.mall_shopper_state,
        created_at=order.create_date,
        expires_at=order.mall_expires_at or None
        if order.mall_shopper_state == "pending_payment"
        else None,
        received_at=order.mall_received_at or None,
        **order._mall_amounts(),
        lines=lines,
        address=order_address(order.partner_shipping_id),
        note=order.mall_buyer_note or None,
        shipments=shipments,
    )


def order_data_of(order):
    """``order_data`` in the order's own environment."""
    return order_data(order.env, order)


def check_order_rates(env, request, member):
    """The rate limits of placing an order, per client address and per
    member (429 `rate_limited`)."""
    check_rate(
        env,
        "order-ip",
        client_ip(request),
        ORDER_IP_RATE_LIMIT_PARAM,
        DEFAULT_ORDER_IP_RATE_LIMIT,
        ORDER_RATE_WINDOW_PARAM,
        DEFAULT_ORDER_RATE_WINDOW,
    )
    check_member_order_rate(env, member)


def check_member_order_rate(env, member):
    """The per-member rate limit of placing an order (429 `rate_limited`)."""
    check_rate(
        env,
        "order-member",
        member.id,
        ORDER_RATE_LIMIT_PARAM,
        DEFAULT_ORDER_RATE_LIMIT,
        ORDER_RATE_WINDOW_PARAM,
        DEFAULT_ORDER_RATE_WINDOW,
    )


def keyed_order(env, member, idempotency_key, response, answer, belongs=None):
    """The answer (status 200) for the order ``member`` already placed with
    ``idempotency_key``, ``answer(order)``; ``None`` when there is none.
    ``belongs(order)`` says whether an order is of the route's kind: a key
    used for an order of another kind is 409 `idempotency_key_reused`."""
    existing = env["sale.order"]._mall_find_order_by_key(member, idempotency_key)
    if not existing:
        return None
    if belongs and not belongs(existing):
        raise MallApiError(409, "idempotency_key_reused", "该请求标识已用于其他订单。")
    response.status_code = 200
    return answer(existing)


def place_keyed(env, member, idempotency_key, response, place, answer, belongs=None):
    """``answer(place())`` for an order placed with ``idempotency_key``. When a
    parallel request with the same key committed its order after this
    transaction began (``DuplicateOrderKey``), that order is read on a fresh
    cursor and answered as a repeated request (200); not committed yet (or
    not of the route's kind, ``belongs``): 409 `request_in_progress`."""
    try:
        return answer(place())
    except DuplicateOrderKey:
        with env.registry.cursor() as cr:
            placed = env(cr=cr)["sale.order"]._mall_find_order_by_key(member, idempotency_key)
            if placed and (not belongs or belongs(placed)):
                response.status_code = 200
                return answer(placed)
        raise MallApiError(
            409, "request_in_progress", "订单正在提交中，请稍后刷新订单列表。"
        ) from None


def _order_request(env, member, data):
    """The address, ``{product: qty}``, cart (when ordering the cart) and coupon
    codes of an order body; 404/409 for what cannot be ordered."""
    address = member._mall_delivery_address(data.address_id)
    if not address:
        raise not_found("收货地址不存在。")
    cart = None
    quantities = {}
    SaleOrder = env["sale.order"]
    if data.lines:
        products = env["product.product"].browse({line.product_id for line in data.lines})
        existing_ids = set(products.exists().ids)
        for line in data.lines:
            if line.product_id not in existing_ids:
                raise MallApiError(404, "product_not_found", "商品不存在或已下架。")
            product = products.browse(line.product_id)
            quantities[product] = quantities.get(product, 0) + line.qty
    else:
        cart = SaleOrder._mall_get_cart(member)
        quantities = cart._mall_cart_quantities()
    SaleOrder._mall_check_line_quantities(quantities)
    codes = [code.strip() for code in data.coupon_codes if code and code.strip()]
    return address, quantities, cart, codes


def check_coupon_rate(env, member, codes):
    """Count the coupon codes a member tries (placing or quoting an order):
    429 above ``mall_api.coupon_rate_limit`` codes per
    ``mall_api.coupon_rate_window`` seconds, so that codes cannot be guessed
    5 at a time under the per-IP limit only."""
    if not codes:
        return
    check_rate(
        env,
        "coupon-member",
        member.id,
        COUPON_RATE_LIMIT_PARAM,
        DEFAULT_COUPON_RATE_LIMIT,
        COUPON_RATE_WINDOW_PARAM,
        DEFAULT_COUPON_RATE_WINDOW,
        message="优惠码尝试次数过多，请稍后再试。",
        cost=len(set(codes)),
    )


@order_router.post(
    "/orders",
    response_model=Order,
    status_code=201,
    responses={200: {"model": Order, "description": "The order already placed with this key"}},
)
def create_order(
    data: OrderCreate,
    request: Request,
    response: Response,
    shopper: CurrentShopper,
    idempotency_key: Annotated[
        str,
        Header(
            alias="Idempotency-Key",
            pattern=IDEMPOTENCY_KEY_PATTERN,
            description="A key of the client (e.g. a UUID) for this order: the same key "
            "returns the same order and places nothing new.",
        ),
    ],
) -> Order:
    """Place an order from the cart, or from `lines` ("buy now")."""
    env, member = shopper.env, shopper.member
    answer = order_data_of
    repeated = keyed_order(env, member, idempotency_key, response, answer)
    if repeated:
        return repeated
    check_order_rates(env, request, member)
    address, quantities, cart, codes = _order_request(env, member, data)
    check_coupon_rate(env, member, codes)
    # use_points: the members addon pays with points when it sets the shipping
    SaleOrder = env["sale.order"].with_context(mall_use_points=data.use_points)
    return place_keyed(
        env,
        member,
        idempotency_key,
        response,
        lambda: SaleOrder._mall_place_order(
            member,
            address,
            quantities,
            idempotency_key,
            coupon_codes=codes,
            note=data.note,
            cart=cart,
        ),
        answer,
    )


@order_router.post("/orders/quote", response_model=OrderQuote)
def quote_order(
    data: OrderCreate,
    request: Request,
    shopper: CurrentShopper,
) -> OrderQuote:
    """The amounts `POST /orders` with this body would have now (goods, discounts,
    shipping to the address, total), priced by Odoo the same way; nothing is
    placed, written or held, and the same errors apply (e.g. 409
    `shipping_unavailable`, `out_of_stock`, `invalid_coupon`)."""
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
    address, quantities, _cart, codes = _order_request(env, member, data)
    check_coupon_rate(env, member, codes)
    SaleOrder = env["sale.order"].with_context(mall_use_points=data.use_points)
    return OrderQuote(**SaleOrder._mall_quote(member, address, quantities, codes, data.note))


@order_router.get("/orders/quote", include_in_schema=False)
def quote_order_get():
    """`quote` is no order id: 405 like any other method but POST (otherwise
    `GET /orders/{order_id}` would answer 422)."""
    raise StarletteHTTPException(405, headers={"Allow": "POST"})


@order_router.get("/orders", response_model=OrderList)
def list_orders(
    shopper: CurrentShopper,
    state: OrderState | None = None,
    page: Annotated[int, Query(ge=1, le=10000)] = 1,
    page_size: Annotated[int, Query(ge=1, le=PAGE_SIZE_MAX)] = 10,
) -> OrderList:
    """The member's orders, newest first, optionally of one status."""
    env, member = shopper.env, shopper.member
    domain = [
        ("partner_id", "=", member.id),
        ("mall_order", "=", True),
        ("company_id", "=", env.company.id),
    ]
    if state:
        domain.append(("mall_shopper_state", "=", state))
    SaleOrder = env["sale.order"]
    total = SaleOrder.search_count(domain)
    orders = SaleOrder.search(
        domain, order="id desc", limit=page_size, offset=(page - 1) * page_size
    )
    return OrderList(
        items=[order_data(env, order) for order in orders],
        total=total,
        page=page,
        page_size=page_size,
    )


@order_router.get("/orders/{order_id}", response_model=Order)
def get_order(
    order_id: OrderId,
    shopper: CurrentShopper,
) -> Order:
    """One of the member's orders."""
    env, member = shopper.env, shopper.member
    return order_data(env, member_order(env, member, order_id))


def locked_member_order(
    order_id: OrderId,
    shopper: CurrentShopper,
):
    """The member's order of the path, locked for this request (404 otherwise)."""
    env, member = shopper.env, shopper.member
    return member_order(env, member, order_id, lock=True)


LockedOrder = Annotated[models.Model, Depends(locked_member_order)]


@order_router.post("/orders/{order_id}/pay", response_model=PaymentParams)
def pay_order(order: LockedOrder) -> PaymentParams:
    """The parameters of `wx.requestPayment` for an unpaid order (WeChat Pay
    JSAPI). Calling it again returns parameters for the same payment."""
    return PaymentParams(**order._mall_pay())


@order_router.post("/orders/{order_id}/cancel", response_model=Order)
def cancel_order(order: LockedOrder) -> Order:
    """Cancel an unpaid order: its WeChat Pay payment is closed and its stock released."""
    order._mall_cancel_unpaid()
    return order_data(order.env, order)


@order_router.post("/orders/{order_id}/receive", response_model=Order)
def receive_order(order: LockedOrder) -> Order:
    """Confirm that a shipped order arrived."""
    order._mall_receive()
    return order_data(order.env, order)
