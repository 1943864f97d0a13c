from odoo import _, api, fields, models
from odoo.exceptions import UserError


class MallIdentityRevealLog(models.Model):
    """Who revealed which member's ID number, when and why: append-only."""

    _name = "mall.identity.reveal.log"
    _description = "ID Number Reveal"
    _order = "id desc"

    identity_id = fields.Many2one(
        "mall.identity", required=True, readonly=True, ondelete="cascade", index=True
    )
    partner_id = fields.Many2one(related="identity_id.partner_id", store=True, string="Member")
    company_id = fields.Many2one(related="identity_id.company_id", store=True)
    id_number_masked = fields.Char(related="identity_id.id_number_masked")
    user_id = fields.Many2one(
        "res.users",
        string="Revealed By",
        required=True,
        readonly=True,
        default=lambda self: self.env.user,
    )
    revealed_at = fields.Datetime(required=True, readonly=True, default=fields.Datetime.now)
    reason = fields.Char(required=True, readonly=True)

    def write(self, vals):
        if self:
            raise UserError(_("The reveal log cannot be changed."))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_never(self):
        raise UserError(_("The reveal log cannot be deleted."))
