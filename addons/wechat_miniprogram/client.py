"""wechatpy, pointed at a configurable base URL and backed by the database.

PROTOCOLS.md section 0: ``WeChatClient.API_BASE_URL`` and ``WeChatWxa.API_BASE_URL``
are plain attributes (set per instance here), and ``fetch_access_token`` has the
real host written into it, so it is overridden.  The token lives in the
``wechat_access_token`` table: :class:`WeChatTokenStorage` is the wechatpy
``SessionStorage`` that reads it, and :meth:`WeChatTokenStorage.refresh` renews
it under a row lock in its own short transaction, so that parallel workers
fetch one token, not one each.
"""

import calendar
import logging
import random
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

import psycopg2.errors
import requests
from wechatpy import WeChatClient
from wechatpy.exceptions import WeChatClientException
from wechatpy.session import SessionStorage

from .const import ERROR_REASONS, TOKEN_MARGIN
from .exceptions import WeChatError

_logger = logging.getLogger(__name__)

LOCK_TRIES = 5
MAX_REFRESHES_PER_CLIENT = 2


@dataclass(frozen=True)
class AppConfig:
    """What a client needs to know of one company's mini-program."""

    company_id: int
    appid: str
    secret: str
    base_url: str
    timeout: float

    def url(self, path):
        return f"{self.base_url.rstrip('/')}/{path.lstrip('/')}"


def _epoch(value):
    return calendar.timegm(value.utctimetuple()) if value else None


class WeChatTokenStorage(SessionStorage):
    """wechatpy session storage over the ``wechat_access_token`` row of an appid.

    Every read uses a fresh cursor so that a token committed by another worker
    is seen at once (the caller's transaction may have started before it).
    """

    def __init__(self, registry, company_id, appid):
        self.registry = registry
        self.company_id = company_id
        self.appid = appid
        self.token_key = f"{appid}_access_token"
        self.expires_key = f"{appid}_access_token_expires_at"
        self._row = None

    def _read(self):
        with self.registry.cursor() as cr:
            cr.execute(
                "SELECT access_token, expires_at FROM wechat_access_token WHERE appid = %s",
                [self.appid],
            )
            row = cr.fetchone()
        self._row = (row[0], _epoch(row[1])) if row else (None, None)
        return self._row

    def get(self, key, default=None):
        if key == self.token_key:
            return self._read()[0] or default
        if key == self.expires_key:
            row = self._row or self._read()
            return row[1] or default
        return default

    def set(self, key, value, ttl=None):
        if key != self.token_key:
            return  # the expiry is stored with the token
        expires_at = datetime.utcnow() + timedelta(seconds=ttl or 7200)
        self._ensure_row()
        with self.registry.cursor() as cr:
            self._write(cr, value, expires_at)

    def delete(self, key):
        if key == self.token_key:
            with self.registry.cursor() as cr:
                cr.execute(
                    "UPDATE wechat_access_token SET access_token = NULL, expires_at = NULL "
                    "WHERE appid = %s",
                    [self.appid],
                )
            self._row = (None, None)

    def _ensure_row(self):
        # its own transaction: the row must exist (and be committed) before it can be locked
        try:
            with self.registry.cursor() as cr:
                cr.execute(
                    """INSERT INTO wechat_access_token
                            (appid, company_id, refresh_count, create_uid, write_uid,
                             create_date, write_date)
                       VALUES (%s, %s, 0, 1, 1,
                               now() at time zone 'UTC', now() at time zone 'UTC')
                       ON CONFLICT (appid) DO NOTHING""",
                    [self.appid, self.company_id],
                    log_exceptions=False,
                )
        except psycopg2.errors.SerializationFailure:
            # repeatable read: another worker inserted the row meanwhile; it exists
            _logger.debug("token row of %s created by another worker", self.appid)

    def _write(self, cr, token, expires_at):
        cr.execute(
            """UPDATE wechat_access_token
                  SET access_token = %s, expires_at = %s, company_id = %s,
                      refresh_count = refresh_count + 1,
                      write_date = now() at time zone 'UTC'
                WHERE appid = %s""",
            [token, expires_at, self.company_id, self.appid],
        )
        self._row = (token, _epoch(expires_at))

    def refresh(self, stale_token, fetch):
        """Return a valid token, fetching one with ``fetch()`` only when needed.

        ``stale_token`` is the token the caller found expired or WeChat refused;
        ``fetch()`` returns ``(token, expires_in)``.  The row is locked
        (``SELECT ... FOR UPDATE``) while the token is fetched, and re-checked
        once the lock is held: a worker that waited for another one's refresh
        uses that token instead of fetching (and so invalidating) another.
        """
        self._ensure_row()
        for attempt in range(LOCK_TRIES):
            try:
                with self.registry.cursor() as cr:
                    cr.execute(
                        "SELECT access_token, expires_at FROM wechat_access_token "
                        "WHERE appid = %s FOR UPDATE",
                        [self.appid],
                        log_exceptions=False,
                    )
                    token, expires_at = cr.fetchone()
                    if (
                        token
                        and token != stale_token
                        and _epoch(expires_at) - time.time() > TOKEN_MARGIN
                    ):
                        self._row = (token, _epoch(expires_at))
                        return token
                    token, expires_in = fetch()
                    self._write(cr, token, datetime.utcnow() + timedelta(seconds=expires_in))
                    return token
            except psycopg2.errors.SerializationFailure:
                # another worker committed a new token while we waited for the
                # lock (repeatable read): look again in a new transaction
                if attempt == LOCK_TRIES - 1:
                    raise
                time.sleep(random.uniform(0.01, 0.05))
        raise AssertionError("unreachable")


