from odoo import api, fields, models


class SaleOrder(models.Model):
    _inherit = "sale.order"

    mall_supplier_ids = fields.Many2many(
        "res.partner",
        string="Suppliers",
        compute="_compute_mall_supplier_ids",
        search="_search_mall_supplier_ids",
        groups="base.group_user",
    )

    @api.depends("order_line.mall_supplier_id")
    def _compute_mall_supplier_ids(self):
        for order in self:
            order.mall_supplier_ids = order.order_line.mall_supplier_id

    def _search_mall_supplier_ids(self, operator, value):
        return [("order_line.mall_supplier_id", operator, value)]

    def action_confirm(self):
        # lock suppliers and settlement prices before procurement runs, so
        # that dropship purchase orders go to them at those prices
        # action_confirm has many callers; the locked line fields are employees' only
        self.order_line.sudo()._mall_lock_settlement()
        res = super().action_confirm()
        self._mall_confirm_supplier_orders()
        return res

    def _mall_confirm_supplier_orders(self):
        """Send the dropship purchase orders of mall lines to their suppliers."""
        purchases = (
            # the salesperson confirming the sale need not have purchase rights
            self.sudo()
            ._get_purchase_orders()
            .filtered(
                lambda po: po.state in ("draft", "sent")
                and po.partner_id.mall_is_supplier
                and all(line.sale_line_id.order_id in self for line in po.order_line)
            )
        )
        purchases.button_confirm()
