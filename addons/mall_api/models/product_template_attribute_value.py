from odoo import models

from .product_template import clear_mall_catalog_cache


class ProductTemplateAttributeValue(models.Model):
    _inherit = "product.template.attribute.value"

    def write(self, vals):
        if "price_extra" in vals:
            clear_mall_catalog_cache(self.env)
        return super().write(vals)
