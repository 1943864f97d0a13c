from odoo import api, fields, models
from odoo.addons.mall_base.locking import lock_rows

from ..const import OPEN_STATES, PAID_SHOPPER_STATES, RELEASED_STATES


class SaleOrder(models.Model):
    _inherit = "sale.order"

    mall_after_sale_ids = fields.One2many(
        "mall.after.sale", "order_id", string="After-sales Requests", readonly=True
    )
    mall_after_sale_count = fields.Integer(
        string="After-sales", compute="_compute_mall_after_sale_count"
    )

    def _compute_mall_after_sale_count(self):
        counts = dict(
            self.env["mall.after.sale"]._read_group(
                [("order_id", "in", self.ids)], ["order_id"], ["__count"]
            )
        )
        for order in self:
            order.mall_after_sale_count = counts.get(order, 0)

    @api.depends("mall_after_sale_ids.state")
    def _compute_mall_shopper_state(self):
        return super()._compute_mall_shopper_state()

    def _mall_get_shopper_state(self):
        state = super()._mall_get_shopper_state()
        # computed as superuser (a stored field): no sudo() needed below
        if state != "cancelled" and any(
            request.state in OPEN_STATES for request in self.mall_after_sale_ids
        ):
            return "after_sale"
        if (
            state == "paid"
            and not self._mall_deliveries()
            and self.picking_ids
            and self._mall_is_fully_refunded()
        ):
            # refunded in full before anything left: closed
            return "cancelled"
        return state

    def _mall_after_sale_is_paid(self):
        """The order was paid (an after-sales request may be asked for it).
        Called by the storefront API, in its superuser environment."""
        self.ensure_one()
        # (an order refunded in full before shipping is closed but was paid:
        # asking again is refused as exceeding what is refundable)
        paid = self.mall_shopper_state in PAID_SHOPPER_STATES or (
            self.mall_shopper_state == "cancelled" and self.state == "sale"
        )
        return paid and bool(self._mall_after_sale_payment())

    def _mall_after_sale_refusal(self):
        """Why a paid order takes no after-sales request now, as ``(code,
        message)``, or ``None``. A paid order not confirmed yet (a group-buy
        order waiting for its group, which refunds it in full if it fails; a
        payment still being processed) has nothing fulfilled to return or
        refund by request."""
        self.ensure_one()
        if self.state in ("draft", "sent"):
            return "not_confirmed", "订单尚未确认（如拼团尚未成团），暂不能申请售后。"
        return None

    def _mall_after_sale_payment(self):
        """The confirmed WeChat Pay payment of this order (what is refunded)."""
        self.ensure_one()
        return self._mall_wechatpay_payment()

    def _mall_after_sale_lock(self):
        """Lock and touch the order's row: parallel requests on one order are
        counted one after the other (the later one fails to serialize and is
        re-run by Odoo on a snapshot that sees the first)."""
        self.ensure_one()
        self.env.flush_all()
        lock_rows(self, touch=True)
        self.order_line.invalidate_recordset()
        self.env["mall.after.sale"].invalidate_model()
        self.env["mall.after.sale.line"].invalidate_model()

    def _mall_after_sale_amount(self, quantities):
        """The refund of a new request for ``quantities`` (``{line: qty}``): what
        was paid for them; when the request takes the last refundable goods of
        the order, whatever is left of the payment (shipping, roundings)."""
        self.ensure_one()
        currency = self.currency_id
        amount = sum(line._mall_paid_amount(qty) for line, qty in quantities.items())
        everything = all(
            line._mall_refundable_qty() - quantities.get(line, 0) <= 0
            for line in self._mall_product_lines()
        )
        payment = self._mall_after_sale_payment()
        others = self.mall_after_sale_ids.filtered(lambda r: r.state not in RELEASED_STATES)
        left = currency.round(payment.amount - sum(others.mapped("amount")))
        if everything or currency.compare_amounts(amount, left) > 0:
            amount = left
        return currency.round(max(amount, 0.0))

    mall_loyalty_restored = fields.Boolean(
        string="Coupons Given Back",
        copy=False,
        readonly=True,
        help="The order was fully refunded and the coupons and points it used were given back.",
    )

    def _mall_is_fully_refunded(self):
        """Every product of the order is in a refunded after-sales request.
        Called as superuser (the shopper state's compute, the job after a refund)."""
        self.ensure_one()
        refunded = self.mall_after_sale_ids.filtered(lambda r: r.state == "refunded")
        for line in self._mall_product_lines():
            qty = sum(
                refunded.line_ids.filtered(lambda x, line=line: x.order_line_id == line).mapped(
                    "qty"
                )
            )
            if qty < line.product_uom_qty:
                return False
        return bool(refunded)

    def _mall_restore_loyalty_if_refunded(self):
        """A fully refunded order gives back what it used of coupons and
        loyalty cards, and takes back the points it earned (what cancelling a
        confirmed order does in ``sale_loyalty``) — once. Called by the job
        after a refund (``mall.after.sale._job_after_refund``), as superuser."""
        self.ensure_one()
        if self.mall_loyalty_restored or not self._mall_is_fully_refunded():
            return False
        # the one who locks first restores; the other then reads the flag
        lock_rows(self)
        if self.mall_loyalty_restored:
            return False
        for coupon, change in self._get_point_changes().items():
            coupon.points -= change
        self.mall_loyalty_restored = True
        self.message_post(body=self.env._("Fully refunded: coupons and points given back."))
        return True

    def action_view_mall_after_sales(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "mall_after_sale.action_mall_after_sale"
        )
        action["domain"] = [("order_id", "=", self.id)]
        action["context"] = {}
        return action
