from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    mall_coin_lifetime_hours = fields.Integer(
        related="company_id.mall_coin_lifetime_hours", readonly=False
    )
    mall_coin_all_products = fields.Boolean(
        related="company_id.mall_coin_all_products", readonly=False
    )
