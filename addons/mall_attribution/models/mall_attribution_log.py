from odoo import fields, models

SOURCES = [
    ("clerk", "Clerk"),
    ("store", "Store"),
    ("campaign", "Campaign"),
    ("referrer", "Referred by a Member"),
    ("organic", "Organic"),
]
ORIGINS = [
    ("miniprogram", "Mini-program"),
    ("wecom", "WeCom"),
    ("operator", "Operator"),
]


class MallAttributionLog(models.Model):
    """Every contact of a member with a source, first binding included:
    append-only (nobody writes or deletes a line)."""

    _name = "mall.attribution.log"
    _description = "Member Contact Log"
    _order = "date desc, id desc"

    partner_id = fields.Many2one(
        "res.partner", string="Member", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one("res.company", index=True)
    date = fields.Datetime(required=True, default=fields.Datetime.now, index=True)
    origin = fields.Selection(ORIGINS, required=True)
    source = fields.Selection(SOURCES, required=True)
    store_id = fields.Many2one("mall.store", index=True, ondelete="set null")
    clerk_id = fields.Many2one("mall.clerk", index=True, ondelete="set null")
    referrer_id = fields.Many2one("res.partner", string="Referrer", ondelete="set null")
    scene = fields.Char(string="Scene / State", help="The scene or WeCom state as received.")
    first_binding = fields.Boolean(
        help="This contact is the member's attribution (the first one, or an operator's "
        "re-assignment)."
    )
    reason = fields.Char(help="Why an operator re-assigned the member.")
    user_id = fields.Many2one("res.users", string="Operator")
