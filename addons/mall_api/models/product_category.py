from odoo import models

from .product_template import clear_mall_catalog_cache


class ProductCategory(models.Model):
    _inherit = "product.category"

    def write(self, vals):
        clear_mall_catalog_cache(self.env)
        return super().write(vals)
