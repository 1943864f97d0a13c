from odoo import fields, models


class ProductTemplate(models.Model):
    _inherit = "product.template"

    mall_coin_qualifying = fields.Boolean(
        string="Earns an Activity Coin",
        help="A paid mall order with this product earns its member one activity coin "
        "(once per order, whatever the quantity).",
    )
