import logging

from fastapi import APIRouter

from ..dependencies import CurrentShopper
from ..exceptions import MallApiError
from ..schemas import ErrorResponse, Member, MemberPhoneRequest, MemberUpdate
from .common import ERROR_RESPONSES, call_wechat, member_data

_logger = logging.getLogger(__name__)

me_router = APIRouter(tags=["member"], responses=ERROR_RESPONSES)

# WeChat errcodes of a bad phone-number code: invalid or used (40029), used
# (40163, as for login codes), missing (41008)
PHONE_INVALID_CODE_ERRCODES = (40029, 40163, 41008)


@me_router.get("/me", response_model=Member)
def get_me(shopper: CurrentShopper) -> Member:
    """The logged-in member."""
    member = shopper.member
    return Member(**member_data(member))


@me_router.patch("/me", response_model=Member)
def update_me(data: MemberUpdate, shopper: CurrentShopper) -> Member:
    """Change the nickname or the avatar of the logged-in member."""
    member = shopper.member
    vals = {}
    if data.nickname is not None:
        vals["name"] = data.nickname
    if data.avatar_url is not None:
        vals["mall_avatar_url"] = data.avatar_url
    if vals:
        member.write(vals)
    return Member(**member_data(member))


def wechat_phone_number(env, code):
    """The phone number of a phone-number button code, as WeChat returns it."""
    return call_wechat(
        lambda: env["wechat.miniprogram"]._get_phone_number(code, company=env.company),
        "getPhoneNumber",
        PHONE_INVALID_CODE_ERRCODES,
        "手机号授权已失效，请重新授权。",
        messages={
            "rate": "获取手机号过于频繁，请稍后再试。",
            "failed": "获取手机号失败，请重新授权。",
            "unconfigured": "商城暂未开放手机号绑定，请稍后再试。",
        },
    )


@me_router.post(
    "/me/phone",
    response_model=Member,
    responses={503: {"model": ErrorResponse, "description": "WeChat unavailable"}},
)
def bind_phone(
    data: MemberPhoneRequest,
    shopper: CurrentShopper,
) -> Member:
    """Bind the member's mobile number with the code of the phone-number button
    (`getPhoneNumber`); the answer shows it masked."""
    env, member = shopper.env, shopper.member
    info = wechat_phone_number(env, data.code)
    country = str(info.get("country_code") or "86")
    number = info.get("pure_phone_number") if country == "86" else info.get("phone_number")
    number = (number or info.get("phone_number") or "").strip()
    if not number:
        _logger.warning("getPhoneNumber answered no number")
        raise MallApiError(503, "wechat_unavailable", "微信服务暂时不可用，请稍后再试。")
    member.write({"mobile": number})
    return Member(**member_data(member))
