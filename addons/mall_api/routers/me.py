from typing import Annotated

from fastapi import APIRouter, Depends

from odoo.addons.base.models.res_partner import Partner
from odoo.addons.fastapi.dependencies import authenticated_partner

from ..schemas import Member, MemberUpdate
from .common import ERROR_RESPONSES, member_data

me_router = APIRouter(tags=["member"], responses=ERROR_RESPONSES)


@me_router.get("/me", response_model=Member)
def get_me(member: Annotated[Partner, Depends(authenticated_partner)]) -> Member:
    """The logged-in member."""
    return Member(**member_data(member))


@me_router.patch("/me", response_model=Member)
def update_me(
    data: MemberUpdate, member: Annotated[Partner, Depends(authenticated_partner)]
) -> Member:
    """Change the nickname or the avatar of the logged-in member."""
    vals = {}
    if data.nickname is not None:
        vals["name"] = data.nickname
    if data.avatar_url is not None:
        vals["mall_avatar_url"] = data.avatar_url
    if vals:
        member.sudo().write(vals)
    return Member(**member_data(member))
