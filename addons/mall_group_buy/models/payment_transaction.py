from odoo import Command, fields, models


class PaymentTransaction(models.Model):
    _inherit = "payment.transaction"

    mall_group_member_id = fields.Many2one(
        "mall.group.member",
        string="Group-buy Seat",
        readonly=True,
        index="btree_not_null",
        ondelete="restrict",
    )

    def _check_amount_and_confirm_order(self):
        """A paid group order is not confirmed (so nothing of it ships) until
        its group succeeds: the payment takes the member's seat instead, or is
        refunded when no seat is left. Other orders are Odoo's."""
        group_txs = self.filtered(
            lambda tx: tx.operation != "refund"
            and len(tx.sale_order_ids) == 1
            and tx.sale_order_ids.mall_group_member_id
        )
        confirmed = super(PaymentTransaction, self - group_txs)._check_amount_and_confirm_order()
        for tx in group_txs:
            order = tx.sale_order_ids
            if order.state not in ("draft", "sent", "cancel") or tx.state != "done":
                continue
            if order.state != "cancel" and not order._is_confirmation_amount_reached():
                continue
            # post-processing runs as superuser (the job of the notify)
            order.mall_group_member_id.sudo()._mall_on_paid(tx)
            if order.state == "sale":
                confirmed |= order
        return confirmed

    def _create_child_transaction(self, amount, is_refund=False, **custom_create_values):
        """The refund of a group-buy seat is linked to the seat and the order,
        and keyed by the seat: its reference (the out_refund_no) is
        ``R-<payment>-G<seat id>``, the same again when its job is re-run, so
        WeChat Pay refunds once."""
        seat_id = self.env.context.get("mall_group_member_refund_id")
        if not (is_refund and seat_id):
            return super()._create_child_transaction(
                amount, is_refund=is_refund, **custom_create_values
            )
        # set by mall.group.member._job_refund on a superuser payment
        seat = self.env["mall.group.member"].browse(seat_id)
        custom_create_values.setdefault("mall_group_member_id", seat.id)
        custom_create_values.setdefault(
            "reference",
            self._compute_reference(self.provider_code, prefix=f"R-{self.reference}-G{seat.id}"),
        )
        if seat.order_id:
            # shown on the order with its payment
            custom_create_values.setdefault("sale_order_ids", [Command.set(seat.order_id.ids)])
        tx = super()._create_child_transaction(amount, is_refund=is_refund, **custom_create_values)
        seat.refund_tx_id = tx
        return tx

    def _update_state(self, allowed_states, target_state, state_message):
        txs = super()._update_state(allowed_states, target_state, state_message)
        refunds = txs.filtered(lambda t: t.operation == "refund" and t.mall_group_member_id)
        if refunds:
            refunds.mall_group_member_id._mall_sync_refund_state()  # elevates itself
        return txs
