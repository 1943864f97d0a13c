from odoo import api, fields, models
from odoo.exceptions import ValidationError

UNPAID_TIMEOUT_MIN = 1
UNPAID_TIMEOUT_MAX = 24 * 60


class ResCompany(models.Model):
    _inherit = "res.company"

    mall_unpaid_order_timeout = fields.Integer(
        string="Unpaid Order Timeout (minutes)",
        default=15,
        help="An order that is not paid within this many minutes is cancelled "
        "and its reserved stock released.",
    )

    @api.constrains("mall_unpaid_order_timeout")
    def _check_mall_unpaid_order_timeout(self):
        for company in self:
            if not (UNPAID_TIMEOUT_MIN <= company.mall_unpaid_order_timeout <= UNPAID_TIMEOUT_MAX):
                raise ValidationError(
                    self.env._(
                        "The unpaid-order timeout must be between %(min)s and " "%(max)s minutes.",
                        min=UNPAID_TIMEOUT_MIN,
                        max=UNPAID_TIMEOUT_MAX,
                    )
                )
