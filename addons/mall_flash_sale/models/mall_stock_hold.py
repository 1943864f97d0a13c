from odoo import api, models


class MallStockHold(models.Model):
    _inherit = "mall.stock.hold"

    @api.model
    def _free_quantities(self, product_ids, company, cr=None):
        """What flash sales keep is not free for normal sales: the allotment not
        paid yet of a scheduled or running sale, the units waiting for payment
        of an ended one (paid units are in their delivery already)."""
        free = super()._free_quantities(product_ids, company, cr=cr)
        if not product_ids:
            return free
        reserved = self.env["mall.flash.sale"]._reserved_quantities(product_ids, cr or self.env.cr)
        return {pid: qty - reserved.get(pid, 0.0) for pid, qty in free.items()}
