from odoo import api, fields, models
from odoo.exceptions import ValidationError

REWARDS = [("none", "None"), ("points", "Points"), ("coupon", "Coupon")]


class ResCompany(models.Model):
    _inherit = "res.company"

    mall_share_invite_reward = fields.Selection(
        REWARDS,
        string="Referral Reward",
        default="none",
        required=True,
        help="What the inviter and the invitee each get when the invitee's first order "
        "is received (推荐奖励), once per invitation.",
    )
    mall_share_inviter_points = fields.Integer(string="Inviter's Points", default=0)
    mall_share_invitee_points = fields.Integer(string="Invitee's Points", default=0)
    mall_share_inviter_coupon_id = fields.Many2one("mall.coupon", string="Inviter's Coupon")
    mall_share_invitee_coupon_id = fields.Many2one("mall.coupon", string="Invitee's Coupon")
    mall_share_register_points = fields.Integer(
        string="Share Reward (Points per Registration)",
        default=0,
        help="Points a member gets when someone registers through their share "
        "(分享奖励); 0: none.",
    )
    mall_share_register_daily_cap = fields.Integer(
        string="Share Rewards per Day",
        default=5,
        help="At most this many registrations are rewarded per member and day; 0: no cap.",
    )
    mall_share_attribution_days = fields.Integer(
        string="Attribution Window (days)",
        default=7,
        help="A paid order counts for the last share the member opened within this many "
        "days before paying (else for the share the member registered through); "
        "0: only the registration share.",
    )

    @api.constrains(
        "mall_share_inviter_points",
        "mall_share_invitee_points",
        "mall_share_register_points",
        "mall_share_register_daily_cap",
        "mall_share_attribution_days",
    )
    def _check_mall_share_numbers(self):
        for company in self:
            if (
                min(
                    company.mall_share_inviter_points,
                    company.mall_share_invitee_points,
                    company.mall_share_register_points,
                    company.mall_share_register_daily_cap,
                    company.mall_share_attribution_days,
                )
                < 0
            ):
                raise ValidationError(
                    self.env._("Share rewards, caps and windows cannot be negative.")
                )
