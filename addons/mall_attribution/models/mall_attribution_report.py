from odoo import fields, models, tools

from .mall_attribution_log import SOURCES


class MallAttributionReport(models.Model):
    """Growth by store, clerk, source and day: one row per attributed member
    (on the day of attribution) and one per paid mall order (on the day of
    payment, with the store and clerk the order carries)."""

    _name = "mall.attribution.report"
    _description = "Growth Report"
    _auto = False
    _order = "date desc"
    _rec_name = "date"

    date = fields.Datetime(readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    store_id = fields.Many2one("mall.store", readonly=True)
    clerk_id = fields.Many2one("mall.clerk", readonly=True)
    source = fields.Selection(SOURCES, readonly=True)
    partner_id = fields.Many2one("res.partner", string="Member", readonly=True)
    order_id = fields.Many2one("sale.order", string="Order", readonly=True)
    new_members = fields.Integer(readonly=True, aggregator="sum")
    first_orders = fields.Integer(readonly=True, aggregator="sum")
    orders = fields.Integer(readonly=True, aggregator="sum")
    gmv = fields.Float(string="GMV", readonly=True, aggregator="sum", digits=(16, 2))

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            f"""
            CREATE VIEW {self._table} AS (
                SELECT p.id * 2 AS id, p.mall_attr_at AS date, p.company_id,
                       p.mall_store_id AS store_id, p.mall_clerk_id AS clerk_id,
                       p.mall_attr_source AS source, p.id AS partner_id,
                       NULL::integer AS order_id,
                       1 AS new_members, 0 AS first_orders, 0 AS orders, 0.0 AS gmv
                  FROM res_partner p
                 WHERE p.mall_attr_source IS NOT NULL
                UNION ALL
                SELECT o.id * 2 + 1, o.mall_paid_at, o.company_id,
                       o.mall_member_store_id, o.mall_member_clerk_id,
                       p.mall_attr_source, o.partner_id, o.id,
                       0,
                       CASE WHEN ROW_NUMBER() OVER (
                           PARTITION BY o.partner_id ORDER BY o.mall_paid_at, o.id) = 1
                            THEN 1 ELSE 0 END,
                       1, o.amount_total
                  FROM sale_order o
                  JOIN res_partner p ON p.id = o.partner_id
                 WHERE o.mall_order AND o.mall_paid_at IS NOT NULL AND o.state = 'sale'
            )"""  # noqa: S608
        )
