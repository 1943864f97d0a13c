from odoo import models

from ..routers import lottery_router


class FastapiEndpoint(models.Model):
    _inherit = "fastapi.endpoint"

    def _get_mall_routers(self):
        return super()._get_mall_routers() + [lottery_router]
