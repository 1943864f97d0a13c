import logging
from collections import defaultdict
from contextlib import closing
from datetime import timedelta

import psycopg2

from odoo import Command, api, fields, models
from odoo.addons.mall_base.exceptions import MallError
from odoo.addons.mall_base.locking import lock_rows
from odoo.addons.payment_wechatpay.utils import WechatpayRequestError
from odoo.exceptions import UserError

_logger = logging.getLogger(__name__)

SHOPPER_STATES = [
    ("pending_payment", "Pending Payment"),
    ("paid", "Paid"),
    ("shipped", "Shipped"),
    ("done", "Received"),
    ("cancelled", "Cancelled"),
    ("after_sale", "After-Sales"),
]
# an unpaid order is cancelled this long after its expiry (WeChat Pay may
# still be delivering the notify of a payment made at the last second)
EXPIRY_GRACE = timedelta(minutes=1)
CART_MAX_LINES = 50
# first key of pg_advisory_xact_lock(int, int) for order keys ("mall order")
IDEMPOTENCY_LOCK_CLASS = 0x4D4F
# units of one product per order, in the cart and per order (the API's schema
# takes the same limit from here)
LINE_MAX_QTY = 99


class DuplicateOrderKey(Exception):
    """Another request of the member placed an order with this key meanwhile
    (committed after this transaction's snapshot)."""


def conflict(code, message):
    return MallError(code, message)


