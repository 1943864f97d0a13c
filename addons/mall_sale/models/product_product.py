from odoo import models


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
