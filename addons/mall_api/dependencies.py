from typing import Annotated

from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from odoo.addons.base.models.res_partner import Partner
from odoo.addons.fastapi.dependencies import odoo_env
from odoo.api import Environment

from .exceptions import not_found, unauthorized
from .tokens import verify_token

bearer = HTTPBearer(auto_error=False, description="The token of POST /auth/login.")


def authenticated_member_impl(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    env: Annotated[Environment, Depends(odoo_env)],
) -> Partner:
    """The member of the bearer token; 401 ``unauthorized`` otherwise."""
    if not credentials or credentials.scheme.lower() != "bearer":
        raise unauthorized()
    member_id = verify_token(env, credentials.credentials)
    if not member_id:
        raise unauthorized()
    member = env["res.partner"].sudo().browse(member_id).exists()
    if not member or not member.active or not member.mall_member_since:
        raise unauthorized()
    if member.company_id and member.company_id != env.company:
        raise unauthorized()
    return member


def member_order(env, member, order_id, lock=False):
    """The mall order ``order_id`` of ``member`` (404 ``not_found`` for an
    unknown id, another member's order or a cart). With ``lock``, the order's
    row is locked until the request ends, so the shopper's actions on one
    order (pay, cancel, receive, after-sales, and the expiry cron) run one
    after the other, each seeing the result of the one before.

    The public way for any addon's router to reach a member's order."""
    order = env["sale.order"]._mall_find_order(member, order_id)
    if not order:
        raise not_found("订单不存在。")
    if lock:
        order._mall_lock()
    return order
