from odoo import fields, models

from ..const import REWARDS


class ResCompany(models.Model):
    _inherit = "res.company"

    mall_review_moderate_all = fields.Boolean(
        string="Moderate Every Review",
        help="Every review waits for an operator before shoppers see it (otherwise only "
        "reviews with a sensitive word do).",
    )
    mall_review_sensitive_words = fields.Text(
        string="Sensitive Words",
        help="One per line. A review whose text holds one waits for an operator before "
        "shoppers see it (case is ignored).",
    )
    mall_review_reward = fields.Selection(
        REWARDS,
        string="Reward for Photos",
        default="none",
        required=True,
        help="What a member gets for a review with photos, once per order line, when the "
        "review is published.",
    )
    mall_review_reward_coupon_id = fields.Many2one(
        "mall.coupon",
        string="Reward Coupon",
        help="Granted within the coupon's total quantity; none left: the review says why.",
    )
    mall_review_reward_points = fields.Integer(string="Reward Points", default=0)
