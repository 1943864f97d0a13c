from odoo import fields, models


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

    def _mall_shipping_carriers(self):
        """The mall shipping methods of the company to try, in order: by
        destination (by sequence), then the default one; archived ones and
        those of another company left out."""
        self.ensure_one()
        carriers = self.mall_delivery_carrier_ids.sorted(lambda c: (c.sequence, c.id))
        carriers |= self.mall_delivery_carrier_id
        return carriers.filtered(lambda c: c.active and c.company_id in (self, self.browse()))
