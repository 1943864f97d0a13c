from markupsafe import Markup

from odoo import api, fields, models
from odoo.addons.mall_base.exceptions import MallError
from odoo.exceptions import UserError


class MallCoinAdjust(models.TransientModel):
    _name = "mall.coin.adjust"
    _description = "Adjust a Member's Activity Coins"

    partner_id = fields.Many2one(
        "res.partner", string="Member", required=True, domain=[("mall_member_since", "!=", False)]
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    balance = fields.Integer(string="Coins Now", compute="_compute_balance")
    coins = fields.Integer(required=True, help="Coins to add (positive) or to take off (negative).")
    reason = fields.Char(required=True, help="Why: the member reads it in the coins ledger.")

    @api.depends("partner_id", "company_id")
    def _compute_balance(self):
        Line = self.env["mall.coin.line"]
        for wizard in self:
            wizard.balance = (
                Line._mall_balance(wizard.partner_id, wizard.company_id)
                if wizard.partner_id and wizard.company_id
                else 0
            )

    def action_confirm(self):
        self.ensure_one()
        reason = (self.reason or "").strip()
        if not reason:
            raise UserError(self.env._("Give the reason of the adjustment."))
        if not self.coins:
            raise UserError(self.env._("Enter the coins to add or to take off."))
        Line = self.env["mall.coin.line"]
        try:
            line = Line._mall_adjust(
                self.partner_id, self.coins, company=self.company_id, reason=reason
            )
        except MallError as error:
            if error.code != "insufficient_coins":
                raise
            raise UserError(
                self.env._(
                    "%(member)s has %(balance)s activity coins: %(coins)s cannot be taken off.",
                    member=self.partner_id.display_name,
                    balance=self.balance,
                    coins=-self.coins,
                )
            ) from error
        # the member's chatter says who changed the coins, and why (as
        # superuser: finance may have no right to write on contacts)
        self.partner_id.sudo().message_post(
            author_id=self.env.user.partner_id.id,
            body=Markup("%s<br/>%s")
            % (
                self.env._(
                    "Activity coins adjusted by %(coins)+d (%(company)s): %(balance)s now.",
                    coins=self.coins,
                    company=self.company_id.name,
                    balance=Line._mall_balance(self.partner_id, self.company_id),
                ),
                reason,
            ),
        )
        return {"type": "ir.actions.act_window_close", "line_id": line.id}
