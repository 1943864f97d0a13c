from typing import Annotated

from fastapi import APIRouter, Query

from odoo.addons.mall_api.const import PAGE_SIZE_MAX
from odoo.addons.mall_api.dependencies import CurrentShopper
from odoo.addons.mall_api.routers.common import ERROR_RESPONSES

from ..schemas import MemberPoints, PointsLine

points_router = APIRouter(tags=["points"], responses=ERROR_RESPONSES)


def points_line(line):
    return PointsLine(
        id=line.id,
        kind=line.kind,
        points=line.points,
        pending=line.state == "pending",
        description=line.name,
        order_id=line.order_id.id or None,
        order_name=line.order_id.name or None,
        created_at=line.create_date,
        posted_at=line.posted_at or None,
        expires_on=line.expires_on or None,
    )


@points_router.get("/me/points", response_model=MemberPoints)
def my_points(
    shopper: CurrentShopper,
    page: Annotated[int, Query(ge=1, le=10000)] = 1,
    page_size: Annotated[int, Query(ge=1, le=PAGE_SIZE_MAX)] = 20,
) -> MemberPoints:
    """The member's points: the balance, the points earned and not credited
    yet, those expiring at the end of this year, and the ledger (newest
    first, one page)."""
    env, member = shopper.env, shopper.member
    Line = env["mall.points.line"]
    domain = Line._mall_member_domain(member)
    lines = Line.search(domain, order="id desc", limit=page_size, offset=(page - 1) * page_size)
    return MemberPoints(
        **Line._mall_member_summary(member),
        currency=env.company.currency_id.name,
        items=[points_line(line) for line in lines],
        total=Line.search_count(domain),
        page=page,
        page_size=page_size,
    )
