from typing import Annotated

from fastapi import APIRouter, Query

from odoo.addons.mall_api.const import PAGE_SIZE_MAX
from odoo.addons.mall_api.dependencies import CurrentShopper
from odoo.addons.mall_api.routers.common import ERROR_RESPONSES

from ..schemas import (
    CommissionLine,
    CommissionList,
    Promoter,
    PromoterApply,
    Withdrawal,
    WithdrawalList,
    WithdrawalRequest,
)

distribution_router = APIRouter(tags=["distribution"], responses=ERROR_RESPONSES)

Page = Annotated[int, Query(ge=1, le=10000)]
PageSize = Annotated[int, Query(ge=1, le=PAGE_SIZE_MAX)]


def _mask(name):
    name = name or ""
    if len(name) <= 1:
        return name + "*"
    return name[0] + "*" * min(len(name) - 1, 3)


def commission_line(line):
    return CommissionLine(
        id=line.id,
        kind=line.kind,
        amount=line.amount,
        level=int(line.level) if line.level else None,
        description=line.name,
        order_name=line.order_id.name or None,
        buyer=_mask(line.buyer_id.name) if line.buyer_id else None,
        created_at=line.create_date,
    )


@distribution_router.get("/me/promoter", response_model=Promoter)
def my_promoter(shopper: CurrentShopper) -> Promoter:
    """分销中心: the member's promoter state and code, its balances (pending,
    withdrawable, withdrawn) and team counts."""
    return Promoter(**shopper.env["mall.promoter"]._mall_member_info(shopper.member))


@distribution_router.post("/me/promoter/apply", response_model=Promoter, status_code=201)
def apply_promoter(data: PromoterApply, shopper: CurrentShopper) -> Promoter:
    """Apply to be a promoter (approved by the shop, or at once when every
    member is one). 409 `already_promoter`, `application_pending`; 422
    `real_name_required`."""
    Promoter_ = shopper.env["mall.promoter"]
    Promoter_._mall_apply(shopper.member, data.real_name)
    return Promoter(**Promoter_._mall_member_info(shopper.member))


@distribution_router.get("/me/promoter/commissions", response_model=CommissionList)
def my_commissions(
    shopper: CurrentShopper, page: Page = 1, page_size: PageSize = 20
) -> CommissionList:
    """佣金明细: the promoter's ledger, newest first. 409 `not_promoter`."""
    env = shopper.env
    promoter = env["mall.promoter"]._mall_require(shopper.member, create=False)
    Line = env["mall.commission.line"]
    domain = Line._mall_member_domain(promoter)
    lines = Line.search(domain, order="id desc", limit=page_size, offset=(page - 1) * page_size)
    return CommissionList(
        items=[commission_line(line) for line in lines],
        total=Line.search_count(domain),
        page=page,
        page_size=page_size,
    )


@distribution_router.get("/me/promoter/withdrawals", response_model=WithdrawalList)
def my_withdrawals(
    shopper: CurrentShopper, page: Page = 1, page_size: PageSize = 20
) -> WithdrawalList:
    """The promoter's withdrawals, newest first. 409 `not_promoter`."""
    env = shopper.env
    promoter = env["mall.promoter"]._mall_require(shopper.member, create=False)
    Withdrawal_ = env["mall.withdrawal"]
    domain = [("promoter_id", "=", promoter.id)]
    records = Withdrawal_.search(
        domain, order="id desc", limit=page_size, offset=(page - 1) * page_size
    )
    return WithdrawalList(
        items=[Withdrawal(**record._mall_member_data()) for record in records],
        total=Withdrawal_.search_count(domain),
        page=page,
        page_size=page_size,
    )


@distribution_router.post("/me/promoter/withdrawals", response_model=Withdrawal, status_code=201)
def request_withdrawal(data: WithdrawalRequest, shopper: CurrentShopper) -> Withdrawal:
    """提现: reserve `amount` of the withdrawable balance for the shop's
    finance to pay. 409 `not_promoter`, `insufficient_balance`; 422
    `real_name_required`, `withdrawal_below_minimum`; 429
    `withdrawal_daily_limit`."""
    record = shopper.env["mall.withdrawal"]._mall_request(
        shopper.member, data.amount, data.real_name
    )
    return Withdrawal(**record._mall_member_data())
