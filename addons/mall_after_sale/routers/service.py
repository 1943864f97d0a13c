from typing import Annotated

from fastapi import APIRouter, Query

from odoo.addons.mall_api.dependencies import CurrentShopper, member_order
from odoo.addons.mall_api.routers.catalog import image_url
from odoo.addons.mall_api.routers.common import ERROR_RESPONSES

from ..schemas import ServiceContact

service_router = APIRouter(tags=["after-sales"], responses=ERROR_RESPONSES)


@service_router.get("/service/contact", response_model=ServiceContact)
def service_contact(
    shopper: CurrentShopper,
    order_id: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
) -> ServiceContact:
    """The customer-service entry (WeCom link and/or QR code); the request is
    recorded with the order it is about. `available` is false while the
    operators have configured neither."""
    env, member = shopper.env, shopper.member
    order = member_order(env, member, order_id) if order_id else None
    company = env.company
    env["mall.service.contact"]._mall_log(member, order)
    available = bool(company.mall_service_url or company.mall_service_qr)
    return ServiceContact(
        available=available,
        message=None if available else "在线客服暂未开通，请稍后再试。",
        url=company.mall_service_url or None,
        qr_image_url=image_url(
            env, "res.company", company.id, company.write_date, field="mall_service_qr"
        )
        if company.mall_service_qr
        else None,
        order_id=order.id if order else None,
    )
