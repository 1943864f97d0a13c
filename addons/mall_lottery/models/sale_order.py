from datetime import timedelta

import psycopg2

from odoo import fields, models
from odoo.addons.mall_sale.models.sale_order import EXPIRY_GRACE, DuplicateOrderKey


class SaleOrder(models.Model):
    _inherit = "sale.order"

    mall_lottery_registration_id = fields.Many2one(
        "mall.lottery.registration",
        string="Lottery Registration",
        copy=False,
        readonly=True,
        index="btree_not_null",
        help="The lottery win this order buys at the lottery price.",
    )

    def _mall_place_lottery_order(self, registration, address, idempotency_key, note=None):
        """Place the winner's order: one unit of the lottery's variant at the
        lottery price, through the order core's own steps (unpaid-order limit,
        Idempotency-Key, shipping, stock hold), to be paid within the
        qualification's validity (the order expires with it). No coupon and
        no promotion: the lottery price is the price."""
        lottery = registration.lottery_id
        member = registration.member_id
        product = lottery.product_id
        self._mall_check_unpaid_limit(member)
        self._mall_claim_idempotency_key(member, idempotency_key)
        company = self.env.company
        now = fields.Datetime.now()
        expires_at = min(
            now + timedelta(minutes=company.mall_unpaid_order_timeout or 15),
            registration.qualified_until,
        )
        SaleOrder = self.with_context(mall_lottery_order=True)
        try:
            with self.env.cr.savepoint():
                order = SaleOrder._mall_create_placed_order(
                    member, address, {product: 1}, idempotency_key, expires_at, note
                )
        except psycopg2.errors.UniqueViolation as error:
            raise DuplicateOrderKey() from error
        order.mall_lottery_registration_id = registration
        # a price written after the line is created stays (Odoo keeps a price
        # that differs from the one it computed): pricelists and member prices
        # do not apply
        order._mall_product_lines().write({"price_unit": lottery.price, "discount": 0.0})
        order._mall_set_shipping()
        order._mall_hold_stock(idempotency_key, expires_at + EXPIRY_GRACE)
        order.message_post(
            body=self.env._(
                "Bought at the lottery price of %(lottery)s (registration %(id)s).",
                lottery=lottery.name,
                id=registration.id,
            )
        )
        return order

    def action_confirm(self):
        res = super().action_confirm()
        # a system step of the payment: whoever confirms, the registration follows
        self.sudo().mall_lottery_registration_id._mall_on_order_paid()
        return res

    def _action_cancel(self):
        res = super()._action_cancel()
        for order in self.sudo().filtered("mall_lottery_registration_id"):
            order.mall_lottery_registration_id._mall_on_order_cancelled(order)
        return res
