from odoo import api, fields, models


class SaleOrderLine(models.Model):
    _inherit = "sale.order.line"

    mall_points = fields.Integer(
        string="Points Paid",
        readonly=True,
        copy=False,
        help="A points line: the member's points that pay this part of the order "
        "(a discount of the order, without taxes, like an eWallet payment).",
    )

    @api.model
    def _mall_product_line_domain(self):
        # a points line is a discount, not goods (see sale.order._mall_product_lines)
        return [*super()._mall_product_line_domain(), ("mall_points", "=", 0)]
