from odoo import api, models

from .mall_catalog import VARIANT_FIELDS


class ProductProduct(models.Model):
    _inherit = "product.product"

    @api.model_create_multi
    def create(self, vals_list):
        self.env["mall.catalog"]._touch()
        return super().create(vals_list)

    def write(self, vals):
        if VARIANT_FIELDS.intersection(vals):
            self.env["mall.catalog"]._touch()
        return super().write(vals)

    def unlink(self):
        self.env["mall.catalog"]._touch()
        return super().unlink()
