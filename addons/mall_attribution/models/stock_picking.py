from odoo import fields, models


class StockPicking(models.Model):
    _inherit = "stock.picking"

    # the to-ship workbench groups by it (stored to group by)
    mall_member_store_id = fields.Many2one(
        related="sale_id.mall_member_store_id", store=True, string="Member's Store"
    )
