from odoo import fields, models


class StockPicking(models.Model):
    _inherit = "stock.picking"

    mall_tracking_ids = fields.One2many(
        "mall.tracking", "picking_id", string="Logistics Tracking", readonly=True
    )

    def write(self, vals):
        res = super().write(vals)
        if vals.get("carrier_tracking_ref") or (
            vals.get("carrier_id") and "carrier_tracking_ref" not in vals
        ):
            self._mall_track()
        return res

    def _mall_track(self):
        """The tracking of each delivery to a shopper with a tracking number of a
        Kuaidi100 carrier (created if new), subscribed to Kuaidi100's pushes."""
        trackings = self.env["mall.tracking"]
        for picking in self.sudo():
            tracking = picking._mall_get_tracking()
            if tracking:
                trackings |= tracking
        trackings._enqueue_subscribe()
        return trackings

    def _mall_get_tracking(self, create=True):
        self.ensure_one()
        code = (self.carrier_id.mall_kuaidi100_code or "").strip().lower()
        number = (self.carrier_tracking_ref or "").strip()
        if not code or not number or self.location_dest_id.usage != "customer":
            return self.env["mall.tracking"]
        Tracking = self.env["mall.tracking"].sudo()
        tracking = Tracking.search([("picking_id", "=", self.id), ("number", "=", number)], limit=1)
        if tracking:
            if tracking.carrier_code != code:
                tracking.write({"carrier_code": code, "carrier_id": self.carrier_id.id})
            return tracking
        if not create:
            return tracking
        return Tracking.create(
            {
                "picking_id": self.id,
                "carrier_id": self.carrier_id.id,
                "carrier_code": code,
                "number": number,
            }
        )

    def _mall_recipient_phone_suffix(self):
        self.ensure_one()
        recipient = self.mall_recipient_id or self.partner_id
        digits = "".join(ch for ch in (recipient.mobile or recipient.phone or "") if ch.isdigit())
        return digits[-4:] or False
