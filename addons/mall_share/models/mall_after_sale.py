from odoo import models


class MallAfterSale(models.Model):
    _inherit = "mall.after.sale"

    def _job_after_refund(self):
        """Also the referral rewards: the first order that gave them refunded
        in full takes them back (once)."""
        res = super()._job_after_refund()
        # a queue job: it runs as whoever enqueued it (see super); the rewards
        # are the rule's
        request = self.sudo()
        if request.state == "refunded":
            self.env["mall.share.invite"].sudo()._mall_on_refunded(request)
        return res
