"""The dispatcher of the storefront API: every error becomes one JSON shape.

OCA fastapi lets exceptions bubble up from the FastAPI app to Odoo (so the
transaction is rolled back and serialization failures are retried) and then
answers ``{"detail": ...}``. The ``mall`` app is routed through this
dispatcher instead, which answers ``{"error": {"code", "message"}}`` and
marks expected 4xx so that Odoo logs them at INFO without a traceback.
"""

import json
import logging
import re
from io import BytesIO

from fastapi.exceptions import RequestValidationError
from psycopg2.pool import PoolError
from starlette.exceptions import HTTPException as StarletteHTTPException
from werkzeug.exceptions import HTTPException as WerkzeugHTTPException

from odoo.addons.fastapi.fastapi_dispatcher import FastApiDispatcher
from odoo.addons.fastapi.pools import fastapi_app_pool
from odoo.addons.mall_base.exceptions import MallError
from odoo.exceptions import AccessDenied, AccessError, MissingError, UserError

from .const import ROOT_PATH, ROUTING_TYPE
from .exceptions import KIND_STATUS, MallApiError

_logger = logging.getLogger(__name__)

HTTP_CODES = {
    400: ("bad_request", "请求有误。"),
    401: ("unauthorized", "请先登录，或登录已过期。"),
    403: ("forbidden", "没有权限执行此操作。"),
    404: ("not_found", "找不到该资源。"),
    405: ("method_not_allowed", "不支持该请求方法。"),
    409: ("conflict", "请求与当前状态冲突。"),
    413: ("payload_too_large", "请求内容过大。"),
    415: ("unsupported_media_type", "不支持的请求内容类型。"),
    422: ("validation_error", "请求参数不正确。"),
    429: ("rate_limited", "请求过于频繁，请稍后再试。"),
    500: ("internal_error", "服务器内部错误，请稍后再试。"),
    503: ("service_unavailable", "服务暂时不可用，请稍后再试。"),
}
# a saturated connection pool (Odoo's, or the stock holds' own): 503 busy
BUSY = ("busy", "当前购买人数较多，请稍后重试。")
BUSY_RETRY_AFTER = 1


class ResponseLost(Exception):
    """The app ended without a response and without an exception: a2wsgi
    (between Odoo's WSGI and FastAPI's ASGI) lost an error of the app — its
    known cause is closed by ``asgi.MallASGIMiddleware``; kept for any other
    — and OCA fastapi then fails on the missing headers (a 500 with a
    traceback). The request is rolled back like any error, so the client is
    told to try again (503 + ``Retry-After``)."""


_NON_ASCII = re.compile(rb"[^\x21-\x7e]")


def ascii_query_string(query):
    """``QUERY_STRING`` with every byte outside printable ASCII percent-encoded.

    A client may send a raw, unencoded query (``?q=大米`` as UTF-8 bytes).
    Werkzeug's server puts it into the environ as the Latin-1 reading of
    the UTF-8 encoding of the Latin-1 reading of the raw bytes ("WSGI encoding
    dance" applied to an already decoded string); a2wsgi then encodes the query
    as ASCII for the ASGI scope and fails with ``UnicodeEncodeError`` (a 500).
    Undo the dance when it was applied, then percent-encode: starlette decodes
    ``%E5%A4%A7`` back to UTF-8 as for any encoded query.
    """
    if query.isascii():
        return query
    raw = query.encode("latin-1", "replace")
    try:
        raw = raw.decode("utf-8").encode("latin-1")
    except (UnicodeDecodeError, UnicodeEncodeError):
        # a server that passes the raw bytes as Latin-1 (PEP 3333): keep them
        _logger.debug("query string not double-encoded: %r", query)
    return _NON_ASCII.sub(lambda match: b"%%%02X" % match.group()[0], raw).decode("ascii")


def _describe_validation(errors):
    """A short Chinese message naming the first invalid field."""
    for error in errors:
        loc = [str(part) for part in error.get("loc", ()) if part not in ("body", "query", "path")]
        if loc:
            return f"请求参数不正确：{'.'.join(loc)}。"
    return HTTP_CODES[422][1]


def error_status_body(exc):
    """``(status, {"error": {...}}, headers, expected)`` for any exception."""
    headers = None
    expected = True
    if isinstance(exc, MallApiError):
        status, code, message, headers = exc.status, exc.code, exc.message, exc.headers
    elif isinstance(exc, MallError):
        # a business rule of a model: its kind says which status
        status, code, message = KIND_STATUS.get(exc.kind, 400), exc.code, exc.message
    elif isinstance(exc, RequestValidationError):
        status = 422
        code = HTTP_CODES[422][0]
        message = _describe_validation(exc.errors())
    elif isinstance(exc, StarletteHTTPException | WerkzeugHTTPException):
        status = getattr(exc, "status_code", None) or getattr(exc, "code", None) or 500
        headers = getattr(exc, "headers", None)
        code, message = HTTP_CODES.get(status, HTTP_CODES[500 if status >= 500 else 400])
        expected = status < 500
    elif isinstance(exc, AccessDenied | AccessError):
        status, (code, message) = 403, HTTP_CODES[403]
    elif isinstance(exc, MissingError):
        status, (code, message) = 404, HTTP_CODES[404]
    elif isinstance(exc, UserError):
        status, code, message = 400, "bad_request", exc.args[0]
    elif isinstance(exc, ResponseLost):
        status, (code, message) = 503, HTTP_CODES[503]
        headers = {"Retry-After": str(BUSY_RETRY_AFTER)}
        _logger.warning("answered 503: the app returned no response (a2wsgi)")
    elif isinstance(exc, PoolError):
        # load, not a defect: the client tries again after Retry-After
        status, (code, message) = 503, BUSY
        retry_after = getattr(exc, "retry_after", None) or BUSY_RETRY_AFTER
        headers = {"Retry-After": str(retry_after)}
        _logger.warning("answered 503 busy: %s", exc)
    else:
        status, (code, message) = 500, HTTP_CODES[500]
        expected = False
    return status, {"error": {"code": code, "message": message}}, headers, expected


