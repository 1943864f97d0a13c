import logging

from odoo.addons.wechat_miniprogram.exceptions import WeChatError
from odoo.exceptions import UserError

from .. import ratelimit
from ..const import WECHAT_RATE_LIMIT_ERRCODE
from ..exceptions import MallApiError, too_many_requests
from ..schemas import ErrorResponse

_logger = logging.getLogger(__name__)

ERROR_RESPONSES = {
    status: {"model": ErrorResponse, "description": description}
    for status, description in (
        (400, "Bad request"),
        (401, "Not logged in, or the token is invalid or expired"),
        (403, "Forbidden (e.g. a disabled member)"),
        (404, "Not found"),
        (409, "Conflicts with the current state (e.g. out of stock)"),
        (413, "Request body too large"),
        (422, "Invalid input"),
        (429, "Too many requests"),
        (
            503,
            "WeChat or WeChat Pay is unavailable or not configured, or the server is "
            "busy (`busy`: try again after `Retry-After` seconds)",
        ),
    )
}
RETRY_AFTER_HEADER = {
    "Retry-After": {
        "description": "Seconds to wait before trying again",
        "schema": {"type": "integer"},
    }
}
ERROR_RESPONSES[429]["headers"] = RETRY_AFTER_HEADER
ERROR_RESPONSES[503]["headers"] = RETRY_AFTER_HEADER


def member_data(member):
    """The ``Member`` of the API as a dict (``res.partner._mall_member_data``,
    which feature addons extend)."""
    return member._mall_member_data()


def check_rate(
    env,
    bucket,
    client,
    limit_param,
    default_limit,
    window_param,
    default_window,
    message="请求过于频繁，请稍后再试。",
    cost=1,
):
    """Count ``cost`` requests (attempts) of ``client`` in ``bucket``; 429
    ``rate_limited`` with ``Retry-After`` above the limit."""
    params = env["ir.config_parameter"]
    limit = params._mall_param(limit_param, int, default_limit)
    window = params._mall_param(window_param, int, default_window, minimum=1)
    wait = ratelimit.hit((env.cr.dbname, bucket, client), limit, window, cost=cost)
    if wait:
        raise too_many_requests(message, retry_after=wait)


def client_ip(request):
    """The client of a per-IP limit: its IPv4 address, or its IPv6 /64."""
    return ratelimit.client_key(request.client.host if request.client else None)


def call_wechat(call, action, invalid_codes, invalid, invalid_status=400, messages=None):
    """Run ``call`` (a WeChat mini-program call) and turn its failures into the
    API's errors: a bad code → ``invalid_status`` ``invalid_code`` with
    ``invalid``; WeChat's rate limit → 429; busy or unreachable → 503
    ``wechat_unavailable``; other refusals → 400 ``wechat_error``; the app not
    configured → 503 ``not_configured``. ``messages``: ``rate``, ``failed``,
    ``unconfigured`` (Chinese, for the shopper)."""
    messages = messages or {}
    try:
        return call()
    except WeChatError as exc:
        if exc.errcode in invalid_codes:
            raise MallApiError(invalid_status, "invalid_code", invalid) from exc
        if exc.errcode == WECHAT_RATE_LIMIT_ERRCODE:
            raise too_many_requests(messages.get("rate", "请求过于频繁，请稍后再试。")) from exc
        if exc.transient:
            raise MallApiError(
                503, "wechat_unavailable", "微信服务暂时不可用，请稍后再试。"
            ) from exc
        _logger.warning("%s refused: %s (errcode %s)", action, exc.errmsg, exc.errcode)
        raise MallApiError(400, "wechat_error", messages.get("failed", "微信请求失败。")) from exc
    except UserError as exc:
        _logger.warning("%s unavailable: %s", action, exc)
        raise MallApiError(
            503, "not_configured", messages.get("unconfigured", "功能暂未开放，请稍后再试。")
        ) from exc
