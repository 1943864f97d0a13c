"""Stock held for unpaid mall orders.

Placing an order holds the quantity of every stock-limited product line (the
requested ones and the gifts that promotions add) until the order is paid (the
hold is *consumed*: the confirmed order's delivery now counts against the
stock) or cancelled (*released*).

How it stays right under parallel buyers: the check and the insert run on a
separate cursor in READ COMMITTED, under a transaction-level advisory lock per
product (taken in product order, so no deadlock), with the free quantity
computed by one SQL statement (one snapshot: on hand, minus deliveries not yet
done, minus active holds). That cursor commits right away, which releases the
locks; the next buyer of the same product then sees the new hold. The order's
own (REPEATABLE READ) transaction could not do this: its snapshot was taken
before it waited for the lock, so it would not see the holds committed
meanwhile, and a guarded statement or a row lock in it would end in
serialization failures that Odoo re-runs (a burst of buyers of one SKU would
then mostly get errors after five tries).

Where that second cursor comes from: not from Odoo's pool, which serves the
requests (a threaded server gives each request thread one of its
``db_maxconn`` connections; a burst of buyers then held every connection
with their request cursors and their holds found the pool full: 500
``PoolError``). Each process keeps a small pool of its own for the holds
(``HOLD_POOL_SIZE`` connections, server option ``mall_hold_db_maxconn``);
a hold waits up to ``HOLD_SLOT_WAIT`` seconds for one of them (the holds of
one product run one after the other anyway, under its lock) and otherwise
raises ``HoldPoolBusy``, a ``PoolError`` that the API answers 503 ``busy``
with ``Retry-After``. The hold transaction only takes advisory locks and the
key-share locks of its foreign keys (product, member, company): the request
that waits for it must not hold ``FOR UPDATE`` on those rows.

Holds carry the member and the order's ``Idempotency-Key``: when Odoo re-runs
the request after a serialization failure, or the same key is sent twice, the
holds already taken are found and reused instead of holding twice.

A member holds at most the company's *Max Units Held per Member and Product*
of a product across its unpaid orders (checked under the same lock), so one
member cannot show a product out of stock to everyone without paying.
"""

import logging
import os
import threading
from collections import namedtuple
from contextlib import contextmanager
from datetime import timedelta

from psycopg2.pool import PoolError

from odoo import api, fields, models, sql_db
from odoo.tools import config

_logger = logging.getLogger(__name__)

# first key of pg_advisory_xact_lock(int, int): "mall stock"
ADVISORY_LOCK_CLASS = 0x4D53
# holds whose order was never created (the request failed after holding)
ORPHAN_GRACE = timedelta(minutes=2)
# connections of the holds' own pool, per process (server option mall_hold_db_maxconn)
HOLD_POOL_SIZE = 4
# seconds a hold waits for one of them before the request is answered 503 busy
HOLD_SLOT_WAIT = 5
# what the shopper's client is told to wait before trying again (seconds)
BUSY_RETRY_AFTER = 1

# why ``_hold`` refused: ``reason`` "out_of_stock" (``quantity`` = free) or
# "hold_limit" (``quantity`` = what the member may still hold)
HoldRefusal = namedtuple("HoldRefusal", "reason product quantity")


class HoldPoolBusy(PoolError):
    """Every connection of the holds' pool stayed busy for ``HOLD_SLOT_WAIT``
    seconds (the API answers 503 ``busy`` with ``Retry-After``)."""

    retry_after = BUSY_RETRY_AFTER


class HoldConnections:
    """The connections of the stock holds in one process, apart from Odoo's pool.

    ``slots`` bounds the borrowers to the pool's size: a hold waits for a slot
    instead of finding the pool full."""

    _by_pid = {}
    _lock = threading.Lock()

    def __init__(self, size):
        self.size = size
        self.pool = sql_db.ConnectionPool(size)
        self.slots = threading.BoundedSemaphore(size)

    @classmethod
    def get(cls):
        """The instance of this process (a prefork worker makes its own)."""
        pid = os.getpid()
        with cls._lock:
            if pid not in cls._by_pid:
                size = int(config.get("mall_hold_db_maxconn") or HOLD_POOL_SIZE)
                cls._by_pid[pid] = cls(max(size, 1))
            return cls._by_pid[pid]

    @contextmanager
    def slot(self, wait=HOLD_SLOT_WAIT):
        if not self.slots.acquire(timeout=wait):
            raise HoldPoolBusy(f"no stock hold connection free within {wait} s")
        try:
            yield
        finally:
            self.slots.release()

    def cursor(self, dbname):
        """A new cursor (REPEATABLE READ, as Odoo's) on ``dbname``; call under a slot."""
        db, info = sql_db.connection_info_for(dbname)
        return sql_db.Connection(self.pool, db, info).cursor()


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
            # the catalogue's technical user cannot read warehouses
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
        """A cursor of the holds' own pool in READ COMMITTED, committed on success.

        Registry in test mode (Odoo's TransactionCase/HttpCase): the holds are
        taken on the test's own cursor. The test's records (members, products,
        quants) are never committed, so no other connection can see them (the
        holds' foreign keys would fail), and the test cursor runs one request
        at a time anyway. The slot is taken in both cases (so a full pool is
        testable). The production path is proven against real servers:
        ``tests/test_mall_shopper_http.py`` (parallel buyers, one key sent in
        parallel) and ``tests/test_mall_stock_load_http.py`` (a burst larger
        than the server's pool)."""
        connections = HoldConnections.get()
        with connections.slot():
            if self.env.registry.in_test_mode():
                yield self.env.cr
                return
            with connections.cursor(self.env.cr.dbname) as cr:
                cr.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED")
                yield cr

    @api.model
    def _hold_limit(self, company):
        """Units of one product a member may hold across its unpaid orders (0: no limit)."""
        return max(company.mall_hold_limit_per_product, 0)

    @api.model
    def _hold(self, member, idempotency_key, quantities, expires_at, company):
        """Hold ``quantities`` (``{product id: qty}``) for an order of ``member``.

        :return: ``None`` when everything is held (or was already held under
            this key), else the ``HoldRefusal`` of the first product refused:
            the member would hold more than the company's limit of it
            (``hold_limit``), or it is short of stock (``out_of_stock``);
            nothing is held then.
        """
        limited = self._limited_products(self.env["product.product"].browse(list(quantities)))
        if not limited:
            return None
        ids = sorted(limited.ids)
        limit = self._hold_limit(company)
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
            if limit:
                cr.execute(
                    "SELECT product_id, SUM(qty) FROM mall_stock_hold "
                    "WHERE member_id = %s AND product_id = ANY(%s) AND state = 'active' "
                    "GROUP BY product_id",
                    [member.id, ids],
                )
                held = dict(cr.fetchall())
                for product_id in ids:
                    if held.get(product_id, 0.0) + quantities[product_id] > limit:
                        return HoldRefusal(
                            "hold_limit",
                            self.env["product.product"].browse(product_id),
                            max(limit - held.get(product_id, 0.0), 0.0),
                        )
            free = self._free_quantities(ids, company, cr=cr)
            for product_id in ids:
                if free.get(product_id, 0.0) < quantities[product_id]:
                    return HoldRefusal(
                        "out_of_stock",
                        self.env["product.product"].browse(product_id),
                        max(free.get(product_id, 0.0), 0.0),
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
