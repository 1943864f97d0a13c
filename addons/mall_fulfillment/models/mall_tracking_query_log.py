from odoo import api, fields, models
from odoo.exceptions import UserError


class MallTrackingQueryLog(models.Model):
    """One row per tracking request (append-only): what it cost."""

    _name = "mall.tracking.query.log"
    _description = "Logistics Query Log"
    _order = "id desc"
    _rec_name = "number"

    date = fields.Datetime(default=fields.Datetime.now, required=True, readonly=True, index=True)
    tracking_id = fields.Many2one("mall.tracking", string="Tracking", ondelete="set null")
    user_id = fields.Many2one("res.users", string="User", readonly=True)
    member_id = fields.Many2one("res.partner", string="Member", readonly=True)
    number = fields.Char(string="Tracking Number", readonly=True, index=True)
    carrier_code = fields.Char(string="Kuaidi100 Code", readonly=True)
    carrier_id = fields.Many2one("delivery.carrier", string="Carrier", readonly=True)
    company_id = fields.Many2one("res.company", readonly=True, index=True)
    source = fields.Selection(
        [
            ("live", "Live Query"),
            ("cache", "Cache"),
            ("offline", "Stored (no live query)"),
        ],
        required=True,
        readonly=True,
    )
    cached = fields.Boolean(readonly=True, help="Answered without a paid query.")
    result = fields.Selection(
        [("ok", "OK"), ("error", "Error")], default="ok", required=True, readonly=True
    )
    state = fields.Char(string="Tracking State", readonly=True)
    error_code = fields.Char(readonly=True)
    message = fields.Char(readonly=True)
    currency_id = fields.Many2one(
        "res.currency", default=lambda self: self.env.ref("base.CNY"), readonly=True
    )
    cost = fields.Monetary(readonly=True, currency_field="currency_id")
    query_count = fields.Integer(string="Queries", default=1, readonly=True)
    cached_count = fields.Integer(
        string="Cached Queries", readonly=True, help="1 for a row answered without a paid query."
    )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            vals["cached_count"] = 1 if vals.get("cached") else 0
        return super().create(vals_list)

    def write(self, vals):
        if self:
            raise UserError(self.env._("The logistics query log cannot be changed."))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_never(self):
        raise UserError(self.env._("The logistics query log cannot be deleted."))
