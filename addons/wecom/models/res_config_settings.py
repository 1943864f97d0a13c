from odoo import fields, models

# write-only settings: (settings field, company field)
WRITE_ONLY = (
    ("wecom_new_contact_secret", "wecom_contact_secret"),
    ("wecom_new_agent_secret", "wecom_agent_secret"),
    ("wecom_new_callback_token", "wecom_callback_token"),
    ("wecom_new_encoding_aes_key", "wecom_encoding_aes_key"),
)


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    wecom_corp_id = fields.Char(related="company_id.wecom_corp_id", readonly=False)
    wecom_agent_id = fields.Char(related="company_id.wecom_agent_id", readonly=False)
    wecom_api_base_url = fields.Char(related="company_id.wecom_api_base_url", readonly=False)
    wecom_callback_url = fields.Char(related="company_id.wecom_callback_url")
    wecom_contact_secret_set = fields.Boolean(related="company_id.wecom_contact_secret_set")
    wecom_agent_secret_set = fields.Boolean(related="company_id.wecom_agent_secret_set")
    wecom_callback_set = fields.Boolean(related="company_id.wecom_callback_set")
    wecom_welcome_text = fields.Text(related="company_id.wecom_welcome_text", readonly=False)
    wecom_welcome_image = fields.Binary(related="company_id.wecom_welcome_image", readonly=False)
    wecom_welcome_mp_appid = fields.Char(
        related="company_id.wecom_welcome_mp_appid", readonly=False
    )
    wecom_welcome_mp_page = fields.Char(related="company_id.wecom_welcome_mp_page", readonly=False)
    wecom_welcome_mp_title = fields.Char(
        related="company_id.wecom_welcome_mp_title", readonly=False
    )
    wecom_welcome_mp_image = fields.Binary(
        related="company_id.wecom_welcome_mp_image", readonly=False
    )
    # write-only: never read back from the company, never stored in this table
    wecom_new_contact_secret = fields.Char(
        string="New Customer Contact Secret",
        compute="_compute_wecom_write_only",
        inverse="_inverse_wecom_write_only",
        groups="base.group_system",
        help="Type a new secret to replace the saved one; leave empty to keep it.",
    )
    wecom_new_agent_secret = fields.Char(
        string="New App Secret",
        compute="_compute_wecom_write_only",
        inverse="_inverse_wecom_write_only",
        groups="base.group_system",
        help="Type a new secret to replace the saved one; leave empty to keep it.",
    )
    wecom_new_callback_token = fields.Char(
        string="New Callback Token",
        compute="_compute_wecom_write_only",
        inverse="_inverse_wecom_write_only",
        groups="base.group_system",
        help="The Token of the callback settings in the WeCom console; empty keeps it.",
    )
    wecom_new_encoding_aes_key = fields.Char(
        string="New EncodingAESKey",
        compute="_compute_wecom_write_only",
        inverse="_inverse_wecom_write_only",
        groups="base.group_system",
        help="The EncodingAESKey (43 characters) of the callback settings; empty keeps it.",
    )

    def _compute_wecom_write_only(self):
        for settings in self:
            for name, _company_field in WRITE_ONLY:
                settings[name] = False

    def _inverse_wecom_write_only(self):
        # only administrators set these fields (their groups) and may write the company's
        for settings in self:
            for name, company_field in WRITE_ONLY:
                value = (settings[name] or "").strip()
                if not value:
                    continue
                if company_field == "wecom_encoding_aes_key":
                    settings.company_id._check_wecom_encoding_aes_key(value)
                settings.company_id[company_field] = value
