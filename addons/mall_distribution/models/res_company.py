from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    mall_dist_everyone = fields.Boolean(
        string="Every Member Is a Promoter",
        help="Members need not apply: every member's share code binds the new members "
        "it brings.",
    )
    mall_dist_binding_days = fields.Integer(
        string="Binding Validity (days)",
        default=0,
        help="How long a member stays bound to the promoter who brought it; 0: for good.",
    )
    mall_dist_rate_l1 = fields.Float(
        string="Level 1 Commission (%)",
        default=10.0,
        help="Default share of the goods paid for the member's own promoter.",
    )
    mall_dist_rate_l2 = fields.Float(
        string="Level 2 Commission (%)",
        default=5.0,
        help="Default share of the goods paid for the promoter's promoter.",
    )
    mall_dist_settle_days = fields.Integer(
        string="After-sales Window (days)",
        default=7,
        help="Commissions become withdrawable this many days after the order is received.",
    )
    mall_dist_min_withdrawal = fields.Monetary(
        string="Minimum Withdrawal", default=10.0, currency_field="currency_id"
    )
    mall_dist_daily_withdrawals = fields.Integer(
        string="Withdrawals per Day",
        default=1,
        help="How many withdrawals a promoter may ask for in a day (China time); 0: no limit.",
    )
    mall_dist_transfer_scene = fields.Char(
        string="Transfer Scene ID",
        default="1005",
        help="The WeChat Pay merchant transfer scene the merchant applied for " "(1005: 佣金报酬).",
    )
