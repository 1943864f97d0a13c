from typing import Annotated

from fastapi import APIRouter, Depends, Header, Path, Query, Response

from odoo.addons.fastapi.dependencies import odoo_env
from odoo.addons.mall_api.const import IDEMPOTENCY_KEY_PATTERN, PAGE_SIZE_MAX
from odoo.addons.mall_api.dependencies import CurrentShopper, member_order
from odoo.addons.mall_api.exceptions import MallApiError, not_found
from odoo.addons.mall_api.routers.catalog import image_url
from odoo.addons.mall_api.routers.common import ERROR_RESPONSES
from odoo.addons.mall_api.routers.order import keyed_order, order_data, order_data_of, place_keyed
from odoo.addons.mall_api.schemas import Order
from odoo.api import Environment

from ..schemas import (
    PointsMallOrderCreate,
    PointsMallProduct,
    PointsMallProductDetail,
    PointsMallProductList,
    PointsMallVariant,
)

points_mall_router = APIRouter(tags=["points mall"], responses=ERROR_RESPONSES)

STATE_RANK = {"in_stock": 0, "low": 1, "out_of_stock": 2}


def _catalogue(env):
    # public list: the technical user reads no product; points-mall products only
    return env["product.template"].sudo()


@points_mall_router.get("/points-mall/products", response_model=PointsMallProductList)
def list_points_mall_products(
    env: Annotated[Environment, Depends(odoo_env)],
    page: Annotated[int, Query(ge=1, le=10000)] = 1,
    page_size: Annotated[int, Query(ge=1, le=PAGE_SIZE_MAX)] = 20,
) -> PointsMallProductList:
    """The points mall: products exchanged for activity coins + points
    (both, per unit), never for cash. Public."""
    templates, total, states = _catalogue(env)._mall_pm_list(env.company, page, page_size)
    items = []
    for template in templates:
        variants = template.product_variant_ids
        items.append(
            PointsMallProduct(
                id=template.id,
                name=template.name,
                image_url=image_url(env, "product.template", template.id, template.write_date),
                coins=template.mall_pm_coins,
                points=template.mall_pm_points,
                product_id=variants[:1].id,
                variant_count=len(variants),
                stock_state=min(
                    (states[v.id] for v in variants), key=STATE_RANK.get, default="out_of_stock"
                ),
            )
        )
    return PointsMallProductList(items=items, total=total, page=page, page_size=page_size)


@points_mall_router.get(
    "/points-mall/products/{product_id}", response_model=PointsMallProductDetail
)
def get_points_mall_product(
    env: Annotated[Environment, Depends(odoo_env)],
    product_id: Annotated[int, Path(ge=1, le=2**31 - 1)],
) -> PointsMallProductDetail:
    """One product of the points mall with its variants; 404 `not_found` for
    anything else (a normal product too)."""
    template = _catalogue(env)._mall_pm_find(env.company, product_id)
    if not template:
        raise not_found("商品不存在或已下架。")
    variants = template.product_variant_ids
    states = template._mall_pm_stock_states(variants, env.company)
    return PointsMallProductDetail(
        id=template.id,
        name=template.name,
        coins=template.mall_pm_coins,
        points=template.mall_pm_points,
        description=template.description_sale or None,
        images=[image_url(env, "product.template", template.id, template.write_date, "image_1024")],
        variants=[
            PointsMallVariant(
                id=variant.id,
                name=", ".join(variant.product_template_attribute_value_ids.mapped("name"))
                or template.name,
                image_url=image_url(env, "product.product", variant.id, variant.write_date),
                stock_state=states[variant.id],
            )
            for variant in variants
        ],
    )


@points_mall_router.post(
    "/points-mall/orders",
    response_model=Order,
    status_code=201,
    responses={200: {"model": Order, "description": "The order already placed with this key"}},
)
def create_points_mall_order(
    data: PointsMallOrderCreate,
    response: Response,
    shopper: CurrentShopper,
    idempotency_key: Annotated[
        str,
        Header(
            alias="Idempotency-Key",
            pattern=IDEMPOTENCY_KEY_PATTERN,
            description="A key of the client for this exchange: the same key returns the "
            "same order and spends nothing more.",
        ),
    ],
) -> Order:
    """Exchange a points-mall product for its coins AND points (no cash, no
    WeChat Pay): the order, the coins and the points in one transaction, or
    nothing. 403 `real_name_required` (verify first: `POST /me/identity`);
    404 `not_found` (address), `product_not_found`; 409 `insufficient_coins`,
    `insufficient_points`, `out_of_stock`, `request_in_progress`. The order
    is paid at once (`state` `paid`) and shipped like any order."""
    env, member = shopper.env, shopper.member
    repeated = keyed_order(env, member, idempotency_key, response, order_data_of)
    if repeated:
        return repeated
    address = member._mall_delivery_address(data.address_id)
    if not address:
        raise not_found("收货地址不存在。")
    product = env["product.product"].browse(data.product_id).exists()
    if not product:
        raise MallApiError(404, "product_not_found", "商品不存在或已下架。")
    return place_keyed(
        env,
        member,
        idempotency_key,
        response,
        lambda: env["sale.order"]._mall_place_points_mall_order(
            member, address, product, data.qty, idempotency_key
        ),
        order_data_of,
    )


@points_mall_router.post("/points-mall/orders/{order_id}/cancel", response_model=Order)
def cancel_points_mall_order(
    order_id: Annotated[int, Path(ge=1, le=2**31 - 1)], shopper: CurrentShopper
) -> Order:
    """Cancel an exchange not shipped yet: its coins (those not expired by
    their original 48 hours) and points come back. 404 `not_found` (not the
    member's points-mall order); 409 `already_shipped`, `invalid_state`."""
    order = member_order(shopper.env, shopper.member, order_id, lock=True)
    if not order.mall_points_mall:
        raise not_found("订单不存在。")
    order._mall_cancel_points_mall()
    return order_data(shopper.env, order)
