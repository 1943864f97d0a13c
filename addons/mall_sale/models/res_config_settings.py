from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    mall_delivery_carrier_id = fields.Many2one(
        related="company_id.mall_delivery_carrier_id", readonly=False
    )
    mall_delivery_carrier_ids = fields.Many2many(
        related="company_id.mall_delivery_carrier_ids", readonly=False
    )
    mall_hold_limit_per_product = fields.Integer(
        related="company_id.mall_hold_limit_per_product", readonly=False
    )
    mall_max_unpaid_orders = fields.Integer(
        related="company_id.mall_max_unpaid_orders", readonly=False
    )
