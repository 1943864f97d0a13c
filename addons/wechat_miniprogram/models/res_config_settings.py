from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    wechat_mp_appid = fields.Char(related="company_id.wechat_mp_appid", readonly=False)
    wechat_mp_api_base_url = fields.Char(
        related="company_id.wechat_mp_api_base_url", readonly=False
    )
    wechat_mp_secret_set = fields.Boolean(related="company_id.wechat_mp_secret_set")
    # write-only: never read back from the company, never stored in this table
    wechat_mp_new_secret = fields.Char(
        string="New AppSecret",
        compute="_compute_wechat_mp_new_secret",
        inverse="_inverse_wechat_mp_new_secret",
        groups="base.group_system",
        help="Type a new AppSecret to replace the saved one; leave empty to keep it.",
    )

    def _compute_wechat_mp_new_secret(self):
        for settings in self:
            settings.wechat_mp_new_secret = False

    def _inverse_wechat_mp_new_secret(self):
        # only administrators set the field (its groups), and they may write the company's secret
        for settings in self:
            secret = (settings.wechat_mp_new_secret or "").strip()
            if secret:
                settings.company_id.wechat_mp_secret = secret
