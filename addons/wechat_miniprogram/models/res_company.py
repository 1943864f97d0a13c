from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..const import DEFAULT_API_BASE_URL


class ResCompany(models.Model):
    _inherit = "res.company"

    wechat_mp_appid = fields.Char(
        string="Mini-Program AppID",
        help="The AppID of the WeChat mini-program (mp.weixin.qq.com > Development > "
        "Development Management).",
    )
    wechat_mp_secret = fields.Char(
        string="Mini-Program AppSecret",
        groups="base.group_system",
        copy=False,
        help="The AppSecret of the WeChat mini-program. Only system administrators can "
        "read or write it.",
    )
    wechat_mp_secret_set = fields.Boolean(
        string="AppSecret Set",
        compute="_compute_wechat_mp_secret_set",
    )
    wechat_mp_api_base_url = fields.Char(
        string="WeChat API Base URL",
        default=DEFAULT_API_BASE_URL,
        help="Where the WeChat server API is reached. Keep the default in production; "
        "point it at the local WeChat simulator to try the suite without WeChat.",
    )

    @api.depends_context("uid")
    def _compute_wechat_mp_secret_set(self):
        for company in self:
            # the AppSecret is administrators' only: others learn only whether it is set
            company.wechat_mp_secret_set = bool(company.sudo().wechat_mp_secret)

    @api.constrains("wechat_mp_api_base_url")
    def _check_wechat_mp_api_base_url(self):
        for company in self:
            url = company.wechat_mp_api_base_url
            if url and not url.startswith(("http://", "https://")):
                raise ValidationError(
                    self.env._(
                        "The WeChat API base URL must start with http:// or https:// "
                        "(got %(url)s).",
                        url=url,
                    )
                )
