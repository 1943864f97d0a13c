from odoo import fields, models
from odoo.addons.mall_base.locking import lock_rows
from odoo.tools import float_round


class SaleOrder(models.Model):
    _inherit = "sale.order"

    mall_growth_done = fields.Boolean(
        string="Growth Value Given",
        copy=False,
        readonly=True,
        help="The payment of this mall order has added to the member's growth value (once).",
    )
    mall_growth_added = fields.Integer(
        string="Growth Value Added",
        copy=False,
        readonly=True,
        help="What the payment of this order added to the member's growth value.",
    )
    mall_growth_value = fields.Integer(
        string="Growth Value Counted",
        copy=False,
        readonly=True,
        help="What this order still counts in the member's growth value (refunds take "
        "their share back).",
    )

    # ------------------------------------------------------------ growth

    def action_confirm(self):
        res = super().action_confirm()
        self.filtered("mall_order")._mall_add_growth()
        return res

    def _mall_add_growth(self):
        """The member's growth value grows with what a mall order paid, once
        per order: a guarded statement marks the order, so a payment notify
        processed twice (or in parallel) adds nothing the second time. Then
        the member's level follows (upwards)."""
        self.flush_recordset()
        for order in self:
            growth = order.company_id._mall_growth_for(order.amount_total)
            self.env.cr.execute(
                "UPDATE sale_order SET mall_growth_done = TRUE, mall_growth_added = %s,"
                " mall_growth_value = %s WHERE id = %s AND mall_growth_done IS NOT TRUE"
                " RETURNING id",
                [growth, growth, order.id],
            )
            if not self.env.cr.fetchone():
                continue
            order.invalidate_recordset(
                ["mall_growth_done", "mall_growth_added", "mall_growth_value"]
            )
            member = order.partner_id
            if growth:
                member._mall_add_growth(growth)
            member._mall_sync_level(
                order.company_id,
                reason=self.env._("Paid order %s.", order.name),
            )

    def _mall_take_back_growth(self):
        """A refund takes back the share of the order's growth value it
        refunds (of the amount paid: all of it once everything is refunded),
        never below 0. The level stays: only the yearly review lowers it.
        Counted from the order's refunded total, so a refund processed twice
        takes nothing more."""
        self.ensure_one()
        if not self.mall_growth_done or not self.mall_growth_added:
            return 0
        # parallel refunds of one order count one after the other
        lock_rows(self, touch=True)
        self.invalidate_recordset(["mall_growth_value"])
        currency = self.currency_id
        paid = self.amount_total
        refunded = sum(
            self.mall_after_sale_ids.filtered(lambda r: r.state == "refunded").mapped(
                "refunded_amount"
            )
        )
        if currency.compare_amounts(refunded, paid) >= 0 or currency.is_zero(paid):
            keep = 0
        else:
            share = self.mall_growth_added * refunded / paid
            keep = self.mall_growth_added - int(float_round(share, precision_digits=0))
        taken = self.mall_growth_value - keep
        if taken <= 0:
            return 0
        self.env.cr.execute(
            "UPDATE sale_order SET mall_growth_value = %s WHERE id = %s", [keep, self.id]
        )
        self.invalidate_recordset(["mall_growth_value"])
        growth = self.partner_id._mall_add_growth(-taken)
        self.message_post(
            body=self.env._(
                "Refund: %(taken)s growth value taken back from the member (now %(growth)s).",
                taken=taken,
                growth=growth,
            )
        )
        return taken

    # ------------------------------------------------------------ shipping

    def _mall_set_shipping(self):
        """Free shipping of the member's level: goods (after discounts) worth
        the level's amount ship free (the shipping method stays, at 0)."""
        res = super()._mall_set_shipping()
        delivery = self.order_line.filtered("is_delivery")
        if not delivery or self.currency_id.is_zero(sum(delivery.mapped("price_total"))):
            return res
        level = self.partner_id._mall_level(self.company_id)
        goods = sum(
            self.order_line.filtered(
                lambda line: not line.is_delivery and not line.display_type
            ).mapped("price_total")
        )
        if level and level._mall_free_shipping_for(goods):
            self.set_delivery_line(self.carrier_id, 0.0)
        return res
