from odoo import fields, models

from ..const import RELEASED_STATES


class SaleOrderLine(models.Model):
    _inherit = "sale.order.line"

    mall_after_sale_line_ids = fields.One2many(
        "mall.after.sale.line", "order_line_id", string="After-sales Lines", readonly=True
    )

    def _mall_is_dropship(self):
        """Shipped by the supplier (a dropship transfer, or a dropship product).
        Called as superuser (the storefront API, a stored compute)."""
        self.ensure_one()
        moves = self.move_ids.filtered(lambda m: m.state != "cancel")
        if moves:
            return any(m.picking_type_id.code == "dropship" for m in moves)
        return self.product_id.product_tmpl_id.mall_fulfillment == "dropship" and bool(
            self.mall_supplier_id
        )

    def _mall_after_sale_requested_qty(self, exclude=None):
        """Quantity of this line in after-sales requests that still count
        (neither rejected nor cancelled). Call under the order's lock, as
        superuser (the storefront API does)."""
        self.ensure_one()
        lines = self.mall_after_sale_line_ids.filtered(
            lambda x: x.request_id.state not in RELEASED_STATES
        )
        if exclude:
            lines = lines.filtered(lambda x: x.request_id not in exclude)
        return sum(lines.mapped("qty"))

    def _mall_refundable_qty(self):
        """Paid quantity not yet in an after-sales request."""
        self.ensure_one()
        return int(self.product_uom_qty) - self._mall_after_sale_requested_qty()

    def _mall_refundable_quantities(self):
        """Units still refundable per line, as ``POST /after-sales`` counts
        them: none on an order that was not paid or takes no request yet."""
        result = super()._mall_refundable_quantities()
        paid = {
            order: order._mall_after_sale_is_paid() and not order._mall_after_sale_refusal()
            for order in self.order_id
        }
        for line in self:
            if paid[line.order_id]:
                result[line.id] = max(line._mall_refundable_qty(), 0)
        return result

    def _mall_paid_amount(self, qty):
        """What the shopper paid for ``qty`` of this line: the line's total per
        unit, with the order's discounts (``_mall_discount_lines``: coupons,
        promotions, points) shared out in proportion."""
        self.ensure_one()
        order = self.order_id
        currency = order.currency_id
        goods = order._mall_product_lines()
        goods_total = sum(goods.mapped("price_total"))
        discount = sum(order._mall_discount_lines().mapped("price_total"))
        if not goods_total or not self.product_uom_qty:
            return 0.0
        share = self.price_total * (1 + discount / goods_total)
        return currency.round(max(share, 0.0) * qty / self.product_uom_qty)
