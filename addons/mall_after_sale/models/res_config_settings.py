from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    mall_service_url = fields.Char(related="company_id.mall_service_url", readonly=False)
    mall_service_qr = fields.Image(related="company_id.mall_service_qr", readonly=False)
