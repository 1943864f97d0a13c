from odoo import fields, models


class SaleOrderLine(models.Model):
    _inherit = "sale.order.line"

    mall_review_ids = fields.One2many(
        "mall.review", "order_line_id", string="Reviews", readonly=True
    )

    def _mall_review_statuses(self):
        """``to_review`` on a received order's line without a review;
        ``can_follow_up`` once reviewed (the review neither followed up nor
        hidden); ``reviewed`` after that. One query for the lines."""
        result = super()._mall_review_statuses()
        reviews = self.env["mall.review"].search(
            [("order_line_id", "in", self.ids), ("parent_id", "=", False)]
        )
        by_line = {review.order_line_id.id: review for review in reviews}
        for line in self:
            review = by_line.get(line.id)
            if review:
                done = review.child_ids or review.state == "hidden"
                result[line.id] = ("reviewed" if done else "can_follow_up", review.id)
            elif line.order_id.mall_shopper_state == "done":
                result[line.id] = ("to_review", None)
        return result
