from odoo import models


class PaymentTransaction(models.Model):
    _inherit = "payment.transaction"

    def _check_amount_and_confirm_order(self):
        """A flash order is confirmed only with its units: a payment that lands
        after they were released takes them again if the sale still has them,
        else it is refunded in full (never oversold)."""
        refused = self.browse()
        secured = []
        for tx in self.filtered(lambda t: t.state == "done" and t.operation != "refund"):
            for order in tx.sale_order_ids.filtered(
                lambda o: o.mall_flash_order_id and o.state in ("draft", "sent")
            ):
                reservation = order.mall_flash_order_id
                if reservation._mall_secure_units():
                    secured.append(reservation.id)
                else:
                    reservation._refund_payment(tx)
                    refused |= tx
        return super(
            PaymentTransaction, (self - refused).with_context(mall_flash_secured=secured)
        )._check_amount_and_confirm_order()

    def _create_child_transaction(self, amount, is_refund=False, **custom_create_values):
        """The refund of a late flash payment is keyed by its reservation: its
        reference (the out_refund_no) is ``R-<payment>-F<reservation>``, the same
        again when the job that sent it is re-run, so WeChat Pay refunds once."""
        reservation_id = self.env.context.get("mall_flash_refund_id")
        if is_refund and reservation_id:
            custom_create_values.setdefault(
                "reference",
                self._compute_reference(
                    self.provider_code, prefix=f"R-{self.reference}-F{reservation_id}"
                ),
            )
        return super()._create_child_transaction(
            amount, is_refund=is_refund, **custom_create_values
        )
