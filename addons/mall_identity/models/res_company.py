from odoo import fields, models

IDENTITY_PROVIDERS = [
    ("idv_http", "Name + ID number API (JSON over HTTP; the simulator's protocol)"),
]


class ResCompany(models.Model):
    _inherit = "res.company"

    mall_identity_provider = fields.Selection(
        IDENTITY_PROVIDERS,
        string="Real-name Verification Service",
        help="Who checks that a name and an ID number belong together (二要素). Empty: "
        "real-name verification is closed. Another service is a new value here and a "
        "method mall.identity._mall_verify_<value>.",
    )
    mall_identity_api_url = fields.Char(
        string="Verification API URL",
        groups="base.group_system",
        help="Base URL of the verification service (the local simulator in tests and the " "demo).",
    )
    mall_identity_api_appcode = fields.Char(
        string="Verification API App Code", groups="base.group_system"
    )
