from odoo import fields, models


class MallTrackingEvent(models.Model):
    _name = "mall.tracking.event"
    _description = "Logistics Tracking Event"
    _order = "tracking_id, sequence, id"

    tracking_id = fields.Many2one(
        "mall.tracking", string="Tracking", required=True, ondelete="cascade", index=True
    )
    company_id = fields.Many2one(related="tracking_id.company_id", store=True, index=True)
    sequence = fields.Integer(help="0 is the newest event, as Kuaidi100 lists them.")
    time = fields.Datetime()
    context = fields.Text(string="Description")
    location = fields.Char()
    status = fields.Char()
