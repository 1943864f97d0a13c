from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ProductCategory(models.Model):
    _inherit = "product.category"

    mall_dist_custom = fields.Boolean(
        string="Own Commission Rates",
        help="Products of this category (and its subcategories) earn these rates, unless "
        "the product has its own.",
    )
    mall_dist_rate_l1 = fields.Float(string="Level 1 Commission (%)")
    mall_dist_rate_l2 = fields.Float(string="Level 2 Commission (%)")

    @api.constrains("mall_dist_rate_l1", "mall_dist_rate_l2")
    def _check_mall_dist_rates(self):
        for record in self:
            for rate in (record.mall_dist_rate_l1, record.mall_dist_rate_l2):
                if not 0 <= rate <= 100:
                    raise ValidationError(self.env._("A commission rate is between 0 and 100 %."))

    def _mall_dist_rates(self):
        """(level 1, level 2) rates of the nearest category up the tree with
        its own rates, or None."""
        category = self
        while category:
            if category.mall_dist_custom:
                return category.mall_dist_rate_l1, category.mall_dist_rate_l2
            category = category.parent_id
        return None
