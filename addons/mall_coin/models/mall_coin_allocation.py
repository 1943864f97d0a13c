from odoo import fields, models


class MallCoinAllocation(models.Model):
    """Which earned coins a spend used: ``coins`` of ``earned_line_id`` paid
    for ``spend_line_id``. A cancelled spend gives back exactly these coins,
    to these lines, with their original expiry."""

    _name = "mall.coin.allocation"
    _description = "Activity Coins Used by a Spend"

    spend_line_id = fields.Many2one(
        "mall.coin.line", required=True, readonly=True, index=True, ondelete="cascade"
    )
    earned_line_id = fields.Many2one(
        "mall.coin.line", required=True, readonly=True, index=True, ondelete="restrict"
    )
    company_id = fields.Many2one(related="spend_line_id.company_id", store=True)
    coins = fields.Integer(readonly=True)
    expires_at = fields.Datetime(related="earned_line_id.expires_at")
