from odoo import fields, models, tools
from odoo.tools import SQL


class MallCoinReport(models.Model):
    """One row per ledger line, its coins in the column of what it did:
    finance sums them per day (pivot, graph, export)."""

    _name = "mall.coin.report"
    _description = "Activity Coins per Day"
    _auto = False
    _order = "date desc"

    date = fields.Datetime(readonly=True)
    partner_id = fields.Many2one("res.partner", string="Member", readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    kind = fields.Selection(
        selection=lambda self: self.env["mall.coin.line"]._fields["kind"].selection, readonly=True
    )
    source = fields.Selection(
        selection=lambda self: self.env["mall.coin.line"]._fields["source"].selection,
        readonly=True,
    )
    issued = fields.Integer(readonly=True, help="Coins earned (orders, lottery wins, adjustments).")
    spent = fields.Integer(readonly=True, help="Coins spent (and taken off by operators).")
    expired = fields.Integer(readonly=True)
    given_back = fields.Integer(readonly=True, help="Coins of cancelled spends given back.")
    taken_back = fields.Integer(readonly=True, help="Coins taken back after refunds.")
    unrecovered = fields.Integer(
        string="Not Taken Back", readonly=True, help="Coins a refund could not take back."
    )
    net = fields.Integer(string="Net Change", readonly=True)

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            SQL(
                """
                CREATE VIEW %s AS (
                    SELECT l.id, l.date, l.partner_id, l.company_id, l.kind, l.source,
                           CASE WHEN l.kind IN ('earn', 'adjust') AND l.coins > 0
                                THEN l.coins ELSE 0 END AS issued,
                           CASE WHEN l.kind IN ('spend', 'adjust') AND l.coins < 0
                                THEN -l.coins ELSE 0 END AS spent,
                           CASE WHEN l.kind = 'expire' THEN -l.coins ELSE 0 END AS expired,
                           CASE WHEN l.kind = 'give_back' THEN l.coins ELSE 0 END AS given_back,
                           CASE WHEN l.kind = 'reverse' THEN -l.coins ELSE 0 END AS taken_back,
                           l.unrecovered,
                           l.coins AS net
                      FROM mall_coin_line l
                )
                """,
                SQL.identifier(self._table),
            )
        )
