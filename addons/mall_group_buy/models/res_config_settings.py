from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    mall_group_success_template_id = fields.Many2one(
        related="company_id.mall_group_success_template_id", readonly=False
    )
    mall_group_fail_template_id = fields.Many2one(
        related="company_id.mall_group_fail_template_id", readonly=False
    )
