from odoo import models


class MallAfterSale(models.Model):
    _inherit = "mall.after.sale"

    def _on_refunded(self):
        """The money is back with the shopper: so is the share of the
        member's growth value the refund pays back."""
        res = super()._on_refunded()
        # whoever processes the refund (a reviewer, the notify): the order's
        # growth value and the member's are written by the code only
        self.order_id.sudo()._mall_take_back_growth()
        return res

    def _job_after_refund(self):
        """Also the points of the order: given back and taken back in
        proportion (once per request)."""
        res = super()._job_after_refund()
        # a queue job: it runs as whoever enqueued it (see super)
        request = self.sudo()
        if request.state == "refunded":
            request.order_id._mall_points_after_refund(request)
        return res
