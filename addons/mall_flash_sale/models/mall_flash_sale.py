"""Flash sales (限时秒杀): a time window, variants at a flash price with their
own allotment, a per-member limit.

The allotment leaves normal stock when the sale is scheduled: the free
quantity that ``mall.stock.hold`` computes for every normal sale (the
catalogue's stock states, ``POST /orders``, the cart) subtracts what the
flash sales keep (``_reserved_quantities``, see ``mall_stock_hold.py``), and
what is left of an allotment comes back at the end of the window.

Buying does not go through ``POST /orders``: ``_mall_buy`` takes units of the
allotment with one guarded statement on a READ COMMITTED cursor of the stock
holds' own pool (committed at once) and records the reservation
(``mall.flash.order``); the sale order is made right after by a job.
"""

import logging
from datetime import timedelta

from odoo import api, fields, models
from odoo.addons.mall_base.exceptions import MallError
from odoo.addons.mall_sale.models.mall_stock_hold import ADVISORY_LOCK_CLASS
from odoo.exceptions import UserError, ValidationError

_logger = logging.getLogger(__name__)

STATES = [
    ("draft", "Draft"),
    ("scheduled", "Scheduled"),
    ("running", "Running"),
    ("ended", "Ended"),
    ("cancelled", "Cancelled"),
]
DEFAULT_TIMEOUT = 5


class Replayed(Exception):
    """A parallel request of the member with the same Idempotency-Key made the
    reservation first."""


