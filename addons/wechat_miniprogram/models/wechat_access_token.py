from odoo import fields, models


class WeChatAccessToken(models.Model):
    """The access token of a mini-program, shared by every worker.

    One row per AppID: WeChat keeps one valid token per AppID, so two companies
    configured with the same AppID must share it (each fetching its own would
    invalidate the other's).  Rows are read and written by
    ``client.WeChatTokenStorage`` in their own short transactions.
    """

    _name = "wechat.access.token"
    _description = "WeChat Access Token"
    _rec_name = "appid"
    _order = "appid"

    appid = fields.Char(string="AppID", required=True, readonly=True, index=True)
    company_id = fields.Many2one(
        "res.company", string="Company", required=True, readonly=True, ondelete="cascade"
    )
    access_token = fields.Char(readonly=True, groups="base.group_system")
    expires_at = fields.Datetime(readonly=True)
    refresh_count = fields.Integer(string="Refreshes", readonly=True)

    _sql_constraints = [
        ("appid_unique", "unique(appid)", "There is one access token per AppID."),
    ]
