import math

from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools import float_round

LEVEL_DOWNGRADE_RULES = [
    ("never", "Never"),
    ("yearly", "Yearly review"),
]


class ResCompany(models.Model):
    _inherit = "res.company"

    mall_growth_per_yuan = fields.Float(
        string="Growth Value per Yuan Paid",
        default=1.0,
        digits=(16, 2),
        help="A paid mall order adds its paid amount times this to the member's growth "
        "value (rounded down to a whole number).",
    )
    mall_level_downgrade = fields.Selection(
        LEVEL_DOWNGRADE_RULES,
        string="Member Levels Go Down",
        default="never",
        required=True,
        help="Never: a member keeps the highest level reached. Yearly review: every "
        "1 January, each member's growth value becomes that of the orders paid in the "
        "last 12 months and the level follows it, down too.",
    )

    @api.constrains("mall_growth_per_yuan")
    def _check_mall_growth_per_yuan(self):
        for company in self:
            if company.mall_growth_per_yuan < 0:
                raise ValidationError(
                    self.env._("The growth value per yuan paid cannot be negative.")
                )

    def _mall_growth_for(self, amount):
        """The growth value of ``amount`` paid: a whole number, rounded down."""
        self.ensure_one()
        # rounded first: 0.29 * 100 is 28.999999999999996 in floating point
        value = float_round(max(amount, 0.0) * self.mall_growth_per_yuan, precision_digits=6)
        return int(math.floor(value))

    mall_points_per_100 = fields.Float(
        string="Points per 100 Paid",
        default=1.0,
        help="Points a member earns for every 100 (of the company's currency) paid in "
        "cash for the goods of an order (coupons, promotions and points taken off, "
        "shipping left out), times the member level's multiplier, rounded down.",
    )
    mall_points_credit_days = fields.Integer(
        string="Points Credit Delay (days)",
        default=7,
        help="Points earned on a paid order are credited when the shopper confirms "
        "receipt, or this many days after payment, whichever comes first. 0: credited "
        "at payment.",
    )
    mall_points_value = fields.Monetary(
        string="Value of a Point",
        currency_field="currency_id",
        default=1.0,
        help="What one point takes off an order at checkout.",
    )
    mall_points_max_percent = fields.Float(
        string="Points Cap per Order (%)",
        default=50.0,
        help="Points pay at most this share of an order's goods (after coupons). "
        "WeChat Pay always charges at least 0.01.",
    )
    mall_points_expiry = fields.Boolean(
        string="Points Expire",
        help="Points credited in a calendar year expire at the end of the next year "
        "(what is left of them: spending uses the oldest points first).",
    )

    @api.constrains(
        "mall_points_per_100",
        "mall_points_credit_days",
        "mall_points_value",
        "mall_points_max_percent",
    )
    def _check_mall_points_settings(self):
        for company in self:
            if company.mall_points_per_100 < 0:
                raise ValidationError(self.env._("The points per 100 paid cannot be negative."))
            if company.mall_points_credit_days < 0:
                raise ValidationError(self.env._("The points credit delay cannot be negative."))
            currency = company.currency_id
            value = company.mall_points_value
            if currency.compare_amounts(value, 0) <= 0 or not currency.is_zero(
                value - currency.round(value)
            ):
                raise ValidationError(
                    self.env._(
                        "The value of a point must be positive, in whole units of the "
                        "currency's smallest coin (e.g. 0.01)."
                    )
                )
            if not 0 <= company.mall_points_max_percent <= 100:
                raise ValidationError(
                    self.env._("The points cap per order must be between 0 and 100%.")
                )
