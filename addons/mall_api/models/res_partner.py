from odoo import fields, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    mall_avatar_url = fields.Char(
        string="Avatar URL",
        copy=False,
        help="The member's avatar, as set in the mini-program.",
    )
