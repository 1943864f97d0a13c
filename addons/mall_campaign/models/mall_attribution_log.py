from odoo import fields, models


class MallAttributionLog(models.Model):
    _inherit = "mall.attribution.log"

    campaign_id = fields.Many2one("mall.campaign", index="btree_not_null", ondelete="set null")
