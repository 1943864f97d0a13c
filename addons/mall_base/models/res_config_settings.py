from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    mall_unpaid_order_timeout = fields.Integer(
        related="company_id.mall_unpaid_order_timeout", readonly=False
    )
