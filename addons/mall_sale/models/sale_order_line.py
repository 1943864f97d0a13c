from odoo import api, models


class SaleOrderLine(models.Model):
    _inherit = "sale.order.line"

    @api.model
    def _mall_product_line_domain(self):
        """The domain of the goods lines of orders (what
        ``sale.order._mall_product_lines`` keeps): no section or note, no
        shipping, no discount. Addons adding lines of their own (points)
        extend both."""
        return [
            ("display_type", "=", False),
            ("is_delivery", "=", False),
            ("reward_id", "=", False),
        ]

    def _mall_refundable_quantities(self):
        """``{line id: units an after-sales request may still ask for}`` of
        these product lines, shown on the order's lines in the API. Nothing
        here: an after-sales addon says what is refundable."""
        return dict.fromkeys(self.ids, 0)

    def _mall_review_statuses(self):
        """``{line id: (review status, review id)}`` of these product lines,
        shown on the order's lines in the API: ``to_review``,
        ``can_follow_up`` or ``reviewed`` (lines left out: nothing to do).
        Nothing here: a reviews addon says what may be reviewed."""
        return {}
