from odoo import fields, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    mall_coin_balance = fields.Integer(
        string="Activity Coins",
        compute="_compute_mall_coin_balance",
        help="Activity coins the member can spend now in the current company.",
    )

    def _compute_mall_coin_balance(self):
        Line = self.env["mall.coin.line"]
        for partner in self:
            partner.mall_coin_balance = (
                Line._mall_balance(partner, self.env.company) if partner.id else 0
            )

    def action_mall_coin_ledger(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("mall_coin.action_mall_coin_line")
        action["domain"] = [("partner_id", "=", self.id)]
        action["context"] = {"default_partner_id": self.id, "search_default_partner_id": self.id}
        return action

    def action_mall_coin_adjust(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Adjust Activity Coins"),
            "res_model": "mall.coin.adjust",
            "view_mode": "form",
            "target": "new",
            "context": {"default_partner_id": self.id},
        }
