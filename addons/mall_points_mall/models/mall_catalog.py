from odoo import api, models


class MallCatalog(models.AbstractModel):
    _inherit = "mall.catalog"

    @api.model
    def _published_domain(self):
        """Points-mall products are never in the normal catalogue (list,
        detail, categories): they have their own list."""
        return [*super()._published_domain(), ("mall_points_mall", "=", False)]
