from odoo import fields, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    mall_level_id = fields.Many2one(
        "mall.member.level", string="Member Level", copy=False, readonly=True, index=True
    )
    mall_growth_value = fields.Integer(
        string="Growth Value",
        copy=False,
        readonly=True,
        help="Grows with what the member pays; sets the member level.",
    )

    def _mall_points_multiplier(self):
        """How many times the points of an order this member earns."""
        self.ensure_one()
        return self.mall_level_id.points_multiplier or 1.0
