from odoo import api, fields, models
from odoo.tools import SQL


class MallPointsAccount(models.Model):
    """A member's points balance in one company: the sum of the member's
    posted ledger lines there, kept in one row so that every change is one
    guarded statement (see ``mall.points.line._mall_post``)."""

    _name = "mall.points.account"
    _description = "Mall Points Account"
    _rec_name = "partner_id"
    _order = "id desc"

    partner_id = fields.Many2one(
        "res.partner",
        string="Member",
        required=True,
        readonly=True,
        index=True,
        ondelete="restrict",
    )
    company_id = fields.Many2one("res.company", required=True, readonly=True, index=True)
    balance = fields.Integer(readonly=True, help="Points the member can spend now.")

    _sql_constraints = [
        (
            "partner_company_uniq",
            "unique (partner_id, company_id)",
            "A member has one points account per company.",
        ),
        ("balance_not_negative", "CHECK (balance >= 0)", "A points balance cannot be negative."),
    ]

    @api.model
    def _mall_balance(self, partner, company):
        """The member's balance in ``company`` (0 without an account), read
        without creating anything."""
        self.env.cr.execute(
            "SELECT balance FROM mall_points_account WHERE partner_id = %s AND company_id = %s",
            [partner.id, company.id],
        )
        row = self.env.cr.fetchone()
        return row[0] if row else 0

    @api.model
    def _mall_account_id(self, partner, company):
        """The id of the member's account in ``company``, created on first use
        (a parallel creation ends in a serialization failure, re-run by Odoo)."""
        self.env.cr.execute(
            SQL(
                """
                INSERT INTO mall_points_account
                       (partner_id, company_id, balance,
                        create_uid, create_date, write_uid, write_date)
                VALUES (%(partner)s, %(company)s, 0, %(uid)s, %(now)s, %(uid)s, %(now)s)
                ON CONFLICT (partner_id, company_id) DO NOTHING
                RETURNING id
                """,
                partner=partner.id,
                company=company.id,
                uid=self.env.uid,
                now=fields.Datetime.now(),
            )
        )
        row = self.env.cr.fetchone()
        if row:
            return row[0]
        self.env.cr.execute(
            "SELECT id FROM mall_points_account WHERE partner_id = %s AND company_id = %s",
            [partner.id, company.id],
        )
        return self.env.cr.fetchone()[0]

    @api.model
    def _mall_move(self, account_id, points, partial=False):
        """Move the balance of account ``account_id`` by ``points`` in one
        guarded statement: never below zero. Returns the points actually
        moved: ``points``, or with ``partial`` (a negative ``points``) what the
        balance allowed; ``None`` when refused.

        Under Odoo's REPEATABLE READ transactions, a parallel change of the
        same account makes this statement fail to serialize: Odoo re-runs
        the request on a snapshot that sees the other change."""
        self.env.cr.execute(
            SQL(
                """
                UPDATE mall_points_account a
                   SET balance = a.balance + GREATEST(%(n)s, -old.balance),
                       write_uid = %(uid)s, write_date = %(now)s
                  FROM (SELECT id, balance FROM mall_points_account
                         WHERE id = %(id)s FOR NO KEY UPDATE) old
                 WHERE a.id = old.id AND (old.balance + %(n)s >= 0 OR %(partial)s)
             RETURNING a.balance - old.balance
                """,
                n=int(points),
                id=account_id,
                partial=bool(partial),
                uid=self.env.uid,
                now=fields.Datetime.now(),
            ),
            log_exceptions=False,
        )
        row = self.env.cr.fetchone()
        self.browse(account_id).invalidate_recordset(["balance"])
        return row[0] if row else None
