from typing import Annotated

from fastapi import APIRouter, Depends, Header, Path, Response

from odoo import fields
from odoo.addons.fastapi.dependencies import odoo_env
from odoo.addons.mall_api.const import IDEMPOTENCY_KEY_PATTERN
from odoo.addons.mall_api.dependencies import CurrentShopper
from odoo.addons.mall_api.exceptions import MallApiError, not_found
from odoo.addons.mall_api.routers.cart import variant_label
from odoo.addons.mall_api.routers.catalog import image_url
from odoo.addons.mall_api.routers.common import ERROR_RESPONSES
from odoo.addons.mall_api.routers.order import check_member_order_rate
from odoo.api import Environment

from ..schemas import FlashOrder, FlashOrderCreate, FlashSale, FlashSaleItem, FlashSaleList

flash_sale_router = APIRouter(tags=["flash sales"], responses=ERROR_RESPONSES)

Id = Annotated[int, Path(ge=1, le=2**31 - 1)]


def _status(sale, now):
    if sale.state in ("ended", "cancelled") or sale.date_end <= now:
        return "ended"
    return "running" if sale.date_start <= now else "upcoming"


def sale_data(env, sale, now):
    currency = env.company.sudo().currency_id  # the technical user reads no company
    items = []
    for line in sale.line_ids:
        # public catalogue: the technical user reads no product
        product = line.product_id.sudo()
        left = max(line.allotment - line.sold, 0)
        items.append(
            FlashSaleItem(
                product_id=product.id,
                product_tmpl_id=product.product_tmpl_id.id,
                name=product.product_tmpl_id.name,
                variant=variant_label(product),
                image_url=image_url(env, "product.product", product.id, product.write_date),
                price=product.lst_price,
                flash_price=line.flash_price,
                allotment=line.allotment,
                left=left,
                sold_out=left <= 0,
            )
        )
    return FlashSale(
        id=sale.id,
        name=sale.name,
        status=_status(sale, now),
        starts_at=sale.date_start,
        ends_at=sale.date_end,
        member_limit=sale.member_limit or None,
        payment_minutes=sale.payment_timeout,
        shipping_fee=sale.shipping_fee,
        currency=currency.name,
        items=items,
        server_time=now,
    )


def reservation_data(env, row, now=None):
    """A ``FlashOrder`` from the columns ``mall.flash.order._RESERVATION_COLUMNS``."""
    (rid, sale_id, product_id, qty, price, shipping, total, state, expires, order_id, created) = row
    return FlashOrder(
        id=rid,
        sale_id=sale_id,
        product_id=product_id,
        qty=qty,
        price_unit=float(price),
        amount_shipping=float(shipping or 0.0),
        amount_total=float(total),
        currency=env.company.sudo().currency_id.name,  # the technical user reads no company
        state=state,
        expires_at=expires if state == "pending_payment" else None,
        order_id=order_id or None,
        created_at=created,
        server_time=now or fields.Datetime.now(),
    )


def reservation_record_data(reservation):
    return reservation_data(
        reservation.env,
        (
            reservation.id,
            reservation.sale_id.id,
            reservation.product_id.id,
            reservation.qty,
            reservation.price_unit,
            reservation.amount_shipping,
            reservation.amount_total,
            reservation.state,
            reservation.expires_at,
            reservation.sale_order_id.id,
            reservation.create_date,
        ),
        fields.Datetime.now(),
    )


@flash_sale_router.get("/flash-sales", response_model=FlashSaleList)
def list_flash_sales(env: Annotated[Environment, Depends(odoo_env)]) -> FlashSaleList:
    """The flash sales running now and the next ones, with their items, flash
    prices, units left and the server's time (for the countdowns)."""
    now = fields.Datetime.now()
    # public: the technical user reads no flash sale; scheduled and running ones only
    sales = env["mall.flash.sale"].sudo()._mall_visible(now)
    return FlashSaleList(server_time=now, items=[sale_data(env, sale, now) for sale in sales])


@flash_sale_router.get("/flash-sales/{sale_id}", response_model=FlashSale)
def get_flash_sale(sale_id: Id, env: Annotated[Environment, Depends(odoo_env)]) -> FlashSale:
    """One flash sale (scheduled, running or ended); 404 otherwise."""
    # public: the technical user reads no flash sale; never a draft or cancelled one
    sale = env["mall.flash.sale"].sudo()._mall_find_sale(sale_id)
    if not sale:
        raise not_found("秒杀活动不存在。")
    return sale_data(env, sale, fields.Datetime.now())


@flash_sale_router.post(
    "/flash-sales/{sale_id}/orders",
    response_model=FlashOrder,
    status_code=201,
    responses={200: {"model": FlashOrder, "description": "The flash order of this key"}},
)
def buy_flash_sale(
    sale_id: Id,
    data: FlashOrderCreate,
    response: Response,
    shopper: CurrentShopper,
    idempotency_key: Annotated[
        str,
        Header(
            alias="Idempotency-Key",
            pattern=IDEMPOTENCY_KEY_PATTERN,
            description="A key of the client (e.g. a UUID): the same key returns the same "
            "flash order.",
        ),
    ],
) -> FlashOrder:
    """抢购: take units of the sale at its flash price. Answers at once with the
    flash order `pending_payment` (its order follows within a second); pay it
    before `expires_at`. 404 `not_found` (sale), `product_not_found` (variant
    not in the sale), `address_not_found`; 409 `flash_not_started`,
    `flash_ended`, `flash_sold_out`, `flash_limit_reached`; 429
    `rate_limited`; 503 `busy`."""
    env, member = shopper.env, shopper.member
    check_member_order_rate(env, member)
    address = member._mall_delivery_address(data.address_id)
    if not address:
        raise MallApiError(404, "address_not_found", "收货地址不存在。")
    row, created = env["mall.flash.sale"]._mall_buy(
        sale_id, member, data.product_id, data.qty, address, idempotency_key
    )
    if created:
        env["mall.flash.order"].browse(row[0])._enqueue_sale_order()
    else:
        response.status_code = 200
    return reservation_data(env, row)


def _member_reservation(env, member, reservation_id):
    reservation = env["mall.flash.order"]._mall_find(member, reservation_id)
    if not reservation:
        raise not_found("秒杀订单不存在。")
    return reservation


@flash_sale_router.get("/flash-orders/{reservation_id}", response_model=FlashOrder)
def get_flash_order(reservation_id: Id, shopper: CurrentShopper) -> FlashOrder:
    """One of the member's flash orders (poll it for `order_id`)."""
    return reservation_record_data(_member_reservation(shopper.env, shopper.member, reservation_id))


@flash_sale_router.post("/flash-orders/{reservation_id}/order", response_model=FlashOrder)
def make_flash_order(reservation_id: Id, shopper: CurrentShopper) -> FlashOrder:
    """The order of a flash order, made now if the job has not made it yet
    (the client calls this when the shopper taps pay before `order_id`
    came): then pay it with `POST /orders/{order_id}/pay`. 409
    `order_expired` when it was not paid in time."""
    reservation = _member_reservation(shopper.env, shopper.member, reservation_id)
    if not reservation.sale_order_id:
        if reservation.state != "pending_payment":
            raise MallApiError(409, "order_expired", "秒杀订单已超时未支付，请重新抢购。")
        reservation._mall_make_sale_order()
    return reservation_record_data(reservation)
