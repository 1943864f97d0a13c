from odoo import api, fields, models
from odoo.tools import SQL


class MallCoinAccount(models.Model):
    """A member's activity coins in one company: the *ledger balance*, the sum
    of the member's ledger lines there (``balance_after`` of the last one),
    kept in one row so that every line's balance after is exact under
    parallel changes. What the member can spend is
    ``mall.coin.line._mall_balance`` (the same minus coins past their expiry
    that the expiry job has not written off yet)."""

    _name = "mall.coin.account"
    _description = "Activity Coins Account"
    _rec_name = "partner_id"
    _order = "id desc"

    partner_id = fields.Many2one(
        "res.partner", string="Member", required=True, readonly=True, ondelete="restrict"
    )
    company_id = fields.Many2one("res.company", required=True, readonly=True, index=True)
    balance = fields.Integer(
        string="Ledger Balance", readonly=True, help="The sum of the member's ledger lines."
    )

    _sql_constraints = [
        (
            "partner_company_uniq",
            "unique (partner_id, company_id)",
            "A member has one activity coins account per company.",
        ),
        (
            "balance_not_negative",
            "CHECK (balance >= 0)",
            "An activity coins balance cannot be negative.",
        ),
    ]

    @api.model
    def _mall_account_id(self, partner, company):
        """The id of the member's account in ``company``, created on first use
        (a parallel creation ends in a serialization failure, re-run by Odoo)."""
        self.env.cr.execute(
            SQL(
                """
                INSERT INTO mall_coin_account
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
            "SELECT id FROM mall_coin_account WHERE partner_id = %s AND company_id = %s",
            [partner.id, company.id],
        )
        return self.env.cr.fetchone()[0]

    @api.model
    def _mall_move(self, account_id, coins):
        """Move the ledger balance of account ``account_id`` by ``coins`` in one
        guarded statement (never below zero). Returns the balance after, or
        ``None`` when refused."""
        self.env.cr.execute(
            SQL(
                """
                UPDATE mall_coin_account
                   SET balance = balance + %(n)s, write_uid = %(uid)s, write_date = %(now)s
                 WHERE id = %(id)s AND balance + %(n)s >= 0
             RETURNING balance
                """,
                n=int(coins),
                id=account_id,
                uid=self.env.uid,
                now=fields.Datetime.now(),
            ),
            log_exceptions=False,
        )
        row = self.env.cr.fetchone()
        self.browse(account_id).invalidate_recordset(["balance"])
        return row[0] if row else None
