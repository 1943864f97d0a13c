from odoo import fields, models, tools
from odoo.tools import SQL


class MallCouponReport(models.Model):
    """One row per member coupon (``loyalty.card`` of a mall coupon): the
    pivot sums them per coupon. Used: paid with (loyalty took its point) or
    on an order waiting for payment; discount and GMV: of paid orders only."""

    _name = "mall.coupon.report"
    _description = "Coupon Statistics"
    _auto = False
    _rec_name = "coupon_id"

    coupon_id = fields.Many2one("mall.coupon", string="Coupon", readonly=True)
    card_id = fields.Many2one("loyalty.card", string="Member Coupon", readonly=True)
    partner_id = fields.Many2one("res.partner", string="Member", readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    currency_id = fields.Many2one("res.currency", readonly=True)
    kind = fields.Selection(related="coupon_id.kind", readonly=True)
    issue_date = fields.Date(string="Issued On", readonly=True)
    issued = fields.Integer(readonly=True)
    claimed = fields.Integer(readonly=True)
    used = fields.Integer(readonly=True)
    expired = fields.Integer(readonly=True)
    discount = fields.Monetary(string="Discount Given", readonly=True)
    gmv = fields.Monetary(string="GMV of Orders", readonly=True)

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            SQL(
                """
            CREATE VIEW %s AS (
                WITH paid AS (
                    SELECT line.coupon_id AS card_id,
                           -SUM(line.price_total) AS discount
                      FROM sale_order_line line
                      JOIN sale_order so ON so.id = line.order_id
                     WHERE line.coupon_id IS NOT NULL AND so.state = 'sale'
                     GROUP BY line.coupon_id
                ), gmv AS (
                    SELECT card_id, SUM(amount_total) AS gmv FROM (
                        SELECT DISTINCT line.coupon_id AS card_id, so.id, so.amount_total
                          FROM sale_order_line line
                          JOIN sale_order so ON so.id = line.order_id
                         WHERE line.coupon_id IS NOT NULL AND so.state = 'sale'
                    ) orders GROUP BY card_id
                ), pending AS (
                    SELECT DISTINCT line.coupon_id AS card_id
                      FROM sale_order_line line
                      JOIN sale_order so ON so.id = line.order_id
                     WHERE line.coupon_id IS NOT NULL AND so.state IN ('draft', 'sent')
                )
                SELECT card.id AS id,
                       card.id AS card_id,
                       card.mall_coupon_id AS coupon_id,
                       card.partner_id AS partner_id,
                       coupon.company_id AS company_id,
                       company.currency_id AS currency_id,
                       card.create_date::date AS issue_date,
                       1 AS issued,
                       CASE WHEN card.mall_source = 'claim'
                              OR (card.mall_source = 'code' AND card.partner_id IS NOT NULL)
                            THEN 1 ELSE 0 END AS claimed,
                       CASE WHEN card.points < 1 OR pending.card_id IS NOT NULL
                            THEN 1 ELSE 0 END AS used,
                       CASE WHEN card.points >= 1 AND pending.card_id IS NULL
                                 AND card.expiration_date < CURRENT_DATE
                            THEN 1 ELSE 0 END AS expired,
                       COALESCE(paid.discount, 0) AS discount,
                       COALESCE(gmv.gmv, 0) AS gmv
                  FROM loyalty_card card
                  JOIN mall_coupon coupon ON coupon.id = card.mall_coupon_id
                  JOIN res_company company ON company.id = coupon.company_id
             LEFT JOIN paid ON paid.card_id = card.id
             LEFT JOIN gmv ON gmv.card_id = card.id
             LEFT JOIN pending ON pending.card_id = card.id
            )
            """,
                SQL.identifier(self._table),
            )
        )
