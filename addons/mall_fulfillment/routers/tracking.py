from typing import Annotated

from fastapi import APIRouter, Path

from odoo.addons.mall_api.dependencies import CurrentShopper, member_order
from odoo.addons.mall_api.routers.common import ERROR_RESPONSES, check_rate

from ..const import DEFAULT_RATE_LIMIT, DEFAULT_RATE_WINDOW, RATE_LIMIT_PARAM, RATE_WINDOW_PARAM
from ..schemas import TrackingEvent, TrackingList, TrackingShipment

tracking_router = APIRouter(tags=["order"], responses=ERROR_RESPONSES)


def shipment_data(picking, tracking):
    if not tracking:
        return TrackingShipment(
            carrier=picking.carrier_id.name or None,
            carrier_code=picking.carrier_id.mall_kuaidi100_code or None,
            tracking_number=picking.carrier_tracking_ref,
            state="unknown",
            events=[],
        )
    return TrackingShipment(
        carrier=tracking.carrier_id.name or picking.carrier_id.name or None,
        carrier_code=tracking.carrier_code,
        tracking_number=tracking.number,
        state=tracking.state,
        updated_at=tracking.last_update_at or None,
        events=[
            TrackingEvent(
                time=event.time or None,
                context=event.context or "",
                location=event.location or None,
                status=event.status or None,
            )
            for event in tracking.event_ids.sorted(lambda e: (e.sequence, e.id))
        ],
    )


@tracking_router.get("/orders/{order_id}/tracking", response_model=TrackingList)
def order_tracking(
    order_id: Annotated[int, Path(ge=1, le=2**31 - 1)],
    shopper: CurrentShopper,
) -> TrackingList:
    """The logistics timeline of each shipment of one of the member's orders.

    Every call counts against the member's hourly limit, cached answers too."""
    env, member = shopper.env, shopper.member
    order = member_order(env, member, order_id)
    check_rate(
        env,
        "tracking-member",
        member.id,
        RATE_LIMIT_PARAM,
        DEFAULT_RATE_LIMIT,
        RATE_WINDOW_PARAM,
        DEFAULT_RATE_WINDOW,
    )
    shipments = []
    for picking in order._mall_deliveries().filtered("carrier_tracking_ref").sorted("id"):
        tracking = picking._mall_get_tracking()
        if tracking:
            tracking._mall_refresh(member=member)
        shipments.append(shipment_data(picking, tracking))
    return TrackingList(order_id=order.id, shipments=shipments)
