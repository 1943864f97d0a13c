from odoo import fields, models


class PaymentTransaction(models.Model):
    _inherit = "payment.transaction"

    mall_after_sale_id = fields.Many2one(
        "mall.after.sale",
        string="After-sales Request",
        readonly=True,
        index="btree_not_null",
        ondelete="restrict",
    )

    def _create_child_transaction(self, amount, is_refund=False, **custom_create_values):
        """A refund of an after-sales request is linked to it and keyed by it:
        its reference (the out_refund_no) is ``R-<payment>-<request>``, the same
        again when Odoo re-runs the request that sent it, so WeChat Pay refunds
        once."""
        request_id = self.env.context.get("mall_after_sale_refund_id")
        if not (is_refund and request_id):
            return super()._create_child_transaction(
                amount, is_refund=is_refund, **custom_create_values
            )
        # set by mall.after.sale._send_refund on a superuser payment: self.env is sudo
        request = self.env["mall.after.sale"].browse(request_id)
        custom_create_values.setdefault("mall_after_sale_id", request.id)
        custom_create_values.setdefault(
            "reference",
            self._compute_reference(
                self.provider_code, prefix=f"R-{self.reference}-{request.name}"
            ),
        )
        tx = super()._create_child_transaction(amount, is_refund=is_refund, **custom_create_values)
        request.refund_tx_id = tx
        return tx

    def _update_state(self, allowed_states, target_state, state_message):
        txs = super()._update_state(allowed_states, target_state, state_message)
        refunds = txs.filtered(lambda t: t.operation == "refund" and t.mall_after_sale_id)
        if refunds:
            refunds.mall_after_sale_id._sync_refund_state()  # elevates itself
        return txs
