from odoo import models


class MallAfterSale(models.Model):
    _inherit = "mall.after.sale"

    def _job_after_refund(self):
        """Also the commissions of the order: reversed (before settlement) or
        clawed back (after) in proportion to the refunded goods, once per
        request."""
        res = super()._job_after_refund()
        # a queue job: it runs as whoever enqueued it; the ledger is written by code
        request = self.sudo()
        if request.state == "refunded":
            request.order_id._mall_dist_take_back(f"refund:{request.id}", request=request)
        return res