class RefreshOnceMixin:
    """A wechatpy client's token from ``WeChatTokenStorage``: the token in use
    is remembered, so that a refusal refreshes it once for every worker
    (``session.refresh``), and a client gives up after
    ``MAX_REFRESHES_PER_CLIENT`` refreshes (wechatpy would retry for ever on a
    token the server keeps refusing). Shared by the mini-program and WeCom
    clients; ``_request_token`` fetches a new token."""

    REFUSED_ERRCODE = 40001

    @property
    def access_token(self):
        token = super().access_token
        self._token_in_use = token
        return token

    def fetch_access_token(self):
        """Called by wechatpy when the cached token is expired or refused (40001/42001)."""
        self._refreshes += 1
        if self._refreshes > MAX_REFRESHES_PER_CLIENT:
            raise WeChatClientException(
                self.REFUSED_ERRCODE, "access token refused after a refresh"
            )
        token = self.session.refresh(self._token_in_use, self._request_token)
        self._token_in_use = token
        return {"access_token": token}


class WeChatMiniProgramClient(RefreshOnceMixin, WeChatClient):
    """``wechatpy.WeChatClient`` on a configurable base URL with the DB token cache."""

    def __init__(self, config, storage):
        self.config = config
        base = config.base_url.rstrip("/")
        self.API_BASE_URL = f"{base}/cgi-bin/"
        super().__init__(config.appid, config.secret, session=storage, timeout=config.timeout)
        self.wxa.API_BASE_URL = f"{base}/"
        self._token_in_use = None
        self._refreshes = 0

    # the refusal wechatpy reports when WeChat keeps refusing refreshed tokens
    REFUSED_ERRCODE = 40001

    def _request_token(self):
        res = self._http.get(
            self.config.url("/cgi-bin/token"),
            params={
                "grant_type": "client_credential",
                "appid": self.appid,
                "secret": self.secret,
            },
            timeout=self.timeout,
        )
        try:
            res.raise_for_status()
        except requests.RequestException as exc:
            raise WeChatClientException(
                None, None, client=self, request=exc.request, response=exc.response
            ) from exc
        result = res.json()
        if result.get("errcode"):
            raise WeChatClientException(
                result["errcode"], result.get("errmsg"), client=self, response=res
            )
        _logger.info("WeChat access token fetched for %s", self.appid)
        return result["access_token"], int(result.get("expires_in") or 7200)


def to_wechat_error(env, exc):
    """A :class:`WeChatError` with a translated reason for any client failure."""
    if isinstance(exc, WeChatError):
        return exc
    if isinstance(exc, WeChatClientException) and exc.errcode is not None:
        errcode = int(exc.errcode)
        if errcode in ERROR_REASONS:
            message = env._(ERROR_REASONS[errcode])
        else:
            message = env._(
                "WeChat answered error %(errcode)s: %(errmsg)s",
                errcode=errcode,
                errmsg=exc.errmsg,
            )
        return WeChatError(message, errcode=errcode, errmsg=exc.errmsg)
    if isinstance(exc, WeChatClientException):
        status = exc.response.status_code if exc.response is not None else None
        return WeChatError(
            env._("WeChat answered with HTTP status %(status)s.", status=status),
            http_status=status,
        )
    if isinstance(exc, requests.Timeout):
        return WeChatError(env._("WeChat did not answer in time."), errmsg=str(exc))
    return WeChatError(env._("WeChat could not be reached: %(error)s", error=exc), errmsg=str(exc))
