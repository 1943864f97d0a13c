from odoo import api, fields, models
from odoo.exceptions import ValidationError


class MallGroupOfferLine(models.Model):
    _name = "mall.group.offer.line"
    _description = "Group-buy Offer Product"
    _order = "offer_id, sequence, id"

    offer_id = fields.Many2one(
        "mall.group.offer", string="Offer", required=True, ondelete="cascade", index=True
    )
    sequence = fields.Integer(default=10)
    company_id = fields.Many2one(related="offer_id.company_id", store=True, index=True)
    currency_id = fields.Many2one(related="offer_id.currency_id")
    product_id = fields.Many2one(
        "product.product",
        string="Product",
        required=True,
        domain="[('sale_ok', '=', True)]",
        ondelete="restrict",
    )
    list_price = fields.Float(
        string="Sales Price", related="product_id.lst_price", digits="Product Price"
    )
    group_price = fields.Float(
        required=True,
        digits="Product Price",
        help="The unit price of a group order, on the same tax basis as the sales price.",
    )

    @api.constrains("group_price")
    def _check_group_price(self):
        for line in self:
            if line.group_price <= 0:
                raise ValidationError(self.env._("The group price must be positive."))
