from odoo import fields, models


class ProductTemplate(models.Model):
    _inherit = "product.template"

    mall_ok = fields.Boolean(
        string="Sold in the Mall",
        index=True,
        help="The product belongs to the mall's catalogue. Whether shoppers "
        "see it is decided when it is published.",
    )

    mall_nutrition_info = fields.Text(
        string="Nutrition",
        translate=True,
        help="Nutrition facts shown on the product page of the mini-program.",
    )
    mall_storage_info = fields.Text(
        string="Storage",
        translate=True,
        help="How to store the product, shown on the product page of the " "mini-program.",
    )
