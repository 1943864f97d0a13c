from odoo import fields, models
from odoo.addons.mall_base.locking import lock_rows


class SaleOrder(models.Model):
    _inherit = "sale.order"

    mall_commission_line_ids = fields.One2many(
        "mall.commission.line", "order_id", string="Commissions", readonly=True
    )

    # ------------------------------------------------------------------
    # Computing
    # ------------------------------------------------------------------

    def _mall_dist_chain(self):
        """``[(level, promoter)]`` paid on this order: the buyer's promoter
        (level 1) and that promoter's own promoter (level 2), each while its
        binding holds and if approved. Never more than two levels."""
        self.ensure_one()
        Promoter = self.env["mall.promoter"]
        when = self.date_order or fields.Datetime.now()
        chain = []
        member = self.partner_id
        for level in (1, 2):
            parent = member._mall_dist_bound_parent(when)
            if not parent:
                break
            promoter = Promoter._mall_get(parent, self.company_id)
            if promoter.state == "approved" and parent != self.partner_id:
                chain.append((level, promoter))
            member = parent
        return chain

    def _mall_dist_value(self, level, quantities):
        """The commission of ``level`` on the goods ``quantities`` (``{line:
        qty}``) at today's rates, on what was paid for them (discounts and
        points shared out, without shipping)."""
        self.ensure_one()
        total = 0.0
        for line, qty in quantities.items():
            if qty <= 0:
                continue
            rate = line.product_id.product_tmpl_id._mall_dist_rate(level, self.company_id)
            total += line._mall_paid_amount(qty) * rate / 100.0
        return total

    def _mall_dist_all_goods(self):
        return {line: line.product_uom_qty for line in self._mall_product_lines()}

    def _mall_dist_refunded_goods(self):
        refunded = self.mall_after_sale_ids.filtered(lambda r: r.state == "refunded")
        quantities = {}
        for line in refunded.line_ids:
            quantities[line.order_line_id] = quantities.get(line.order_line_id, 0) + line.qty
        return quantities

    # ------------------------------------------------------------------
    # Earning when paid
    # ------------------------------------------------------------------

    def action_confirm(self):
        res = super().action_confirm()
        for order in self.filtered("mall_order"):
            order._mall_dist_earn()
        return res

    def _mall_dist_earn(self):
        """Pending commissions of this paid order, once per level (keyed)."""
        self.ensure_one()
        Line = self.env["mall.commission.line"]
        goods = self._mall_dist_all_goods()
        base = self.currency_id.round(sum(line._mall_paid_amount(q) for line, q in goods.items()))
        lines = Line
        for level, promoter in self._mall_dist_chain():
            amount = self.currency_id.round(self._mall_dist_value(level, goods))
            if amount <= 0:
                continue
            lines |= Line._mall_post(
                promoter,
                "pending",
                f"order:{self.id}:{level}",
                f"订单 {self.name} {'一' if level == 1 else '二'}级佣金",
                level=str(level),
                order_id=self.id,
                buyer_id=self.partner_id.id,
                base_amount=base,
                amount=amount,
                commission_amount=amount,
                pending_delta=amount,
            )
        return lines

    # ------------------------------------------------------------------
    # Taking back
    # ------------------------------------------------------------------

    def _mall_dist_take_back(self, key, request=None, everything=False):
        """Take back the refunded share of each commission of this order:
        ``earned × value of the refunded goods / value of all goods``
        (cumulative over the order's refunded requests; all of it when
        ``everything`` or the order is fully refunded), less what was already
        taken. Before settlement it leaves the pending balance (*reversed*);
        after, the withdrawable one (*clawback*), even below zero."""
        self.ensure_one()
        Line = self.env["mall.commission.line"].sudo()
        earned_lines = Line.search([("order_id", "=", self.id), ("kind", "=", "pending")])
        if not earned_lines:
            return Line
        currency = self.currency_id
        full = everything or self._mall_is_fully_refunded()
        goods = self._mall_dist_all_goods()
        refunded = self._mall_dist_refunded_goods()
        posted = Line
        for earned in earned_lines:
            # one after the other with the settlement and other refunds
            lock_rows(earned.promoter_id, touch=True)
            level = int(earned.level)
            if full:
                target = earned.commission_amount
            else:
                value = self._mall_dist_value(level, goods)
                share = self._mall_dist_value(level, refunded) / value if value else 0.0
                target = currency.round(earned.commission_amount * min(share, 1.0))
            lines = Line.search(
                [
                    ("order_id", "=", self.id),
                    ("promoter_id", "=", earned.promoter_id.id),
                    ("level", "=", earned.level),
                ]
            )
            taken = -sum(
                lines.filtered(lambda x: x.kind in ("reversed", "clawback")).mapped("amount")
            )
            amount = currency.round(target - taken)
            if currency.compare_amounts(amount, 0.0) <= 0:
                continue
            settled = lines.filtered(lambda x: x.kind == "settleable")
            level_name = "一" if level == 1 else "二"
            values = {
                "level": earned.level,
                "order_id": self.id,
                "buyer_id": self.partner_id.id,
                "after_sale_id": request.id if request else False,
                "amount": -amount,
            }
            if settled:
                posted |= Line._mall_post(
                    earned.promoter_id,
                    "clawback",
                    f"{key}:{earned.promoter_id.id}:{level}",
                    f"订单 {self.name} 售后退款，扣回已结算{level_name}级佣金",
                    settleable_delta=-amount,
                    **values,
                )
            else:
                pending = sum(lines.mapped("pending_delta"))
                amount = min(amount, currency.round(pending))
                if amount <= 0:
                    continue
                values["amount"] = -amount
                posted |= Line._mall_post(
                    earned.promoter_id,
                    "reversed",
                    f"{key}:{earned.promoter_id.id}:{level}",
                    f"订单 {self.name} 退款，冲减{level_name}级佣金",
                    pending_delta=-amount,
                    **values,
                )
        return posted

    def _action_cancel(self):
        res = super()._action_cancel()
        for order in self.filtered("mall_order"):
            order._mall_dist_take_back(f"cancel:{order.id}", everything=True)
        return res
