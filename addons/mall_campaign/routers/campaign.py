from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from odoo.addons.fastapi.dependencies import odoo_env
from odoo.addons.mall_api.exceptions import not_found
from odoo.addons.mall_api.routers.common import ERROR_RESPONSES
from odoo.api import Environment

from ..schemas import Campaign, CampaignDetail, CampaignGift, CampaignList

campaign_router = APIRouter(tags=["campaigns"], responses=ERROR_RESPONSES)


def _campaigns(env):
    # public pages: the technical user reads no campaigns; running ones only
    return env["mall.campaign"].sudo()


def _running_domain(env):
    return [("company_id", "=", env.company.id), ("running", "=", True)]


def campaign_data(env, campaign):
    banner_url = None
    if campaign.banner:
        base = env["mall.catalog"]._base_url()
        unique = int(campaign.write_date.timestamp())
        banner_url = f"{base}/mall/campaign/{campaign.id}/banner?unique={unique}"
    return {
        "id": campaign.id,
        "code": campaign.code,
        "name": campaign.name,
        "kind": campaign.kind,
        "date_from": campaign.date_from,
        "date_to": campaign.date_to or None,
        "banner_url": banner_url,
        "description": campaign.description or None,
    }


@campaign_router.get("/campaigns", response_model=CampaignList)
def list_campaigns(
    env: Annotated[Environment, Depends(odoo_env)],
    code: Annotated[str | None, Query(max_length=16, pattern=r"^[0-9A-Za-z_-]+$")] = None,
) -> CampaignList:
    """The campaigns running now, newest first; `code` (from a scene's
    `m=<code>`) picks one."""
    domain = _running_domain(env)
    if code:
        domain.append(("code", "=", code))
    campaigns = _campaigns(env).search(domain, order="date_from desc, id desc", limit=50)
    return CampaignList(items=[Campaign(**campaign_data(env, c)) for c in campaigns])


@campaign_router.get("/campaigns/{campaign_id}", response_model=CampaignDetail)
def get_campaign(
    env: Annotated[Environment, Depends(odoo_env)],
    campaign_id: Annotated[int, Path(ge=1, le=2**31 - 1)],
) -> CampaignDetail:
    """A running campaign with its published products (priced as in the
    catalogue) and, for a new-member campaign, its gift; 404 `not_found`
    when unknown, not published, not started or ended."""
    campaign = _campaigns(env).search([*_running_domain(env), ("id", "=", campaign_id)])
    if not campaign:
        raise not_found("活动不存在或已结束。")
    catalog = env["mall.catalog"]
    # the catalogue's published products, read as the catalogue reads them
    templates = (
        env["product.template"]
        .sudo()
        .search([*catalog._published_domain(), ("id", "in", campaign.product_tmpl_ids.ids)])
    )
    prices = catalog._prices_from(templates.ids)
    currency = env.company.sudo().currency_id.name
    products = [
        {
            "id": template.id,
            "name": template.name,
            "price_from": prices.get(template.id, 0.0),
            "currency": currency,
            "image_url": catalog._image_url("product.template", template.id, template.write_date),
            "category": {"id": template.categ_id.id, "name": template.categ_id.name}
            if template.categ_id
            else None,
        }
        for template in templates
    ]
    gift = None
    if campaign.kind == "new_member" and campaign.coupon_id:
        coupon = campaign.coupon_id
        gift = CampaignGift(coupon_id=coupon.id, name=coupon.name, rule=coupon.description or "")
    return CampaignDetail(**campaign_data(env, campaign), products=products, gift=gift)
