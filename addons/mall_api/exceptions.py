from odoo.addons.mall_base.exceptions import MallError

# the kind of MallError each HTTP status stands for (see mall_base.exceptions)
STATUS_KIND = {
    403: "forbidden",
    404: "not_found",
    409: "conflict",
    422: "invalid",
    429: "limit",
    503: "unavailable",
}
KIND_STATUS = {kind: status for status, kind in STATUS_KIND.items()}


class MallApiError(MallError):
    """A refusal of the HTTP layer itself (authentication, rate limits, body
    size, a record the member cannot see): a :class:`MallError` that also
    fixes its HTTP ``status`` and ``headers``. Models never raise it: they
    raise ``MallError``, whose kind the dispatcher maps to a status."""

    def __init__(self, status, code, message, headers=None):
        super().__init__(code, message, kind=STATUS_KIND.get(status, "invalid"))
        self.status = status
        self.headers = headers

    def __str__(self):
        return f"{self.status} {self.code}: {self.message}"


def bad_request(code, message):
    return MallApiError(400, code, message)


def unauthorized(message="请先登录，或登录已过期。"):
    return MallApiError(401, "unauthorized", message, headers={"WWW-Authenticate": "Bearer"})


def not_found(message="找不到该资源。"):
    return MallApiError(404, "not_found", message)


def too_many_requests(message="请求过于频繁，请稍后再试。", retry_after=None):
    headers = {"Retry-After": str(retry_after)} if retry_after else None
    return MallApiError(429, "rate_limited", message, headers=headers)
