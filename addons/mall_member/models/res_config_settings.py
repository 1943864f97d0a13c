from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    mall_growth_per_yuan = fields.Float(related="company_id.mall_growth_per_yuan", readonly=False)
    mall_level_downgrade = fields.Selection(
        related="company_id.mall_level_downgrade", readonly=False
    )

    mall_points_per_100 = fields.Float(related="company_id.mall_points_per_100", readonly=False)
    mall_points_credit_days = fields.Integer(
        related="company_id.mall_points_credit_days", readonly=False
    )
    mall_points_value = fields.Monetary(related="company_id.mall_points_value", readonly=False)
    mall_points_max_percent = fields.Float(
        related="company_id.mall_points_max_percent", readonly=False
    )
    mall_points_expiry = fields.Boolean(related="company_id.mall_points_expiry", readonly=False)
