from odoo import fields, models


class MallReviewHide(models.TransientModel):
    _name = "mall.review.hide"
    _description = "Hide Reviews"

    review_ids = fields.Many2many("mall.review", string="Reviews", required=True)
    reason = fields.Text(
        required=True, help="Why the review is hidden (kept on the review, shown to its author)."
    )

    def action_hide(self):
        self.ensure_one()
        self.review_ids._mall_hide(self.reason)
        return {"type": "ir.actions.act_window_close"}
