from typing import Annotated

from fastapi import Depends, Request
from fastapi.dependencies.utils import get_flat_params
from fastapi.exceptions import RequestValidationError
from fastapi.params import Query as QueryParam
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from odoo.addons.base.models.res_partner import Partner
from odoo.addons.fastapi.dependencies import authenticated_partner, odoo_env
from odoo.api import Environment

from .exceptions import MallApiError, not_found, unauthorized
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
    # the technical user reads no partner but itself: the token's signature vouches
    member = env["res.partner"].sudo().browse(member_id).exists()
    if not member or not member.active or not member.mall_member_since:
        raise unauthorized()
    if member.company_id and member.company_id != env.company:
        raise unauthorized()
    return member


def optional_member_impl(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    env: Annotated[Environment, Depends(odoo_env)],
) -> Partner | None:
    """The member of the bearer token, or ``None``: for public routes that
    answer everyone and tell a member more (the catalogue's member prices).
    No token, and a token that is invalid or expired, are both anonymous: a
    public page must not fail because a stored token went stale (the
    member's own routes answer 401 for it)."""
    try:
        return authenticated_member_impl(credentials, env)
    except MallApiError:
        return None


OptionalMember = Annotated[Partner | None, Depends(optional_member_impl)]
# ``openapi_extra`` of a route with OptionalMember: its bearer token is
# optional (OpenAPI's empty security requirement), so clients and the
# schemathesis run know a request without it is answered too
OPTIONAL_AUTH = {"security": [{}]}


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


class Shopper:
    """The one gate of the shopper routes: the logged-in ``member`` and the
    environment its routes run in.

    The environment is the superuser's (the storefront's technical user has no
    rights of its own) in the endpoint's company; what makes it the member's
    is that routes find records only through the ``_mall_find_*`` methods of
    the models (``sale.order._mall_find_order``, ``_mall_find_cart_line``,
    ``res.partner._mall_delivery_address``, ``mall.after.sale._mall_find_request``…),
    each of which puts the member (and the company) in its domain. Records
    found that way need no further ``sudo()``."""

    __slots__ = ("env", "member")

    def __init__(self, member):
        self.env = member.env
        self.member = member


def current_shopper(
    member: Annotated[Partner, Depends(authenticated_partner)],
    env: Annotated[Environment, Depends(odoo_env)],
) -> Shopper:
    """The :class:`Shopper` of the bearer token (401 ``unauthorized`` otherwise)."""
    # the superuser environment of the request, bound to the member found by
    # its token: see Shopper for why this is the member's scope
    return Shopper(member.with_env(env(su=True)))


CurrentShopper = Annotated[Shopper, Depends(current_shopper)]


def no_unknown_query(request: Request):
    """422 for a query parameter the route does not take (every route of the
    storefront: an app dependency): a misspelt ``with_photo=true`` or
    ``stat=usable`` would otherwise answer everything without a word."""
    route = request.scope.get("route")
    if route is None:
        return
    allowed = {
        field.alias
        for field in get_flat_params(route.dependant)
        if isinstance(field.field_info, QueryParam)
    }
    unknown = [name for name in request.query_params if name not in allowed]
    if unknown:
        raise RequestValidationError(
            [
                {
                    "type": "extra_forbidden",
                    "loc": ("query", name),
                    "msg": "Extra inputs are not permitted",
                    "input": request.query_params[name],
                }
                for name in unknown
            ]
        )
