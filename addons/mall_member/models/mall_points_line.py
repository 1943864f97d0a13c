"""The points ledger: one line per movement of a member's points.

The one way to move points is ``_mall_post`` (earn pending lines are added by
``_mall_add_pending`` and credited by ``_mall_credit``): the line and the
balance move together, the balance in one guarded statement that never lets
it go below zero, and an optional ``key`` makes a repeated call (a retried
job, a re-run request) post once.
"""

import logging
from datetime import date

from odoo import api, fields, models
from odoo.addons.mall_base.exceptions import MallError
from odoo.exceptions import UserError
from odoo.tools import SQL

_logger = logging.getLogger(__name__)

KINDS = [
    ("earn", "Earned"),
    ("spend", "Spent"),
    ("refund", "Given Back"),
    ("reverse", "Taken Back"),
    ("expire", "Expired"),
    ("adjust", "Adjusted"),
    ("reward", "Reward"),
]
# kinds whose positive lines are earnings: they expire, first in first out
EARNING_KINDS = ("earn", "adjust", "reward")


class MallPointsLine(models.Model):
    _name = "mall.points.line"
    _description = "Mall Points Ledger Line"
    _order = "id desc"

    name = fields.Char(string="Description", required=True, readonly=True)
    partner_id = fields.Many2one(
        "res.partner",
        string="Member",
        required=True,
        readonly=True,
        index=True,
        ondelete="restrict",
    )
    company_id = fields.Many2one("res.company", required=True, readonly=True, index=True)
    currency_id = fields.Many2one(related="company_id.currency_id")
    kind = fields.Selection(KINDS, required=True, readonly=True, index=True)
    points = fields.Integer(
        readonly=True,
        help="What the line moves (negative: taken from the balance). Pending: what "
        "will be credited.",
    )
    points_unrecovered = fields.Integer(
        string="Not Recovered",
        readonly=True,
        help="Taken back: the points that could not be taken because the member had "
        "already spent them (a balance never goes below zero).",
    )
    state = fields.Selection(
        [("pending", "Pending"), ("posted", "Posted")],
        required=True,
        default="posted",
        readonly=True,
        index=True,
        help="Pending: earned on a paid order, not in the balance until the order is "
        "received or the credit delay has passed.",
    )
    posted_at = fields.Datetime(
        string="Posted On", readonly=True, help="When the line moved the balance."
    )
    due_at = fields.Datetime(
        string="Credited On",
        readonly=True,
        help="Pending: credited at this time at the latest (or when the order is received).",
    )
    expires_on = fields.Date(
        readonly=True, help="Earned points left unspent expire at the end of this day."
    )
    order_id = fields.Many2one("sale.order", string="Order", readonly=True, index="btree_not_null")
    after_sale_id = fields.Many2one(
        "mall.after.sale", string="After-sales Request", readonly=True, index="btree_not_null"
    )
    base_amount = fields.Monetary(
        string="Cash Paid for Goods",
        readonly=True,
        help="Earned: the cash paid for the order's goods the points were computed on.",
    )
    reason = fields.Text(readonly=True, help="The operator's reason of an adjustment.")
    key = fields.Char(
        readonly=True,
        help="A line with a key is posted once per member, company and kind.",
    )

    def init(self):
        self.env.cr.execute(
            "CREATE UNIQUE INDEX IF NOT EXISTS mall_points_line_key_uniq "
            "ON mall_points_line (partner_id, company_id, kind, key) WHERE key IS NOT NULL"
        )

    # ------------------------------------------------------------------
    # Posting
    # ------------------------------------------------------------------

    @api.model
    def _mall_describe(self, kind, order=None, reason=None):
        """What the shopper reads of a line (Chinese, as the API's messages)."""
        name = order.name if order else ""
        texts = {
            "earn": f"订单 {name} 获得积分",
            "spend": f"订单 {name} 积分抵扣",
            "refund": f"订单 {name} 退还积分",
            "reverse": f"订单 {name} 退款，扣回积分",
            "expire": "积分到期",
            "adjust": "积分调整",
            "reward": "奖励积分",
        }
        if kind in ("adjust", "reward") and reason:
            return reason
        return texts[kind]

    @api.model
    def _mall_expiry_date(self, company, when=None):
        """Points credited on ``when`` expire at the end of the next year, when
        the company lets points expire."""
        if not company.mall_points_expiry:
            return False
        year = fields.Datetime.to_datetime(when or fields.Datetime.now()).year
        return date(year + 1, 12, 31)

    @api.model
    def _mall_find_key(self, partner, company, kind, key):
        if not key:
            return self.browse()
        # the ledger is readable by operators of the company only; the
        # storefront and jobs look a key up whoever runs them
        return self.sudo().search(
            [
                ("partner_id", "=", partner.id),
                ("company_id", "=", company.id),
                ("kind", "=", kind),
                ("key", "=", key),
            ],
            limit=1,
        )

    @api.model
    def _mall_post(
        self,
        partner,
        points,
        kind,
        *,
        reason=None,
        order=None,
        company=None,
        key=None,
        partial=False,
        after_sale=None,
        name=None,
    ):
        """Post ``points`` (signed) of ``kind`` to ``partner``'s balance in
        ``company`` (default: the order's, else the current one) and write the
        ledger line, in the same transaction.

        The balance moves in one guarded statement: what would make it
        negative is refused with 409 ``points_insufficient`` (nothing
        written), unless ``partial``: then what the balance allows is taken
        and the rest recorded on the line as not recovered. With ``key``, a
        second call with the same member, company, kind and key returns the
        first line and moves nothing. Zero points post nothing (an empty
        recordset).

        The one way for any addon to move points (earning through orders
        uses ``_mall_add_pending`` and ``_mall_credit``)."""
        if kind not in dict(KINDS):
            raise ValueError(f"unknown kind of points line: {kind!r}")
        points = int(points)
        company = company or (order.company_id if order else self.env.company)
        existing = self._mall_find_key(partner, company, kind, key)
        if existing:
            return existing
        if not points:
            return self.browse()
        Account = self.env["mall.points.account"]
        moved = Account._mall_move(
            Account._mall_account_id(partner, company), points, partial=partial and points < 0
        )
        if moved is None:
            balance = Account._mall_balance(partner, company)
            raise MallError(
                "points_insufficient",
                f"积分不足：当前可用 {balance} 积分，需要 {-points} 积分。",
                balance=balance,
            )
        now = fields.Datetime.now()
        # no group may write the ledger: lines are written here only
        return self.sudo().create(
            {
                "name": name or self._mall_describe(kind, order, reason),
                "partner_id": partner.id,
                "company_id": company.id,
                "kind": kind,
                "points": moved,
                "points_unrecovered": abs(points - moved),
                "state": "posted",
                "posted_at": now,
                "expires_on": self._mall_expiry_date(company, now)
                if kind in EARNING_KINDS and moved > 0
                else False,
                "order_id": order.id if order else False,
                "after_sale_id": after_sale.id if after_sale else False,
                "reason": reason or False,
                "key": key or False,
            }
        )

    @api.model
    def _mall_add_pending(
        self, partner, points, kind, *, order, due_at, key, base_amount=0.0, after_sale=None
    ):
        """A pending line (earned on ``order`` or taken back from what it
        earned before crediting): not in the balance until ``_mall_credit``.
        Once per key."""
        existing = self._mall_find_key(partner, order.company_id, kind, key)
        if existing or not points:
            return existing
        # no group may write the ledger: lines are written here only
        return self.sudo().create(
            {
                "name": self._mall_describe(kind, order),
                "partner_id": partner.id,
                "company_id": order.company_id.id,
                "kind": kind,
                "points": int(points),
                "state": "pending",
                "due_at": due_at,
                "order_id": order.id,
                "after_sale_id": after_sale.id if after_sale else False,
                "base_amount": base_amount,
                "key": key,
            }
        )

    def _mall_credit(self):
        """Credit these pending lines into their members' balances, exactly
        once: each line leaves *pending* in the statement that credits it (a
        parallel credit of the same lines fails to serialize and is re-run,
        then finds nothing pending). Returns the points credited."""
        credited = 0
        self.flush_model()
        Account = self.env["mall.points.account"]
        now = fields.Datetime.now()
        groups = {}
        for line in self.filtered(lambda x: x.state == "pending"):
            groups.setdefault((line.partner_id, line.company_id), []).append(line.id)
        for (partner, company), ids in groups.items():
            expires = self._mall_expiry_date(company, now) or None
            self.env.cr.execute(
                SQL(
                    """
                    UPDATE mall_points_line
                       SET state = 'posted', posted_at = %(now)s,
                           expires_on = CASE WHEN kind IN %(earning)s AND points > 0
                                             THEN %(expires)s::date END,
                           write_uid = %(uid)s, write_date = %(now)s
                     WHERE id IN %(ids)s AND state = 'pending'
                 RETURNING points
                    """,
                    now=now,
                    earning=EARNING_KINDS,
                    expires=expires,
                    uid=self.env.uid,
                    ids=tuple(ids),
                ),
                log_exceptions=False,
            )
            total = sum(row[0] for row in self.env.cr.fetchall())
            self.browse(ids).invalidate_recordset()
            if total:
                # pending lines of an order never take back more than it earned
                Account._mall_move(Account._mall_account_id(partner, company), total, partial=True)
            credited += total
        return credited

    @api.model
    def _cron_mall_credit_due(self, limit=500):
        """Credit the pending points whose delay has passed."""
        # a cron, no user behind it: the ledger is written by code only
        lines = self.sudo().search(
            [("state", "=", "pending"), ("due_at", "<=", fields.Datetime.now())],
            limit=limit,
            order="due_at, id",
        )
        for order in lines.order_id:
            try:
                with self.env.cr.savepoint():
                    order._mall_points_credit()
            except UserError as error:
                _logger.warning("could not credit the points of %s: %s", order.name, error)

    @api.model
    def _cron_mall_expire(self):
        """Expire, in one statement per company that lets points expire, what is
        left of the earnings past their expiry date: first in, first out (what
        a member spent, or was taken back, came from its oldest points).
        Points given back after a cancel or a refund count as never spent."""
        today = fields.Date.context_today(self)
        self.flush_model()
        companies = self.env["res.company"].sudo().search([("mall_points_expiry", "=", True)])
        now = fields.Datetime.now()
        expired = 0
        for company in companies:
            self.env.cr.execute(
                SQL(
                    """
                    WITH totals AS (
                        SELECT partner_id,
                               COALESCE(SUM(points) FILTER (
                                   WHERE kind IN %(earning)s AND points > 0
                                     AND expires_on < %(today)s), 0) AS old_credits,
                               COALESCE(-SUM(points) FILTER (
                                   WHERE NOT (kind IN %(earning)s AND points > 0)), 0) AS debits
                          FROM mall_points_line
                         WHERE state = 'posted' AND company_id = %(company)s
                      GROUP BY partner_id
                    ), due AS (
                        SELECT a.id AS account_id, a.partner_id,
                               LEAST(a.balance, t.old_credits - t.debits) AS n
                          FROM totals t
                          JOIN mall_points_account a
                            ON a.partner_id = t.partner_id AND a.company_id = %(company)s
                         WHERE t.old_credits > t.debits AND a.balance > 0
                    ), moved AS (
                        UPDATE mall_points_account a
                           SET balance = a.balance - due.n, write_uid = %(uid)s,
                               write_date = %(now)s
                          FROM due
                         WHERE a.id = due.account_id AND a.balance >= due.n
                     RETURNING due.partner_id, due.n
                    )
                    INSERT INTO mall_points_line
                           (name, partner_id, company_id, kind, points, points_unrecovered,
                            state, posted_at, create_uid, create_date, write_uid, write_date)
                    SELECT %(name)s, partner_id, %(company)s, 'expire', -n, 0,
                           'posted', %(now)s, %(uid)s, %(now)s, %(uid)s, %(now)s
                      FROM moved
                 RETURNING partner_id
                    """,
                    earning=EARNING_KINDS,
                    today=today,
                    company=company.id,
                    uid=self.env.uid,
                    now=now,
                    name=self._mall_describe("expire"),
                ),
                log_exceptions=False,
            )
            expired += len(self.env.cr.fetchall())
        self.env["mall.points.account"].invalidate_model(["balance"])
        self.invalidate_model()
        return expired

    # ------------------------------------------------------------------
    # The member's view
    # ------------------------------------------------------------------

    @api.model
    def _mall_member_domain(self, member):
        """The lines ``member`` may see: its own, in the current company."""
        return [("partner_id", "=", member.id), ("company_id", "=", self.env.company.id)]

    @api.model
    def _mall_member_summary(self, member):
        """``balance``, ``pending`` and the points expiring at the end of this
        year (``expiring``, ``expiring_on``) of ``member`` in the current
        company. Called by the storefront, in its superuser environment."""
        company = self.env.company
        balance = self.env["mall.points.account"]._mall_balance(member, company)
        domain = self._mall_member_domain(member)
        pending = sum(self.search([*domain, ("state", "=", "pending")]).mapped("points"))
        posted = self.search([*domain, ("state", "=", "posted")])
        year_end = date(fields.Date.context_today(self).year, 12, 31)
        earned = sum(
            line.points
            for line in posted
            if line.kind in EARNING_KINDS
            and line.points > 0
            and line.expires_on
            and line.expires_on <= year_end
        )
        debits = -sum(
            line.points for line in posted if not (line.kind in EARNING_KINDS and line.points > 0)
        )
        expiring = max(min(balance, earned - debits), 0) if company.mall_points_expiry else 0
        return {
            "balance": balance,
            "pending": max(pending, 0),
            "expiring": expiring,
            "expiring_on": year_end if expiring else None,
            "point_value": company.mall_points_value,
        }
