from typing import Annotated

from fastapi import APIRouter, Query

from odoo import fields
from odoo.addons.mall_api.const import PAGE_SIZE_MAX
from odoo.addons.mall_api.dependencies import CurrentShopper
from odoo.addons.mall_api.routers.common import ERROR_RESPONSES

from ..schemas import CoinExpiry, CoinLine, MemberCoins

coin_router = APIRouter(tags=["coins"], responses=ERROR_RESPONSES)


def coin_line(line, now):
    return CoinLine(
        id=line.id,
        kind=line.kind,
        source=line.source,
        coins=line.coins,
        balance_after=line.balance_after,
        description=line.name,
        order_id=line.order_id.id or None,
        order_name=line.order_id.name or None,
        created_at=line.date,
        expires_at=line.expires_at or None,
        remaining=line.remaining if line.expires_at and line.expires_at > now else 0,
        expired=bool(line.expires_at and line.expires_at <= now),
    )


@coin_router.get("/me/coins", response_model=MemberCoins)
def my_coins(
    shopper: CurrentShopper,
    page: Annotated[int, Query(ge=1, le=10000)] = 1,
    page_size: Annotated[int, Query(ge=1, le=PAGE_SIZE_MAX)] = 20,
) -> MemberCoins:
    """The member's activity coins (活动币): what can be spent now, the next
    coins to expire and when, and the ledger (newest first, one page)."""
    env, member = shopper.env, shopper.member
    company = env.company
    Line = env["mall.coin.line"]
    now = fields.Datetime.now()
    domain = Line._mall_member_domain(member)
    lines = Line.search(domain, order="id desc", limit=page_size, offset=(page - 1) * page_size)
    coins, expires_at = Line._mall_next_expiry(member, company)
    return MemberCoins(
        balance=Line._mall_balance(member, company),
        next_expiry=CoinExpiry(coins=coins, expires_at=expires_at) if expires_at else None,
        server_time=now,
        lifetime_hours=company.mall_coin_lifetime_hours,
        items=[coin_line(line, now) for line in lines],
        total=Line.search_count(domain),
        page=page,
        page_size=page_size,
    )
