import logging


class MallApiError(Exception):
    """An expected error of the storefront API: answered as
    ``{"error": {"code", "message"}}`` with ``status``, logged at INFO without
    a traceback (Odoo's request handler honours ``loglevel``)."""

    loglevel = logging.INFO

    def __init__(self, status, code, message, headers=None):
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers


def bad_request(code, message):
    return MallApiError(400, code, message)


def unauthorized(message="请先登录，或登录已过期。"):
    return MallApiError(401, "unauthorized", message, headers={"WWW-Authenticate": "Bearer"})


def not_found(message="找不到该资源。"):
    return MallApiError(404, "not_found", message)


def too_many_requests(message="请求过于频繁，请稍后再试。", retry_after=None):
    headers = {"Retry-After": str(retry_after)} if retry_after else None
    return MallApiError(429, "rate_limited", message, headers=headers)
