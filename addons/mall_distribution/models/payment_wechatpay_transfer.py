from odoo import models


class PaymentWechatpayTransfer(models.Model):
    _inherit = "payment.wechatpay.transfer"

    def _wechatpay_on_state_change(self):
        """A withdrawal's transfer moved: the withdrawal follows it."""
        res = super()._wechatpay_on_state_change()
        # the notify and the cron run as superuser; finance's approval too (sudo'd transfer)
        withdrawals = self.env["mall.withdrawal"].sudo().search([("transfer_id", "in", self.ids)])
        withdrawals._mall_apply_transfer()
        return res
