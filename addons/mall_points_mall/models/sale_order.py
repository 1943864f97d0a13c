from datetime import timedelta

import psycopg2

from odoo import _, api, fields, models
from odoo.addons.mall_base.exceptions import MallError
from odoo.addons.mall_sale.models.sale_order import DuplicateOrderKey

# how long the stock hold of an exchange lives: it is consumed at once, in
# the same request, when the order is confirmed
HOLD_MINUTES = 15


class SaleOrder(models.Model):
    _inherit = "sale.order"

    mall_points_mall = fields.Boolean(
        string="Points Mall Order",
        readonly=True,
        copy=False,
        index=True,
        help="Exchanged in the points mall for activity coins and points: no cash, no "
        "WeChat Pay.",
    )
    mall_pm_coins = fields.Integer(string="Coins Spent", readonly=True, copy=False)
    mall_pm_points = fields.Integer(string="Points Spent", readonly=True, copy=False)

    def _mall_pm_key(self):
        self.ensure_one()
        return f"points_mall:{self.id}"

    # ------------------------------------------------------------ exchange

    @api.model
    def _mall_place_points_mall_order(self, member, address, product, qty, idempotency_key):
        """Exchange ``qty`` of the points-mall variant ``product`` for
        ``member``, delivered to ``address``: the order, the coins and the
        points, all in this transaction or nothing.

        Refusals (MallError, nothing written): 403 ``real_name_required``;
        404 ``product_not_found``; 409 ``insufficient_coins``,
        ``insufficient_points``, ``out_of_stock``; 422 ``quantity_limit``
        (mall_sale's per-line limits). A key already used raises
        ``DuplicateOrderKey`` (the router answers the order placed with it).

        The order is a mall order at zero cash (each line at 0), marked
        *Points Mall Order*, confirmed at once: the to-ship workbench,
        shipping and tracking take it like any paid order."""
        company = self.env.company
        member._mall_require_identity(company)
        if not product._mall_is_exchangeable(company):
            raise MallError("product_not_found", "商品不存在或已下架。", kind="not_found")
        self._mall_check_line_quantities({product: qty})
        template = product.product_tmpl_id
        coins, points = template.mall_pm_coins * qty, template.mall_pm_points * qty
        self._mall_claim_idempotency_key(member, idempotency_key)
        try:
            with self.env.cr.savepoint():
                order = self._mall_create_placed_order(
                    member, address, {product: qty}, idempotency_key, None, None
                )
        except psycopg2.errors.UniqueViolation as error:
            raise DuplicateOrderKey() from error
        order.order_line.write({"price_unit": 0.0, "discount": 0.0})
        order.write({"mall_points_mall": True, "mall_pm_coins": coins, "mall_pm_points": points})
        key = order._mall_pm_key()
        reason = f"积分商城兑换 {order.name}"
        # coins first, then points: each a guarded change of the member's
        # balance; a refusal rolls the whole request back
        self.env["mall.coin.line"]._mall_spend(
            member, coins, company=company, key=key, order=order, reason=reason
        )
        try:
            self.env["mall.points.line"]._mall_post(
                member, -points, "spend", order=order, company=company, key=key, reason=reason
            )
        except MallError as error:
            if error.code != "points_insufficient":
                raise
            raise MallError(
                "insufficient_points", error.message, balance=error.data.get("balance")
            ) from None
        # the stock last: a hold is committed at once on its own cursor
        order._mall_hold_stock(
            idempotency_key, fields.Datetime.now() + timedelta(minutes=HOLD_MINUTES)
        )
        order.action_confirm()
        order.message_post(
            body=_(
                "Exchanged in the points mall for %(coins)s activity coins and %(points)s "
                "points.",
                coins=coins,
                points=points,
            )
        )
        return order

    def _mall_coin_lines(self):
        # an exchange spends coins: it never earns one
        if self.mall_points_mall:
            return self.env["sale.order.line"]
        return super()._mall_coin_lines()

    def _mall_amounts(self):
        amounts = super()._mall_amounts()
        if self.mall_points_mall:
            amounts.update(
                points_mall=True, coins_used=self.mall_pm_coins, points_used=self.mall_pm_points
            )
        return amounts

    # ------------------------------------------------------------ cancel

    def _mall_cancel_points_mall(self):
        """The shopper cancels an exchange not shipped yet (409
        ``already_shipped``, ``invalid_state``): coins and points come back."""
        self.ensure_one()
        if self.state == "cancel":
            raise MallError("invalid_state", "订单已取消。")
        self._mall_pm_check_not_shipped()
        self.with_context(disable_cancel_warning=True)._action_cancel()

    def _mall_pm_check_not_shipped(self):
        for order in self.filtered("mall_points_mall"):
            if order._mall_deliveries().filtered(lambda picking: picking.state == "done"):
                raise MallError("already_shipped", "订单已发货，不能取消。")

    def _action_cancel(self):
        """An exchange cancelled before shipping (by the shopper or an
        operator) gives back its coins: those not expired by their original
        clock (mall_coin's give-back, once: keyed by the order). Its points
        come back through mall_member, which gives back the points any
        cancelled mall order spent (its ``spend`` lines), once."""
        exchanges = self.filtered(lambda order: order.mall_points_mall and order.state != "cancel")
        exchanges._mall_pm_check_not_shipped()
        res = super()._action_cancel()
        # the coin ledger is written by its own methods only, whoever cancels
        Coins = self.env["mall.coin.line"].sudo()
        for order in exchanges:
            Coins._mall_give_back(
                order.partner_id,
                company=order.company_id,
                key=order._mall_pm_key(),
                reason=f"积分商城订单 {order.name} 取消",
            )
        return res
