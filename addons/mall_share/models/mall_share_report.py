from odoo import fields, models, tools

from .mall_share import CHANNELS


class MallShareReport(models.Model):
    """The ranking of sharing members: one row per share with what it
    brought, read by a pivot grouped by member (a SQL view over the opens,
    the invitations and the paid orders)."""

    _name = "mall.share.report"
    _description = "Share Ranking"
    _auto = False
    _order = "orders desc, registrations desc, opens desc"

    share_id = fields.Many2one("mall.share", readonly=True)
    member_id = fields.Many2one("res.partner", string="Member", readonly=True)
    product_tmpl_id = fields.Many2one("product.template", string="Product", readonly=True)
    channel = fields.Selection(CHANNELS, readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    currency_id = fields.Many2one("res.currency", readonly=True)
    create_date = fields.Datetime(string="Shared On", readonly=True)
    opens = fields.Integer(readonly=True)
    registrations = fields.Integer(readonly=True)
    orders = fields.Integer(readonly=True)
    order_amount = fields.Monetary(readonly=True)

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            f"""
            CREATE OR REPLACE VIEW {self._table} AS (
                SELECT s.id, s.id AS share_id, s.member_id, s.product_tmpl_id, s.channel,
                       s.company_id, c.currency_id, s.create_date,
                       COALESCE(o.opens, 0) AS opens,
                       COALESCE(i.registrations, 0) AS registrations,
                       COALESCE(so.orders, 0) AS orders,
                       COALESCE(so.amount, 0) AS order_amount
                  FROM mall_share s
                  JOIN res_company c ON c.id = s.company_id
             LEFT JOIN (SELECT share_id, count(*) AS opens FROM mall_share_open
                         GROUP BY share_id) o ON o.share_id = s.id
             LEFT JOIN (SELECT share_id, count(*) AS registrations FROM mall_share_invite
                         WHERE share_id IS NOT NULL GROUP BY share_id) i ON i.share_id = s.id
             LEFT JOIN (SELECT mall_share_id, count(*) AS orders, sum(amount_total) AS amount
                          FROM sale_order WHERE mall_share_id IS NOT NULL AND state = 'sale'
                         GROUP BY mall_share_id) so ON so.mall_share_id = s.id
            )"""
        )
