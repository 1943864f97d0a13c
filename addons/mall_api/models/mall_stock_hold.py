"""Stock held for unpaid mall orders.

Placing an order holds the quantity of every stock-limited line until the
order is paid (the hold is *consumed*: the confirmed order's delivery now
counts against the stock) or cancelled (*released*).

How it stays right under parallel buyers: the check and the insert run on a
separate cursor in READ COMMITTED, under a transaction-level advisory lock per
product (taken in product order, so no deadlock), with the free quantity
computed by one SQL statement (one snapshot: on hand, minus deliveries not yet
done, minus active holds). That cursor commits right away, which releases the
locks; the next buyer of the same product then sees the new hold. The order's
own (REPEATABLE READ) transaction could not do this: its snapshot was taken
before it waited for the lock.

Holds carry the member and the order's ``Idempotency-Key``: when Odoo re-runs
the request after a serialization failure, or the same key is sent twice, the
holds already taken are found and reused instead of holding twice.
"""

import logging
from contextlib import contextmanager
from datetime import timedelta

from odoo import api, fields, models

_logger = logging.getLogger(__name__)

# first key of pg_advisory_xact_lock(int, int): "mall stock"
ADVISORY_LOCK_CLASS = 0x4D53
# holds whose order was never created (the request failed after holding)
ORPHAN_GRACE = timedelta(minutes=2)


