from odoo import fields, models


class MallShipImportLine(models.TransientModel):
    """One row of an imported shipping file and what became of it."""

    _name = "mall.ship.import.line"
    _description = "Shipping Import Result Line"
    _order = "wizard_id, row"

    wizard_id = fields.Many2one("mall.ship.import", required=True, ondelete="cascade")
    row = fields.Integer(help="The row number in the file (the header is row 1).")
    order_ref = fields.Char(string="Order Number")
    delivery_ref = fields.Char(string="Delivery")
    carrier_text = fields.Char(string="Carrier")
    tracking_ref = fields.Char(string="Tracking Number")
    picking_id = fields.Many2one("stock.picking", string="Shipped Delivery", readonly=True)
    status = fields.Selection([("shipped", "Shipped"), ("failed", "Failed")], required=True)
    reason = fields.Char()
