from typing import Annotated

from fastapi import APIRouter, Depends

from odoo.addons.fastapi.dependencies import odoo_env
from odoo.addons.mall_api.dependencies import OPTIONAL_AUTH, CurrentShopper, OptionalMember
from odoo.addons.mall_api.routers.common import ERROR_RESPONSES
from odoo.api import Environment

from ..models.mall_share_invite import mask_nickname
from ..schemas import (
    InvitedBy,
    InviteItem,
    InviteList,
    InviteRewardRule,
    ShareCounts,
    ShareItem,
    ShareList,
    ShareOpenRequest,
    ShareOpenResult,
    ShareRequest,
)

share_router = APIRouter(tags=["shares"], responses=ERROR_RESPONSES)


def share_item(share, counts):
    opens, registrations, orders = counts.get(share.id, (0, 0, 0))
    return ShareItem(
        id=share.id,
        product_id=share.product_tmpl_id.id or None,
        product_name=share.product_tmpl_id.name or None,
        channel=share.channel,
        scene=share.scene,
        path=share._mall_path(),
        poster_url=share._mall_poster_url(),
        created_at=share.create_date,
        opens=opens,
        registrations=registrations,
        orders=orders,
        **share._mall_item_values(),
    )


@share_router.post("/shares", response_model=ShareItem)
def create_share(data: ShareRequest, shopper: CurrentShopper) -> ShareItem:
    """The member's share of a product, of a running campaign
    (`campaign_id`, with the campaigns addon), or else an invitation to the
    shop: its scene and the page to share, and for
    `channel=poster` the poster's URL. Sharing the same thing the same way
    again answers the same share (with its counts). 404 `not_found` for a
    product not in the mall or a campaign not running; 422 `invalid_target`
    (both a product and a campaign), `campaigns_unavailable` (a campaign
    without the campaigns addon); 503 `wechat_unavailable` / `not_configured`
    when the poster's mini-program code cannot be had."""
    share = shopper.env["mall.share"]._mall_share(
        shopper.member, data.product_id, data.channel, campaign_id=data.campaign_id
    )
    return share_item(share, share._mall_counts())


@share_router.post("/shares/open", response_model=ShareOpenResult, openapi_extra=OPTIONAL_AUTH)
def open_share(
    data: ShareOpenRequest,
    env: Annotated[Environment, Depends(odoo_env)],
    member: OptionalMember,
) -> ShareOpenResult:
    """The mini-program was opened with a share's scene: counted once per
    opener (the member of the token, optional; else `client_id`), never for
    the sharer. 422 `invalid_scene` (no sharer in the scene),
    `client_id_required` (no token and no `client_id`); 404
    `share_not_found`."""
    # a public route: the shares and opens are found and written by the
    # model's rules (the scene's sharer, the opener's dedupe), as superuser
    Share = env["mall.share"].sudo()
    if member:
        Share = Share.with_company(member.company_id or env.company)
    share, counted = Share._mall_open(data.scene, member=member, client_id=data.client_id)
    return ShareOpenResult(counted=counted, product_id=share.product_tmpl_id.id or None)


@share_router.get("/me/shares", response_model=ShareList)
def my_shares(shopper: CurrentShopper) -> ShareList:
    """The member's shares, newest first, with their counts and the totals."""
    Share = shopper.env["mall.share"]
    shares = Share._mall_find_member_shares(shopper.member)
    counts = shares._mall_counts()
    return ShareList(
        items=[share_item(share, counts) for share in shares],
        totals=ShareCounts(**Share._mall_member_totals(shopper.member)),
    )


def _reward_rule(company):
    kind = company.mall_share_invite_reward
    texts = {}
    for side in ("inviter", "invitee"):
        if kind == "points":
            points = company[f"mall_share_{side}_points"]
            texts[side] = f"{points} 积分" if points > 0 else None
        elif kind == "coupon":
            texts[side] = company[f"mall_share_{side}_coupon_id"].name or None
        else:
            texts[side] = None
    return InviteRewardRule(kind=kind, **texts)


@share_router.get("/me/invites", response_model=InviteList)
def my_invites(shopper: CurrentShopper) -> InviteList:
    """The members the member invited (masked nicknames), each one's state
    and the member's reward for it; the rule (what each side gets when the
    invitee's first order is received); who invited the member."""
    Invite = shopper.env["mall.share.invite"]
    invites = Invite._mall_find_member_invites(shopper.member)
    items = [
        InviteItem(
            nickname=mask_nickname(invite.invitee_id.name),
            avatar_url=invite.invitee_id.mall_avatar_url or None,
            registered_at=invite.create_date,
            state=invite.state,
            reward_state=invite.inviter_reward_state or None,
            reward=invite.inviter_reward_note or None,
        )
        for invite in invites
    ]
    mine = Invite._mall_find_invited_by(shopper.member)
    invited_by = None
    if mine:
        invited_by = InvitedBy(
            nickname=mask_nickname(mine.inviter_id.name),
            state=mine.state,
            reward_state=mine.invitee_reward_state or None,
            reward=mine.invitee_reward_note or None,
        )
    company = shopper.member.company_id or shopper.env.company
    return InviteList(
        items=items,
        rule=_reward_rule(company),
        invited=len(invites),
        rewarded=len(invites.filtered(lambda i: i.state == "rewarded")),
        invited_by=invited_by,
    )