class MallStockHold(models.Model):
    _name = "mall.stock.hold"
    _description = "Mall Stock Hold"
    _order = "id desc"

    product_id = fields.Many2one(
        "product.product", string="Product", required=True, index=True, ondelete="cascade"
    )
    qty = fields.Float(string="Quantity", required=True, digits="Product Unit of Measure")
    member_id = fields.Many2one(
        "res.partner", string="Member", required=True, index=True, ondelete="cascade"
    )
    idempotency_key = fields.Char(
        required=True, help="The Idempotency-Key of the order request that took the hold."
    )
    company_id = fields.Many2one("res.company", string="Company", required=True)
    sale_order_id = fields.Many2one(
        "sale.order",
        string="Order",
        index="btree_not_null",
        ondelete="set null",
        help="Filled when the hold ends (consumed by the payment or released).",
    )
    state = fields.Selection(
        [("active", "Held"), ("consumed", "Paid"), ("released", "Released")],
        required=True,
        default="active",
        index=True,
    )
    expires_at = fields.Datetime(required=True)

    _sql_constraints = [
        ("qty_positive", "CHECK(qty > 0)", "A hold holds a positive quantity."),
    ]

    def init(self):
        self.env.cr.execute(
            "CREATE INDEX IF NOT EXISTS mall_stock_hold_key_idx "
            "ON mall_stock_hold (member_id, idempotency_key)"
        )
        self.env.cr.execute(
            "CREATE INDEX IF NOT EXISTS mall_stock_hold_active_idx "
            "ON mall_stock_hold (product_id) WHERE state = 'active'"
        )

    # ------------------------------------------------------------------
    # Which products are limited, and how many are free
    # ------------------------------------------------------------------

    @api.model
    def _limited_products(self, products):
        """The products whose stock limits sales: storable and delivered from
        our warehouse. A supplier ships dropship products from its own stock."""
        return products.filtered(
            lambda p: p.is_storable and p.product_tmpl_id.mall_fulfillment == "warehouse"
        )

    @api.model
    def _stock_location(self, company):
        warehouse = (
            self.env["stock.warehouse"]
            .sudo()
            .search([("company_id", "=", company.id)], order="sequence, id", limit=1)
        )
        return warehouse.lot_stock_id

    @api.model
    def _free_quantities(self, product_ids, company, cr=None):
        """``{product id: free quantity}`` in one statement (one snapshot):
        on hand in the warehouse's stock location and below, minus moves out of
        it that are not done yet, minus active holds."""
        location = self._stock_location(company)
        if not product_ids or not location:
            return dict.fromkeys(product_ids, 0.0)
        cr = cr or self.env.cr
        path = f"{location.parent_path}%"
        cr.execute(
            """
            WITH p AS (SELECT unnest(%(ids)s::int[]) AS product_id),
            on_hand AS (
                SELECT q.product_id, SUM(q.quantity) AS qty
                  FROM stock_quant q JOIN stock_location l ON l.id = q.location_id
                 WHERE q.product_id = ANY(%(ids)s) AND l.parent_path LIKE %(path)s
              GROUP BY q.product_id),
            demand AS (
                SELECT m.product_id, SUM(m.product_qty) AS qty
                  FROM stock_move m
                  JOIN stock_location l ON l.id = m.location_id
                  JOIN stock_location d ON d.id = m.location_dest_id
                 WHERE m.product_id = ANY(%(ids)s)
                   AND m.state NOT IN ('draft', 'done', 'cancel')
                   AND l.parent_path LIKE %(path)s AND d.parent_path NOT LIKE %(path)s
              GROUP BY m.product_id),
            held AS (
                SELECT product_id, SUM(qty) AS qty
                  FROM mall_stock_hold
                 WHERE product_id = ANY(%(ids)s) AND state = 'active'
              GROUP BY product_id)
            SELECT p.product_id,
                   COALESCE(on_hand.qty, 0) - COALESCE(demand.qty, 0) - COALESCE(held.qty, 0)
              FROM p
         LEFT JOIN on_hand ON on_hand.product_id = p.product_id
         LEFT JOIN demand ON demand.product_id = p.product_id
         LEFT JOIN held ON held.product_id = p.product_id
            """,
            {"ids": list(product_ids), "path": path},
        )
        return dict(cr.fetchall())

    # ------------------------------------------------------------------
    # Taking and ending holds
    # ------------------------------------------------------------------

    @contextmanager
    def _hold_cursor(self):
        """A cursor of its own in READ COMMITTED that commits on success.

        In tests (the registry in test mode) the holds are taken on the test's
        own cursor: there every request runs alone anyway, and a second
        cursor would wait for the test lock. The parallel behaviour is proven
        against a real server (tests/test_mall_api_http.py)."""
        if self.env.registry.in_test_mode():
            yield self.env.cr
            return
        with self.env.registry.cursor() as cr:
            cr.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED")
            yield cr

    @api.model
    def _hold(self, member, idempotency_key, quantities, expires_at, company):
        """Hold ``quantities`` (``{product id: qty}``) for an order of ``member``.

        :return: ``None`` when everything is held (or was already held under
            this key), else ``(product, free quantity)`` of the first product
            short of stock; nothing is held then.
        """
        limited = self._limited_products(self.env["product.product"].browse(list(quantities)))
        if not limited:
            return None
        ids = sorted(limited.ids)
        with self._hold_cursor() as cr:
            for product_id in ids:
                cr.execute(
                    "SELECT pg_advisory_xact_lock(%s, %s)", [ADVISORY_LOCK_CLASS, product_id]
                )
            cr.execute(
                "SELECT product_id FROM mall_stock_hold "
                "WHERE member_id = %s AND idempotency_key = %s AND state = 'active'",
                [member.id, idempotency_key],
            )
            if cr.fetchall():
                return None  # the same request, re-run: its holds stand
            free = self._free_quantities(ids, company, cr=cr)
            for product_id in ids:
                if free.get(product_id, 0.0) < quantities[product_id]:
                    return self.env["product.product"].browse(product_id), max(
                        free.get(product_id, 0.0), 0.0
                    )
            uid = self.env.uid
            cr.execute(
                """
                INSERT INTO mall_stock_hold
                    (product_id, qty, member_id, idempotency_key, company_id, state,
                     expires_at, create_uid, write_uid, create_date, write_date)
                SELECT unnest(%s::int[]), unnest(%s::float8[]), %s, %s, %s, 'active',
                       %s, %s, %s, now() at time zone 'UTC', now() at time zone 'UTC'
                """,
                [
                    ids,
                    [quantities[pid] for pid in ids],
                    member.id,
                    idempotency_key,
                    company.id,
                    expires_at,
                    uid,
                    uid,
                ],
            )
        return None

    @api.model
    def _release_unclaimed(self, member, idempotency_key):
        """Delete the holds of a request that was refused after holding."""
        with self._hold_cursor() as cr:
            cr.execute(
                "DELETE FROM mall_stock_hold WHERE member_id = %s AND idempotency_key = %s "
                "AND state = 'active' AND sale_order_id IS NULL",
                [member.id, idempotency_key],
            )

    @api.model
    def _end_for_orders(self, orders, state):
        """Consume or release the active holds of ``orders`` (same transaction
        as the confirmation or the cancellation)."""
        for order in orders.filtered("mall_idempotency_key"):
            self.env.cr.execute(
                "UPDATE mall_stock_hold SET state = %s, sale_order_id = %s, "
                "write_date = now() at time zone 'UTC', write_uid = %s "
                "WHERE member_id = %s AND idempotency_key = %s AND state = 'active'",
                [state, order.id, self.env.uid, order.partner_id.id, order.mall_idempotency_key],
            )
        self.invalidate_model()

    @api.model
    def _cron_release_orphans(self):
        """Release holds whose order was never created, and expired holds whose
        order is no longer waiting for payment."""
        self.env.cr.execute(
            """
            UPDATE mall_stock_hold h
               SET state = 'released', write_date = now() at time zone 'UTC'
             WHERE h.state = 'active'
               AND (h.expires_at < now() at time zone 'UTC' OR h.create_date < %s)
               AND NOT EXISTS (
                    SELECT 1 FROM sale_order o
                     WHERE o.partner_id = h.member_id
                       AND o.mall_idempotency_key = h.idempotency_key
                       AND o.state IN ('draft', 'sent'))
            """,
            [fields.Datetime.now() - ORPHAN_GRACE],
        )
        if self.env.cr.rowcount:
            _logger.info("released %s mall stock holds", self.env.cr.rowcount)
        self.invalidate_model()
