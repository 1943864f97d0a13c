from markupsafe import Markup

from odoo import api, fields, models
from odoo.addons.mall_base.exceptions import MallError
from odoo.exceptions import UserError


class MallPointsAdjust(models.TransientModel):
    _name = "mall.points.adjust"
    _description = "Adjust a Member's Points"

    partner_id = fields.Many2one(
        "res.partner", string="Member", required=True, domain=[("mall_member_since", "!=", False)]
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    balance = fields.Integer(string="Current Balance", compute="_compute_balance")
    points = fields.Integer(
        required=True, help="Points to add (positive) or to take off (negative)."
    )
    reason = fields.Char(required=True, help="Why: the member reads it in the points ledger.")

    @api.depends("partner_id", "company_id")
    def _compute_balance(self):
        Account = self.env["mall.points.account"]
        for wizard in self:
            wizard.balance = (
                Account._mall_balance(wizard.partner_id, wizard.company_id)
                if wizard.partner_id and wizard.company_id
                else 0
            )

    def action_confirm(self):
        self.ensure_one()
        reason = (self.reason or "").strip()
        if not reason:
            raise UserError(self.env._("Give the reason of the adjustment."))
        if not self.points:
            raise UserError(self.env._("Enter the points to add or to take off."))
        try:
            line = self.env["mall.points.line"]._mall_post(
                self.partner_id, self.points, "adjust", reason=reason, company=self.company_id
            )
        except MallError as error:
            if error.code != "points_insufficient":
                raise
            raise UserError(
                self.env._(
                    "%(member)s has %(balance)s points: %(points)s cannot be taken off.",
                    member=self.partner_id.display_name,
                    balance=self.balance,
                    points=-self.points,
                )
            ) from error
        # the member's chatter says who changed the balance, and why (as
        # superuser: finance may have no right to write on contacts)
        self.partner_id.sudo().message_post(
            author_id=self.env.user.partner_id.id,
            body=Markup("%s<br/>%s")
            % (
                self.env._(
                    "Points adjusted by %(points)+d (%(company)s): balance %(balance)s.",
                    points=self.points,
                    company=self.company_id.name,
                    balance=self.env["mall.points.account"]._mall_balance(
                        self.partner_id, self.company_id
                    ),
                ),
                reason,
            ),
        )
        return {"type": "ir.actions.act_window_close", "line_id": line.id}
