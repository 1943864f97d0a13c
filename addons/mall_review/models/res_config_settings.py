from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    mall_review_moderate_all = fields.Boolean(
        related="company_id.mall_review_moderate_all", readonly=False
    )
    mall_review_sensitive_words = fields.Text(
        related="company_id.mall_review_sensitive_words", readonly=False
    )
    mall_review_reward = fields.Selection(related="company_id.mall_review_reward", readonly=False)
    mall_review_reward_coupon_id = fields.Many2one(
        related="company_id.mall_review_reward_coupon_id",
        readonly=False,
        domain="[('company_id', '=', company_id)]",
    )
    mall_review_reward_points = fields.Integer(
        related="company_id.mall_review_reward_points", readonly=False
    )

    # checked here rather than on the company: the settings write the
    # company's fields one at a time
    @api.constrains(
        "mall_review_reward", "mall_review_reward_coupon_id", "mall_review_reward_points"
    )
    def _check_mall_review_reward(self):
        for settings in self:
            reward = settings.mall_review_reward
            if reward == "coupon" and not settings.mall_review_reward_coupon_id:
                raise ValidationError(
                    self.env._("Choose the coupon given for reviews with photos.")
                )
            if reward == "points" and settings.mall_review_reward_points <= 0:
                raise ValidationError(
                    self.env._("The points given for reviews with photos must be positive.")
                )
