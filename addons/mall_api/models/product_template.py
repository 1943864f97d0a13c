from odoo import api, models

from .mall_catalog import TEMPLATE_FIELDS


class ProductTemplate(models.Model):
    _inherit = "product.template"

    @api.model_create_multi
    def create(self, vals_list):
        self.env["mall.catalog"]._touch()
        return super().create(vals_list)

    def write(self, vals):
        if TEMPLATE_FIELDS.intersection(vals):
            self.env["mall.catalog"]._touch()
        return super().write(vals)

    def unlink(self):
        self.env["mall.catalog"]._touch()
        return super().unlink()
