from odoo import fields, models


class ResPartner(models.Model):
    """The member's points (the ledger is ``mall.points.line``); apart from
    the levels' ``res_partner.py`` so that both grow without touching one file."""

    _inherit = "res.partner"  # pylint: disable=consider-merging-classes-inherited

    mall_points_balance = fields.Integer(
        string="Points",
        compute="_compute_mall_points_balance",
        help="The member's points balance in the current company.",
    )

    def _compute_mall_points_balance(self):
        Account = self.env["mall.points.account"]
        for partner in self:
            partner.mall_points_balance = (
                Account._mall_balance(partner, self.env.company) if partner.id else 0
            )

    def action_view_mall_points(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "mall_member.mall_points_line_action"
        )
        action["domain"] = [("partner_id", "=", self.id)]
        action["context"] = {"default_partner_id": self.id}
        return action

    def action_mall_points_adjust(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Adjust Points"),
            "res_model": "mall.points.adjust",
            "view_mode": "form",
            "target": "new",
            "context": {"default_partner_id": self.id},
        }
