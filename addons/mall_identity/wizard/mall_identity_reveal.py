from odoo import _, fields, models


class MallIdentityReveal(models.TransientModel):
    """Asks finance why, then shows the number in a notification: the plain
    number is never written to a table (not even this wizard's)."""

    _name = "mall.identity.reveal"
    _description = "Reveal an ID Number"

    identity_id = fields.Many2one("mall.identity", required=True, ondelete="cascade")
    id_number_masked = fields.Char(related="identity_id.id_number_masked")
    partner_id = fields.Many2one(related="identity_id.partner_id")
    reason = fields.Char(required=True, help="Why the full number is needed (logged).")

    def action_reveal(self):
        self.ensure_one()
        number = self.identity_id._mall_reveal(self.reason)
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "title": _("ID number of %s", self.partner_id.display_name),
                "message": number,
                "sticky": True,
                "type": "warning",
                "next": {"type": "ir.actions.act_window_close"},
            },
        }
