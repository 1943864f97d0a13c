from odoo import fields, models, tools


class MallClerkRanking(models.Model):
    """Clerks ranked by the GMV of the paid orders of their members (then by
    new members), per company."""

    _name = "mall.clerk.ranking"
    _description = "Clerk Ranking"
    _auto = False
    _order = "rank, clerk_id"
    _rec_name = "clerk_id"

    rank = fields.Integer(readonly=True)
    clerk_id = fields.Many2one("mall.clerk", readonly=True)
    store_id = fields.Many2one("mall.store", readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    new_members = fields.Integer(readonly=True, aggregator="sum")
    first_orders = fields.Integer(readonly=True, aggregator="sum")
    orders = fields.Integer(readonly=True, aggregator="sum")
    gmv = fields.Float(string="GMV", readonly=True, aggregator="sum", digits=(16, 2))

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            f"""
            CREATE VIEW {self._table} AS (
                SELECT c.id AS id, c.id AS clerk_id, c.store_id, c.company_id,
                       RANK() OVER (PARTITION BY c.company_id
                                    ORDER BY COALESCE(SUM(r.gmv), 0) DESC,
                                             COALESCE(SUM(r.new_members), 0) DESC) AS rank,
                       COALESCE(SUM(r.new_members), 0) AS new_members,
                       COALESCE(SUM(r.first_orders), 0) AS first_orders,
                       COALESCE(SUM(r.orders), 0) AS orders,
                       COALESCE(SUM(r.gmv), 0.0) AS gmv
                  FROM mall_clerk c
                  LEFT JOIN mall_attribution_report r ON r.clerk_id = c.id
                 WHERE c.active
                 GROUP BY c.id, c.store_id, c.company_id
            )"""  # noqa: S608
        )
