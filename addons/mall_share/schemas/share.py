"""Schemas of the share and invitation routes."""

from typing import Literal

from pydantic import BaseModel, Field

from odoo.addons.mall_api.schemas.common import StrictModel, UtcDatetime

__all__ = [
    "InviteList",
    "InviteItem",
    "InvitedBy",
    "InviteRewardRule",
    "ShareChannel",
    "ShareCounts",
    "ShareItem",
    "ShareList",
    "ShareOpenRequest",
    "ShareOpenResult",
    "ShareRequest",
]

ShareChannel = Literal["link", "poster"]
InviteState = Literal["registered", "rewarded", "taken_back"]
RewardState = Literal["none", "given", "failed", "taken_back", "kept"]


class ShareRequest(StrictModel):
    product_id: int | None = Field(
        default=None,
        ge=1,
        le=2**31 - 1,
        description="The product (template id) to share; none: an invitation to the shop "
        "(邀请有礼).",
    )
    campaign_id: int | None = Field(
        default=None,
        ge=1,
        le=2**31 - 1,
        description="The running campaign to share (with the campaigns addon; not with "
        "`product_id`). 404 `not_found` for a campaign that is not running; 422 "
        "`campaigns_unavailable` without the campaigns addon.",
    )
    channel: ShareChannel = Field(
        default="link",
        description="`link`: a share card (`onShareAppMessage` with `path`); `poster`: a "
        "picture with the mini-program code (`poster_url`).",
    )


class ShareCounts(BaseModel):
    opens: int = Field(description="Shoppers who opened it (each once; never the sharer).")
    registrations: int = Field(description="New members who registered through it.")
    orders: int = Field(description="Paid orders it brought.")


class ShareItem(ShareCounts):
    id: int
    product_id: int | None = Field(description="None: an invitation to the shop.")
    product_name: str | None = None
    channel: ShareChannel
    scene: str = Field(
        description="The scene (`u=<share code>&p=<product>&h=<share>`): the share link's "
        "`scene` query parameter, the poster code's scene."
    )
    path: str = Field(
        description="The page to share with the scene, for `onShareAppMessage`'s `path`."
    )
    poster_url: str | None = Field(
        default=None, description="The poster (PNG, public URL) of a `poster` share."
    )
    created_at: UtcDatetime
    campaign_id: int | None = Field(
        default=None, description="The shared campaign (with the campaigns addon)."
    )
    campaign_name: str | None = None


class ShareList(BaseModel):
    items: list[ShareItem]
    totals: ShareCounts = Field(
        description="Over all the member's shares; registrations include invitation links."
    )


class ShareOpenRequest(StrictModel):
    scene: str = Field(
        min_length=1, max_length=64, description="The scene the mini-program was opened with."
    )
    client_id: str | None = Field(
        default=None,
        min_length=8,
        max_length=64,
        pattern=r"^[0-9A-Za-z_-]+$",
        description="The client's own random id (kept in its storage): counts an opener who "
        "is not logged in once. Required without a token.",
    )


class ShareOpenResult(BaseModel):
    counted: bool = Field(
        description="Whether this open counted (false: this opener opened it before, or "
        "is the sharer)."
    )
    product_id: int | None = Field(description="The shared product, to show it.")


class InviteRewardRule(BaseModel):
    kind: Literal["none", "points", "coupon"]
    inviter: str | None = Field(description="What the inviter gets, e.g. `100 积分`.")
    invitee: str | None = Field(description="What the invitee gets, e.g. `满50减10`.")


class InviteItem(BaseModel):
    nickname: str = Field(description="The invitee's nickname, masked: `张**`.")
    avatar_url: str | None = None
    registered_at: UtcDatetime
    state: InviteState = Field(
        description="`registered`: waiting for the first order to be received; `rewarded`; "
        "`taken_back`: the first order was refunded in full, the rewards taken back."
    )
    reward_state: RewardState | None = Field(
        description="The inviter's reward (when rewarded): `given`, `failed` (e.g. no coupon "
        "left), `none` (nothing set), `taken_back`, `kept` (a coupon already used when the "
        "first order was refunded)."
    )
    reward: str | None = Field(description="The inviter's reward, e.g. `100 积分`.")


class InvitedBy(BaseModel):
    nickname: str = Field(description="The inviter's nickname, masked: `李**`.")
    state: InviteState
    reward_state: RewardState | None = Field(description="The member's own reward.")
    reward: str | None = Field(description="The member's own reward, e.g. `50 积分`.")


class InviteList(BaseModel):
    items: list[InviteItem]
    rule: InviteRewardRule
    invited: int = Field(description="Members the member invited.")
    rewarded: int = Field(
        description="Of which the first order was received (and kept: not refunded in full)."
    )
    invited_by: InvitedBy | None = Field(
        default=None, description="Who invited the member (when the member was invited)."
    )
