from odoo import api, models

from .mall_catalog import VARIANT_FIELDS


class ProductProduct(models.Model):
    _inherit = "product.product"

    def _mall_is_sellable(self, company):
        """A variant shoppers can buy: active, of a published mall product on
        sale in ``company``."""
        self.ensure_one()
        template = self.product_tmpl_id
        return bool(
            self.active
            and template.active
            and template.mall_ok
            and template.mall_published
            and template.sale_ok
            and template.company_id in (company, company.browse())
        )

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
