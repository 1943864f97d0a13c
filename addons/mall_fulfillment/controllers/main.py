import logging

from odoo import http
from odoo.http import request

from ..const import PUSH_ROUTE

_logger = logging.getLogger(__name__)

OK = {"result": True, "returnCode": "200", "message": "成功"}
REFUSED = {"result": False, "returnCode": "400", "message": "签名验证失败"}


class Kuaidi100PushController(http.Controller):
    @http.route(PUSH_ROUTE, type="http", auth="public", methods=["POST"], csrf=False)
    def kuaidi100_push(self, **post):
        """Kuaidi100's subscription push (form fields ``param`` and ``sign``)."""
        param = post.get("param") or ""
        sign = post.get("sign") or ""
        # Kuaidi100's push: public route; _mall_handle_push writes nothing before the sign check
        accepted = request.env["mall.tracking"].sudo()._mall_handle_push(param, sign)
        if not accepted:
            _logger.warning("Kuaidi100 push refused: missing or wrong sign")
            return request.make_json_response(REFUSED, status=403)
        return request.make_json_response(OK)
