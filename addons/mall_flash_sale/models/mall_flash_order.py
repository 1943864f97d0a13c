"""The flash order: a member's reservation of units of a flash sale.

Made by ``mall.flash.sale._mall_buy`` on a READ COMMITTED cursor of the stock
holds' pool (state ``pending_payment``, amount known, expiry), it gets its
``sale.order`` right after from a job (or at once when the shopper wants to
pay before the job ran), keyed on the reservation.

How units move (``sold`` of the sale's item, ``qty`` of the member's claim):

- taken: ``_mall_buy`` (guarded: the allotment, the per-member limit);
- paid: the payment confirms the sale order, the reservation becomes
  ``paid`` in the same transaction (its delivery now counts in stock);
- released: ``_release`` (the unpaid timeout's cron, a cancelled order):
  one statement per table on the READ COMMITTED cursor, rows locked with
  SKIP LOCKED (a reservation a payment is confirming right now is left to
  it), committed at once;
- a payment landing after the release (WeChat Pay could not be reached to
  close the order at the timeout): ``_mall_secure_units`` takes the units
  again if the sale still runs and has them (guarded, as a purchase), or the
  payment is refunded in full, keyed (``_refund_payment``): never oversold.

Counters change only on the READ COMMITTED cursor, never in a request's
REPEATABLE READ transaction: a burst of buyers updates the item's row all the
time, and a snapshot taken before would end in serialization failures.
"""

import logging
from contextlib import contextmanager

from odoo import api, fields, models
from odoo.addons.mall_base.locking import lock_rows
from odoo.addons.payment_wechatpay.utils import WechatpayRequestError
from odoo.addons.queue_job.job import identity_exact
from odoo.exceptions import UserError

_logger = logging.getLogger(__name__)

STATES = [
    ("pending_payment", "Pending Payment"),
    ("paid", "Paid"),
    ("released", "Released"),
    ("refunded", "Refunded"),
]


