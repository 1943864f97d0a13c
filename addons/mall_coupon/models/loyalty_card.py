from odoo import api, fields, models
from odoo.addons.mall_base.exceptions import MallError
from odoo.addons.mall_base.locking import lock_rows

CARD_STATES = ("usable", "used", "expired")


class LoyaltyCard(models.Model):
    _inherit = "loyalty.card"

    mall_coupon_id = fields.Many2one(
        "mall.coupon", string="Mall Coupon", index="btree_not_null", readonly=True
    )
    mall_source = fields.Selection(
        [("claim", "Claimed"), ("grant", "Granted"), ("code", "Code Batch")],
        string="Issued By",
        readonly=True,
    )
    mall_state = fields.Selection(
        [("usable", "Usable"), ("used", "Used"), ("expired", "Expired")],
        string="Coupon State",
        compute="_compute_mall_state",
    )

    def _mall_pending_cards(self):
        """The cards of these on an order waiting for payment: taken until it
        is paid (then loyalty consumes the point) or cancelled (the reward
        line goes away)."""
        lines = self.env["sale.order.line"].search(
            [("coupon_id", "in", self.ids), ("order_id.state", "in", ("draft", "sent"))]
        )
        return lines.coupon_id

    @api.depends("points", "expiration_date")
    def _compute_mall_state(self):
        today = fields.Date.today()
        pending = self._mall_pending_cards()
        for card in self:
            if card.points < 1 or card in pending:
                card.mall_state = "used"
            elif card.expiration_date and card.expiration_date < today:
                card.mall_state = "expired"
            else:
                card.mall_state = "usable"

    @api.model
    def _mall_find_member_cards(self, member, state=None):
        """The mall coupons of ``member`` (in ``state`` when given), newest first."""
        cards = self.search(
            [
                ("partner_id", "=", member.id),
                ("mall_coupon_id", "!=", False),
                ("mall_coupon_id.company_id", "=", self.env.company.id),
                ("program_id.active", "=", True),
            ],
            order="id desc",
        )
        if state:
            cards = cards.filtered(lambda card: card.mall_state == state)
        return cards

    @api.model
    def _mall_find_member_card(self, member, code):
        """The mall coupon of ``member`` with ``code`` (empty otherwise)."""
        return self.search(
            [
                ("partner_id", "=", member.id),
                ("code", "=", code),
                ("mall_coupon_id", "!=", False),
            ],
            limit=1,
        )

    @api.model
    def _mall_redeem_code(self, member, code):
        """``member`` redeems a code of a batch (``mall.coupon._mall_generate_codes``):
        the card becomes the member's coupon. Redeeming one's own code again
        answers the same coupon; another member's, an expired one, or one
        beyond the coupon's per-member limit is refused."""
        card = self.search(
            [
                ("code", "=", code),
                ("mall_source", "=", "code"),
                ("mall_coupon_id.company_id", "=", self.env.company.id),
                ("program_id.active", "=", True),
            ],
            limit=1,
        )
        if not card:
            raise MallError("coupon_code_not_found", "券码不存在。", kind="not_found")
        coupon = card.mall_coupon_id
        # one redeem of a coupon at a time: the per-member count and the card's
        # owner are read after the other's commit (a waiting request is re-run)
        lock_rows(coupon, touch=True)
        lock_rows(card, touch=True)
        if card.partner_id == member:
            return card
        if card.partner_id:
            raise MallError("coupon_code_used", "该券码已被兑换。")
        if card.mall_state != "usable":
            raise MallError("coupon_expired", "该券码已过期。")
        _held, reason = coupon._mall_claim_status(member)[coupon.id]
        if reason == "limit_reached":
            raise MallError("coupon_limit_reached", "已达到领取上限。")
        if reason == "not_new_member":
            raise MallError("coupon_new_member_only", "该优惠券仅限新用户领取。")
        card.partner_id = member
        return card
