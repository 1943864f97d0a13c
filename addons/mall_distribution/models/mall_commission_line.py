"""The commission ledger: append-only lines whose sums are the balances.

Each line moves one or two of a promoter's balances: *pending* (earned on a
paid order, not withdrawable yet), *settleable* (withdrawable) and
*withdrawn*. Nothing is ever updated or deleted: a refund, a settlement or a
failed transfer is a new line. A ``key`` (unique per company) makes a
repeated posting (a notify seen twice, a re-run job) post once.
"""

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import SQL

KINDS = [
    ("pending", "Commission (Pending)"),
    ("settleable", "Settled"),
    ("reversed", "Reversed"),
    ("clawback", "Clawed Back"),
    ("withdrawal", "Withdrawal"),
    ("withdrawn", "Withdrawal Paid"),
    ("returned", "Withdrawal Returned"),
]
LEVELS = [("1", "Level 1"), ("2", "Level 2")]


class MallCommissionLine(models.Model):
    _name = "mall.commission.line"
    _description = "Commission Ledger Line"
    _order = "id desc"

    name = fields.Char(string="Description", required=True, readonly=True)
    promoter_id = fields.Many2one(
        "mall.promoter", required=True, readonly=True, index=True, ondelete="restrict"
    )
    partner_id = fields.Many2one(
        related="promoter_id.partner_id", string="Promoter", store=True, index=True
    )
    company_id = fields.Many2one("res.company", required=True, readonly=True, index=True)
    currency_id = fields.Many2one(related="company_id.currency_id", store=True)
    kind = fields.Selection(KINDS, required=True, readonly=True, index=True)
    level = fields.Selection(LEVELS, readonly=True)
    order_id = fields.Many2one("sale.order", string="Order", readonly=True, index="btree_not_null")
    buyer_id = fields.Many2one("res.partner", string="Buyer", readonly=True)
    after_sale_id = fields.Many2one(
        "mall.after.sale", string="After-sales Request", readonly=True, index="btree_not_null"
    )
    withdrawal_id = fields.Many2one(
        "mall.withdrawal", string="Withdrawal", readonly=True, index="btree_not_null"
    )
    base_amount = fields.Monetary(
        string="Goods Paid", readonly=True, help="The goods paid the commission is computed on."
    )
    amount = fields.Monetary(
        readonly=True, help="What the line means to the promoter (negative: taken)."
    )
    commission_amount = fields.Monetary(
        string="Commission", readonly=True, help="Earned commission (on the pending lines)."
    )
    pending_delta = fields.Monetary(string="Pending Change", readonly=True)
    settleable_delta = fields.Monetary(string="Withdrawable Change", readonly=True)
    withdrawn_delta = fields.Monetary(string="Withdrawn Change", readonly=True)
    key = fields.Char(readonly=True, copy=False)

    _sql_constraints = [
        ("key_company_uniq", "UNIQUE(company_id, key)", "This ledger line was already posted."),
    ]

    def write(self, vals):
        if not self.env.su:
            raise UserError(self.env._("The commission ledger cannot be changed."))
        return super().write(vals)

    @api.ondelete(at_uninstall=True)
    def _unlink_never(self):
        raise UserError(self.env._("The commission ledger cannot be changed."))

    @api.model
    def _mall_post(self, promoter, kind, key, name, **values):
        """Post one line (once per ``key``): ``values`` are amounts
        (``pending_delta``…) and links. Returns the line (the existing one for
        a key already posted)."""
        # no group writes the ledger: lines are written here only
        Line = self.sudo()
        existing = Line.search([("company_id", "=", promoter.company_id.id), ("key", "=", key)])
        if existing:
            return existing
        return Line.create(
            {
                "name": name,
                "promoter_id": promoter.id,
                "company_id": promoter.company_id.id,
                "kind": kind,
                "key": key,
                **values,
            }
        )

    # ------------------------------------------------------------------
    # Settlement
    # ------------------------------------------------------------------

    @api.model
    def _cron_mall_settle(self):
        """Move the pending commissions of orders received more than the
        after-sales window ago (and with no after-sales request open) to the
        withdrawable balance: one set-based statement per company. The
        promoters concerned are touched first, so a refund reversing a
        commission at the same moment serializes with the settlement."""
        from odoo.addons.mall_after_sale.const import OPEN_STATES

        self.env.flush_all()
        settled = 0
        companies = self.env["res.company"].sudo().search([])
        now = fields.Datetime.now()
        for company in companies:
            cutoff = fields.Datetime.subtract(now, days=company.mall_dist_settle_days)
            args = {"company": company.id, "uid": self.env.uid, "now": now}
            due = SQL(
                """
                SELECT l.promoter_id, l.level, l.order_id
                  FROM mall_commission_line l
                  JOIN sale_order so ON so.id = l.order_id
                 WHERE l.company_id = %(company)s AND l.order_id IS NOT NULL
                   AND so.mall_received_at <= %(cutoff)s
                   AND NOT EXISTS (SELECT 1 FROM mall_after_sale r
                                    WHERE r.order_id = so.id AND r.state IN %(open)s)
                   AND NOT EXISTS (SELECT 1 FROM mall_commission_line s
                                    WHERE s.kind = 'settleable' AND s.order_id = l.order_id
                                      AND s.promoter_id = l.promoter_id AND s.level = l.level)
              GROUP BY l.promoter_id, l.level, l.order_id
                HAVING SUM(l.pending_delta) > 0
                """,
                company=company.id,
                cutoff=cutoff,
                open=OPEN_STATES,
            )
            self.env.cr.execute(
                SQL(
                    """UPDATE mall_promoter SET write_date = write_date
                        WHERE id IN (SELECT promoter_id FROM (%(due)s) d)""",
                    due=due,
                ),
                log_exceptions=False,
            )
            self.env.cr.execute(
                SQL(
                    """
                INSERT INTO mall_commission_line
                       (name, promoter_id, partner_id, company_id, currency_id, kind, level,
                        order_id, buyer_id, amount, commission_amount, base_amount,
                        pending_delta, settleable_delta, withdrawn_delta, key,
                        create_uid, create_date, write_uid, write_date)
                SELECT '订单 ' || so.name || ' 佣金可提现', d.promoter_id, p.partner_id,
                       %(company)s, c.currency_id, 'settleable', d.level, d.order_id,
                       so.partner_id, t.pending, 0, 0, -t.pending, t.pending, 0,
                       'settle:' || d.order_id || ':' || d.promoter_id || ':' || d.level,
                       %(uid)s, %(now)s, %(uid)s, %(now)s
                  FROM (%(due)s) d
                  JOIN sale_order so ON so.id = d.order_id
                  JOIN mall_promoter p ON p.id = d.promoter_id
                  JOIN res_company c ON c.id = %(company)s
                  JOIN LATERAL (SELECT SUM(x.pending_delta) AS pending
                                  FROM mall_commission_line x
                                 WHERE x.order_id = d.order_id AND x.promoter_id = d.promoter_id
                                   AND x.level = d.level) t ON TRUE
                ON CONFLICT DO NOTHING
                RETURNING id
                    """,
                    due=due,
                    **args,
                ),
                log_exceptions=False,
            )
            settled += len(self.env.cr.fetchall())
        self.invalidate_model()
        self.env["mall.promoter"].invalidate_model()
        return settled

    # ------------------------------------------------------------------
    # The member's view
    # ------------------------------------------------------------------

    @api.model
    def _mall_member_domain(self, promoter):
        return [("promoter_id", "=", promoter.id)]
