from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    mall_delivery_carrier_id = fields.Many2one(
        "delivery.carrier",
        string="Mall Shipping Method",
        help="Computes the shipping fee of mini-program orders (e.g. a fixed "
        "price, free above an amount). Empty: no shipping fee.",
    )
