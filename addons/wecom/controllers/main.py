"""WeCom's callback URL: ``/wecom/callback/<company id>``.

Every message is verified (``msg_signature``) and decrypted with wechatpy's
WeCom crypto before anything is read from it; its timestamp must be within
5 minutes of now.  A bad signature, a message for another corp or a stale
timestamp is answered 403 and writes nothing.  A message received before
(a WeCom retry or a replay) is answered 200 and writes nothing either.
The answer is given at once; the welcome message and the contact's details
follow in queue jobs after the commit."""

import logging
import time

from wechatpy.exceptions import InvalidSignatureException
from wechatpy.work.exceptions import InvalidCorpIdException

from odoo import http
from odoo.http import request

from ..const import CALLBACK_MAX_AGE

_logger = logging.getLogger(__name__)

CRYPTO_ERRORS = (InvalidSignatureException, InvalidCorpIdException, ValueError, KeyError, TypeError)


class WeComCallback(http.Controller):
    def _company_crypto(self, company_id):
        # the callback is anonymous: the company and its keys are read as superuser
        company = request.env["res.company"].sudo().browse(company_id).exists()
        crypto = company and request.env["wecom.api"].sudo()._crypto(company)
        return company, crypto

    @staticmethod
    def _refuse(status, reason, company_id):
        _logger.warning("WeCom callback of company %s refused: %s", company_id, reason)
        return request.make_response(reason, [("Content-Type", "text/plain")], status=status)

    @http.route(
        "/wecom/callback/<int:company_id>",
        type="http",
        auth="public",
        methods=["GET", "POST"],
        csrf=False,
        save_session=False,
    )
    def wecom_callback(self, company_id, **params):
        company, crypto = self._company_crypto(company_id)
        if not crypto:
            return self._refuse(404, "not configured", company_id)
        signature = params.get("msg_signature") or ""
        timestamp = params.get("timestamp") or ""
        nonce = params.get("nonce") or ""
        if request.httprequest.method == "GET":
            try:
                plain = crypto.check_signature(
                    signature, timestamp, nonce, params.get("echostr") or ""
                )
            except CRYPTO_ERRORS:
                return self._refuse(403, "bad signature", company_id)
            # the plaintext only: no quotes, BOM or newline
            return request.make_response(plain, [("Content-Type", "text/plain; charset=utf-8")])
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > CALLBACK_MAX_AGE:
            return self._refuse(403, "stale timestamp", company_id)
        body = request.httprequest.get_data()
        try:
            xml = crypto.decrypt_message(body, signature, timestamp, nonce)
        except CRYPTO_ERRORS:
            return self._refuse(403, "bad signature", company_id)
        except Exception:  # noqa: BLE001 - a malformed body is refused, never a 500
            return self._refuse(400, "malformed message", company_id)
        # verified: the event is the connector's record, stored as superuser
        request.env["wecom.event"].sudo()._wecom_receive(company, xml)
        return request.make_response("success", [("Content-Type", "text/plain")])
