from odoo import fields, models


class SaleOrderLine(models.Model):
    """A confirmed line remembers who supplies it and at what settlement price.

    Both are written once, when the order is confirmed, and never recomputed:
    changing the product's price or its supplier price later changes nothing
    on confirmed orders. Internal users only: shoppers never read them.
    """

    _inherit = "sale.order.line"

    mall_supplierinfo_id = fields.Many2one(
        "product.supplierinfo",
        string="Supplier Price Line",
        readonly=True,
        copy=False,
        groups="base.group_user",
    )
    mall_supplier_id = fields.Many2one(
        "res.partner",
        string="Supplier",
        readonly=True,
        copy=False,
        index="btree_not_null",
        groups="base.group_user",
    )
    mall_settlement_price = fields.Float(
        string="Settlement Price",
        digits="Product Price",
        readonly=True,
        copy=False,
        groups="base.group_user",
        help="The supplier's settlement price per unit when the order was confirmed.",
    )

    def _mall_seller(self):
        """The mall supplier price line for this line's variant, if any."""
        self.ensure_one()
        product = self.product_id
        sellers = product.seller_ids.filtered(
            lambda s: s.partner_id.mall_is_supplier
            and (not s.product_id or s.product_id == product)
            and (not s.company_id or s.company_id == self.company_id)
        )
        # a price for this very variant wins over one for the whole template
        return sellers.sorted(lambda s: (not s.product_id, s.sequence, s.id))[:1]

    def _mall_lock_settlement(self):
        for line in self:
            if line.display_type or not line.product_id or line.mall_supplierinfo_id:
                continue
            seller = line._mall_seller()
            if seller:
                line.write(
                    {
                        "mall_supplierinfo_id": seller.id,
                        "mall_supplier_id": seller.partner_id.id,
                        "mall_settlement_price": seller.currency_id._convert(
                            seller.price,
                            line.currency_id,
                            line.company_id,
                            fields.Date.context_today(line),
                        )
                        if seller.currency_id != line.currency_id
                        else seller.price,
                    }
                )

    def _prepare_procurement_values(self, group_id=False):
        values = super()._prepare_procurement_values(group_id)
        # procurement runs as whoever confirmed the sale; the field is employees' only
        supplierinfo = self.sudo().mall_supplierinfo_id
        if supplierinfo:
            # the purchase order goes to the supplier locked on the line
            values["supplierinfo_id"] = supplierinfo
        return values
