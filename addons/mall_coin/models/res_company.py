from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ResCompany(models.Model):
    _inherit = "res.company"

    mall_coin_lifetime_hours = fields.Integer(
        string="Coin Lifetime (hours)",
        default=48,
        help="Every activity coin expires exactly this many hours after it was earned "
        "(never extended).",
    )
    mall_coin_all_products = fields.Boolean(
        string="Every Product Earns a Coin",
        help="Every paid mall order earns one activity coin; otherwise only orders with a "
        "product marked *Earns an Activity Coin*.",
    )

    @api.constrains("mall_coin_lifetime_hours")
    def _check_mall_coin_lifetime_hours(self):
        for company in self:
            if company.mall_coin_lifetime_hours <= 0:
                raise ValidationError(self.env._("The coin lifetime must be at least one hour."))