class MallFastApiDispatcher(FastApiDispatcher):
    routing_type = ROUTING_TYPE

    def dispatch(self, endpoint, args):
        self._check_body_size()
        self._check_json_body()
        try:
            return self._dispatch_app()
        except AttributeError as error:
            # OCA fastapi reads the status and headers that the app's
            # start_response set: none at all means the response was lost
            if hasattr(self, "status") or hasattr(self, "headers"):
                raise
            raise ResponseLost() from error

    def _dispatch_app(self):
        """OCA fastapi's ``dispatch``, with the app pool keyed by the
        endpoint's root path rather than by the request's path.

        OCA fastapi keys its pool of FastAPI apps by the whole path
        (``/mall/v1/lotteries/2857/registrations``): every path not seen
        before by the worker builds a new app (every router included again;
        FastAPI then builds the new app's route contexts on its first
        request: ~0.2–1 s on a 2-core machine) and keeps it for ever.
        Routes with an id in the path (a registration per lottery, an order
        by id…) paid that on most requests. One pool per endpoint: the app
        is the same for every path under its root."""
        self.request.params = {}
        environ = self._get_environ()
        path = environ["PATH_INFO"]
        env = self.request.env
        endpoints = env["fastapi.endpoint"].sudo()  # the app's settings, read before login
        record = endpoints._get_endpoint(path)
        root_path = record.root_path if record else path
        with fastapi_app_pool.get_app(env=env, root_path=root_path) as app:
            uid = endpoints.get_uid(root_path)
            data = BytesIO()
            with self._manage_odoo_env(uid):
                for chunk in app(environ, self._make_response):
                    data.write(chunk)
                if self.inner_exception:
                    raise self.inner_exception
                return self.request.make_response(
                    data.getvalue(), headers=self.headers, status=self.status
                )

    def _check_body_size(self):
        """A body larger than the route allows is refused here (413
        ``payload_too_large``), before a byte of it is read or parsed (the
        JSON check below and FastAPI would each parse it). The limit is
        ``fastapi.endpoint._mall_max_body_bytes`` of the method and path; a
        body without ``Content-Length`` (chunked) is cut at the same size."""
        httprequest = self.request.httprequest
        path = httprequest.path
        if path.startswith(ROOT_PATH):
            path = path[len(ROOT_PATH) :] or "/"
        limit = (
            self.request.env["fastapi.endpoint"]
            .sudo()  # a setting of the app, read before anyone is authenticated
            ._mall_max_body_bytes(httprequest.method, path)
        )
        too_large = MallApiError(
            413, "payload_too_large", f"请求内容过大（最多 {limit // 1024} KB）。"
        )
        length = httprequest.content_length
        if length is not None:
            if length > limit:
                raise too_large
            return
        if "chunked" in (httprequest.headers.get("Transfer-Encoding") or "").lower():
            # no length announced: read at most one byte more than allowed;
            # what was read is kept for the app (werkzeug's cached data)
            wrapped = getattr(httprequest, "_HTTPRequest__wrapped", httprequest)
            data = wrapped.stream.read(limit + 1)
            if len(data) > limit:
                raise too_large
            wrapped._cached_data = data

    def _check_json_body(self):
        """A JSON body that does not parse is refused here (422), before the
        app: FastAPI raises that error from a place where a2wsgi sometimes
        loses it, and OCA fastapi then answers 500 (about 1 request in 20)."""
        httprequest = self.request.httprequest
        if httprequest.mimetype != "application/json" or not httprequest.content_length:
            return
        body = httprequest.get_data(cache=True)
        try:
            json.loads(body)
        except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError
            raise MallApiError(422, "validation_error", "请求内容不是有效的 JSON。") from exc

    def _get_environ(self):
        environ = super()._get_environ()
        query = environ.get("QUERY_STRING") or ""
        if not query.isascii():
            # a copy: Odoo's request keeps its own environ
            environ = dict(environ, QUERY_STRING=ascii_query_string(query))
        return environ

    def handle_error(self, exc):
        status, body, headers, expected = error_status_body(exc)
        if expected and not hasattr(exc, "loglevel"):
            # odoo.http.Application logs an exception with ``loglevel`` at that
            # level and without a traceback: a 4xx is the shopper's mistake.
            try:
                exc.loglevel = logging.INFO
            except AttributeError:
                _logger.debug("could not lower the log level of %r", exc)
        return self.request.make_json_response(body, status=status, headers=headers)
