from odoo import api, fields, models
from odoo.exceptions import UserError


class MallAttributionReassign(models.TransientModel):
    _name = "mall.attribution.reassign"
    _description = "Re-assign Members to a Store or Clerk"

    partner_ids = fields.Many2many("res.partner", string="Members", required=True)
    store_id = fields.Many2one("mall.store", string="Store")
    clerk_id = fields.Many2one(
        "mall.clerk", string="Clerk", domain="[('store_id', '=?', store_id)]"
    )
    reason = fields.Char(required=True)

    @api.model
    def default_get(self, fields_list):
        res = super().default_get(fields_list)
        if self.env.context.get("active_model") == "res.partner" and "partner_ids" in fields_list:
            res["partner_ids"] = [fields.Command.set(self.env.context.get("active_ids") or [])]
        return res

    @api.onchange("clerk_id")
    def _onchange_clerk_id(self):
        if self.clerk_id:
            self.store_id = self.clerk_id.store_id

    def action_apply(self):
        self.ensure_one()
        if not (self.store_id or self.clerk_id):
            raise UserError(self.env._("Choose a store or a clerk."))
        if not (self.reason or "").strip():
            raise UserError(self.env._("Give the reason of the re-assignment."))
        members = self.partner_ids.filtered("mall_member_since")
        if not members:
            raise UserError(self.env._("Choose mall members."))
        # the attribution fields are read-only to everyone: the wizard is the
        # one way to change them, for the users it is granted to (ACL below)
        members.sudo()._mall_reassign(self.store_id.sudo(), self.clerk_id.sudo(), self.reason)
        return {"type": "ir.actions.act_window_close"}
