from contextlib import contextmanager

import requests
from wechatpy.exceptions import WeChatClientException
from wechatpy.work.crypto import WeChatCrypto

from odoo import api, models
from odoo.exceptions import UserError

from ..client import WeComConfig, make_client, to_wecom_error
from ..const import DEFAULT_API_BASE_URL, DEFAULT_TIMEOUT, RESULT_PAGE, TIMEOUT_PARAM


class WeComApi(models.AbstractModel):
    """WeCom's server API for the connector's models and other addons.

    Every method takes a ``company``, reads its settings as superuser and
    raises :class:`~odoo.addons.wecom.exceptions.WeComError` for anything
    WeCom refuses.  They are private: they read the secrets and spend the
    corp's quotas, so only trusted server code calls them (Odoo refuses
    private methods over JSON-RPC).
    """

    _name = "wecom.api"
    _description = "WeCom API"

    # ------------------------------------------------------------------ plumbing

    @api.model
    def _config(self, company=None, secret="contact"):
        """The client configuration of ``company`` with its customer-contact
        secret (``secret="contact"``) or its self-built app's (``"agent"``)."""
        company = (company or self.env.company).sudo()  # the secrets are administrators' only
        value = company.wecom_contact_secret if secret == "contact" else company.wecom_agent_secret
        if not (company.wecom_corp_id and value):
            raise UserError(
                self.env._(
                    "WeCom is not configured for %(company)s: set the corp ID and the "
                    "secret in Settings > WeCom.",
                    company=company.name,
                )
            )
        # one system parameter, readable by administrators only
        timeout = self.env["ir.config_parameter"].sudo().get_param(TIMEOUT_PARAM)
        return WeComConfig(
            company_id=company.id,
            corp_id=company.wecom_corp_id.strip(),
            secret=value.strip(),
            base_url=(company.wecom_api_base_url or DEFAULT_API_BASE_URL).strip(),
            timeout=float(timeout or DEFAULT_TIMEOUT),
        )

    @api.model
    def _client(self, company=None, secret="contact"):
        return make_client(self.env.registry, self._config(company, secret))

    @contextmanager
    def _wecom_errors(self):
        """Turn wechatpy and requests exceptions into :class:`WeComError`."""
        try:
            yield
        except (WeChatClientException, requests.RequestException) as exc:
            raise to_wecom_error(self.env, exc) from exc

    @api.model
    def _post(self, company, path, data):
        """POST JSON to ``/cgi-bin/<path>`` (for the calls wechatpy does not wrap)."""
        with self._wecom_errors():
            return self._client(company).post(path, data=data)

    @api.model
    def _crypto(self, company):
        """wechatpy's callback crypto for ``company``, or None when not configured."""
        company = company.sudo()  # the callback token and key are administrators' only
        token, key = company.wecom_callback_token, company.wecom_encoding_aes_key
        if not (company.wecom_corp_id and token and key):
            return None
        return WeChatCrypto(token.strip(), key.strip(), company.wecom_corp_id.strip())

    # ------------------------------------------------------------------ contact ways

    @api.model
    def _add_contact_way(self, company, data):
        """``externalcontact/add_contact_way``: ``{config_id, qr_code}``."""
        return self._post(company, "externalcontact/add_contact_way", data)

    @api.model
    def _update_contact_way(self, company, data):
        return self._post(company, "externalcontact/update_contact_way", data)

    @api.model
    def _del_contact_way(self, company, config_id):
        return self._post(company, "externalcontact/del_contact_way", {"config_id": config_id})

    @api.model
    def _get_contact_way(self, company, config_id):
        return self._post(company, "externalcontact/get_contact_way", {"config_id": config_id})[
            "contact_way"
        ]

    @api.model
    def _download(self, company, url):
        """The bytes at ``url`` (a QR code WeCom hosts)."""
        config = self._config(company)
        with self._wecom_errors():
            response = requests.get(url, timeout=config.timeout)
            response.raise_for_status()
        return response.content

    # ------------------------------------------------------------------ contacts and messages

    @api.model
    def _get_external_contact(self, company, external_userid):
        """``externalcontact/get``: ``{external_contact: {..., unionid?}, follow_user: [...]}``."""
        with self._wecom_errors():
            return self._client(company).external_contact.get(external_userid)

    @api.model
    def _send_welcome_msg(self, company, payload):
        with self._wecom_errors():
            return self._client(company).external_contact.send_welcome_msg(payload)

    @api.model
    def _upload_media(self, company, content, filename, media_type="image"):
        """``media/upload`` (temporary media, 3 days): the media id."""
        with self._wecom_errors():
            result = self._client(company).media.upload(media_type, (filename, content))
        return result["media_id"]

    @api.model
    def _add_msg_template(self, company, payload):
        """``externalcontact/add_msg_template``: ``{msgid, fail_list}``."""
        with self._wecom_errors():
            return self._client(company).external_contact.add_msg_template(payload)

    @api.model
    def _paged(self, company, path, data, key):
        """Every row of a cursor-paged list call (get_groupmsg_task / _send_result)."""
        rows, cursor = [], ""
        while True:
            page = self._post(company, path, dict(data, limit=RESULT_PAGE, cursor=cursor))
            rows += page.get(key) or []
            cursor = page.get("next_cursor") or ""
            if not cursor:
                return rows

    @api.model
    def _get_groupmsg_tasks(self, company, msgid):
        return self._paged(
            company, "externalcontact/get_groupmsg_task", {"msgid": msgid}, "task_list"
        )

    @api.model
    def _get_groupmsg_send_results(self, company, msgid, userid):
        return self._paged(
            company,
            "externalcontact/get_groupmsg_send_result",
            {"msgid": msgid, "userid": userid},
            "send_list",
        )
