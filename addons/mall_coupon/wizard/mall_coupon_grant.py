from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools.safe_eval import safe_eval

MEMBER_DOMAIN = [("mall_member_since", "!=", False)]


class MallCouponGrant(models.TransientModel):
    _name = "mall.coupon.grant"
    _description = "Grant Coupons to Members"

    coupon_id = fields.Many2one("mall.coupon", required=True, ondelete="cascade")
    target = fields.Selection(
        [("members", "Chosen members"), ("segment", "Members matching a filter")],
        string="Grant To",
        required=True,
        default="members",
    )
    partner_ids = fields.Many2many(
        "res.partner",
        string="Members",
        domain=MEMBER_DOMAIN,
        help="Each member gets one coupon, within the coupon's total quantity.",
    )
    member_domain = fields.Char(
        string="Filter",
        default="[]",
        help="A member segment: every mall member matching the filter gets one coupon.",
    )
    match_count = fields.Integer(string="Members Matching", compute="_compute_match_count")

    def _segment_members(self):
        self.ensure_one()
        try:
            domain = safe_eval(self.member_domain or "[]")
        except Exception as error:
            raise UserError(self.env._("The filter is not valid.")) from error
        return self.env["res.partner"].search(MEMBER_DOMAIN + list(domain))

    @api.depends("target", "member_domain", "partner_ids")
    def _compute_match_count(self):
        for wizard in self:
            if wizard.target == "segment":
                try:
                    wizard.match_count = len(wizard._segment_members())
                except UserError:
                    wizard.match_count = 0
            else:
                wizard.match_count = len(wizard.partner_ids)

    def action_grant(self):
        self.ensure_one()
        partners = self._segment_members() if self.target == "segment" else self.partner_ids
        if not partners:
            raise UserError(self.env._("No member to grant the coupon to."))
        cards = self.coupon_id._mall_grant(partners)
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "success",
                "message": self.env._("%(count)s coupons granted.", count=len(cards)),
                "next": {"type": "ir.actions.act_window_close"},
            },
        }


class MallCouponCodes(models.TransientModel):
    _name = "mall.coupon.codes"
    _description = "Generate Coupon Codes"

    coupon_id = fields.Many2one("mall.coupon", required=True, ondelete="cascade")
    count = fields.Integer(string="Number of Codes", default=100, required=True)

    def action_generate(self):
        self.ensure_one()
        self.coupon_id._mall_generate_codes(self.count)
        return self.coupon_id.action_view_codes()
