"""The activity coins ledger (活动币): one line per movement of a member's coins.

The API every addon calls (the lottery, the points mall, the orders here)::

    Line = env["mall.coin.line"]
    Line._mall_earn(partner, coins, source, *, company, key=None, order=None, reason=None)
    Line._mall_spend(partner, coins, *, company, key, order=None, reason=None, source=...)
    Line._mall_give_back(partner, *, company, key, reason=None)
    Line._mall_balance(partner, company)

Every coin is earned on a line (``earn``, or a positive ``adjust``) that
carries ``expires_at`` (exactly the company's *Coin Lifetime*, 48 hours by
default, after it was earned; never extended) and ``remaining``: how many of
its coins are still there, neither spent, taken back nor expired. Spending
takes from the earned lines with ``remaining > 0 AND expires_at > now`` oldest
first (``mall.coin.allocation`` records which ones, so that a cancelled spend
gives back exactly those coins, with their original expiry). The expiry job
(:meth:`_mall_expire_due`) sets ``remaining`` to 0 on the lines with
``remaining > 0 AND expires_at <= now`` and writes the ``expire`` lines, in one
statement. Spending and expiring change ``remaining`` only through statements
that carry those guards, on locked rows: a coin is spent or expired, once.

``mall.coin.account`` holds each member's *ledger balance* (``balance_after``
of its last line: the sum of its lines). The *spendable balance*
(:meth:`_mall_balance`, what the API shows) is the sum of ``remaining`` not
past ``expires_at``: it drops at the exact second coins expire, even before
the job has written their ``expire`` line.
"""

import logging
import uuid
from datetime import timedelta

from psycopg2 import errors as pg_errors

from odoo import api, fields, models
from odoo.addons.mall_base.exceptions import MallError
from odoo.tools import SQL

_logger = logging.getLogger(__name__)

KINDS = [
    ("earn", "Earned"),
    ("spend", "Spent"),
    ("expire", "Expired"),
    ("give_back", "Given Back"),
    ("reverse", "Taken Back"),
    ("adjust", "Adjusted"),
]
SOURCES = [
    ("order", "Paid Order"),
    ("lottery", "Lottery Win"),
    ("points_mall", "Points Mall"),
    ("refund", "Refund Reversal"),
    ("adjust", "Operator Adjustment"),
    ("expiry", "Expiry"),
    ("other", "Other"),
]


