import logging
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response

from odoo import fields
from odoo.addons.fastapi.dependencies import odoo_env
from odoo.addons.mall_base.scene import channel_of_scene
from odoo.api import Environment

from ..const import (
    DEFAULT_LOGIN_RATE_LIMIT,
    DEFAULT_LOGIN_RATE_WINDOW,
    DEFAULT_NICKNAME,
    INVALID_CODE_ERRCODES,
    LOGIN_RATE_LIMIT_PARAM,
    LOGIN_RATE_WINDOW_PARAM,
)
from ..dependencies import CurrentShopper
from ..exceptions import MallApiError
from ..schemas import LoginRequest, LoginResponse, Member
from ..tokens import issue_token
from .common import ERROR_RESPONSES, call_wechat, check_rate, client_ip, member_data

_logger = logging.getLogger(__name__)

auth_router = APIRouter(tags=["auth"], responses=ERROR_RESPONSES)


def check_login_rate(env, request):
    check_rate(
        env,
        "login",
        client_ip(request),
        LOGIN_RATE_LIMIT_PARAM,
        DEFAULT_LOGIN_RATE_LIMIT,
        LOGIN_RATE_WINDOW_PARAM,
        DEFAULT_LOGIN_RATE_WINDOW,
        message="登录尝试过于频繁，请稍后再试。",
    )


def wechat_session(env, code):
    return call_wechat(
        # public route: the technical user may not call the connector itself
        lambda: env["wechat.miniprogram"].sudo()._code2session(code, company=env.company),
        "code2session",
        INVALID_CODE_ERRCODES,
        "登录凭证无效或已使用，请重新登录。",
        invalid_status=401,
        messages={
            "rate": "微信登录过于频繁，请稍后再试。",
            "failed": "微信登录失败，请重新登录。",
            "unconfigured": "商城暂未开放登录，请稍后再试。",
        },
    )


def login_member(env, session, scene):
    """Find the member of the openid in the current company, or create it;
    then ``res.partner._mall_on_login`` (referrals, bindings) sees the scene."""
    # public route, before any member exists: found by the openid WeChat vouched for
    partners = env["res.partner"].sudo().with_context(active_test=False)
    company = env.company
    member = partners.search(
        [("mall_openid", "=", session["openid"]), ("company_id", "=", company.id)], limit=1
    )
    if member:
        if not member.active:
            raise MallApiError(403, "member_disabled", "该账号已停用，请联系客服。")
        vals = {}
        if session.get("unionid") and not member.mall_unionid:
            vals["mall_unionid"] = session["unionid"]
        if not member.mall_member_since:
            vals["mall_member_since"] = fields.Datetime.now()
        if vals:
            member.write(vals)
        member._mall_on_login(scene, created=False)
        return member
    member = partners.create(
        {
            "name": DEFAULT_NICKNAME,
            "company_id": company.id,
            "mall_openid": session["openid"],
            "mall_unionid": session.get("unionid") or False,
            "mall_member_since": fields.Datetime.now(),
            "mall_register_channel": channel_of_scene(scene),
            "mall_register_scene": scene or False,
        }
    )
    member._mall_on_login(scene, created=True)
    return member


@auth_router.post("/auth/login", response_model=LoginResponse)
def login(
    data: LoginRequest,
    request: Request,
    env: Annotated[Environment, Depends(odoo_env)],
) -> LoginResponse:
    """Log in with a `wx.login()` code; the member is created on its first login."""
    check_login_rate(env, request)
    session = wechat_session(env, data.code)
    member = login_member(env, session, data.scene or None)
    token, expires_in = issue_token(env, member.id)
    return LoginResponse(token=token, expires_in=expires_in, member=Member(**member_data(member)))


@auth_router.post("/auth/logout", status_code=204, response_class=Response)
def logout(shopper: CurrentShopper) -> Response:
    """Log out: the token of this request and every other token of the member
    stop working at once (401 `unauthorized`); log in again for a new one."""
    member = shopper.member
    member._mall_revoke_tokens()
    return Response(status_code=204)
