from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    mall_dist_everyone = fields.Boolean(related="company_id.mall_dist_everyone", readonly=False)
    mall_dist_binding_days = fields.Integer(
        related="company_id.mall_dist_binding_days", readonly=False
    )
    mall_dist_rate_l1 = fields.Float(related="company_id.mall_dist_rate_l1", readonly=False)
    mall_dist_rate_l2 = fields.Float(related="company_id.mall_dist_rate_l2", readonly=False)
    mall_dist_settle_days = fields.Integer(
        related="company_id.mall_dist_settle_days", readonly=False
    )
    mall_dist_min_withdrawal = fields.Monetary(
        related="company_id.mall_dist_min_withdrawal", readonly=False
    )
    mall_dist_daily_withdrawals = fields.Integer(
        related="company_id.mall_dist_daily_withdrawals", readonly=False
    )
    mall_dist_transfer_scene = fields.Char(
        related="company_id.mall_dist_transfer_scene", readonly=False
    )
