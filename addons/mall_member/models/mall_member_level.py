from odoo import fields, models


class MallMemberLevel(models.Model):
    """A member level (普通 / 银卡 / 金卡 / 黑卡): reached by growth value, with
    its benefits."""

    _name = "mall.member.level"
    _description = "Mall Member Level"
    _order = "company_id, growth_min, id"

    name = fields.Char(required=True, translate=True)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    growth_min = fields.Integer(
        string="Growth Value Needed",
        help="A member whose growth value reaches this has the level.",
    )
    pricelist_id = fields.Many2one(
        "product.pricelist",
        string="Member Prices",
        help="The prices members of this level pay (per product or category).",
    )
    free_shipping_threshold = fields.Monetary(
        string="Free Shipping From",
        currency_field="currency_id",
        help="Orders of goods worth at least this ship free (0: no such benefit).",
    )
    points_multiplier = fields.Float(
        default=1.0, help="Points earned on an order are multiplied by this."
    )
