from odoo import models


class ProductProduct(models.Model):
    _inherit = "product.product"

    def _mall_is_sellable(self, company):
        """Points-mall products cannot be bought with cash (cart, orders):
        only exchanged (``_mall_is_exchangeable``)."""
        return super()._mall_is_sellable(company) and not self.product_tmpl_id.mall_points_mall

    def _mall_is_exchangeable(self, company):
        """A variant of the points mall a member may exchange in ``company``:
        what ``_mall_is_sellable`` of mall_sale checks, on a points-mall product."""
        self.ensure_one()
        template = self.product_tmpl_id
        return bool(
            self.active
            and template.active
            and template.mall_points_mall
            and template.mall_ok
            and template.mall_published
            and template.sale_ok
            and template.company_id in (company, company.browse())
        )
