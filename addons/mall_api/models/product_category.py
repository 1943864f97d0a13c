from odoo import models


class ProductCategory(models.Model):
    _inherit = "product.category"

    def write(self, vals):
        # names and the tree (child_of filters) show in the catalogue
        self.env["mall.catalog"]._touch()
        return super().write(vals)
