"""wechatpy's WeCom client on a configurable base URL, with the database
token cache of ``wechat_miniprogram``.

PROTOCOLS.md section 0: ``wechatpy.work.WeChatClient.API_BASE_URL`` is a plain
attribute (set per instance here) and its ``fetch_access_token`` has the real
host written into it, so it is overridden.  The token row is the one
``wechat_miniprogram`` keeps (``wechat.access.token``), keyed here by
``wecom:<corpid>:<hash of the secret>``: WeCom has one token per secret, and
``WeChatTokenStorage.refresh`` renews it under a row lock in its own short
transaction, so parallel workers fetch one token, not one each.
"""

import hashlib
import logging
from dataclasses import dataclass

import requests
from wechatpy.exceptions import WeChatClientException
from wechatpy.work import WeChatClient

from odoo.addons.wechat_miniprogram.client import RefreshOnceMixin, WeChatTokenStorage

from .const import ERROR_REASONS
from .exceptions import WeComError

_logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class WeComConfig:
    """What a client needs to know of one company's WeCom secret."""

    company_id: int
    corp_id: str
    secret: str
    base_url: str
    timeout: float

    @property
    def token_key(self):
        """The token row's key: one token per corp and secret."""
        digest = hashlib.sha256(self.secret.encode()).hexdigest()[:12]
        return f"wecom:{self.corp_id}:{digest}"

    def url(self, path):
        return f"{self.base_url.rstrip('/')}/{path.lstrip('/')}"


class WeComClient(RefreshOnceMixin, WeChatClient):
    """``wechatpy.work.WeChatClient`` on a configurable base URL with the DB token cache."""

    def __init__(self, config, storage):
        self.config = config
        self.API_BASE_URL = config.url("/cgi-bin/")
        super().__init__(config.corp_id, config.secret, session=storage, timeout=config.timeout)
        self._token_in_use = None
        self._refreshes = 0

    # the storage knows one row: its keys, not wechatpy's "<corpid>_<secret[:10]>_..."
    @property
    def access_token_key(self):
        return self.session.token_key

    @property
    def access_token_expires_at_key(self):
        return self.session.expires_key

    # the refusal wechatpy reports when WeCom keeps refusing refreshed tokens
    REFUSED_ERRCODE = 40014

    def _request_token(self):
        res = self._http.get(
            self.config.url("/cgi-bin/gettoken"),
            params={"corpid": self.corp_id, "corpsecret": self.secret},
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
        _logger.info("WeCom access token fetched for %s", self.corp_id)
        return result["access_token"], int(result.get("expires_in") or 7200)


def make_client(registry, config):
    storage = WeChatTokenStorage(registry, config.company_id, config.token_key)
    return WeComClient(config, storage)


def to_wecom_error(env, exc):
    """A :class:`WeComError` with a translated reason for any client failure."""
    if isinstance(exc, WeComError):
        return exc
    if isinstance(exc, WeChatClientException) and exc.errcode is not None:
        errcode = int(exc.errcode)
        if errcode in ERROR_REASONS:
            message = env._(ERROR_REASONS[errcode])
        else:
            message = env._(
                "WeCom answered error %(errcode)s: %(errmsg)s", errcode=errcode, errmsg=exc.errmsg
            )
        return WeComError(message, errcode=errcode, errmsg=exc.errmsg)
    if isinstance(exc, WeChatClientException):
        status = exc.response.status_code if exc.response is not None else None
        return WeComError(
            env._("WeCom answered with HTTP status %(status)s.", status=status),
            http_status=status,
        )
    if isinstance(exc, requests.Timeout):
        return WeComError(env._("WeCom did not answer in time."), errmsg=str(exc))
    return WeComError(env._("WeCom could not be reached: %(error)s", error=exc), errmsg=str(exc))
