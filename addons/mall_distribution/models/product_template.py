from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ProductTemplate(models.Model):
    _inherit = "product.template"

    mall_dist_custom = fields.Boolean(
        string="Own Commission Rates",
        help="This product earns these rates instead of its category's or the default.",
    )
    mall_dist_rate_l1 = fields.Float(string="Level 1 Commission (%)")
    mall_dist_rate_l2 = fields.Float(string="Level 2 Commission (%)")

    @api.constrains("mall_dist_rate_l1", "mall_dist_rate_l2")
    def _check_mall_dist_rates(self):
        for record in self:
            for rate in (record.mall_dist_rate_l1, record.mall_dist_rate_l2):
                if not 0 <= rate <= 100:
                    raise ValidationError(self.env._("A commission rate is between 0 and 100 %."))

    def _mall_dist_rate(self, level, company):
        """The commission rate (%) of ``level`` (1 or 2) for this product: its
        own, else its category's (nearest up the tree), else the company's."""
        self.ensure_one()
        if self.mall_dist_custom:
            rates = self.mall_dist_rate_l1, self.mall_dist_rate_l2
        else:
            rates = self.categ_id._mall_dist_rates() or (
                company.mall_dist_rate_l1,
                company.mall_dist_rate_l2,
            )
        return rates[level - 1]
