from odoo import api, fields, models


class SaleOrder(models.Model):
    _inherit = "sale.order"

    # stored when the order is placed: a later re-assignment of the member
    # does not rewrite who sold it
    mall_member_store_id = fields.Many2one(
        "mall.store", string="Member's Store", readonly=True, copy=False, index="btree_not_null"
    )
    mall_member_clerk_id = fields.Many2one(
        "mall.clerk", string="Member's Clerk", readonly=True, copy=False, index="btree_not_null"
    )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("mall_order") and vals.get("partner_id"):
                member = self.env["res.partner"].browse(vals["partner_id"]).commercial_partner_id
                vals.setdefault("mall_member_store_id", member.mall_store_id.id)
                vals.setdefault("mall_member_clerk_id", member.mall_clerk_id.id)
        return super().create(vals_list)
