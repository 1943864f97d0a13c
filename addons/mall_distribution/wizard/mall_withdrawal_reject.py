from odoo import fields, models


class MallWithdrawalReject(models.TransientModel):
    _name = "mall.withdrawal.reject"
    _description = "Reject Withdrawals"

    withdrawal_ids = fields.Many2many("mall.withdrawal", string="Withdrawals", required=True)
    reason = fields.Char(required=True, help="Shown to the promoter in the mini-program.")

    def action_confirm(self):
        self.ensure_one()
        self.withdrawal_ids._mall_reject(self.reason)
        return {"type": "ir.actions.act_window_close"}
