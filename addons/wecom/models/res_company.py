from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..const import DEFAULT_API_BASE_URL, MP_TITLE_MAX_BYTES

SECRET_FIELDS = (
    "wecom_contact_secret",
    "wecom_agent_secret",
    "wecom_callback_token",
    "wecom_encoding_aes_key",
)


class ResCompany(models.Model):
    _inherit = "res.company"

    wecom_corp_id = fields.Char(
        string="WeCom Corp ID",
        help="My Company > Company Information > Corp ID in the WeCom admin console.",
    )
    wecom_contact_secret = fields.Char(
        string="Customer Contact Secret",
        groups="base.group_system",
        copy=False,
        help="Customer Contact > API > Secret: contact ways, welcome messages and mass sends.",
    )
    wecom_agent_id = fields.Char(string="Self-Built App AgentId")
    wecom_agent_secret = fields.Char(
        string="Self-Built App Secret", groups="base.group_system", copy=False
    )
    wecom_callback_token = fields.Char(
        string="Callback Token", groups="base.group_system", copy=False
    )
    wecom_encoding_aes_key = fields.Char(
        string="Callback EncodingAESKey", groups="base.group_system", copy=False
    )
    wecom_contact_secret_set = fields.Boolean(
        string="Contact Secret Set", compute="_compute_wecom_secrets_set"
    )
    wecom_agent_secret_set = fields.Boolean(
        string="App Secret Set", compute="_compute_wecom_secrets_set"
    )
    wecom_callback_set = fields.Boolean(
        string="Callback Keys Set", compute="_compute_wecom_secrets_set"
    )
    wecom_api_base_url = fields.Char(
        string="WeCom API Base URL",
        default=DEFAULT_API_BASE_URL,
        help="Keep the default in production; the local simulator's URL to try without WeCom.",
    )
    wecom_callback_url = fields.Char(
        string="WeCom Callback URL",
        compute="_compute_wecom_callback_url",
        help="The URL to enter in the WeCom console (Customer Contact > API > receive events).",
    )
    # the welcome message sent when a customer adds a member of the corp
    wecom_welcome_text = fields.Text(string="Welcome Text", translate=False)
    wecom_welcome_image = fields.Binary(string="Welcome Image", attachment=True)
    wecom_welcome_mp_appid = fields.Char(
        string="Mini-Program AppID", help="A mini-program linked to the WeCom corp."
    )
    wecom_welcome_mp_page = fields.Char(
        string="Mini-Program Page", help="e.g. pages/index/index (no leading slash)."
    )
    wecom_welcome_mp_title = fields.Char(string="Mini-Program Card Title")
    wecom_welcome_mp_image = fields.Binary(string="Mini-Program Card Picture", attachment=True)

    @api.depends_context("uid")
    def _compute_wecom_secrets_set(self):
        for company in self:
            # the secrets are administrators' only: others learn whether they are set
            root = company.sudo()
            company.wecom_contact_secret_set = bool(root.wecom_contact_secret)
            company.wecom_agent_secret_set = bool(root.wecom_agent_secret)
            company.wecom_callback_set = bool(
                root.wecom_callback_token and root.wecom_encoding_aes_key
            )

    def _compute_wecom_callback_url(self):
        # the base URL is a system parameter, readable by the settings' administrators
        base = self.env["ir.config_parameter"].sudo().get_param("web.base.url") or ""
        for company in self:
            company.wecom_callback_url = f"{base.rstrip('/')}/wecom/callback/{company.id}"

    @api.constrains("wecom_api_base_url")
    def _check_wecom_api_base_url(self):
        for company in self:
            url = company.wecom_api_base_url
            if url and not url.startswith(("http://", "https://")):
                raise ValidationError(
                    self.env._(
                        "The WeCom API base URL must start with http:// or https:// (got %(url)s).",
                        url=url,
                    )
                )

    @api.constrains("wecom_welcome_mp_page", "wecom_welcome_mp_title")
    def _check_wecom_welcome_mp(self):
        for company in self:
            page = company.wecom_welcome_mp_page
            if page and (page.startswith("/") or any(c.isspace() for c in page)):
                raise ValidationError(
                    self.env._(
                        "The mini-program page %(page)s is not valid: write it without a "
                        "leading slash or spaces, e.g. pages/index/index.",
                        page=page,
                    )
                )
            title = company.wecom_welcome_mp_title or ""
            if len(title.encode()) > MP_TITLE_MAX_BYTES:
                raise ValidationError(
                    self.env._(
                        "The mini-program card title is limited to 64 bytes "
                        "(about 21 Chinese characters)."
                    )
                )

    def _check_wecom_encoding_aes_key(self, key):
        if len(key) != 43:
            raise ValidationError(
                self.env._("The EncodingAESKey has 43 characters (got %(n)s).", n=len(key))
            )
