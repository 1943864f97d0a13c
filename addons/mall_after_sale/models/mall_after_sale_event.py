from odoo import fields, models

from ..const import STATES


class MallAfterSaleEvent(models.Model):
    _name = "mall.after.sale.event"
    _description = "After-sales Timeline Entry"
    _order = "date, id"

    request_id = fields.Many2one(
        "mall.after.sale", required=True, ondelete="cascade", index=True, readonly=True
    )
    company_id = fields.Many2one(related="request_id.company_id", store=True, index=True)
    date = fields.Datetime(required=True, default=fields.Datetime.now, readonly=True)
    state = fields.Selection(STATES, required=True, readonly=True)
    note = fields.Char(readonly=True)
    user_id = fields.Many2one("res.users", default=lambda self: self.env.user, readonly=True)
