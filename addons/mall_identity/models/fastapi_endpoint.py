from odoo import models

from ..routers import identity_router


class FastapiEndpoint(models.Model):
    _inherit = "fastapi.endpoint"

    def _get_mall_routers(self):
        return super()._get_mall_routers() + [identity_router]
