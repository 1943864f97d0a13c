from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ResCompany(models.Model):
    _inherit = "res.company"

    # a subscribe template belongs to the company's mini-program: a company
    # setting, not a global parameter
    mall_shipped_template_id = fields.Many2one(
        "wechat.subscribe.template",
        string="Shipping Message",
        domain="[('company_id', '=', id)]",
        help="The subscribe message sent to the shopper when the order has shipped; "
        "its keywords may use the order's fields (name, mall_carrier_names, "
        "mall_tracking_numbers, mall_shipped_at, mall_items_summary).",
    )

    @api.constrains("mall_shipped_template_id")
    def _check_mall_shipped_template_id(self):
        for company in self:
            template = company.mall_shipped_template_id
            if template and template.company_id != company:
                raise ValidationError(
                    self.env._(
                        "The shipping message %(template)s belongs to another company.",
                        template=template.name,
                    )
                )
