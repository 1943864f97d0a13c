from odoo import api, models


class ProductPricelistItem(models.Model):
    """A member price rule: see ``product.pricelist``."""

    _inherit = "product.pricelist.item"

    @api.model_create_multi
    def create(self, vals_list):
        self.env["mall.catalog"]._touch()
        return super().create(vals_list)

    def write(self, vals):
        self.env["mall.catalog"]._touch()
        return super().write(vals)

    def unlink(self):
        self.env["mall.catalog"]._touch()
        return super().unlink()
