from odoo import models


class MallStockHold(models.Model):
    _inherit = "mall.stock.hold"

    def _free_quantities(self, product_ids, company, cr=None):
        """The units a lottery still offers are not for normal sale: free
        stock minus, per product, the quantity of its running lotteries not
        yet ordered by a winner (ordered units are held by their order, paid
        ones are on their delivery). A winner's order itself
        (context ``mall_lottery_order``) sees the whole free stock."""
        free = super()._free_quantities(product_ids, company, cr=cr)
        if not product_ids or self.env.context.get("mall_lottery_order"):
            return free
        cr = cr or self.env.cr
        cr.execute(
            """SELECT l.product_id, SUM(l.quantity - COALESCE(taken.qty, 0))
                 FROM mall_lottery l
            LEFT JOIN (SELECT lottery_id, COUNT(*) AS qty FROM mall_lottery_registration
                        WHERE qualification IN ('ordered', 'used') GROUP BY lottery_id) taken
                   ON taken.lottery_id = l.id
                WHERE l.product_id = ANY(%s) AND l.company_id = %s AND l.active
                  AND l.state NOT IN ('draft', 'closed')
             GROUP BY l.product_id""",
            [list(product_ids), company.id],
        )
        for product_id, reserved in cr.fetchall():
            if product_id in free:
                free[product_id] -= max(reserved, 0)
        return free
