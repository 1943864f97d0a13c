from odoo import api, fields, models


class ResPartner(models.Model):
    """A mall supplier is a company partner marked as such.

    Its contacts are the partner's children (some of them portal users of
    the supplier portal), its bank accounts are ``bank_ids`` and its payment
    terms the standard vendor payment terms.
    """

    _inherit = "res.partner"

    mall_is_supplier = fields.Boolean(string="Mall Supplier", index=True, copy=False)
    mall_supplier_state = fields.Selection(
        [("active", "Active"), ("suspended", "Suspended")],
        string="Supplier Status",
        default="active",
        tracking=True,
        copy=False,
    )
    mall_return_address_id = fields.Many2one(
        "res.partner",
        string="Return Address",
        domain="[('id', 'child_of', id)]",
        help="Where shoppers send goods back. Defaults to the supplier's own address.",
    )
    mall_product_count = fields.Integer(
        string="Mall Products", compute="_compute_mall_product_count"
    )

    def _compute_mall_product_count(self):
        counts = dict(
            self.env["product.supplierinfo"]._read_group(
                [("partner_id", "in", self.ids), ("product_tmpl_id.mall_ok", "=", True)],
                ["partner_id"],
                ["product_tmpl_id:count_distinct"],
            )
        )
        for partner in self:
            partner.mall_product_count = counts.get(partner, 0)

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("mall_is_supplier"):
                vals.setdefault("is_company", True)
                vals.setdefault("supplier_rank", 1)
        return super().create(vals_list)

    def _mall_return_address(self):
        """The address shoppers return goods to."""
        self.ensure_one()
        return self.mall_return_address_id or self

    def action_mall_suspend(self):
        """Suspend suppliers: their products leave the mall at once."""
        self.write({"mall_supplier_state": "suspended"})
        products = (
            self.env["product.supplierinfo"]
            .search([("partner_id", "in", self.ids)])
            .product_tmpl_id.filtered("mall_published")
        )
        products._mall_unpublish_for_suspension(self)
        return True

    def action_mall_reactivate(self):
        self.write({"mall_supplier_state": "active"})
        return True

    def action_mall_view_products(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("mall_base.action_mall_products")
        action["domain"] = [("seller_ids.partner_id", "=", self.id)]
        return action
