from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    mall_growth_per_yuan = fields.Float(related="company_id.mall_growth_per_yuan", readonly=False)
    mall_level_downgrade = fields.Selection(
        related="company_id.mall_level_downgrade", readonly=False
    )
