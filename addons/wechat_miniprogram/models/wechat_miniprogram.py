from contextlib import contextmanager

import requests
from wechatpy.exceptions import WeChatClientException

from odoo import api, models
from odoo.exceptions import UserError, ValidationError

from ..client import AppConfig, WeChatMiniProgramClient, WeChatTokenStorage, to_wechat_error
from ..const import (
    DEFAULT_API_BASE_URL,
    DEFAULT_TIMEOUT,
    PNG_SIGNATURE,
    QRCODE_ENV_VERSIONS,
    QRCODE_WIDTH_MAX,
    QRCODE_WIDTH_MIN,
    SCENE_RE,
    TIMEOUT_PARAM,
)
from ..exceptions import WeChatError


class WeChatMiniProgram(models.AbstractModel):
    """The mini-program server API, for other addons to call.

    Every method takes an optional ``company`` (default: the current
    company), reads its settings as superuser and raises
    :class:`~odoo.addons.wechat_miniprogram.exceptions.WeChatError` (a
    ``UserError`` with ``errcode``/``errmsg``) for anything WeChat refuses.

    The methods are private on purpose: they read the AppSecret as superuser
    and spend the app's quotas, so they are for trusted server code only and
    must not be callable over JSON-RPC (Odoo refuses private methods there).
    """

    _name = "wechat.miniprogram"
    _description = "WeChat Mini-Program API"

    # ------------------------------------------------------------------ plumbing

    @api.model
    def _app_config(self, company=None):
        company = (company or self.env.company).sudo()  # the AppSecret is administrators' only
        if not (company.wechat_mp_appid and company.wechat_mp_secret):
            raise UserError(
                self.env._(
                    "The WeChat mini-program of %(company)s is not configured: set its "
                    "AppID and AppSecret in Settings > WeChat Mini-Program.",
                    company=company.name,
                )
            )
        # settings are readable by administrators only; this reads one value
        timeout = self.env["ir.config_parameter"].sudo().get_param(TIMEOUT_PARAM)
        return AppConfig(
            company_id=company.id,
            appid=company.wechat_mp_appid.strip(),
            secret=company.wechat_mp_secret.strip(),
            base_url=(company.wechat_mp_api_base_url or DEFAULT_API_BASE_URL).strip(),
            timeout=float(timeout or DEFAULT_TIMEOUT),
        )

    @api.model
    def _client(self, config):
        storage = WeChatTokenStorage(self.env.registry, config.company_id, config.appid)
        return WeChatMiniProgramClient(config, storage)

    @contextmanager
    def _wechat_errors(self):
        """Turn wechatpy and requests exceptions into :class:`WeChatError`."""
        try:
            yield
        except (WeChatClientException, requests.RequestException) as exc:
            raise to_wechat_error(self.env, exc) from exc

    @api.model
    def _post(self, config, path, data):
        """POST JSON to an API wechatpy does not wrap (absolute URL from the setting)."""
        with self._wechat_errors():
            return self._client(config).post(config.url(path), data=data)

    # ------------------------------------------------------------------ login

    @api.model
    def _code2session(self, code, company=None):
        """Exchange a ``wx.login()`` code: ``{"openid", "unionid", "session_key"}``
        (``unionid`` is ``False`` when the app is not bound to an open platform)."""
        return self._jscode2session(self._app_config(company), code)

    @api.model
    def _jscode2session(self, config, code):
        if not (code or "").strip():
            raise WeChatError(self.env._("The WeChat login code is empty."), errcode=41008)
        with self._wechat_errors():
            result = self._client(config).wxa.code_to_session(code.strip())
        return {
            "openid": result["openid"],
            "unionid": result.get("unionid") or False,
            "session_key": result.get("session_key"),
        }

    @api.model
    def _get_phone_number(self, code, company=None):
        """Exchange a phone-number button code: ``{"phone_number", "pure_phone_number",
        "country_code"}``."""
        config = self._app_config(company)
        with self._wechat_errors():
            info = self._client(config).wxa.get_phone_number(code)["phone_info"]
        return {
            "phone_number": info.get("phoneNumber"),
            "pure_phone_number": info.get("purePhoneNumber"),
            "country_code": info.get("countryCode"),
        }

    @api.model
    def _is_trade_managed(self, company=None):
        """Whether WeChat freezes the payments until shipping info is uploaded."""
        config = self._app_config(company)
        result = self._post(config, "/wxa/sec/order/is_trade_managed", {"appid": config.appid})
        return bool(result.get("is_trade_managed"))

    # ------------------------------------------------------------------ wxacode

    @api.model
    def _check_page(self, page):
        """A mini-program page path as WeChat wants it: no leading slash, no query."""
        if not page:
            return
        if page.startswith("/") or "?" in page or any(c.isspace() for c in page):
            raise ValidationError(
                self.env._(
                    "The mini-program page %(page)s is not valid: write it without a "
                    "leading slash, spaces or query string, e.g. pages/index/index.",
                    page=page,
                )
            )

    @api.model
    def _check_scene(self, scene):
        if not isinstance(scene, str) or not SCENE_RE.match(scene):
            raise ValidationError(
                self.env._(
                    "The scene %(scene)s is not valid: use 1 to 32 characters among "
                    "letters, digits and !#$&'()*+,/:;=?@-._~ (no Chinese characters, "
                    "spaces or percent-encoding).",
                    scene=repr(scene),
                )
            )

    @api.model
    def _get_unlimited_qrcode(
        self,
        scene,
        page=None,
        width=430,
        env_version="release",
        check_path=True,
        is_hyaline=False,
        company=None,
    ):
        """A mini-program code (wxacode.getUnlimited) opening ``page`` with ``scene``,
        as PNG bytes.  ``scene`` and ``page`` are checked before WeChat is called."""
        self._check_scene(scene)
        self._check_page(page)
        if env_version not in QRCODE_ENV_VERSIONS:
            raise ValidationError(
                self.env._(
                    "The mini-program version must be release, trial or develop "
                    "(got %(version)s).",
                    version=env_version,
                )
            )
        if not QRCODE_WIDTH_MIN <= int(width) <= QRCODE_WIDTH_MAX:
            raise ValidationError(
                self.env._(
                    "The width of a mini-program code must be between %(min)s and "
                    "%(max)s pixels.",
                    min=QRCODE_WIDTH_MIN,
                    max=QRCODE_WIDTH_MAX,
                )
            )
        config = self._app_config(company)
        data = {
            "scene": scene,
            "width": int(width),
            "check_path": bool(check_path),
            "env_version": env_version,
            "is_hyaline": bool(is_hyaline),
        }
        if page:
            data["page"] = page
        with self._wechat_errors():
            # wechatpy a26 has no check_path/env_version: post to the same endpoint
            # through client.wxa (so its base URL is used)
            response = self._client(config).wxa._post("wxa/getwxacodeunlimit", data=data)
        content = getattr(response, "content", None)
        if not content or not content.startswith(PNG_SIGNATURE):
            raise WeChatError(self.env._("WeChat did not return a PNG image."))
        return content
