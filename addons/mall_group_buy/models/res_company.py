from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    # a subscribe template belongs to the company's mini-program
    mall_group_success_template_id = fields.Many2one(
        "wechat.subscribe.template",
        string="Group Success Message",
        domain="[('company_id', '=', id)]",
        help="The subscribe message each member gets when a group succeeds. Keywords "
        "with a field read the seat (e.g. group_id.offer_id.name, order_id.name); a "
        "phrase keyword gets the result (拼团成功), a thing keyword without default a note.",
    )
    mall_group_fail_template_id = fields.Many2one(
        "wechat.subscribe.template",
        string="Group Failure Message",
        domain="[('company_id', '=', id)]",
        help="The subscribe message each paid member gets when a group fails or the "
        "payment came for a seat taken meanwhile (the payment is refunded).",
    )
