import re

from odoo import api, models

from ..const import MAX_BODY_PARAM, MAX_REQUEST_BODY_BYTES
from ..routers import review_router

POST_PATHS = re.compile(r"^/reviews(/\d+/follow-up)?/?$")


class FastapiEndpoint(models.Model):
    _inherit = "fastapi.endpoint"

    def _get_mall_routers(self):
        return super()._get_mall_routers() + [review_router]

    @api.model
    def _mall_max_body_bytes(self, method, path):
        """``POST /reviews`` and ``POST /reviews/{id}/follow-up`` carry up to 9
        photos of 5 MB in base64: ``mall_review.max_body_bytes`` (default and
        most: 9 of them and 64 KB); refused with 413 above."""
        if method == "POST" and POST_PATHS.match(path):
            limit = self.env["ir.config_parameter"]._mall_param(
                MAX_BODY_PARAM, int, MAX_REQUEST_BODY_BYTES, minimum=1
            )
            return min(limit, MAX_REQUEST_BODY_BYTES)
        return super()._mall_max_body_bytes(method, path)
