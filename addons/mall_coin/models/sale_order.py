from odoo import fields, models


class SaleOrder(models.Model):
    _inherit = "sale.order"

    mall_coin_line_ids = fields.One2many(
        "mall.coin.line", "order_id", string="Activity Coins", readonly=True
    )

    def _mall_coin_lines(self):
        """The goods lines that make the order earn a coin."""
        self.ensure_one()
        lines = self._mall_product_lines()
        if self.company_id.mall_coin_all_products:
            return lines
        return lines.filtered(lambda line: line.product_id.product_tmpl_id.mall_coin_qualifying)

    def _mall_coin_earned_line(self):
        self.ensure_one()
        return self.env["mall.coin.line"]._mall_find_key(
            self.partner_id, self.company_id, "earn", f"order:{self.id}"
        )

    def action_confirm(self):
        res = super().action_confirm()
        for order in self.filtered("mall_order"):
            order._mall_coin_earn()
        return res

    def _mall_coin_earn(self):
        """A paid mall order with a qualifying product earns one coin, once
        (keyed by the order: a notify processed twice earns nothing more)."""
        self.ensure_one()
        if not self._mall_coin_lines():
            return self.env["mall.coin.line"]
        return self.env["mall.coin.line"]._mall_earn(
            self.partner_id, 1, "order", company=self.company_id, key=f"order:{self.id}", order=self
        )

    def _mall_coin_take_back(self):
        """Take back the coin this order earned, if it is still there; record
        what could not be taken back. Once per order."""
        self.ensure_one()
        earned = self._mall_coin_earned_line()
        if not earned:
            return self.env["mall.coin.line"]
        return self.env["mall.coin.line"]._mall_take_back(earned, key=f"order:{self.id}")

    def _mall_coin_fully_refunded(self):
        """Every qualifying goods line is wholly in refunded after-sales requests."""
        self.ensure_one()
        refunded = self.mall_after_sale_ids.filtered(lambda r: r.state == "refunded")
        lines = self._mall_coin_lines()
        if not refunded or not lines:
            return False
        for line in lines:
            qty = sum(
                refunded.line_ids.filtered(lambda x, line=line: x.order_line_id == line).mapped(
                    "qty"
                )
            )
            if qty < line.product_uom_qty:
                return False
        return True

    def _action_cancel(self):
        res = super()._action_cancel()
        # a paid order cancelled by an operator loses its coin (unpaid ones earned none)
        for order in self.filtered("mall_order"):
            order._mall_coin_take_back()
        return res
