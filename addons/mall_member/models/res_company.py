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
