from odoo import models

from ..routers import points_mall_router


class FastapiEndpoint(models.Model):
    _inherit = "fastapi.endpoint"

    def _get_mall_routers(self):
        return super()._get_mall_routers() + [points_mall_router]