class MallFlashSale(models.Model):
    _name = "mall.flash.sale"
    _description = "Flash Sale"
    _inherit = ["mail.thread"]
    _order = "date_start desc, id desc"

    name = fields.Char(required=True, tracking=True, help="What shoppers read, e.g. 五常大米 秒杀.")
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    date_start = fields.Datetime(string="Starts", required=True, tracking=True)
    date_end = fields.Datetime(string="Ends", required=True, tracking=True)
    state = fields.Selection(
        STATES, required=True, default="draft", tracking=True, index=True, copy=False, readonly=True
    )
    member_limit = fields.Integer(
        string="Limit per Member",
        default=1,
        tracking=True,
        help="Units of this sale one member may buy (paid or waiting for payment; released "
        "ones do not count). 0: no limit.",
    )
    payment_timeout = fields.Integer(
        string="Payment Time (minutes)",
        default=DEFAULT_TIMEOUT,
        tracking=True,
        help="A flash order not paid within this time is cancelled and its units go back "
        "to the sale.",
    )
    shipping_fee = fields.Monetary(
        default=0.0,
        tracking=True,
        help="Shipping fee of every flash order (0: free shipping, 包邮).",
    )
    line_ids = fields.One2many("mall.flash.sale.line", "sale_id", string="Items", copy=True)
    order_ids = fields.One2many("mall.flash.order", "sale_id", string="Flash Orders")
    order_count = fields.Integer(compute="_compute_order_count")

    _sql_constraints = [
        ("dates", "CHECK(date_end > date_start)", "A flash sale ends after it starts."),
        ("member_limit", "CHECK(member_limit >= 0)", "The limit per member cannot be negative."),
        (
            "payment_timeout",
            "CHECK(payment_timeout BETWEEN 1 AND 1440)",
            "The payment time is 1 to 1440 minutes.",
        ),
        ("shipping_fee", "CHECK(shipping_fee >= 0)", "The shipping fee cannot be negative."),
    ]

    def _compute_order_count(self):
        groups = self.env["mall.flash.order"]._read_group(
            [("sale_id", "in", self.ids)], ["sale_id"], ["__count"]
        )
        counts = {sale.id: count for sale, count in groups}
        for sale in self:
            sale.order_count = counts.get(sale.id, 0)

    def write(self, vals):
        if {"date_start", "date_end", "company_id"} & set(vals) and any(
            sale.state != "draft" for sale in self
        ):
            raise UserError(self.env._("Only a draft flash sale's dates can be changed."))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_only_draft(self):
        if any(sale.state != "draft" for sale in self):
            raise UserError(self.env._("Only draft flash sales can be deleted; cancel it instead."))

    @api.constrains("line_ids")
    def _check_lines(self):
        for sale in self:
            products = sale.line_ids.product_id
            if len(products) != len(sale.line_ids):
                raise ValidationError(self.env._("A variant appears once in a flash sale."))

    def _check_overlap(self):
        """A variant is in one scheduled or running flash sale at a time."""
        for sale in self.filtered(lambda s: s.state in ("scheduled", "running")):
            other = self.env["mall.flash.sale.line"].search(
                [
                    ("sale_id", "!=", sale.id),
                    ("sale_id.state", "in", ("scheduled", "running")),
                    ("sale_id.date_start", "<", sale.date_end),
                    ("sale_id.date_end", ">", sale.date_start),
                    ("product_id", "in", sale.line_ids.product_id.ids),
                ],
                limit=1,
            )
            if other:
                raise ValidationError(
                    self.env._(
                        "%(product)s is already in the flash sale %(sale)s at that time.",
                        product=other.product_id.display_name,
                        sale=other.sale_id.name,
                    )
                )

    # ------------------------------------------------------------------
    # Operator actions
    # ------------------------------------------------------------------

    def action_schedule(self):
        """Draft → scheduled: the allotments leave normal stock. Each variant's
        free stock is checked under the variant's stock lock (the one every
        stock hold takes), held until this transaction commits, so no normal
        order takes those units meanwhile."""
        Hold = self.env["mall.stock.hold"]
        for sale in self:
            if sale.state != "draft":
                raise UserError(self.env._("Only draft flash sales can be scheduled."))
            if not sale.line_ids:
                raise UserError(self.env._("Add the variants of the flash sale first."))
            if sale.date_end <= fields.Datetime.now():
                raise UserError(self.env._("The flash sale's end has passed."))
            if sale.shipping_fee and not sale.company_id._mall_shipping_carriers():
                raise UserError(
                    self.env._("A shipping fee needs a mall shipping method (Settings → Orders).")
                )
            for line in sale.line_ids:
                if not line.product_id._mall_is_sellable(sale.company_id):
                    raise UserError(
                        self.env._(
                            "%s is not on sale in the mall (published, sold in the mall).",
                            line.product_id.display_name,
                        )
                    )
            limited = Hold._limited_products(sale.line_ids.product_id)
            for product_id in sorted(limited.ids):
                self.env.cr.execute(
                    "SELECT pg_advisory_xact_lock(%s, %s)", [ADVISORY_LOCK_CLASS, product_id]
                )
            if limited:
                self.env.flush_all()
                # committed holds and orders of other requests, not this transaction's
                # snapshot (taken before the lock): a READ COMMITTED cursor
                with Hold._hold_cursor() as cr:
                    free = Hold._free_quantities(limited.ids, sale.company_id, cr=cr)
                for line in sale.line_ids:
                    if line.product_id not in limited:
                        continue
                    if free.get(line.product_id.id, 0.0) < line.allotment:
                        raise UserError(
                            self.env._(
                                "%(product)s has %(free)s units free, fewer than its "
                                "allotment %(allotment)s.",
                                product=line.product_id.display_name,
                                free=int(free.get(line.product_id.id, 0.0)),
                                allotment=line.allotment,
                            )
                        )
            sale.state = "scheduled"
            sale._check_overlap()
            sale._cron_update_states()
        self._touch_catalog()
        return True

    def action_draft(self):
        for sale in self:
            if sale.state not in ("scheduled", "cancelled"):
                raise UserError(
                    self.env._("Only a scheduled or cancelled sale goes back to draft.")
                )
            if sale.order_ids:
                raise UserError(self.env._("Members have ordered in this sale: cancel it instead."))
            sale.state = "draft"
        self._touch_catalog()
        return True

    def action_cancel(self):
        """Stop the sale now: what is left of the allotments goes back to normal
        stock; flash orders waiting for payment keep their units until they are
        paid or time out."""
        for sale in self:
            if sale.state not in ("scheduled", "running"):
                raise UserError(self.env._("Only a scheduled or running sale can be cancelled."))
            sale.state = "cancelled"
        self._touch_catalog()
        return True

    def action_view_orders(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "mall_flash_sale.mall_flash_order_action"
        )
        action["domain"] = [("sale_id", "=", self.id)]
        action["context"] = {"default_sale_id": self.id}
        return action

    def _touch_catalog(self):
        # the list's prices are cached per worker; the flash overlay is not,
        # but the stock states of the cached detail change with the allotments
        self.env["mall.catalog"]._touch()

    @api.model
    def _cron_update_states(self):
        """Scheduled → running at the start, running or scheduled → ended at
        the end (one statement each). The buying route checks the window by
        itself: the states are for the operators and the lists."""
        self.flush_model()
        now = fields.Datetime.now()
        self.env.cr.execute(
            "UPDATE mall_flash_sale SET state = 'ended', write_date = %s "
            "WHERE state IN ('scheduled', 'running') AND date_end <= %s",
            [now, now],
        )
        self.env.cr.execute(
            "UPDATE mall_flash_sale SET state = 'running', write_date = %s "
            "WHERE state = 'scheduled' AND date_start <= %s AND date_end > %s",
            [now, now, now],
        )
        self.invalidate_model(["state"])

    # ------------------------------------------------------------------
    # Shoppers
    # ------------------------------------------------------------------

    @api.model
    def _mall_visible(self, now=None):
        """Running sales and the next ones, for ``GET /flash-sales``."""
        now = now or fields.Datetime.now()
        return self.search(
            [
                ("company_id", "=", self.env.company.id),
                ("state", "in", ("scheduled", "running")),
                ("date_end", ">", now),
            ],
            order="date_start, id",
            limit=20,
        )

    @api.model
    def _mall_find_sale(self, sale_id):
        if not sale_id or sale_id > 2**31 - 1:
            return self.browse()
        return self.search(
            [
                ("id", "=", sale_id),
                ("company_id", "=", self.env.company.id),
                ("state", "in", ("scheduled", "running", "ended")),
            ],
            limit=1,
        )

    @api.model
    def _mall_buy(self, sale_id, member, product_id, qty, address, idempotency_key):
        """Take ``qty`` units of ``product_id`` in the flash sale ``sale_id`` for
        ``member`` and record the reservation; a handful of SQL statements on a
        READ COMMITTED cursor of the holds' pool, committed at once.

        :return: ``(row, created)``: the reservation's ``_RESERVATION_COLUMNS``
            and whether this call made it (else it is the one this member's
            ``idempotency_key`` made before)
        """
        Reservation = self.env["mall.flash.order"]
        company = self.env.company
        for _attempt in range(2):
            try:
                with Reservation._flash_cursor() as cr:
                    row = Reservation._fetch_by_key(cr, member.id, idempotency_key)
                    if row:
                        return row, False
                    return self._buy_on(
                        cr, sale_id, member, product_id, qty, address, idempotency_key, company
                    ), True
            except Replayed:
                continue
        raise MallError("request_in_progress", "订单正在提交中，请稍后刷新。")

    @api.model
    def _buy_on(self, cr, sale_id, member, product_id, qty, address, idempotency_key, company):
        cr.execute(
            """
            SELECT s.state, s.date_start, s.date_end, s.member_limit, s.payment_timeout,
                   s.shipping_fee, l.id, l.flash_price, now() at time zone 'UTC'
              FROM mall_flash_sale s
         LEFT JOIN mall_flash_sale_line l ON l.sale_id = s.id AND l.product_id = %s
             WHERE s.id = %s AND s.company_id = %s AND s.state != 'draft'
            """,
            [product_id, sale_id, company.id],
        )
        sale = cr.fetchone()
        if not sale:
            raise MallError("not_found", "秒杀活动不存在。", kind="not_found")
        state, start, end, limit, timeout, fee, line_id, price, now = sale
        if not line_id:
            raise MallError("product_not_found", "该商品不在本场秒杀中。", kind="not_found")
        if state == "cancelled" or now >= end:
            raise MallError("flash_ended", "秒杀已结束。")
        if now < start:
            raise MallError("flash_not_started", "秒杀尚未开始，请稍后再来。")
        if limit and qty > limit:
            raise MallError("flash_limit_reached", f"每人限购 {limit} 件。")
        # the member's units of this sale (paid or waiting), guarded: parallel
        # requests of one member wait for the row and see each other's units
        cr.execute(
            """
            INSERT INTO mall_flash_claim AS c (sale_id, member_id, qty)
                 VALUES (%(sale)s, %(member)s, %(qty)s)
            ON CONFLICT (sale_id, member_id)
                 DO UPDATE SET qty = c.qty + EXCLUDED.qty
                 WHERE %(limit)s = 0 OR c.qty + EXCLUDED.qty <= %(limit)s
              RETURNING c.qty
            """,
            {"sale": sale_id, "member": member.id, "qty": qty, "limit": limit},
        )
        if not cr.fetchone():
            raise MallError("flash_limit_reached", f"每人限购 {limit} 件，您已抢购过了。")
        # the units: one guarded statement, within the window
        cr.execute(
            """
            UPDATE mall_flash_sale_line l
               SET sold = l.sold + %(qty)s
              FROM mall_flash_sale s
             WHERE l.id = %(line)s AND s.id = l.sale_id
               AND s.state IN ('scheduled', 'running')
               AND s.date_start <= %(now)s AND s.date_end > %(now)s
               AND l.sold + %(qty)s <= l.allotment
         RETURNING l.sold
            """,
            {"qty": qty, "line": line_id, "now": now},
        )
        if not cr.fetchone():
            raise MallError("flash_sold_out", "手慢了，已抢光。")
        currency = company.currency_id
        amount_goods = currency.round(price * qty)
        expires_at = now + timedelta(minutes=timeout)
        cr.execute(
            f"""
            INSERT INTO mall_flash_order
                (sale_id, line_id, product_id, member_id, address_id, company_id, qty,
                 price_unit, amount_shipping, amount_total, state, expires_at,
                 idempotency_key, create_uid, write_uid, create_date, write_date)
            VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, 'pending_payment', %s, %s,
                    %s, %s, %s, %s)
            ON CONFLICT (member_id, idempotency_key) DO NOTHING
            RETURNING {self.env["mall.flash.order"]._RESERVATION_COLUMNS}
            """,
            [
                sale_id,
                line_id,
                product_id,
                member.id,
                address.id,
                company.id,
                qty,
                price,
                fee,
                currency.round(amount_goods + fee),
                expires_at,
                idempotency_key,
                self.env.uid,
                self.env.uid,
                now,
                now,
            ],
        )
        row = cr.fetchone()
        if not row:
            # the same key committed meanwhile: undo these units, answer that one
            raise Replayed()
        return row

    # ------------------------------------------------------------------
    # Stock and the catalogue
    # ------------------------------------------------------------------

    @api.model
    def _flush_flash(self):
        for model in ("mall.flash.sale", "mall.flash.sale.line", "mall.flash.order"):
            self.env[model].flush_model()

    @api.model
    def _reserved_quantities(self, product_ids, cr):
        """``{product id: units}`` that flash sales keep out of normal stock, in
        one statement (on ``cr``: the stock holds' cursor when they call)."""
        if cr is self.env.cr:
            self._flush_flash()
        cr.execute(
            """
            SELECT l.product_id,
                   SUM(CASE WHEN s.state IN ('scheduled', 'running')
                                 AND s.date_end > now() at time zone 'UTC'
                            THEN GREATEST(l.allotment - COALESCE(o.paid, 0), 0)
                            ELSE COALESCE(o.pending, 0) END)
              FROM mall_flash_sale_line l
              JOIN mall_flash_sale s ON s.id = l.sale_id
         LEFT JOIN LATERAL (
                   SELECT SUM(qty) FILTER (WHERE state = 'paid') AS paid,
                          SUM(qty) FILTER (WHERE state = 'pending_payment') AS pending
                     FROM mall_flash_order
                    WHERE line_id = l.id AND state IN ('paid', 'pending_payment')) o ON TRUE
             WHERE l.product_id = ANY(%s) AND s.state != 'draft'
               AND (s.state IN ('scheduled', 'running') OR o.pending > 0)
          GROUP BY l.product_id
            """,
            [list(product_ids)],
        )
        return {pid: float(qty or 0) for pid, qty in cr.fetchall()}

    @api.model
    def _running_items(self, template_ids=None, product_ids=None):
        """``{variant id: {id, price, ends_at, left, product_tmpl_id}}`` of the
        items of sales running now (one query; never cached: the window and
        what is left change by the second)."""
        clauses, params = [], {"company": self.env.company.id}
        if template_ids is not None:
            clauses.append("p.product_tmpl_id = ANY(%(templates)s)")
            params["templates"] = list(template_ids)
        if product_ids is not None:
            clauses.append("l.product_id = ANY(%(products)s)")
            params["products"] = list(product_ids)
        where = " AND ".join(clauses) or "TRUE"
        self._flush_flash()
        self.env.cr.execute(
            f"""
            SELECT l.product_id, p.product_tmpl_id, s.id, l.flash_price, s.date_end,
                   GREATEST(l.allotment - l.sold, 0)
              FROM mall_flash_sale_line l
              JOIN mall_flash_sale s ON s.id = l.sale_id
              JOIN product_product p ON p.id = l.product_id
             WHERE s.company_id = %(company)s AND s.state IN ('scheduled', 'running')
               AND s.date_start <= now() at time zone 'UTC'
               AND s.date_end > now() at time zone 'UTC'
               AND {where}
            """,
            params,
        )
        return {
            product_id: {
                "id": sale_id,
                "price": price,
                "ends_at": end,
                "left": left,
                "product_tmpl_id": tmpl_id,
            }
            for product_id, tmpl_id, sale_id, price, end, left in self.env.cr.fetchall()
        }


