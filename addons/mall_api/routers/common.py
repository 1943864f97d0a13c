from .. import ratelimit
from ..exceptions import too_many_requests
from ..schemas import ErrorResponse

ERROR_RESPONSES = {
    status: {"model": ErrorResponse, "description": description}
    for status, description in (
        (400, "Bad request"),
        (401, "Not logged in, or the token is invalid or expired"),
        (403, "Forbidden (e.g. a disabled member)"),
        (404, "Not found"),
        (409, "Conflicts with the current state (e.g. out of stock)"),
        (422, "Invalid input"),
        (429, "Too many requests"),
        (503, "WeChat or WeChat Pay is unavailable or not configured"),
    )
}


def member_data(member):
    return {
        "id": member.id,
        "nickname": member.name,
        "avatar_url": member.mall_avatar_url or None,
        "member_since": member.mall_member_since or None,
        "register_channel": member.mall_register_channel or None,
        "phone": member._mall_masked_mobile(),
    }


def int_param(env, key, default):
    value = env["ir.config_parameter"].sudo().get_param(key)
    try:
        return int(value) if value not in (None, False, "") else default
    except ValueError:
        return default


def check_rate(env, bucket, client, limit_param, default_limit, window_param, default_window):
    """Count a request of ``client`` in ``bucket``; 429 above the limit."""
    limit = int_param(env, limit_param, default_limit)
    window = max(int_param(env, window_param, default_window), 1)
    wait = ratelimit.hit((env.cr.dbname, bucket, client), limit, window)
    if wait:
        raise too_many_requests(retry_after=wait)


def client_ip(request):
    return request.client.host if request.client else "unknown"
