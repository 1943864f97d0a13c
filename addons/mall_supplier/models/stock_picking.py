import re

from odoo import fields, models
from odoo.exceptions import UserError

TRACKING_RE = re.compile(r"^[A-Za-z0-9]{6,32}$")


def mask_phone(phone):
    """138****1234: what a supplier sees of a shopper's phone."""
    digits = re.sub(r"\D", "", phone or "")
    if len(digits) < 7:
        return "****" if digits else ""
    return f"{digits[:3]}****{digits[-4:]}"


class StockPicking(models.Model):
    _inherit = "stock.picking"

    mall_supplier_id = fields.Many2one(
        "res.partner",
        string="Shipping Supplier",
        related="purchase_id.partner_id",
        help="The supplier who ships this dropship transfer.",
    )
    mall_recipient_id = fields.Many2one(
        "res.partner",
        string="Recipient",
        compute="_compute_mall_recipient",
        help="The shopper's delivery address the supplier ships to.",
    )
    mall_masked_phone = fields.Char(string="Recipient Phone", compute="_compute_mall_recipient")

    def _compute_mall_recipient(self):
        for picking in self:
            # the supplier reads its own transfer, not the sale order or the shopper
            sudo = picking.sudo()
            # a dropship transfer's partner is the supplier; the shopper's
            # address is the sale order's delivery address
            recipient = sudo.sale_id.partner_shipping_id or sudo.move_ids.partner_id[:1]
            picking.mall_recipient_id = recipient
            picking.mall_masked_phone = mask_phone(recipient.mobile or recipient.phone)

    def _mall_is_dropship_to_ship(self):
        self.ensure_one()
        return (
            self.is_dropship
            and self.state not in ("done", "cancel")
            and self.purchase_id.partner_id.mall_is_supplier
        )

    def _mall_carrier_domain(self):
        """The carriers a shipment of these transfers may use: those of the
        transfers' company and the shared ones (no company)."""
        return [("company_id", "in", [False, *self.company_id.ids])]

    def _mall_check_shipment(self, carrier, tracking_ref):
        """The carrier and tracking number of a shipment, checked before anything
        is written (``UserError`` otherwise); returns the stripped number."""
        _ = self.env._
        tracking_ref = (tracking_ref or "").strip()
        if not carrier or not carrier.exists() or not carrier.active:
            raise UserError(_("Choose one of the configured carriers."))
        if carrier.company_id and carrier.company_id != self.company_id:
            raise UserError(
                _(
                    "The carrier %(carrier)s belongs to another company: choose a "
                    "carrier of %(company)s.",
                    carrier=carrier.name,
                    company=self.company_id.name,
                )
            )
        if not tracking_ref:
            raise UserError(_("Enter the tracking number."))
        if not TRACKING_RE.match(tracking_ref):
            raise UserError(
                _("A tracking number has 6 to 32 letters and digits, without spaces or symbols.")
            )
        return tracking_ref

    def _mall_validate_shipment(self, carrier, tracking_ref):
        """Record carrier and tracking number and validate the whole transfer
        (every quantity, no backorder)."""
        self.ensure_one()
        self.write({"carrier_id": carrier.id, "carrier_tracking_ref": tracking_ref})
        for move in self.move_ids.filtered(lambda m: m.state not in ("done", "cancel")):
            move.quantity = move.product_uom_qty
            move.picked = True
        self.with_context(skip_backorder=True, skip_sms=True).button_validate()

    def _mall_supplier_ship(self, carrier, tracking_ref):
        """A supplier (or an operator for them) ships a dropship transfer.

        Validates the input first (nothing is written on bad input), then
        records carrier and tracking number and validates the transfer: the
        shopper's order becomes delivered.
        """
        self.ensure_one()
        _ = self.env._
        if not self._mall_is_dropship_to_ship():
            raise UserError(_("This shipment is not waiting to be shipped."))
        tracking_ref = self._mall_check_shipment(carrier, tracking_ref)
        self._mall_validate_shipment(carrier, tracking_ref)
        self.message_post(
            body=_(
                "Shipped by %(supplier)s with %(carrier)s, tracking number %(ref)s.",
                supplier=self.env.user.partner_id.display_name,
                carrier=carrier.name,
                ref=tracking_ref,
            )
        )
        return True
