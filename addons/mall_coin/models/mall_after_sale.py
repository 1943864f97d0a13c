from odoo import models


class MallAfterSale(models.Model):
    _inherit = "mall.after.sale"

    def _on_refunded(self):
        """The money is back with the shopper: once every qualifying product of
        the order is refunded, its activity coin is taken back (in the
        transaction that records the refund)."""
        res = super()._on_refunded()
        # whoever processes the refund (a reviewer, the notify): the coins
        # ledger is written by code only
        order = self.order_id.sudo()
        if order._mall_coin_fully_refunded():
            order._mall_coin_take_back()
        return res
