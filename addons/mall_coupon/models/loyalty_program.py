from odoo import fields, models


class LoyaltyProgram(models.Model):
    _inherit = "loyalty.program"

    mall_stackable = fields.Boolean(
        string="Stacks with Other Mall Coupons",
        readonly=True,
        help="Set from the mall coupon: its discount is applied next to other coupons.",
    )