class MallCoinLine(models.Model):
    _name = "mall.coin.line"
    _description = "Activity Coins Ledger Line"
    _order = "id desc"

    name = fields.Char(string="Description", required=True, readonly=True)
    partner_id = fields.Many2one(
        "res.partner", string="Member", required=True, readonly=True, ondelete="restrict"
    )
    company_id = fields.Many2one("res.company", required=True, readonly=True, index=True)
    kind = fields.Selection(KINDS, required=True, readonly=True)
    source = fields.Selection(SOURCES, required=True, readonly=True, default="other")
    date = fields.Datetime(string="When", required=True, readonly=True, default=fields.Datetime.now)
    coins = fields.Integer(readonly=True, help="What the line moves (negative: taken away).")
    balance_after = fields.Integer(
        readonly=True,
        help="The member's ledger balance after this line (the sum of the lines so far).",
    )
    expires_at = fields.Datetime(
        readonly=True,
        help="Earned coins: they expire at this time, never later (the company's coin "
        "lifetime after they were earned).",
    )
    remaining = fields.Integer(
        readonly=True,
        help="Earned coins: how many of this line's coins are still there (not spent, "
        "taken back nor expired).",
    )
    expired = fields.Integer(
        readonly=True, help="Earned coins: how many of this line's coins expired (unspent)."
    )
    unrecovered = fields.Integer(
        string="Not Taken Back",
        readonly=True,
        help="Taken back after a refund: the coins that could not be taken back (already "
        "spent or expired).",
    )
    order_id = fields.Many2one("sale.order", string="Order", readonly=True, index="btree_not_null")
    origin_line_id = fields.Many2one(
        "mall.coin.line",
        string="Origin Line",
        readonly=True,
        index="btree_not_null",
        help="Taken back: the earned line; given back: the spend line.",
    )
    allocation_ids = fields.One2many(
        "mall.coin.allocation", "spend_line_id", string="Coins Used", readonly=True
    )
    reason = fields.Text(readonly=True, help="Why: the operator's reason of an adjustment.")
    key = fields.Char(
        readonly=True, help="A line with a key is written once per member, company and kind."
    )
    user_id = fields.Many2one("res.users", string="By", readonly=True)

    def init(self):
        cr = self.env.cr
        cr.execute(
            "CREATE UNIQUE INDEX IF NOT EXISTS mall_coin_line_key_uniq "
            "ON mall_coin_line (partner_id, company_id, kind, key) WHERE key IS NOT NULL"
        )
        # what spending reads: a member's live coins, oldest first
        cr.execute(
            "CREATE INDEX IF NOT EXISTS mall_coin_line_live_idx "
            "ON mall_coin_line (partner_id, company_id, expires_at, id) WHERE remaining > 0"
        )
        # what the expiry job reads: the coins still there, by expiry
        cr.execute(
            "CREATE INDEX IF NOT EXISTS mall_coin_line_due_idx "
            "ON mall_coin_line (expires_at) WHERE remaining > 0"
        )
        cr.execute(
            "CREATE INDEX IF NOT EXISTS mall_coin_line_partner_idx "
            "ON mall_coin_line (partner_id, company_id, id)"
        )

    # ------------------------------------------------------------------
    # Helpers
    # ------------------------------------------------------------------

    @api.model
    def _mall_describe(self, kind, source, coins, order=None, reason=None):
        """What the shopper reads of a line (Chinese, as the API's messages)."""
        name = order.name if order else ""
        n = abs(coins)
        if reason and kind == "adjust":
            return f"活动币调整：{reason}"
        if kind == "earn":
            return {
                "order": f"订单 {name} 赠送活动币",
                "lottery": "抢签中签赠送活动币",
            }.get(source, reason or "获得活动币")
        if kind == "spend":
            return f"积分商城订单 {name} 使用活动币" if name else (reason or "使用活动币")
        if kind == "give_back":
            return f"订单 {name} 取消，退还活动币" if name else "退还活动币"
        if kind == "reverse":
            return f"订单 {name} 退款，扣回活动币"
        if kind == "expire":
            return f"{n} 个活动币已过期"
        return "活动币调整"

    @api.model
    def _mall_find_key(self, partner, company, kind, key):
        if not key:
            return self.browse()
        # the ledger is readable by operators of its company only; the
        # storefront and jobs look a key up whoever runs them
        return self.sudo().search(
            [
                ("partner_id", "=", partner.id),
                ("company_id", "=", company.id),
                ("kind", "=", kind),
                ("key", "=", key),
            ]
        )

    @api.model
    def _mall_lifetime(self, company):
        return timedelta(hours=company.mall_coin_lifetime_hours or 48)

    @api.model
    def _mall_write_line(self, partner, company, kind, source, coins, balance_after, **values):
        # no group may write the ledger: lines are written here only
        return self.sudo().create(
            {
                "partner_id": partner.id,
                "company_id": company.id,
                "kind": kind,
                "source": source,
                "coins": coins,
                "balance_after": balance_after,
                "user_id": self.env.uid,
                **values,
            }
        )

    @api.model
    def _mall_take_live(self, partner, company, coins, now, earned_line=None):
        """Take ``coins`` from the member's live coins (``remaining > 0`` and
        ``expires_at > now``), oldest first, or from ``earned_line`` only.
        Returns ``[(earned_line_id, taken)]``, or ``None`` (nothing changed)
        when there are fewer live coins than ``coins``.

        The earned lines are locked (``FOR UPDATE``, oldest first) before
        anything is counted: a parallel spend of the same member waits, then
        fails to serialize and is re-run by Odoo on a snapshot that sees this
        one; the expiry job waits too, then re-checks its guards. The update
        repeats the guards (``remaining >= taken``, ``expires_at > now``)."""
        self.flush_model()
        where = SQL(
            "partner_id = %s AND company_id = %s AND remaining > 0 AND expires_at > %s",
            partner.id,
            company.id,
            now,
        )
        if earned_line:
            where = SQL("%s AND id = %s", where, earned_line.id)
        self.env.cr.execute(
            SQL(
                "SELECT id, remaining FROM mall_coin_line WHERE %s "
                "ORDER BY expires_at, id FOR UPDATE",
                where,
            ),
            log_exceptions=False,
        )
        plan = []
        left = coins
        for line_id, remaining in self.env.cr.fetchall():
            if left <= 0:
                break
            take = min(remaining, left)
            plan.append((line_id, take))
            left -= take
        if left > 0:
            return None
        values = SQL(", ").join(SQL("(%s, %s)", line_id, take) for line_id, take in plan)
        self.env.cr.execute(
            SQL(
                """
                UPDATE mall_coin_line l
                   SET remaining = l.remaining - v.take
                  FROM (VALUES %s) AS v(id, take)
                 WHERE l.id = v.id AND l.remaining >= v.take AND l.expires_at > %s
             RETURNING l.id
                """,
                values,
                now,
            ),
            log_exceptions=False,
        )
        if len(self.env.cr.fetchall()) != len(plan):  # cannot happen on locked rows
            raise RuntimeError("activity coins changed under a lock")
        self.browse([line_id for line_id, _take in plan]).invalidate_recordset(["remaining"])
        return plan

    # ------------------------------------------------------------------
    # The API for every addon
    # ------------------------------------------------------------------

    @api.model
    def _mall_earn(self, partner, coins, source, *, company, key=None, order=None, reason=None):
        """Give ``partner`` ``coins`` (> 0) activity coins in ``company``,
        earned now: they expire exactly the company's *Coin Lifetime* (48
        hours by default) after now, never later.

        :param source: why: ``"order"`` (a paid order), ``"lottery"`` (a
            lottery win), ``"adjust"`` (an operator), ``"other"``
        :param key: the line is written once per member, company, kind
            (``earn``) and key: a second call returns the first line and
            changes nothing (a retried job, a replayed notify). The lottery
            uses e.g. ``f"lottery:{registration.id}"``, paid orders
            ``f"order:{order.id}"``.
        :param order: the ``sale.order`` the coins come from, if any
        :param reason: free text kept on the line
        :return: the ``earn`` line (``mall.coin.line``, as superuser)

        Runs in the caller's transaction (and is rolled back with it)."""
        coins = int(coins)
        if coins <= 0:
            raise ValueError("activity coins are earned in positive numbers")
        existing = self._mall_find_key(partner, company, "earn", key)
        if existing:
            return existing
        Account = self.env["mall.coin.account"]
        # the account row first: a parallel earn with the same key waits here,
        # fails to serialize, and is re-run to find the key
        balance = Account._mall_move(Account._mall_account_id(partner, company), coins)
        existing = self._mall_find_key(partner, company, "earn", key)
        if existing:  # pragma: no cover - the re-run finds it above
            return existing
        now = fields.Datetime.now()
        return self._mall_write_line(
            partner,
            company,
            "earn",
            source,
            coins,
            balance,
            name=self._mall_describe("earn", source, coins, order, reason),
            date=now,
            expires_at=now + self._mall_lifetime(company),
            remaining=coins,
            order_id=order.id if order else False,
            reason=reason or False,
            key=key or False,
        )

    @api.model
    def _mall_spend(
        self,
        partner,
        coins,
        *,
        company,
        key,
        order=None,
        reason=None,
        source="points_mall",
        kind="spend",
    ):
        """Spend ``coins`` (> 0) of ``partner``'s activity coins in ``company``:
        the oldest live coins first (``remaining > 0`` and ``expires_at >
        now``: an expired coin is never spent, even before the expiry job has
        run). All or nothing, in the caller's transaction: when the member
        has fewer live coins, raises ``MallError("insufficient_coins",
        "活动币不足。", kind="conflict")`` (409) and writes nothing.

        :param key: required; the spend is written once per member, company
            and key: a second call returns the first ``spend`` line and
            spends nothing. Give it back with the same key
            (:meth:`_mall_give_back`).
        :param order: the order paid with the coins (e.g. a points-mall order)
        :return: the ``spend`` line (negative ``coins``), with
            ``allocation_ids``: which earned lines paid, and how many each

        Parallel spends of one member run one after the other (the earned
        lines are locked, the loser is re-run by Odoo on a fresh snapshot):
        the balance never goes below zero."""
        coins = int(coins)
        if coins <= 0:
            raise ValueError("activity coins are spent in positive numbers")
        if not key:
            raise ValueError("a spend of activity coins needs a key")
        existing = self._mall_find_key(partner, company, kind, key)
        if existing:
            return existing
        now = fields.Datetime.now()
        plan = self._mall_take_live(partner, company, coins, now)
        if plan is None:
            raise MallError(
                "insufficient_coins",
                "活动币不足。",
                kind="conflict",
                balance=self._mall_balance(partner, company),
            )
        Account = self.env["mall.coin.account"]
        balance = Account._mall_move(Account._mall_account_id(partner, company), -coins)
        if balance is None:  # cannot happen: the ledger balance counts the live coins
            raise RuntimeError("activity coins ledger balance below the live coins")
        line = self._mall_write_line(
            partner,
            company,
            kind,
            source,
            -coins,
            balance,
            name=self._mall_describe(kind, source, coins, order, reason),
            date=now,
            order_id=order.id if order else False,
            reason=reason or False,
            key=key,
        )
        self.env["mall.coin.allocation"].sudo().create(
            [
                {"spend_line_id": line.id, "earned_line_id": earned_id, "coins": taken}
                for earned_id, taken in plan
            ]
        )
        return line

    @api.model
    def _mall_give_back(self, partner, *, company, key, reason=None):
        """Give back the coins of the spend written with ``key`` (a cancelled
        points-mall order): they return to the very earned lines they were
        taken from, with their ORIGINAL expiry (never a new 48 hours). Coins
        whose expiry has passed come back expired: the ``give_back`` line
        adds them and an ``expire`` line (same key, description "退还时已过
        期") takes them away at once, so the ledger says so.

        Once per spend: a second call returns the first ``give_back`` line.
        Without a spend of that key (nothing was spent), returns an empty
        recordset. In the caller's transaction.

        :return: the ``give_back`` line (or empty)"""
        existing = self._mall_find_key(partner, company, "give_back", key)
        if existing:
            return existing
        spend = self._mall_find_key(partner, company, "spend", key)
        if not spend:
            return self.browse()
        now = fields.Datetime.now()
        allocations = spend.allocation_ids
        expired, recovered = self._mall_restore_allocations(allocations, now)
        coins = sum(allocations.mapped("coins"))
        Account = self.env["mall.coin.account"]
        account_id = Account._mall_account_id(partner, company)
        balance = Account._mall_move(account_id, coins)
        order = spend.order_id
        name = self._mall_describe("give_back", spend.source, coins, order)
        if expired:
            name = f"{name}（其中 {expired} 个退还时已过期）"
        line = self._mall_write_line(
            partner,
            company,
            "give_back",
            spend.source,
            coins,
            balance,
            name=name,
            date=now,
            order_id=order.id,
            origin_line_id=spend.id,
            reason=reason or False,
            key=key,
        )
        if expired:
            self._mall_write_follow_up(
                line,
                account_id,
                "expire",
                "expiry",
                expired,
                f"{expired} 个退还的活动币退还时已过期",
            )
        if recovered:
            self._mall_write_follow_up(
                line,
                account_id,
                "reverse",
                "refund",
                recovered,
                f"{recovered} 个退还的活动币所得订单已退款，扣回",
            )
        return line

    def _mall_restore_allocations(self, allocations, now):
        """Return the coins of the spend's ``allocations`` to the earned lines
        they were taken from (locked first, oldest first, as spending does),
        but for those whose earning order was refunded while they were spent
        (its ``reverse`` line could not take them back): they come back to be
        taken back now, not to the member, and that ``reverse`` line's *Not
        Taken Back* is lowered. Earned lines expired meanwhile get nothing.

        :return: ``(expired, recovered)``: the coins that come back expired,
            the coins owed to refunds"""
        # lock the earned lines (oldest first, as spending does) before reading them
        self.flush_model()
        self.env.cr.execute(
            "SELECT id FROM mall_coin_line WHERE id IN %s ORDER BY expires_at, id FOR UPDATE",
            [tuple(allocations.earned_line_id.ids)],
            log_exceptions=False,
        )
        allocations.earned_line_id.invalidate_recordset(["remaining"])
        live = allocations.filtered(lambda a: a.earned_line_id.expires_at > now)
        expired = sum((allocations - live).mapped("coins"))
        owed = self.sudo().search(
            [
                ("kind", "=", "reverse"),
                ("origin_line_id", "in", live.earned_line_id.ids),
                ("unrecovered", ">", 0),
            ]
        )
        owed = {line.origin_line_id.id: line for line in owed}
        recovered = 0
        for allocation in live:
            reverse = owed.get(allocation.earned_line_id.id)
            taken = min(allocation.coins, reverse.unrecovered) if reverse else 0
            if taken:
                self.env.cr.execute(
                    "UPDATE mall_coin_line SET unrecovered = unrecovered - %s WHERE id = %s",
                    [taken, reverse.id],
                )
                reverse.invalidate_recordset(["unrecovered"])
                recovered += taken
            if allocation.coins - taken:
                self.env.cr.execute(
                    "UPDATE mall_coin_line SET remaining = remaining + %s WHERE id = %s",
                    [allocation.coins - taken, allocation.earned_line_id.id],
                )
        live.earned_line_id.invalidate_recordset(["remaining"])
        return expired, recovered

    @api.model
    def _mall_write_follow_up(self, give_back, account_id, kind, source, coins, name):
        """Take ``coins`` away at once after the ``give_back`` line (they came
        back expired, or owed to a refund): the balance moved and a ``kind``
        line written, with the give-back's member, date, order and key."""
        balance = self.env["mall.coin.account"]._mall_move(account_id, -coins)
        return self._mall_write_line(
            give_back.partner_id,
            give_back.company_id,
            kind,
            source,
            -coins,
            balance,
            name=name,
            date=give_back.date,
            order_id=give_back.order_id.id,
            origin_line_id=give_back.id,
            key=give_back.key,
        )

    @api.model
    def _mall_take_back(self, earned_line, *, key, reason=None):
        """Take back the coins of ``earned_line`` still there (a refunded
        order takes back its coin): what is left of it, if not expired. What
        could not be taken back (spent, or expired) is recorded on the
        ``reverse`` line as *Not Taken Back* (``unrecovered``); the line is
        written even when nothing could be taken. Once per key.

        :return: the ``reverse`` line"""
        partner, company = earned_line.partner_id, earned_line.company_id
        existing = self._mall_find_key(partner, company, "reverse", key)
        if existing:
            return existing
        now = fields.Datetime.now()
        self.flush_model()
        # an UPDATE, not only a lock: a give-back of these coins running at the
        # same time fails to serialize and is re-run seeing this take-back
        self.env.cr.execute(
            "UPDATE mall_coin_line SET remaining = remaining WHERE id = %s "
            "RETURNING remaining, expires_at > %s",
            [earned_line.id, now],
            log_exceptions=False,
        )
        remaining, live = self.env.cr.fetchone()
        taken = remaining if live else 0
        if taken:
            self._mall_take_live(partner, company, taken, now, earned_line=earned_line)
        Account = self.env["mall.coin.account"]
        balance = Account._mall_move(Account._mall_account_id(partner, company), -taken)
        unrecovered = earned_line.coins - taken
        order = earned_line.order_id
        name = self._mall_describe("reverse", "refund", taken, order)
        if unrecovered:
            why = "已过期" if not live and remaining else "已使用"
            name = f"{name}：{unrecovered} 个{why}，未能扣回"
        return self._mall_write_line(
            partner,
            company,
            "reverse",
            "refund",
            -taken,
            balance,
            name=name,
            date=now,
            order_id=order.id,
            origin_line_id=earned_line.id,
            unrecovered=unrecovered,
            reason=reason or False,
            key=key,
        )

    @api.model
    def _mall_adjust(self, partner, coins, *, company, reason, key=None):
        """An operator's adjustment with a reason: ``coins`` > 0 are earned now
        (and expire like any coin), ``coins`` < 0 are taken from the live
        coins oldest first (refused with ``insufficient_coins`` when there
        are fewer)."""
        coins = int(coins)
        if not coins:
            return self.browse()
        if coins > 0:
            existing = self._mall_find_key(partner, company, "adjust", key)
            if existing:
                return existing
            Account = self.env["mall.coin.account"]
            balance = Account._mall_move(Account._mall_account_id(partner, company), coins)
            now = fields.Datetime.now()
            return self._mall_write_line(
                partner,
                company,
                "adjust",
                "adjust",
                coins,
                balance,
                name=self._mall_describe("adjust", "adjust", coins, reason=reason),
                date=now,
                expires_at=now + self._mall_lifetime(company),
                remaining=coins,
                reason=reason,
                key=key or False,
            )
        return self._mall_spend(
            partner,
            -coins,
            company=company,
            key=key or f"adjust:{uuid.uuid4()}",
            reason=reason,
            source="adjust",
            kind="adjust",
        )

    @api.model
    def _mall_balance(self, partner, company):
        """The coins ``partner`` can spend now in ``company``: what is left of
        the earned lines whose ``expires_at`` has not passed (0 without any).
        Exact to the second, whether the expiry job has run or not."""
        self.flush_model()
        self.env.cr.execute(
            """
            SELECT COALESCE(SUM(remaining), 0) FROM mall_coin_line
             WHERE partner_id = %s AND company_id = %s AND remaining > 0 AND expires_at > %s
            """,
            [partner.id, company.id, fields.Datetime.now()],
        )
        return self.env.cr.fetchone()[0]

    @api.model
    def _mall_next_expiry(self, partner, company):
        """``(coins, expires_at)`` of the member's next coins to expire, or
        ``(0, None)``."""
        self.flush_model()
        self.env.cr.execute(
            """
            SELECT SUM(remaining), expires_at FROM mall_coin_line
             WHERE partner_id = %s AND company_id = %s AND remaining > 0 AND expires_at > %s
          GROUP BY expires_at ORDER BY expires_at LIMIT 1
            """,
            [partner.id, company.id, fields.Datetime.now()],
        )
        row = self.env.cr.fetchone()
        return (row[0], row[1]) if row else (0, None)

    # ------------------------------------------------------------------
    # Expiry
    # ------------------------------------------------------------------

    @api.model
    def _mall_expire_due(self, now=None):
        """Expire every coin still there past its ``expires_at``, in ONE
        statement: on the earned lines with ``remaining > 0 AND expires_at <=
        now``, ``expired = remaining, remaining = 0`` (the UPDATE locks each
        row; a row a spend holds is waited for, and under READ COMMITTED
        PostgreSQL re-checks the guards on what the spend left and expires
        exactly that), each member's ledger balance lowered by what expired,
        and one ``expire`` line per member and company with the balance
        after. Running it again finds nothing: a coin is never expired twice.
        Returns the number of coins expired."""
        now = now or fields.Datetime.now()
        self.flush_model()
        self.env.cr.execute(
            SQL(
                """
                WITH cleared AS (
                    UPDATE mall_coin_line
                       SET expired = remaining, remaining = 0
                     WHERE remaining > 0 AND expires_at <= %(now)s
                 RETURNING partner_id, company_id, expired
                ), per_member AS (
                    SELECT partner_id, company_id, SUM(expired)::int AS n
                      FROM cleared GROUP BY partner_id, company_id
                ), moved AS (
                    UPDATE mall_coin_account a
                       SET balance = a.balance - p.n, write_date = %(now)s
                      FROM per_member p
                     WHERE a.partner_id = p.partner_id AND a.company_id = p.company_id
                 RETURNING a.partner_id, a.company_id, p.n, a.balance
                ), written AS (
                    INSERT INTO mall_coin_line
                           (name, partner_id, company_id, kind, source, date, coins,
                            balance_after, remaining, expired, unrecovered, user_id,
                            create_uid, create_date, write_uid, write_date)
                    SELECT n || ' 个活动币已过期', partner_id, company_id, 'expire', 'expiry',
                           %(now)s, -n, balance, 0, 0, 0, %(uid)s,
                           %(uid)s, %(now)s, %(uid)s, %(now)s
                      FROM moved
                 RETURNING coins
                )
                SELECT COALESCE(-SUM(coins), 0) FROM written
                """,
                now=now,
                uid=self.env.uid,
            ),
            log_exceptions=False,
        )
        expired = self.env.cr.fetchone()[0]
        self.invalidate_model(["remaining", "expired"])
        self.env["mall.coin.account"].invalidate_model(["balance"])
        return expired

    @api.model
    def _cron_mall_expire(self):
        """The expiry job (every minute by default; any number of runs, in
        parallel with anything). Outside tests it runs in its own READ
        COMMITTED transaction: PostgreSQL then re-checks each locked row's
        guards after waiting for a spend that held it, instead of failing the
        whole statement to serialize; a deadlock or a failure leaves
        everything for the next run."""
        if self.env.registry.in_test_mode():
            return self._mall_expire_due()
        self.env.flush_all()
        with self.env.registry.cursor() as cr:
            cr.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED")
            try:
                expired = self.with_env(self.env(cr=cr))._mall_expire_due()
            except (pg_errors.DeadlockDetected, pg_errors.SerializationFailure):
                _logger.info("activity coins expiry met a concurrent change; next run")
                cr.rollback()
                return 0
        if expired:
            _logger.info("%s activity coins expired", expired)
        return expired

    # ------------------------------------------------------------------
    # The member's view
    # ------------------------------------------------------------------

    @api.model
    def _mall_member_domain(self, member):
        """The lines ``member`` may see: its own, in the current company."""
        return [("partner_id", "=", member.id), ("company_id", "=", self.env.company.id)]
