import logging

from odoo import http
from odoo.exceptions import UserError
from odoo.http import request

from .. import const
from ..utils import WechatpaySignatureError

_logger = logging.getLogger(__name__)


class WechatpayController(http.Controller):
    _notify_url = const.NOTIFY_ROUTE
    _refund_notify_url = const.REFUND_NOTIFY_ROUTE

    @http.route(
        [_notify_url, _refund_notify_url],
        type="http",
        methods=["POST"],
        auth="public",
        csrf=False,
        save_session=False,
    )
    def wechatpay_notify(self):
        """Receive a WeChat Pay notify (payment or refund).

        Success is HTTP 200; a refused notify gets 401 (signature) or 400 (content)
        with ``{"code": "FAIL", "message": ...}`` and WeChat Pay sends it again
        later. Only the state change happens here; the slow follow-up
        (post-processing) runs in a job.
        """
        body = request.httprequest.get_data()
        headers = request.httprequest.headers
        try:
            # WeChat Pay's notify: public route; nothing is applied before the signature check
            request.env["payment.transaction"].sudo()._wechatpay_handle_notify(headers, body)
        except WechatpaySignatureError as error:
            _logger.warning(
                "WeChat Pay notify refused (401) from %s: %s",
                request.httprequest.remote_addr,
                error,
            )
            return self._fail(401, "signature verification failed")
        except UserError as error:  # ValidationError included
            _logger.warning("WeChat Pay notify refused (400): %s", error)
            return self._fail(400, str(error))
        return request.make_json_response({"code": "SUCCESS", "message": "OK"})

    @http.route(
        const.TRANSFER_NOTIFY_ROUTE,
        type="http",
        methods=["POST"],
        auth="public",
        csrf=False,
        save_session=False,
    )
    def wechatpay_transfer_notify(self):
        """Receive a merchant transfer notify (``MCHTRANSFER.BILL.FINISHED``),
        verified exactly as the payment notify (both verification modes)."""
        body = request.httprequest.get_data()
        headers = request.httprequest.headers
        try:
            # WeChat Pay's notify: public route; nothing is applied before the signature check
            request.env["payment.wechatpay.transfer"].sudo()._wechatpay_handle_transfer_notify(
                headers, body
            )
        except WechatpaySignatureError as error:
            _logger.warning(
                "WeChat Pay transfer notify refused (401) from %s: %s",
                request.httprequest.remote_addr,
                error,
            )
            return self._fail(401, "signature verification failed")
        except UserError as error:  # ValidationError included
            _logger.warning("WeChat Pay transfer notify refused (400): %s", error)
            return self._fail(400, str(error))
        return request.make_json_response({"code": "SUCCESS", "message": "OK"})

    @staticmethod
    def _fail(status, message):
        return request.make_json_response({"code": "FAIL", "message": message}, status=status)
