from odoo import models


class MallAfterSale(models.Model):
    _inherit = "mall.after.sale"

    def _job_after_refund(self):
        """Also the points of the order: given back and taken back in
        proportion (once per request)."""
        res = super()._job_after_refund()
        # a queue job: it runs as whoever enqueued it (see super)
        request = self.sudo()
        if request.state == "refunded":
            request.order_id._mall_points_after_refund(request)
        return res
