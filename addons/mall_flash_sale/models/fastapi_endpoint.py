from odoo import models

from ..routers import flash_sale_router


class FastapiEndpoint(models.Model):
    _inherit = "fastapi.endpoint"

    def _get_mall_routers(self):
        return super()._get_mall_routers() + [flash_sale_router]
