from odoo import fields, models

from .wecom_push import RECIPIENT_STATUSES


class WeComPushRecipient(models.Model):
    """One customer of a push, the member who sends it and WeCom's result."""

    _name = "wecom.push.recipient"
    _description = "WeCom Push Recipient"
    _order = "push_id desc, userid, id"
    _rec_name = "external_userid"

    push_id = fields.Many2one("wecom.push", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="push_id.company_id", store=True, index=True)
    contact_id = fields.Many2one(
        "wecom.external.contact", string="Customer", required=True, ondelete="cascade", index=True
    )
    external_userid = fields.Char(string="External User ID", required=True, index=True)
    userid = fields.Char(string="Member", required=True, index=True)
    task_id = fields.Many2one("wecom.push.task", ondelete="set null", index=True)
    status = fields.Selection(
        RECIPIENT_STATUSES, default="pending", required=True, readonly=True, index=True
    )

    _sql_constraints = [
        ("push_contact_unique", "unique(push_id, contact_id)", "A customer is in a push once."),
    ]
