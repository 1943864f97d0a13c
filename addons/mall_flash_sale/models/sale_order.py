from odoo import fields, models
from odoo.addons.mall_base.exceptions import MallError
from odoo.exceptions import UserError


class SaleOrder(models.Model):
    _inherit = "sale.order"

    mall_flash_order_id = fields.Many2one(
        "mall.flash.order",
        string="Flash Order",
        readonly=True,
        copy=False,
        index="btree_not_null",
        help="The flash sale reservation this order was made for.",
    )

    def _mall_check_pending_payment(self):
        res = super()._mall_check_pending_payment()
        reservation = self.mall_flash_order_id
        if reservation and reservation.state != "pending_payment":
            raise MallError("order_expired", "秒杀订单已超时未支付，请重新抢购。")
        return res

    def action_confirm(self):
        secured = set(self.env.context.get("mall_flash_secured") or ())
        for order in self.filtered("mall_flash_order_id"):
            reservation = order.mall_flash_order_id
            if reservation.id in secured:
                continue
            if not reservation._mall_secure_units():
                raise UserError(
                    self.env._(
                        "The flash sale units of %s were released and none are left: the "
                        "order cannot be confirmed.",
                        order.name,
                    )
                )
        return super().action_confirm()

    def _action_cancel(self):
        res = super()._action_cancel()
        reservations = self.mall_flash_order_id.filtered(lambda r: r.state == "pending_payment")
        reservations._release()
        return res
