from contextlib import closing
from datetime import date

from odoo import api, models
from odoo.addons.mall_base.exceptions import MallError
from odoo.addons.mall_base.locking import lock_rows
from odoo.exceptions import UserError


class SaleOrder(models.Model):
    _inherit = "sale.order"

    def _mall_coupon_cards(self, coupon_codes):
        """The mall coupons among ``coupon_codes``: ``loyalty.card`` records
        (another member's coupon is refused as unknown, a used or expired
        one as not usable, two coupons that do not both stack as one too many)."""
        self.ensure_one()
        codes = [code for code in coupon_codes or () if code]
        Card = self.env["loyalty.card"]
        cards = Card.search([("code", "in", codes), ("mall_coupon_id", "!=", False)])
        for card in cards:
            if not card.partner_id and card.mall_source == "code":
                raise MallError(
                    "coupon_not_redeemed",
                    f"券码 {card.code} 请先在“我的优惠券”中兑换。",
                )
            if card.partner_id and card.partner_id != self.partner_id:
                raise MallError(
                    "invalid_coupon", f"优惠券 {card.code} 不可用：优惠券不存在。", kind="not_found"
                )
        if self.mall_idempotency_key:
            # placing: two orders of the member with one coupon run one after
            # the other; the second sees the first one's reward line
            lock_rows(cards, touch=True)
        for card in cards:
            if card.mall_state != "usable":
                reason = "已过期" if card.mall_state == "expired" else "已使用"
                raise MallError("invalid_coupon", f"优惠券 {card.code} 不可用：{reason}。")
        if len(cards.mall_coupon_id) < len(cards) or (
            len(cards) > 1 and not all(cards.mall_coupon_id.mapped("stackable"))
        ):
            raise MallError(
                "coupon_not_stackable", "每笔订单只能使用一张店铺优惠券。", kind="invalid"
            )
        return cards

    def _mall_apply_promotions(self, coupon_codes):
        """The mall coupons first, the one with the highest minimum spend
        first (a discount applied before would lower the amount it checks),
        then the other codes as given."""
        cards = self._mall_coupon_cards(coupon_codes)
        first = [
            card.code
            for card in cards.sorted(lambda card: (-card.mall_coupon_id.min_amount, card.id))
        ]
        rest = [code for code in coupon_codes or () if code not in first]
        return super()._mall_apply_promotions(first + rest)

    def _get_applied_global_discount_lines(self):
        """A stacking mall coupon is not the order's one global discount of
        ``sale_loyalty`` (which would keep only the better of two)."""
        return (
            super()
            ._get_applied_global_discount_lines()
            .filtered(lambda line: not line.reward_id.program_id.mall_stackable)
        )

    def _mall_card_discount(self, card):
        """What ``card`` takes off this order (positive, in its currency)."""
        lines = self.order_line.filtered(lambda line: line.coupon_id == card)
        return -self.currency_id.round(sum(lines.mapped("price_total")))

    @api.model
    def _mall_quote(self, member, address, quantities, coupon_codes=(), note=None):
        """The quote, and the member's coupons usable for this cart
        (``coupons``): the discount each gives alone, the best one
        ``preselected`` (the chosen ones when ``coupon_codes`` has any); no
        ``coupons`` key when none applies."""
        quote = super()._mall_quote(member, address, quantities, coupon_codes, note)
        cards = self.env["loyalty.card"]._mall_find_member_cards(member, "usable")
        options = []
        if cards:
            with closing(self.env.cr.savepoint()):
                order = self._mall_create_placed_order(
                    member, address, quantities, None, None, note
                )
                for card in cards:
                    values = {
                        "code": card.code,
                        "coupon_id": card.mall_coupon_id.id,
                        "name": card.mall_coupon_id.name,
                        "rule": card.mall_coupon_id.description,
                        "expires_on": card.expiration_date or None,
                        "stackable": card.mall_coupon_id.stackable,
                    }
                    try:
                        with closing(self.env.cr.savepoint()):
                            order = order.browse(order.id)
                            order._mall_apply_promotions([values["code"]])
                            discount = order._mall_card_discount(
                                order.env["loyalty.card"].browse(card.id)
                            )
                    except UserError:
                        # MallError or loyalty's own refusal: not for this cart
                        continue
                    if discount > 0:
                        options.append({**values, "discount": discount})
        chosen = set(coupon_codes or ())
        best = max(
            options,
            key=lambda option: (
                option["discount"],
                -(option["expires_on"] or date.max).toordinal(),
            ),
            default=None,
        )
        for option in options:
            option["preselected"] = option["code"] in chosen if chosen else option is best
        options.sort(key=lambda option: -option["discount"])
        if options:
            # only then: without usable coupons the quote is mall_sale's own
            quote["coupons"] = options
        return quote
