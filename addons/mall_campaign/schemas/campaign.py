from typing import Literal

from pydantic import BaseModel, Field

from odoo.addons.mall_api.schemas import ProductItem, UtcDatetime

__all__ = ["Campaign", "CampaignDetail", "CampaignGift", "CampaignList"]

CampaignKind = Literal["new_member", "discount", "theme"]


class Campaign(BaseModel):
    id: int
    code: str = Field(description="The campaign's code in scenes (`m=<code>`).")
    name: str
    kind: CampaignKind
    date_from: UtcDatetime
    date_to: UtcDatetime | None = None
    banner_url: str | None = None
    description: str | None = None


class CampaignList(BaseModel):
    items: list[Campaign]


class CampaignGift(BaseModel):
    coupon_id: int
    name: str
    rule: str = Field(description="e.g. 无门槛减5")


class CampaignDetail(Campaign):
    products: list[ProductItem] = Field(
        description="Its published products, priced as in the catalogue (`GET /products`)."
    )
    gift: CampaignGift | None = Field(
        default=None, description="A new-member campaign's gift coupon."
    )
