from odoo import fields, models


class MallCouponGrant(models.TransientModel):
    _name = "mall.coupon.grant"
    _description = "Grant Coupons to Members"

    coupon_id = fields.Many2one("mall.coupon", required=True, ondelete="cascade")
    partner_ids = fields.Many2many(
        "res.partner",
        string="Members",
        domain=[("mall_member_since", "!=", False)],
        help="Each member gets one coupon, within the coupon's total quantity.",
    )

    def action_grant(self):
        self.ensure_one()
        cards = self.coupon_id._mall_grant(self.partner_ids)
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "success",
                "message": self.env._("%(count)s coupons granted.", count=len(cards)),
                "next": {"type": "ir.actions.act_window_close"},
            },
        }
