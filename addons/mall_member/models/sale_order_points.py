import math
from datetime import timedelta

from odoo import Command, api, fields, models
from odoo.addons.mall_base.locking import lock_rows


class SaleOrder(models.Model):
    """The points of an order (the levels' part is in sale_order.py: this
    class is loaded after it, so the points are applied after the level's
    free shipping is decided)."""

    _inherit = "sale.order"  # pylint: disable=consider-merging-classes-inherited

    mall_points_used = fields.Integer(
        string="Points Used",
        compute="_compute_mall_points_used",
        store=True,
        help="The member's points that pay part of this order.",
    )
    mall_points_line_ids = fields.One2many(
        "mall.points.line", "order_id", string="Points Ledger", readonly=True
    )

    @api.depends("order_line.mall_points")
    def _compute_mall_points_used(self):
        for order in self:
            order.mall_points_used = sum(order.order_line.mapped("mall_points"))

    # ------------------------------------------------------------------
    # The points line: a discount of the order, not goods
    # ------------------------------------------------------------------

    def _mall_points_lines(self):
        return self.order_line.filtered("mall_points")

    def _mall_product_lines(self):
        return super()._mall_product_lines().filtered(lambda line: not line.mall_points)

    def _mall_discount_lines(self):
        return super()._mall_discount_lines() | self._mall_points_lines()

    def _mall_held_quantities(self):
        quantities = super()._mall_held_quantities()
        for line in self._mall_points_lines():
            quantities.pop(line.product_id.id, None)
        return quantities

    def _get_no_effect_on_threshold_lines(self):
        # points pay for the order: they neither lower a coupon's minimum spend
        # nor what a percentage coupon takes off (when sale_loyalty recomputes
        # its rewards at confirmation)
        return super()._get_no_effect_on_threshold_lines() | self._mall_points_lines()

    def _get_not_rewarded_order_lines(self):
        return super()._get_not_rewarded_order_lines().filtered(lambda line: not line.mall_points)

    def _mall_amounts(self):
        """Also ``points_used`` and ``amount_points`` (≤ 0, the part of
        ``amount_discount`` paid with points)."""
        amounts = super()._mall_amounts()
        amounts["points_used"] = sum(self._mall_points_lines().mapped("mall_points"))
        amounts["amount_points"] = self.currency_id.round(
            sum(self._mall_points_lines().mapped("price_total"))
        )
        return amounts

    # ------------------------------------------------------------------
    # Spending at checkout
    # ------------------------------------------------------------------

    @api.model
    def _mall_points_usable(self, company, balance, goods, total):
        """``(points, value)``: the most points of ``balance`` an order may use,
        and what they take off. ``goods``: its goods after coupons and
        promotions; ``total``: what it costs before points. At most the
        company's cap (a share of ``goods``), and WeChat Pay charges at least
        the currency's smallest coin (0.01): an order is never paid with
        points only."""
        currency = company.currency_id
        unit = currency.rounding
        value = company.mall_points_value
        point_units = round(value / unit)
        if balance <= 0 or point_units <= 0:
            return 0, 0.0
        goods_units = max(round(goods / unit), 0)
        cap_units = math.floor(goods_units * company.mall_points_max_percent / 100 + 1e-9)
        most_units = min(cap_units, round(total / unit) - 1)
        points = max(min(balance, most_units // point_units), 0)
        return points, currency.round(points * value)

    def _mall_apply_points(self):
        """Pay what the member's points may of this order: a points line (a
        discount, no taxes) so that the total is what WeChat Pay charges.
        Placing the order (it has its Idempotency-Key) also reserves the
        points: a ``spend`` line, the balance moved in the guarded statement
        of ``_mall_post`` (two orders of the member placed at once cannot
        spend the same points: the second one is re-run and sees the first
        one's spend). Called as superuser (the storefront, tests)."""
        self.ensure_one()
        if self._mall_points_lines():
            return self.env["mall.points.line"]
        company = self.company_id
        partner = self.partner_id
        balance = self.env["mall.points.account"]._mall_balance(partner, company)
        # the goods after coupons and promotions
        goods = sum(
            (self._mall_product_lines() | self._mall_discount_lines()).mapped("price_total")
        )
        points, value = self._mall_points_usable(company, balance, goods, self.amount_total)
        if not points:
            return self.env["mall.points.line"]
        product = self.env.ref("mall_member.product_mall_points")
        self.write(
            {
                "order_line": [
                    Command.create(
                        {
                            "product_id": product.id,
                            "name": self.env._("Paid with %(points)s points", points=points),
                            "product_uom_qty": 1,
                            "price_unit": -value,
                            "tax_id": [Command.clear()],
                            "mall_points": points,
                            "sequence": 9999,
                        }
                    )
                ]
            }
        )
        if not self.mall_idempotency_key:
            # a quote: nothing is reserved (and everything is rolled back)
            return self.env["mall.points.line"]
        return self.env["mall.points.line"]._mall_post(
            partner, -points, "spend", order=self, key=f"order:{self.id}"
        )

    def _mall_set_shipping(self):
        """Then the points, when the shopper chose to use them (the API puts
        ``mall_use_points`` in the context of the quote and of placing):
        they pay for goods only, after coupons and the shipping fee."""
        res = super()._mall_set_shipping()
        if self.env.context.get("mall_use_points"):
            self._mall_apply_points()
        return res

    @api.model
    def _mall_quote(self, member, address, quantities, coupon_codes=(), note=None):
        """The quote, and the member's ``points``: balance, how many this order
        may use and their value, how many it uses (``use_points``). No
        ``points`` key for a member without points."""
        quote = super()._mall_quote(member, address, quantities, coupon_codes, note)
        company = self.env.company
        balance = self.env["mall.points.account"]._mall_balance(member, company)
        if balance <= 0:
            return quote
        amount_points = quote.get("amount_points", 0.0)
        usable, value = self._mall_points_usable(
            company,
            balance,
            quote["amount_goods"] + quote["amount_discount"] - amount_points,
            quote["amount_total"] - amount_points,
        )
        quote["points"] = {
            "balance": balance,
            "usable": usable,
            "usable_value": value,
            "used": quote.get("points_used", 0),
            "used_value": -amount_points,
            "point_value": company.mall_points_value,
            "max_percent": company.mall_points_max_percent,
        }
        return quote

    # ------------------------------------------------------------------
    # Earning, crediting
    # ------------------------------------------------------------------

    def action_confirm(self):
        res = super().action_confirm()
        for order in self.filtered("mall_order"):
            order._mall_points_earn()
        return res

    def _mall_points_base(self):
        """The cash paid for the goods: the total (coupons, promotions and
        points already taken off) less the shipping fee."""
        self.ensure_one()
        shipping = sum(self.order_line.filtered("is_delivery").mapped("price_total"))
        return max(self.currency_id.round(self.amount_total - shipping), 0.0)

    def _mall_points_earn(self):
        """The points this paid order earns, pending until it is received or
        the credit delay has passed (credited at once without a delay).
        Once per order."""
        self.ensure_one()
        company = self.company_id
        base = self._mall_points_base()
        multiplier = self.partner_id._mall_points_multiplier()
        points = math.floor(base * company.mall_points_per_100 * multiplier / 100 + 1e-6)
        if points <= 0:
            return self.env["mall.points.line"]
        days = company.mall_points_credit_days
        line = self.env["mall.points.line"]._mall_add_pending(
            self.partner_id,
            points,
            "earn",
            order=self,
            due_at=fields.Datetime.now() + timedelta(days=days),
            key=f"order:{self.id}",
            base_amount=base,
        )
        if not days:
            self._mall_points_credit()
        return line

    def _mall_points_credit(self):
        """Credit the pending points of this order (exactly once)."""
        # the ledger is written by code only, whoever received the order
        lines = (
            self.env["mall.points.line"]
            .sudo()
            .search([("order_id", "in", self.ids), ("state", "=", "pending")])
        )
        return lines._mall_credit()

    def _mall_receive(self):
        res = super()._mall_receive()
        self._mall_points_credit()
        return res

    # ------------------------------------------------------------------
    # Giving back, taking back
    # ------------------------------------------------------------------

    def _mall_points_ledger(self, kind):
        # the ledger is read by code here, whoever cancels or refunds
        return (
            self.env["mall.points.line"]
            .sudo()
            .search([("order_id", "=", self.id), ("kind", "=", kind)])
        )

    def _mall_points_give_back(self, target, key, after_sale=None, name=None):
        """Give back spent points of this order up to ``target`` given back in
        all (a ``refund`` line, once per ``key``)."""
        self.ensure_one()
        spent = -sum(self._mall_points_ledger("spend").mapped("points"))
        back = sum(self._mall_points_ledger("refund").mapped("points"))
        points = min(target, spent) - back
        if points <= 0:
            return self.env["mall.points.line"]
        return self.env["mall.points.line"]._mall_post(
            self.partner_id,
            points,
            "refund",
            order=self,
            key=key,
            after_sale=after_sale,
            name=name,
        )

    def _mall_points_take_back(self, kept, key, after_sale=None):
        """Take back what this order earned beyond ``kept`` points (a
        ``reverse`` line, once per ``key``): pending like the earning when it
        is not credited yet, else from the balance, never below zero (what
        the member already spent is recorded as not recovered)."""
        self.ensure_one()
        earn = self._mall_points_ledger("earn")[:1]
        if not earn:
            return self.env["mall.points.line"]
        # one after the other with crediting (which moves this line's state)
        lock_rows(earn, touch=True)
        reverses = self._mall_points_ledger("reverse")
        asked = sum(-line.points + line.points_unrecovered for line in reverses)
        points = earn.points - max(kept, 0) - asked
        if points <= 0:
            return self.env["mall.points.line"]
        Line = self.env["mall.points.line"]
        if earn.state == "pending":
            return Line._mall_add_pending(
                self.partner_id,
                -points,
                "reverse",
                order=self,
                due_at=earn.due_at,
                key=key,
                after_sale=after_sale,
            )
        return Line._mall_post(
            self.partner_id,
            -points,
            "reverse",
            order=self,
            key=key,
            partial=True,
            after_sale=after_sale,
        )

    def _action_cancel(self):
        res = super()._action_cancel()
        for order in self.filtered("mall_order"):
            # an unpaid order gives back its points; a paid one cancelled by an
            # operator also loses what it earned
            order._mall_points_give_back(
                float("inf"),
                key=f"order:{order.id}:cancel",
                name=f"订单 {order.name} 已取消，退还积分",
            )
            order._mall_points_take_back(0, key=f"order:{order.id}:cancel")
        return res

    def _mall_points_after_refund(self, request):
        """An after-sales request was refunded (cash to WeChat Pay): give back
        the points the order spent in proportion to the refunded goods (by
        their value: points were shared over the goods that way), and take
        back what it earned in proportion to the cash refunded for goods; the
        last request of a fully refunded order gives back and takes back all
        that is left. Once per request. Called by the job after a refund, as
        superuser."""
        self.ensure_one()
        refunded = self.mall_after_sale_ids.filtered(lambda r: r.state == "refunded")
        full = self._mall_is_fully_refunded()
        key = f"after_sale:{request.id}"
        spent = -sum(self._mall_points_ledger("spend").mapped("points"))
        if spent > 0:
            if full:
                target = spent
            else:
                goods = sum(self._mall_product_lines().mapped("price_total"))
                value = sum(
                    line.order_line_id.price_total * line.qty / line.order_line_id.product_uom_qty
                    for line in refunded.line_ids
                    if line.order_line_id.product_uom_qty
                )
                target = math.floor(spent * value / goods + 1e-9) if goods > 0 else 0
            self._mall_points_give_back(
                target,
                key=key,
                after_sale=request,
                name=f"订单 {self.name} 售后退款，退还积分",
            )
        earn = self._mall_points_ledger("earn")[:1]
        if earn:
            base = earn.base_amount
            if full or not base:
                kept = 0
            else:
                cash = sum(refunded.line_ids.mapped("amount"))
                kept = math.floor(earn.points * max(base - cash, 0) / base + 1e-9)
            self._mall_points_take_back(kept, key=key, after_sale=request)
