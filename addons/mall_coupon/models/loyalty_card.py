from odoo import api, fields, models

CARD_STATES = ("usable", "used", "expired")


class LoyaltyCard(models.Model):
    _inherit = "loyalty.card"

    mall_coupon_id = fields.Many2one(
        "mall.coupon", string="Mall Coupon", index="btree_not_null", readonly=True
    )
    mall_source = fields.Selection(
        [("claim", "Claimed"), ("grant", "Granted")], string="Issued By", readonly=True
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
