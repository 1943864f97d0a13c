from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    mall_share_invite_reward = fields.Selection(
        related="company_id.mall_share_invite_reward", readonly=False
    )
    mall_share_inviter_points = fields.Integer(
        related="company_id.mall_share_inviter_points", readonly=False
    )
    mall_share_invitee_points = fields.Integer(
        related="company_id.mall_share_invitee_points", readonly=False
    )
    mall_share_inviter_coupon_id = fields.Many2one(
        related="company_id.mall_share_inviter_coupon_id",
        readonly=False,
        domain="[('company_id', '=', company_id)]",
    )
    mall_share_invitee_coupon_id = fields.Many2one(
        related="company_id.mall_share_invitee_coupon_id",
        readonly=False,
        domain="[('company_id', '=', company_id)]",
    )
    mall_share_register_points = fields.Integer(
        related="company_id.mall_share_register_points", readonly=False
    )
    mall_share_register_daily_cap = fields.Integer(
        related="company_id.mall_share_register_daily_cap", readonly=False
    )
    mall_share_attribution_days = fields.Integer(
        related="company_id.mall_share_attribution_days", readonly=False
    )

    # checked here rather than on the company: the settings write the
    # company's fields one at a time
    @api.constrains(
        "mall_share_invite_reward",
        "mall_share_inviter_points",
        "mall_share_invitee_points",
        "mall_share_inviter_coupon_id",
        "mall_share_invitee_coupon_id",
    )
    def _check_mall_share_invite_reward(self):
        for settings in self:
            reward = settings.mall_share_invite_reward
            if reward == "coupon" and not (
                settings.mall_share_inviter_coupon_id or settings.mall_share_invitee_coupon_id
            ):
                raise ValidationError(self.env._("Choose the coupons given for referrals."))
            if reward == "points" and (
                settings.mall_share_inviter_points <= 0 and settings.mall_share_invitee_points <= 0
            ):
                raise ValidationError(self.env._("The referral points must be positive."))
