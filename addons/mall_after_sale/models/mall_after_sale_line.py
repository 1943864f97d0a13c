from odoo import api, fields, models


class MallAfterSaleLine(models.Model):
    _name = "mall.after.sale.line"
    _description = "After-sales Request Line"

    request_id = fields.Many2one(
        "mall.after.sale", required=True, ondelete="cascade", index=True, readonly=True
    )
    company_id = fields.Many2one(related="request_id.company_id", store=True, index=True)
    order_line_id = fields.Many2one(
        "sale.order.line", string="Order Line", required=True, ondelete="restrict", readonly=True
    )
    product_id = fields.Many2one(related="order_line_id.product_id", string="Product")
    qty = fields.Integer(string="Quantity", required=True, readonly=True)
    currency_id = fields.Many2one(related="request_id.currency_id")
    amount = fields.Monetary(
        readonly=True,
        help="What the shopper paid for this quantity (the line's total per unit, "
        "order discounts shared out in proportion).",
    )
    is_dropship = fields.Boolean(
        string="Dropshipped",
        compute="_compute_is_dropship",
        store=True,
        help="Shipped by the supplier: returns go to the supplier.",
    )

    _sql_constraints = [
        ("qty_positive", "CHECK (qty > 0)", "The quantity must be positive."),
    ]

    @api.depends("order_line_id")
    def _compute_is_dropship(self):
        for line in self:
            line.is_dropship = line.order_line_id._mall_is_dropship()
