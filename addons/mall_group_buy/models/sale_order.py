from odoo import api, fields, models
from odoo.addons.mall_base.exceptions import MallError
from odoo.exceptions import UserError


class SaleOrder(models.Model):
    _inherit = "sale.order"

    mall_group_member_id = fields.Many2one(
        "mall.group.member",
        string="Group-buy Seat",
        readonly=True,
        copy=False,
        index="btree_not_null",
    )
    mall_group_id = fields.Many2one(
        related="mall_group_member_id.group_id", string="Group Buy", store=True, index=True
    )
    mall_group_state = fields.Selection(related="mall_group_id.state", string="Group Status")
    mall_group_seat_state = fields.Selection(
        related="mall_group_member_id.state", string="Seat Status"
    )

    @api.model
    def _mall_create_placed_order(
        self, member, address, quantities, idempotency_key, expires_at, note
    ):
        """A group order's lines are priced at the offer's group price (on the
        same tax basis as Odoo's pricelist prices; a price set this way is
        kept by Odoo as a manual price)."""
        order = super()._mall_create_placed_order(
            member, address, quantities, idempotency_key, expires_at, note
        )
        prices = self.env.context.get("mall_group_prices")
        if prices:
            for line in order.order_line:
                if line.product_id.id not in prices:
                    continue
                taxes = line.product_id.taxes_id.filtered(
                    lambda tax: tax.company_id == order.company_id
                )
                line.price_unit = line.product_id._get_tax_included_unit_price_from_price(
                    prices[line.product_id.id],
                    product_taxes=taxes,
                    fiscal_position=order.fiscal_position_id,
                )
        return order

    def _mall_apply_promotions(self, coupon_codes):
        # the group price is the offer: no coupons or promotions on top
        if self.env.context.get("mall_group_prices"):
            return
        return super()._mall_apply_promotions(coupon_codes)

    def _mall_pay(self):
        """A group order is paid only while its seat can still be the
        member's: 409 ``group_closed`` / ``group_full`` otherwise (nothing is
        prepaid)."""
        seat = self.mall_group_member_id
        if seat and self.mall_shopper_state == "pending_payment":
            group = seat.group_id
            group._mall_lock()
            now = fields.Datetime.now()
            if seat.state != "held" or (
                group.state != "draft" and not group._mall_is_joinable_now(now)
            ):
                raise MallError("group_closed", "该团已结束，请参加其他团或自己开团。")
            if not seat._mall_seat_available(now):
                raise MallError("group_full", "该团已满员，请参加其他团或自己开团。")
            if seat.hold_until and seat.hold_until <= now and self.mall_expires_at:
                # the seat was free again: it is the member's anew while paying
                seat.hold_until = self.mall_expires_at
        return super()._mall_pay()

    def action_confirm(self):
        """Nothing of a group ships before the group succeeds: its orders are
        confirmed (deliveries, supplier purchase orders) only by the success."""
        waiting = self.filtered(
            lambda o: o.mall_group_member_id and o.mall_group_id.state != "succeeded"
        )
        if waiting and not self.env.context.get("mall_group_confirm"):
            raise UserError(
                self.env._(
                    "%s belongs to a group buy that has not succeeded: it is confirmed "
                    "when the group succeeds.",
                    ", ".join(waiting.mapped("name")),
                )
            )
        return super().action_confirm()

    def _action_cancel(self):
        res = super()._action_cancel()
        # the API's and the crons' superuser environments; operators cancelling
        # an unpaid group order give its seat back too
        self.sudo().mall_group_member_id._mall_on_order_cancelled()
        return res

    def action_view_mall_group(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "mall.group",
            "res_id": self.mall_group_id.id,
            "view_mode": "form",
        }
