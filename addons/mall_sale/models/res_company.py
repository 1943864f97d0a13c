from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ResCompany(models.Model):
    _inherit = "res.company"

    mall_delivery_carrier_id = fields.Many2one(
        "delivery.carrier",
        string="Mall Shipping Method",
        help="Computes the shipping fee of mini-program orders (e.g. a fixed "
        "price, free above an amount). Empty: no shipping fee.",
    )
    mall_delivery_carrier_ids = fields.Many2many(
        "delivery.carrier",
        "res_company_mall_delivery_carrier_rel",
        "company_id",
        "carrier_id",
        string="Mall Shipping Methods by Destination",
        help="Shipping methods of mini-program orders, tried in the order of their "
        "sequence: the first one whose destination (countries, provinces, zip "
        "prefixes), weight and volume limits and pricing rules accept the order "
        "sets its shipping fee; when none does, the default Mall Shipping Method "
        "is used. An address that none of them serves cannot be ordered to.",
    )

    mall_hold_limit_per_product = fields.Integer(
        string="Max Units Held per Member and Product",
        default=20,
        help="A member's unpaid orders hold at most this many units of one product "
        "sold from our warehouse (gifts of promotions included); a further order "
        "is refused until the member pays or cancels. 0: no limit.",
    )

    mall_max_unpaid_orders = fields.Integer(
        string="Max Unpaid Orders per Member",
        default=10,
        help="A member with this many orders waiting for payment cannot place "
        "another one until it pays or cancels one. 0: no limit.",
    )

    @api.constrains("mall_hold_limit_per_product")
    def _check_mall_hold_limit_per_product(self):
        for company in self:
            if company.mall_hold_limit_per_product < 0:
                raise ValidationError(
                    self.env._("The units held per member and product cannot be negative.")
                )

    @api.constrains("mall_max_unpaid_orders")
    def _check_mall_max_unpaid_orders(self):
        for company in self:
            if company.mall_max_unpaid_orders < 0:
                raise ValidationError(
                    self.env._("The unpaid orders per member cannot be negative.")
                )

    def _mall_shipping_carriers(self):
        """The mall shipping methods of the company to try, in order: by
        destination (by sequence), then the default one; archived ones and
        those of another company left out."""
        self.ensure_one()
        carriers = self.mall_delivery_carrier_ids.sorted(lambda c: (c.sequence, c.id))
        carriers |= self.mall_delivery_carrier_id
        return carriers.filtered(lambda c: c.active and c.company_id in (self, self.browse()))
