from odoo import fields, models


class SaleOrderLine(models.Model):
    _inherit = "sale.order.line"

    mall_points = fields.Integer(
        string="Points Paid",
        readonly=True,
        copy=False,
        help="A points line: the member's points that pay this part of the order "
        "(a discount of the order, without taxes, like an eWallet payment).",
    )
