from odoo import fields, models

from .. import crypto


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    mall_identity_provider = fields.Selection(
        related="company_id.mall_identity_provider", readonly=False
    )
    mall_identity_api_url = fields.Char(related="company_id.mall_identity_api_url", readonly=False)
    mall_identity_api_appcode = fields.Char(
        related="company_id.mall_identity_api_appcode", readonly=False
    )
    mall_identity_key_configured = fields.Boolean(
        string="Identity Key Configured", compute="_compute_mall_identity_key_configured"
    )

    def _compute_mall_identity_key_configured(self):
        for settings in self:
            settings.mall_identity_key_configured = bool(crypto.configured_secret())
