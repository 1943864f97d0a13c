from fastapi import APIRouter

from odoo.addons.mall_api.dependencies import CurrentShopper
from odoo.addons.mall_api.routers.common import ERROR_RESPONSES, check_rate

from ..schemas import IdentityRequest, MemberIdentity

identity_router = APIRouter(tags=["identity"], responses=ERROR_RESPONSES)


def member_identity(identity):
    if not identity:
        return MemberIdentity(state="unverified")
    return MemberIdentity(
        state="verified",
        name=identity.real_name_masked,
        id_number=identity.id_number_masked,
        verified_at=identity.verified_at,
    )


@identity_router.get("/me/identity", response_model=MemberIdentity)
def my_identity(shopper: CurrentShopper) -> MemberIdentity:
    """The member's real-name state, with the name and number masked."""
    return member_identity(shopper.member._mall_identity())


@identity_router.post("/me/identity", response_model=MemberIdentity, status_code=201)
def verify_identity(data: IdentityRequest, shopper: CurrentShopper) -> MemberIdentity:
    """Verify the member's real name (实名认证): the number's check character
    and birth date are checked here, then name and number by the
    verification service. 422 `invalid_name`, `invalid_id_number`,
    `invalid_id_checksum`, `invalid_birth_date`, `identity_mismatch`; 409
    `already_verified`, `identity_in_use` (another account verified this
    number); 429 `rate_limited` (attempts per member); 503
    `identity_unavailable` (try again later), `identity_not_configured`.
    Nothing is stored unless verified."""
    check_rate(
        shopper.env,
        "identity",
        shopper.member.id,
        "mall_identity.verify_rate_limit",
        10,
        "mall_identity.verify_rate_window",
        3600,
        message="实名认证尝试次数过多，请稍后再试。",
    )
    identity = shopper.member._mall_verify_identity(data.name, data.id_number)
    return member_identity(identity)