class MallFlashSaleLine(models.Model):
    _name = "mall.flash.sale.line"
    _description = "Flash Sale Item"
    _order = "sale_id, sequence, id"

    sale_id = fields.Many2one("mall.flash.sale", required=True, ondelete="cascade", index=True)
    sequence = fields.Integer(default=10)
    company_id = fields.Many2one(related="sale_id.company_id", store=True, index=True)
    currency_id = fields.Many2one(related="sale_id.currency_id")
    state = fields.Selection(related="sale_id.state")
    product_id = fields.Many2one(
        "product.product",
        string="Variant",
        required=True,
        index=True,
        domain="[('sale_ok', '=', True), ('mall_ok', '=', True)]",
    )
    list_price = fields.Float(
        related="product_id.lst_price", string="Normal Price", digits="Product Price"
    )
    flash_price = fields.Monetary(required=True)
    allotment = fields.Integer(
        required=True, default=10, help="Units sold at the flash price, taken out of normal stock."
    )
    sold = fields.Integer(
        default=0,
        required=True,
        readonly=True,
        copy=False,
        help="Units taken by flash orders paid or waiting for payment.",
    )
    left = fields.Integer(compute="_compute_left")
    paid_qty = fields.Integer(compute="_compute_paid_qty", string="Paid")

    _sql_constraints = [
        ("allotment", "CHECK(allotment > 0)", "The allotment is at least one unit."),
        ("sold", "CHECK(sold >= 0 AND sold <= allotment)", "Never more sold than the allotment."),
        ("flash_price", "CHECK(flash_price > 0)", "The flash price is positive."),
        ("product_uniq", "UNIQUE(sale_id, product_id)", "A variant appears once in a flash sale."),
    ]

    @api.depends("allotment", "sold")
    def _compute_left(self):
        for line in self:
            line.left = max(line.allotment - line.sold, 0)

    def _compute_paid_qty(self):
        groups = self.env["mall.flash.order"]._read_group(
            [("line_id", "in", self.ids), ("state", "=", "paid")], ["line_id"], ["qty:sum"]
        )
        paid = {line.id: qty for line, qty in groups}
        for line in self:
            line.paid_qty = paid.get(line.id, 0)

    def write(self, vals):
        if {"product_id", "flash_price", "sale_id"} & set(vals) and any(
            line.sale_id.state != "draft" for line in self
        ):
            raise UserError(self.env._("The items of a scheduled flash sale cannot change."))
        if "allotment" in vals and any(line.sale_id.state != "draft" for line in self):
            raise UserError(
                self.env._("The allotment of a scheduled flash sale cannot change; cancel it.")
            )
        return super().write(vals)

    @api.model_create_multi
    def create(self, vals_list):
        lines = super().create(vals_list)
        if any(line.sale_id.state != "draft" for line in lines):
            raise UserError(self.env._("Items are added to a draft flash sale."))
        return lines

    @api.ondelete(at_uninstall=False)
    def _unlink_only_draft(self):
        if any(line.sale_id.state != "draft" for line in self):
            raise UserError(self.env._("The items of a scheduled flash sale cannot change."))