class MallFlashOrder(models.Model):
    _name = "mall.flash.order"
    _description = "Flash Order"
    _order = "id desc"

    # what _mall_buy returns (and the API reads) of a reservation
    _RESERVATION_COLUMNS = (
        "id, sale_id, product_id, qty, price_unit, amount_shipping, amount_total, state, "
        "expires_at, sale_order_id, create_date"
    )

    sale_id = fields.Many2one("mall.flash.sale", required=True, index=True, ondelete="restrict")
    line_id = fields.Many2one(
        "mall.flash.sale.line", string="Item", required=True, index=True, ondelete="restrict"
    )
    product_id = fields.Many2one("product.product", string="Variant", required=True)
    member_id = fields.Many2one("res.partner", string="Member", required=True, index=True)
    address_id = fields.Many2one("res.partner", string="Delivery Address", required=True)
    company_id = fields.Many2one("res.company", required=True, index=True)
    currency_id = fields.Many2one(related="company_id.currency_id")
    qty = fields.Integer(string="Quantity", required=True)
    price_unit = fields.Monetary(string="Flash Price", required=True)
    amount_shipping = fields.Monetary(string="Shipping")
    amount_total = fields.Monetary(string="Total", required=True)
    state = fields.Selection(STATES, required=True, default="pending_payment", index=True)
    expires_at = fields.Datetime(string="Payment Due", required=True, index=True)
    idempotency_key = fields.Char(required=True)
    sale_order_id = fields.Many2one("sale.order", string="Order", index="btree_not_null")
    released_at = fields.Datetime(readonly=True)
    refund_tx_id = fields.Many2one(
        "payment.transaction",
        string="Refund",
        readonly=True,
        help="The refund of a payment that arrived after the units were released and could "
        "not take them again.",
    )

    _sql_constraints = [
        ("qty_positive", "CHECK(qty > 0)", "A flash order takes at least one unit."),
        (
            "key_uniq",
            "UNIQUE(member_id, idempotency_key)",
            "One flash order per member and Idempotency-Key.",
        ),
    ]

    def init(self):
        self.env.cr.execute(
            "CREATE INDEX IF NOT EXISTS mall_flash_order_line_state_idx "
            "ON mall_flash_order (line_id, state)"
        )

    @api.depends("sale_id")
    def _compute_display_name(self):
        for order in self:
            order.display_name = f"{order.sale_id.name or ''} #{order.id or ''}"

    # ------------------------------------------------------------------
    # The READ COMMITTED cursor
    # ------------------------------------------------------------------

    @contextmanager
    def _flash_cursor(self):
        """A cursor of the stock holds' own pool in READ COMMITTED, committed
        when the block ends (rolled back on an exception). In test mode it is
        the test's cursor (see ``mall.stock.hold._hold_cursor``), inside a
        savepoint so that a refusal writes nothing."""
        with self.env["mall.stock.hold"]._hold_cursor() as cr:
            if cr is self.env.cr:
                self.env.flush_all()
                try:
                    with cr.savepoint(flush=False):
                        yield cr
                finally:
                    self.env.invalidate_all()
            else:
                yield cr

    @api.model
    def _fetch_by_key(self, cr, member_id, idempotency_key):
        cr.execute(
            f"SELECT {self._RESERVATION_COLUMNS} FROM mall_flash_order "
            "WHERE member_id = %s AND idempotency_key = %s",
            [member_id, idempotency_key],
        )
        return cr.fetchone()

    @api.model
    def _mall_find(self, member, reservation_id):
        """The member's flash order ``reservation_id`` (empty for anyone else's)."""
        if not reservation_id or reservation_id > 2**31 - 1:
            return self.browse()
        return self.search(
            [
                ("id", "=", reservation_id),
                ("member_id", "=", member.id),
                ("company_id", "=", self.env.company.id),
            ],
            limit=1,
        )

    # ------------------------------------------------------------------
    # Releasing and taking again
    # ------------------------------------------------------------------

    def _release(self):
        """Give the units of these reservations, if still waiting for payment,
        back to their sale and to the member's limit. Returns the ids released."""
        if not self:
            return []
        with self._flash_cursor() as cr:
            cr.execute(
                """
                WITH r AS (
                    SELECT id FROM mall_flash_order
                     WHERE id = ANY(%s) AND state = 'pending_payment'
                       FOR UPDATE SKIP LOCKED)
                UPDATE mall_flash_order o
                   SET state = 'released', released_at = now() at time zone 'UTC',
                       write_date = now() at time zone 'UTC'
                  FROM r WHERE o.id = r.id
             RETURNING o.id, o.sale_id, o.line_id, o.member_id, o.qty
                """,
                [self.ids],
            )
            rows = cr.fetchall()
            if not rows:
                return []
            claims, lines = {}, {}
            for _id, sale_id, line_id, member_id, qty in rows:
                claims[sale_id, member_id] = claims.get((sale_id, member_id), 0) + qty
                lines[line_id] = lines.get(line_id, 0) + qty
            # claims before items, as _mall_buy takes them (no deadlock)
            cr.execute(
                """
                UPDATE mall_flash_claim c SET qty = GREATEST(c.qty - v.qty, 0)
                  FROM unnest(%s::int[], %s::int[], %s::int[]) AS v(sale_id, member_id, qty)
                 WHERE c.sale_id = v.sale_id AND c.member_id = v.member_id
                """,
                [[k[0] for k in claims], [k[1] for k in claims], list(claims.values())],
            )
            cr.execute(
                """
                UPDATE mall_flash_sale_line l SET sold = l.sold - v.qty
                  FROM unnest(%s::int[], %s::int[]) AS v(line_id, qty)
                 WHERE l.id = v.line_id
                """,
                [list(lines), list(lines.values())],
            )
        _logger.info("flash orders released: %s", [row[0] for row in rows])
        return [row[0] for row in rows]

    def _retake(self):
        """Take the units of this released reservation again, as a purchase
        would (the sale running, units left, the member's limit): ``True``
        when taken (the reservation is ``paid``)."""
        self.ensure_one()
        with self._flash_cursor() as cr:
            cr.execute(
                """
                SELECT o.sale_id, o.line_id, o.member_id, o.qty, s.member_limit
                  FROM mall_flash_order o JOIN mall_flash_sale s ON s.id = o.sale_id
                 WHERE o.id = %s AND o.state = 'released'
                """,
                [self.id],
            )
            row = cr.fetchone()
            if not row:
                return False
            sale_id, line_id, member_id, qty, limit = row
            cr.execute(
                """
                INSERT INTO mall_flash_claim AS c (sale_id, member_id, qty)
                     VALUES (%(sale)s, %(member)s, %(qty)s)
                ON CONFLICT (sale_id, member_id)
                     DO UPDATE SET qty = c.qty + EXCLUDED.qty
                     WHERE %(limit)s = 0 OR c.qty + EXCLUDED.qty <= %(limit)s
                  RETURNING c.qty
                """,
                {"sale": sale_id, "member": member_id, "qty": qty, "limit": limit},
            )
            taken = bool(cr.fetchone()) and (not limit or qty <= limit)
            if taken:
                cr.execute(
                    """
                    UPDATE mall_flash_sale_line l SET sold = l.sold + %(qty)s
                      FROM mall_flash_sale s
                     WHERE l.id = %(line)s AND s.id = l.sale_id
                       AND s.state IN ('scheduled', 'running')
                       AND s.date_start <= now() at time zone 'UTC'
                       AND s.date_end > now() at time zone 'UTC'
                       AND l.sold + %(qty)s <= l.allotment
                 RETURNING l.sold
                    """,
                    {"qty": qty, "line": line_id},
                )
                taken = bool(cr.fetchone())
            if taken:
                cr.execute(
                    "UPDATE mall_flash_order SET state = 'paid', released_at = NULL, "
                    "write_date = now() at time zone 'UTC' WHERE id = %s AND state = 'released' "
                    "RETURNING id",
                    [self.id],
                )
                taken = bool(cr.fetchone())
            if not taken:
                raise _NotTaken()  # rolls back what this block took
        return True

    def _mall_secure_units(self):
        """Called when the order of this reservation is paid: ``True`` when its
        units are the member's (the reservation is, or becomes, ``paid``),
        ``False`` when they were released and cannot be taken again."""
        self.ensure_one()
        self.flush_model()
        self.env.cr.execute(
            "UPDATE mall_flash_order SET state = 'paid', write_date = now() at time zone 'UTC' "
            "WHERE id = %s AND state = 'pending_payment' RETURNING id",
            [self.id],
        )
        if self.env.cr.fetchone():
            self.invalidate_recordset(["state"])
            return True
        self.invalidate_recordset(["state"])
        if self.state == "paid":
            return True
        if self.state == "released":
            try:
                return self._retake()
            except _NotTaken:
                return False
        return False

    def _refund_payment(self, tx):
        """The payment ``tx`` of this reservation's order arrived after its units
        were released and none could be taken again: refund it in full through
        WeChat Pay (keyed: the refund's reference, the out_refund_no, names this
        reservation) and cancel the order."""
        self.ensure_one()
        self.state = "refunded"
        order = self.sale_order_id
        refund = tx.with_context(mall_flash_refund_id=self.id)._send_refund_request()
        self.refund_tx_id = refund
        order.message_post(
            body=self.env._(
                "Paid after the flash sale's units were released, with none left: the payment "
                "is refunded in full (%s).",
                refund.reference,
            )
        )
        order.with_context(disable_cancel_warning=True)._action_cancel()
        return refund

    # ------------------------------------------------------------------
    # The sale order, off the request
    # ------------------------------------------------------------------

    def _job_make_sale_order(self):
        """Job: the sale order of this reservation (after the request answered)."""
        # the job runs as the storefront's technical user, who reads no order
        return self.sudo()._mall_make_sale_order().id

    def _mall_make_sale_order(self):
        """The ``sale.order`` of this reservation, made once (keyed on it): its
        line at the flash price, its shipping fee, payable until the
        reservation's expiry. Nothing for a reservation no longer waiting."""
        self.ensure_one()
        if self.sale_order_id:
            return self.sale_order_id
        # the job and a shopper's pay tap may both get here: one waits, then is
        # re-run on a snapshot that sees the other's order
        lock_rows(self, touch=True)
        if self.sale_order_id or self.state != "pending_payment":
            return self.sale_order_id
        company = self.company_id
        SaleOrder = self.env["sale.order"].with_company(company)
        order = SaleOrder._mall_create_placed_order(
            self.member_id,
            self.address_id,
            {self.product_id: self.qty},
            f"flash-{self.id}",
            self.expires_at,
            None,
        )
        line = order.order_line[:1]
        line.price_unit = self._price_unit_for(line)
        if self.amount_shipping:
            carrier = company.mall_delivery_carrier_id or company._mall_shipping_carriers()[:1]
            order.set_delivery_line(carrier, self.amount_shipping)
        order.mall_flash_order_id = self
        self.sale_order_id = order
        if order.currency_id.compare_amounts(order.amount_total, self.amount_total):
            _logger.warning(
                "flash order %s: the sale order %s totals %s, the reservation %s",
                self.id,
                order.name,
                order.amount_total,
                self.amount_total,
            )
            self.amount_total = order.amount_total
        return order

    def _price_unit_for(self, line):
        """The line's unit price such that the shopper pays the flash price,
        taxes included."""
        taxes = line.tax_id
        if not taxes or all(tax.price_include for tax in taxes):
            return self.price_unit
        return taxes.with_context(force_price_include=True).compute_all(
            self.price_unit,
            currency=self.currency_id,
            quantity=1.0,
            product=self.product_id,
            partner=self.member_id,
        )["total_excluded"]

    def _enqueue_sale_order(self):
        for reservation in self:
            reservation.with_delay(
                description=self.env._("Flash sale: make the order of %s", reservation.id),
                identity_key=identity_exact,
            )._job_make_sale_order()

    # ------------------------------------------------------------------
    # The unpaid timeout
    # ------------------------------------------------------------------

    @api.model
    def _cron_release_expired(self, limit=500):
        """Flash orders unpaid at their expiry: their WeChat Pay order is closed
        (asked first: a payment that went through confirms the order instead),
        their units go back to the sale (one statement for all), their order is
        cancelled. When WeChat Pay cannot be reached the units are released on
        time anyway: a payment that still lands later takes them again or is
        refunded (``_mall_secure_units``)."""
        # a cron, no user behind it
        expired = self.sudo().search(
            [("state", "=", "pending_payment"), ("expires_at", "<=", fields.Datetime.now())],
            limit=limit,
            order="expires_at",
        )
        to_release = self.browse()
        to_cancel = self.env["sale.order"]
        for reservation in expired:
            order = reservation.sale_order_id
            if order and order.state in ("draft", "sent"):
                try:
                    with self.env.cr.savepoint():
                        closed = order._mall_close_payments()
                except (UserError, WechatpayRequestError) as error:
                    _logger.warning("could not close the payment of %s: %s", order.name, error)
                    closed = None
                if closed is False:
                    continue  # paid meanwhile: the payment confirms it
                if closed:
                    to_cancel |= order
            to_release |= reservation
        released = to_release._release()
        for order in to_cancel.filtered(lambda o: o.mall_flash_order_id.id in released):
            try:
                with self.env.cr.savepoint():
                    order.with_context(disable_cancel_warning=True)._action_cancel()
                    order.message_post(
                        body=self.env._("Flash order not paid in time: cancelled, units released.")
                    )
            except UserError as error:
                _logger.warning("could not cancel the flash order %s: %s", order.name, error)
        self.env["mall.flash.sale"]._cron_update_states()
        return released


class _NotTaken(Exception):
    """The units of a released reservation could not be taken again."""


class MallFlashClaim(models.Model):
    """What a member holds of a flash sale (units paid or waiting for payment):
    the row the per-member limit is guarded on."""

    _name = "mall.flash.claim"
    _description = "Flash Sale Units per Member"

    sale_id = fields.Many2one("mall.flash.sale", required=True, ondelete="cascade", index=True)
    member_id = fields.Many2one("res.partner", required=True, ondelete="cascade")
    qty = fields.Integer(required=True, default=0)

    _sql_constraints = [
        ("member_uniq", "UNIQUE(sale_id, member_id)", "One row per member and sale."),
        ("qty", "CHECK(qty >= 0)", "A member cannot hold fewer than 0 units."),
    ]
