from odoo import api, fields, models

# carriers of mall_supplier's demo data, created here when that data is absent
SUPPLIER_DEMO_CARRIERS = (
    ("carrier_sf", "顺丰速运", "shunfeng", 10),
    ("carrier_zto", "中通快递", "zhongtong", 20),
)


class DeliveryCarrier(models.Model):
    _inherit = "delivery.carrier"

    mall_kuaidi100_code = fields.Char(
        string="Kuaidi100 Code",
        help="The carrier's code at Kuaidi100 (e.g. shunfeng, zhongtong, yuantong): "
        "tracking numbers of this carrier are followed through Kuaidi100.",
    )

    @api.model
    def _mall_ensure_kuaidi100_carriers(self):
        """SF and ZTO once: mall_supplier's demo carriers when they exist (they
        got their codes from the data file), else new ones with their xmlid here.
        Called by the data file, as superuser."""
        product = self.env.ref("mall_fulfillment.product_delivery_kuaidi")
        Carrier = self.with_context(active_test=False)
        for xmlid, name, code, sequence in SUPPLIER_DEMO_CARRIERS:
            if Carrier.search_count([("mall_kuaidi100_code", "=", code)]):
                continue
            carrier = Carrier.create(
                {
                    "name": name,
                    "sequence": sequence,
                    "product_id": product.id,
                    "delivery_type": "fixed",
                    "mall_kuaidi100_code": code,
                }
            )
            self.env["ir.model.data"]._update_xmlids(
                [{"xml_id": f"mall_fulfillment.{xmlid}", "record": carrier, "noupdate": True}]
            )