class SaleOrder(models.Model):
    _inherit = "sale.order"

    mall_is_cart = fields.Boolean(
        string="Mall Cart",
        copy=False,
        index=True,
        help="The member's shopping cart in the mini-program (a draft order).",
    )
    mall_order = fields.Boolean(
        copy=False,
        index=True,
        help="Placed by a shopper in the mini-program.",
    )
    mall_idempotency_key = fields.Char(
        string="Idempotency Key",
        copy=False,
        readonly=True,
        help="The Idempotency-Key of the request that placed the order: the same "
        "key from the same member returns this order.",
    )
    mall_expires_at = fields.Datetime(
        string="Payment Due",
        copy=False,
        readonly=True,
        help="An unpaid order is cancelled after this time and its stock released.",
    )
    mall_received_at = fields.Datetime(
        string="Received On", copy=False, readonly=True, help="When the shopper confirmed receipt."
    )
    mall_buyer_note = fields.Text(string="Shopper's Note", copy=False)
    mall_shopper_state = fields.Selection(
        SHOPPER_STATES,
        string="Shopper Status",
        compute="_compute_mall_shopper_state",
        store=True,
        index=True,
        help="The status the shopper sees in the mini-program.",
    )

    def init(self):
        res = super().init()
        self.env.cr.execute(
            "CREATE UNIQUE INDEX IF NOT EXISTS sale_order_mall_idempotency_uniq "
            "ON sale_order (partner_id, mall_idempotency_key) "
            "WHERE mall_idempotency_key IS NOT NULL"
        )
        self.env.cr.execute(
            "CREATE UNIQUE INDEX IF NOT EXISTS sale_order_mall_cart_uniq "
            "ON sale_order (partner_id, company_id) WHERE mall_is_cart"
        )
        return res

    # ------------------------------------------------------------------
    # Shopper status
    # ------------------------------------------------------------------

    @api.depends(
        "state",
        "mall_order",
        "mall_received_at",
        "transaction_ids.state",
        "picking_ids.state",
    )
    def _compute_mall_shopper_state(self):
        for order in self:
            order.mall_shopper_state = (
                order._mall_get_shopper_state() if order.mall_order else False
            )

    def _mall_get_shopper_state(self):
        """Derived from Odoo's own states. After-sales addons override this."""
        self.ensure_one()
        if self.state == "cancel":
            return "cancelled"
        paid = self.state == "sale" or bool(self._mall_paid_transactions())
        if not paid:
            return "pending_payment"
        if self.mall_received_at:
            return "done"
        deliveries = self._mall_deliveries()
        if deliveries and all(picking.state == "done" for picking in deliveries):
            return "shipped"
        return "paid"

    def _mall_paid_transactions(self):
        """The payments of this order that went through (refunds left out),
        oldest first, of any provider."""
        # operators of fulfilment and after-sales cannot read payment transactions
        return (
            self.sudo()
            .transaction_ids.filtered(lambda t: t.state == "done" and t.operation != "refund")
            .sorted("id")
        )

    def _mall_wechatpay_payment(self):
        """The WeChat Pay payment of this order (its first done one), the one
        refunds go back to and shipping info is uploaded for; empty if none."""
        return self._mall_paid_transactions().filtered(lambda t: t.provider_code == "wechatpay")[:1]

    def _mall_deliveries(self):
        """The transfers that bring the goods to the shopper (from our warehouse
        or dropshipped by a supplier)."""
        return self.picking_ids.filtered(
            lambda p: p.state != "cancel" and p.location_dest_id.usage == "customer"
        )

    # ------------------------------------------------------------------
    # Cart
    # ------------------------------------------------------------------

    @api.model
    def _mall_get_cart(self, member, create=False):
        """The member's cart. Like every ``_mall_*`` method of the storefront,
        it runs in the API's superuser environment (``CurrentShopper``): the
        member in the domain is what keeps it to the member's own records."""
        company = self.env.company
        cart = self.search(
            [
                ("partner_id", "=", member.id),
                ("company_id", "=", company.id),
                ("mall_is_cart", "=", True),
                ("state", "=", "draft"),
            ],
            limit=1,
        )
        if not cart and create:
            try:
                with self.env.cr.savepoint():
                    cart = self.create(
                        {"partner_id": member.id, "company_id": company.id, "mall_is_cart": True}
                    )
            except psycopg2.errors.UniqueViolation as error:
                # a parallel request of the member created it first
                raise conflict("request_in_progress", "购物车正在更新，请稍后重试。") from error
        return cart

    def _mall_product_lines(self):
        return self.order_line.filtered(
            lambda line: not line.display_type and not line.is_delivery and not line.reward_id
        )

    @api.model
    def _mall_check_sellable(self, quantities):
        """404 for a product that is not on sale; 409 when one has not enough
        free stock (only products whose stock limits sales, one query for all).

        :param dict quantities: ``{product: qty}``
        """
        company = self.env.company
        for product in quantities:
            if not product._mall_is_sellable(company):
                raise MallError("product_not_found", "商品不存在或已下架。", kind="not_found")
        self._mall_check_free_stock(quantities)

    @api.model
    def _mall_check_free_stock(self, quantities):
        """409 ``out_of_stock`` when a product whose stock limits sales has less
        free stock than asked (one query for all).

        :param dict quantities: ``{product: qty}`` in the products' units
        """
        company = self.env.company
        Hold = self.env["mall.stock.hold"]
        limited = Hold._limited_products(self.env["product.product"].union(*quantities))
        if not limited:
            return
        free = Hold._free_quantities(limited.ids, company)
        for product in limited:
            if free[product.id] < quantities[product]:
                raise conflict("out_of_stock", f"{product.display_name} 库存不足。")

    @api.model
    def _mall_cart_add(self, member, product, qty):
        """Add ``qty`` of ``product`` to the member's cart (created on the first
        line); refused before anything is written. Returns the cart."""
        cart = self._mall_get_cart(member)
        lines = cart._mall_product_lines() if cart else self.env["sale.order.line"]
        line = lines.filtered(lambda x: x.product_id == product)[:1]
        new_qty = (line.product_uom_qty if line else 0) + qty
        self._mall_check_line_quantities({product: new_qty})
        self._mall_check_sellable({product: new_qty})
        if line:
            line.product_uom_qty = new_qty
            return cart
        if len(lines) >= CART_MAX_LINES:
            raise conflict("cart_full", f"购物车最多放 {CART_MAX_LINES} 种商品。")
        cart = cart or self._mall_get_cart(member, create=True)
        cart.write(
            {"order_line": [Command.create({"product_id": product.id, "product_uom_qty": qty})]}
        )
        return cart

    def _mall_cart_quantities(self):
        """``{product: qty}`` of this cart's product lines (409 ``cart_empty``
        when there are none, or no cart)."""
        quantities = {}
        for line in self._mall_product_lines() if self else ():
            quantities[line.product_id] = quantities.get(line.product_id, 0) + int(
                line.product_uom_qty
            )
        if not quantities:
            raise conflict("cart_empty", "购物车是空的。")
        return quantities

    @api.model
    def _mall_check_line_quantities(self, quantities):
        """409 ``quantity_limit`` when a product is asked more than
        ``LINE_MAX_QTY`` times (lines of one product added up)."""
        if any(qty > LINE_MAX_QTY for qty in quantities.values()):
            raise conflict("quantity_limit", f"每件商品最多购买 {LINE_MAX_QTY} 件。")

    @api.model
    def _mall_find_cart_line(self, member, line_id):
        """``(cart, line)``: the product line ``line_id`` of ``member``'s cart
        (an empty line for an unknown id, another member's, or no cart)."""
        cart = self._mall_get_cart(member)
        return cart, (cart._mall_cart_line(line_id) if cart else self.env["sale.order.line"])

    def _mall_cart_line(self, line_id):
        """The product line ``line_id`` of this cart, or an empty recordset."""
        return self._mall_product_lines().filtered(lambda line: line.id == line_id)

    # ------------------------------------------------------------------
    # Placing an order
    # ------------------------------------------------------------------

    @api.model
    def _mall_find_order(self, member, order_id):
        """A mall order of ``member`` (never a cart, never someone else's), found
        in the storefront's superuser environment (see ``_mall_get_cart``)."""
        if not order_id or order_id > 2**31 - 1:
            return self.browse()
        return self.search(
            [
                ("id", "=", order_id),
                ("partner_id", "=", member.id),
                ("mall_order", "=", True),
                ("company_id", "=", self.env.company.id),
            ],
            limit=1,
        )

    @api.model
    def _mall_find_order_by_key(self, member, idempotency_key):
        """The mall order ``member`` placed with ``idempotency_key`` in the
        current company, if any."""
        return self.search(
            [
                ("partner_id", "=", member.id),
                ("mall_idempotency_key", "=", idempotency_key),
                ("mall_order", "=", True),
                ("company_id", "=", self.env.company.id),
            ],
            limit=1,
        )

    @api.model
    def _mall_place_order(
        self, member, address, quantities, idempotency_key, coupon_codes=(), note=None, cart=None
    ):
        """Place an order of ``member`` for ``quantities`` (``{product: qty}``,
        validated by the caller), delivered to ``address``.

        Prices, discounts, shipping and totals come from Odoo; the stock of
        limited products is held until the order expires. ``cart`` is the cart
        the lines came from (its ordered lines are removed).
        """
        company = self.env.company
        self._mall_check_sellable(quantities)
        self._mall_check_unpaid_limit(member)
        self._mall_claim_idempotency_key(member, idempotency_key)
        now = fields.Datetime.now()
        expires_at = now + timedelta(minutes=company.mall_unpaid_order_timeout or 15)
        try:
            with self.env.cr.savepoint():
                order = self._mall_create_placed_order(
                    member, address, quantities, idempotency_key, expires_at, note
                )
        except psycopg2.errors.UniqueViolation as error:
            # a parallel request with the same Idempotency-Key placed it first
            raise DuplicateOrderKey() from error
        order._mall_apply_promotions(coupon_codes)
        order._mall_set_shipping()
        order._mall_hold_stock(idempotency_key, expires_at + EXPIRY_GRACE)
        if cart:
            ordered = order.order_line.product_id
            cart._mall_product_lines().filtered(lambda x: x.product_id in ordered).unlink()
        return order

    @api.model
    def _mall_check_unpaid_limit(self, member):
        """429-kind ``too_many_unpaid_orders`` when ``member`` already has the
        company's *Max Unpaid Orders per Member* waiting for payment."""
        max_unpaid = self.env.company.mall_max_unpaid_orders
        if max_unpaid <= 0:
            return
        unpaid = self.search_count(
            [
                ("partner_id", "=", member.id),
                ("mall_order", "=", True),
                ("mall_shopper_state", "=", "pending_payment"),
            ]
        )
        if unpaid >= max_unpaid:
            raise MallError(
                "too_many_unpaid_orders",
                "待付款订单过多，请先支付或取消已有订单。",
                kind="limit",
            )

    def _mall_hold_stock(self, idempotency_key, until):
        """Hold every product line of this new order, gifts of promotions
        included, until ``until``; refused (and nothing held) with
        ``hold_limit_exceeded`` or ``out_of_stock``."""
        self.ensure_one()
        company = self.company_id
        Hold = self.env["mall.stock.hold"]
        refused = Hold._hold(
            self.partner_id, idempotency_key, self._mall_held_quantities(), until, company
        )
        if refused and refused.reason == "hold_limit":
            held = int(refused.quantity)
            raise conflict(
                "hold_limit_exceeded",
                f"{refused.product.display_name} 每人待付款订单中最多保留 "
                f"{Hold._hold_limit(company)} 件"
                + (f"（还可再买 {held} 件）" if held else "")
                + "，请先支付或取消未付款的订单。",
            )
        if refused:
            product, free = refused.product, refused.quantity
            raise conflict(
                "out_of_stock",
                f"{product.display_name} 库存不足（剩余 {int(free)} 件）。"
                if free
                else f"{product.display_name} 已售罄。",
            )

    @api.model
    def _mall_quote(self, member, address, quantities, coupon_codes=(), note=None):
        """What placing this order now would cost (``_mall_amounts`` and the
        shipping method's name), priced by Odoo exactly as
        ``_mall_place_order`` does; nothing is placed, written or held (the
        order is built, read, then rolled back with everything it wrote:
        lines, coupons, chatter). The same refusals apply."""
        self._mall_check_sellable(quantities)
        with closing(self.env.cr.savepoint()):
            order = self._mall_create_placed_order(member, address, quantities, None, None, note)
            order._mall_apply_promotions(coupon_codes)
            order._mall_set_shipping()
            # the gifts of promotions too, as placing the order would hold them
            Product = self.env["product.product"]
            order._mall_check_free_stock(
                {Product.browse(pid): qty for pid, qty in order._mall_held_quantities().items()}
            )
            quote = {**order._mall_amounts(), "shipping_method": order.carrier_id.name or None}
        return quote

    def _mall_discount_lines(self):
        """The lines that take something off the goods (coupons, promotions:
        ``sale_loyalty``'s reward lines; feature addons add theirs)."""
        return self.order_line.filtered("reward_id")

    def _mall_amounts(self):
        """The amounts the shopper sees: goods, discounts (negative), shipping
        and total, each rounded to the order's currency, and its code."""
        self.ensure_one()
        currency = self.currency_id
        lines = self.order_line

        def total(selected):
            return currency.round(sum(selected.mapped("price_total")))

        return {
            "amount_goods": total(self._mall_product_lines()),
            "amount_discount": total(self._mall_discount_lines()),
            "amount_shipping": total(lines.filtered("is_delivery")),
            "amount_total": self.amount_total,
            "currency": currency.name,
        }

    def _mall_lock(self):
        """Serialize the shopper's actions on these orders (pay, cancel,
        receive, after-sales, and the expiry cron): a second request waits,
        then is re-run on a snapshot that sees the first one's result."""
        return lock_rows(self, touch=True)

    @api.model
    def _mall_claim_idempotency_key(self, member, idempotency_key):
        """Serialize the requests of one member with one key until this
        transaction ends, then make sure no such order was committed since this
        transaction's snapshot (a READ COMMITTED cursor of the stock holds'
        pool sees it: Odoo's pool is for the requests)."""
        self.env.cr.execute(
            "SELECT pg_advisory_xact_lock(%s, hashtext(%s))",
            [IDEMPOTENCY_LOCK_CLASS, f"{member.id}:{idempotency_key}"],
        )
        with self.env["mall.stock.hold"]._hold_cursor() as cr:
            cr.execute(
                "SELECT 1 FROM sale_order WHERE partner_id = %s AND mall_idempotency_key = %s",
                [member.id, idempotency_key],
            )
            if cr.fetchone():
                raise DuplicateOrderKey()

    def _mall_held_quantities(self):
        """``{product id: quantity}`` (in the product's unit) of every product
        line of this order, the gifts of promotions included: all of them
        leave the warehouse."""
        self.ensure_one()
        quantities = defaultdict(float)
        for line in self.order_line:
            if line.display_type or line.is_delivery or not line.product_id:
                continue
            quantities[line.product_id.id] += line.product_uom._compute_quantity(
                line.product_uom_qty, line.product_id.uom_id
            )
        return dict(quantities)

    @api.model
    def _mall_create_placed_order(
        self, member, address, quantities, idempotency_key, expires_at, note
    ):
        """Called as superuser: by the storefront API, by the demo data."""
        return self.create(
            {
                "partner_id": member.id,
                "partner_invoice_id": member.id,
                "partner_shipping_id": address.id,
                "company_id": self.env.company.id,
                "mall_order": True,
                "mall_idempotency_key": idempotency_key,
                "mall_expires_at": expires_at,
                "mall_buyer_note": note or False,
                "order_line": [
                    Command.create({"product_id": product.id, "product_uom_qty": qty})
                    for product, qty in quantities.items()
                ],
            }
        )

    def _mall_apply_promotions(self, coupon_codes):
        """Coupons and promotions of ``sale_loyalty``: the shopper's codes, then
        the automatic promotions (programs with one reward, not nominative)."""
        self.ensure_one()
        for code in coupon_codes or ():
            result = self._try_apply_code(code)
            if "error" in result:
                raise MallError(
                    "invalid_coupon",
                    f"优惠券 {code} 不可用：{result['error']}",
                    kind="not_found" if result.get("not_found") else "conflict",
                )
            for coupon, rewards in result.items():
                reward = rewards[:1]
                if reward:
                    applied = self._apply_program_reward(reward, coupon)
                    if "error" in applied:
                        raise conflict(
                            "invalid_coupon", f"优惠券 {code} 不可用：{applied['error']}"
                        )
        if self.env["loyalty.program"].search_count(
            [("active", "=", True), ("trigger", "=", "auto")], limit=1
        ):
            self._update_programs_and_rewards()
            for coupon, rewards in self._get_claimable_rewards().items():
                program = coupon.program_id
                if len(program.reward_ids) != 1 or program.is_nominative:
                    continue
                if rewards in self.order_line.reward_id:
                    continue
                if rewards.reward_type == "product" and rewards.multi_product:
                    continue
                try:
                    self._apply_program_reward(rewards, coupon)
                except UserError as error:
                    _logger.info("promotion %s not applied: %s", program.name, error)

    def _send_order_confirmation_mail(self):
        # shoppers of the mini-program hear from WeChat, not by e-mail
        return super(
            SaleOrder, self.filtered(lambda o: not o.mall_order)
        )._send_order_confirmation_mail()

    def _send_payment_succeeded_for_order_mail(self):
        return super(
            SaleOrder, self.filtered(lambda o: not o.mall_order)
        )._send_payment_succeeded_for_order_mail()

    def _mall_set_shipping(self):
        """The shipping line of the company's mall shipping methods: the first
        method by destination (by sequence) whose Odoo rules accept the order
        (countries, provinces, zip prefixes, weight and volume limits, product
        tags, pricing rules), else the default one. None at all configured: no
        shipping fee; none available for the order: 409 ``shipping_unavailable``."""
        self.ensure_one()
        carriers = self.company_id._mall_shipping_carriers()
        if not carriers:
            return
        error = None
        for carrier in carriers:
            if not carrier._is_available_for_order(self):
                continue
            rate = carrier.rate_shipment(self)
            if rate.get("success"):
                self.set_delivery_line(carrier, self.currency_id.round(rate["price"]))
                return
            error = rate.get("error_message")
        raise conflict("shipping_unavailable", "该地址暂不支持配送。" + (error or ""))

    # ------------------------------------------------------------------
    # Paying, cancelling, receiving
    # ------------------------------------------------------------------

    def _mall_check_pending_payment(self):
        self.ensure_one()
        if self.mall_shopper_state != "pending_payment":
            raise conflict("invalid_state", "订单当前状态不能执行此操作。")
        if self.mall_expires_at and self.mall_expires_at <= fields.Datetime.now():
            raise conflict("order_expired", "订单已超时未支付，请重新下单。")

    def _mall_wechatpay_provider(self):
        return self.env["payment.provider"].search(
            [
                ("code", "=", "wechatpay"),
                ("state", "in", ("enabled", "test")),
                ("company_id", "=", self.company_id.id),
            ],
            limit=1,
        )

    def _mall_pay(self):
        """The ``wx.requestPayment`` parameters of this order (prepay keyed by
        the transaction reference: a repeated call returns the same payment)."""
        self.ensure_one()
        self._mall_check_pending_payment()
        if not self.partner_id.mall_openid:
            raise conflict("no_openid", "请先登录微信小程序再支付。")
        provider = self._mall_wechatpay_provider()
        if not provider:
            raise MallError(
                "payment_unavailable", "暂不支持在线支付，请稍后再试。", kind="unavailable"
            )
        tx = self.transaction_ids.filtered(
            lambda t: t.provider_id == provider
            and t.operation != "refund"
            and t.state in ("draft", "pending")
            and t.currency_id == self.currency_id
            and t.currency_id.compare_amounts(t.amount, self.amount_total) == 0
        )[:1]
        if not tx:
            Tx = self.env["payment.transaction"]
            tx = Tx.create(
                {
                    "provider_id": provider.id,
                    "payment_method_id": self.env.ref("payment.payment_method_wechat_pay").id,
                    "reference": Tx._compute_reference(
                        provider.code, sale_order_ids=[Command.set(self.ids)]
                    ),
                    "amount": self.amount_total,
                    "currency_id": self.currency_id.id,
                    "partner_id": self.partner_id.id,
                    "operation": "online_direct",
                    "sale_order_ids": [Command.set(self.ids)],
                }
            )
        try:
            return tx.wechatpay_request_payment(
                self.partner_id.mall_openid,
                time_expire=self.mall_expires_at,
                description=f"{self.company_id.name} {self.name}"[:127],
            )
        except UserError as error:
            _logger.warning("prepay of %s refused: %s", self.name, error)
            raise MallError(
                "payment_unavailable", "发起支付失败，请稍后再试。", kind="unavailable"
            ) from error

    def _mall_close_payments(self):
        """Close the unpaid WeChat Pay transactions of this order. Returns
        ``False`` when one of them turns out to be paid. Called as superuser
        (the shopper's cancel, the expiry cron)."""
        self.ensure_one()
        txs = self.transaction_ids.filtered(
            lambda t: t.provider_code == "wechatpay"
            and t.operation != "refund"
            and t.state in ("draft", "pending")
        )
        for tx in txs:
            if not tx._wechatpay_close():
                return False
        return not self._mall_paid_transactions()

    def _mall_cancel_unpaid(self):
        """The shopper cancels an unpaid order: close its payment, cancel it,
        release its stock."""
        self.ensure_one()
        if self.mall_shopper_state != "pending_payment":
            raise conflict("invalid_state", "只能取消待付款的订单；已付款订单请申请售后。")
        try:
            closed = self._mall_close_payments()
        except (UserError, WechatpayRequestError) as error:
            _logger.warning("could not close the payment of %s: %s", self.name, error)
            raise MallError(
                "payment_unavailable", "暂时无法取消，请稍后再试。", kind="unavailable"
            ) from error
        if not closed:
            raise conflict("already_paid", "订单已支付，不能取消。")
        self.with_context(disable_cancel_warning=True)._action_cancel()

    def _mall_receive(self):
        self.ensure_one()
        if self.mall_shopper_state != "shipped":
            raise conflict("invalid_state", "订单尚未发货，不能确认收货。")
        self.mall_received_at = fields.Datetime.now()

    def action_confirm(self):
        res = super().action_confirm()
        # (plain SQL: no rights needed, whoever confirms)
        self.env["mall.stock.hold"]._end_for_orders(self.filtered("mall_order"), "consumed")
        return res

    def _action_cancel(self):
        res = super()._action_cancel()
        self.env["mall.stock.hold"]._end_for_orders(self.filtered("mall_order"), "released")
        return res

    @api.model
    def _cron_mall_cancel_expired(self, limit=200):
        """Cancel mall orders left unpaid past their expiry and release their
        stock; a payment that went through meanwhile confirms the order instead."""
        # a cron, no user behind it: its run-as user need not have sales rights
        orders = self.sudo().search(
            [
                ("mall_order", "=", True),
                ("state", "in", ("draft", "sent")),
                ("mall_expires_at", "<", fields.Datetime.now() - EXPIRY_GRACE),
            ],
            limit=limit,
            order="mall_expires_at",
        )
        for order in orders:
            try:
                with self.env.cr.savepoint():
                    if order._mall_close_payments():
                        order.with_context(disable_cancel_warning=True)._action_cancel()
                        order.message_post(body=self.env._("Not paid in time: cancelled."))
            except (UserError, WechatpayRequestError) as error:
                _logger.warning("could not cancel the expired order %s: %s", order.name, error)
        self.env["mall.stock.hold"]._cron_release_orphans()
