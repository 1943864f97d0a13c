import io

import xlsxwriter

from odoo import api, fields, models
from odoo.exceptions import UserError

from .mall_ship_file import MAX_ROWS, XLSX_MIMETYPE


class MallShipExport(models.TransientModel):
    """The files a shipping import starts from: the template, and the
    deliveries waiting to be shipped in the import's layout (carrier and
    tracking number left empty: filled in, the same file ships them). A
    record holds the downloaded export as its attachment."""

    _name = "mall.ship.export"
    _inherit = ["mall.ship.file"]
    _description = "Export Shipments"

    @api.model
    def action_export_to_ship(self, pickings):
        """The selected deliveries waiting to be shipped as an XLSX in the
        import's layout (carrier and tracking number left empty): filled in,
        the same file ships them."""
        self._check_mall_operator()
        _ = self.env._
        if not isinstance(pickings, models.BaseModel):
            pickings = self.env["stock.picking"].browse(pickings)
        pickings = pickings.exists()
        pickings.check_access("read")
        pickings = pickings.filtered(lambda p: p._mall_is_waiting_shipment())
        if not pickings:
            raise UserError(_("None of the selected deliveries is waiting to be shipped."))
        content = self._to_ship_xlsx(pickings)
        now = fields.Datetime.context_timestamp(self, fields.Datetime.now())
        wizard = self.create({})
        return wizard._download(
            _("to-ship-%(time)s.xlsx", time=now.strftime("%Y%m%d-%H%M")),
            content,
            XLSX_MIMETYPE,
        )

    def _to_ship_xlsx(self, pickings):
        _ = self.env._
        labels = self._column_labels()
        output = io.BytesIO()
        workbook = xlsxwriter.Workbook(output, {"in_memory": True})
        formats = self._xlsx_formats(workbook)
        sheet = workbook.add_worksheet(_("To Ship"))
        columns = [
            (labels["order"], 16, formats["text"]),
            (labels["delivery"], 20, formats["text"]),
            (_("Paid On"), 17, formats["datetime"]),
            (_("Supplier"), 18, formats["text"]),
            (_("Recipient"), 12, formats["text"]),
            (_("Phone"), 14, formats["text"]),
            (_("Address"), 40, formats["wrap"]),
            (_("Products"), 36, formats["wrap"]),
            (_("Shopper's Note"), 24, formats["wrap"]),
            (labels["carrier"], 14, formats["text"]),
            (labels["tracking"], 22, formats["text"]),
        ]
        for col, (label, width, cell_format) in enumerate(columns):
            sheet.set_column(col, col, width, cell_format)
            sheet.write_string(0, col, label, formats["header"])
        sheet.freeze_panes(1, 1)
        # the operators' own rights were checked on the pickings; dropship
        # transfers read their purchase order, which operators need not read
        for row, picking in enumerate(pickings.sudo(), start=1):
            order = picking.sale_id
            recipient = picking.mall_recipient_id or order.partner_shipping_id
            paid = order.mall_paid_at or order.date_order
            supplier = picking.mall_supplier_id
            sheet.write_string(row, 0, order.name)
            sheet.write_string(row, 1, picking.name)
            if paid:
                local = fields.Datetime.context_timestamp(self, paid).replace(tzinfo=None)
                sheet.write_datetime(row, 2, local, formats["datetime"])
            sheet.write_string(
                row,
                3,
                supplier.name
                if supplier
                else (picking.picking_type_id.warehouse_id.name or order.warehouse_id.name or ""),
            )
            sheet.write_string(row, 4, recipient.name or "")
            sheet.write_string(row, 5, picking.mall_masked_phone or "")
            sheet.write_string(row, 6, self._full_address(recipient), formats["wrap"])
            sheet.write_string(
                row,
                7,
                "，".join(
                    f"{move.product_id.display_name} ×{move.product_uom_qty:g}"
                    for move in picking.move_ids
                    if move.state != "cancel"
                ),
                formats["wrap"],
            )
            sheet.write_string(row, 8, order.mall_buyer_note or "", formats["wrap"])
        carriers = self._mall_carriers()
        self._carrier_validation(sheet, 9, len(pickings), carriers)
        sheet.autofilter(0, 0, len(pickings), len(columns) - 1)
        workbook.close()
        return output.getvalue()

    @api.model
    def _full_address(self, partner):
        """省 市 区 街道, without repeating a part (上海市 上海市)."""
        parts = []
        for part in (
            partner.state_id.name,
            partner.city,
            partner.mall_district,
            partner.street,
            partner.street2,
        ):
            part = (part or "").strip()
            if part and (not parts or parts[-1] != part):
                parts.append(part)
        return "".join(parts)

    @api.model
    def _template_xlsx(self):
        """An XLSX with the headers and one example row, and the carriers."""
        _ = self.env._
        labels = self._column_labels()
        output = io.BytesIO()
        workbook = xlsxwriter.Workbook(output, {"in_memory": True})
        formats = self._xlsx_formats(workbook)
        sheet = workbook.add_worksheet(_("Shipments"))
        carriers = self._mall_carriers()
        columns = [
            (labels["order"], 22, formats["text"]),
            (labels["carrier"], 16, formats["text"]),
            (labels["tracking"], 24, formats["text"]),
            (labels["delivery"], 22, formats["text"]),
        ]
        for col, (label, width, cell_format) in enumerate(columns):
            sheet.set_column(col, col, width, cell_format)
            sheet.write_string(0, col, label, formats["header"])
        sheet.write_string(1, 0, _("Example: S00001 (delete this row)"))
        sheet.write_string(1, 1, carriers[:1].name or "顺丰速运")
        sheet.write_string(1, 2, "SF1234567890123")
        sheet.write_comment(
            0,
            3,
            _("Only needed when an order has several deliveries waiting: the delivery's number."),
        )
        sheet.freeze_panes(1, 0)
        self._carrier_validation(sheet, 1, MAX_ROWS, carriers)
        codes = workbook.add_worksheet(_("Carriers"))
        headers = [_("Carrier"), _("Kuaidi100 Code"), _("WeChat Code")]
        for col, header in enumerate(headers):
            codes.set_column(col, col, 18)
            codes.write_string(0, col, header, formats["header"])
        # a read-only mapping; fulfilment operators need not manage it
        Mapping = self.env["wechat.delivery.company"].sudo()
        for row, carrier in enumerate(carriers, start=1):
            codes.write_string(row, 0, carrier.name)
            codes.write_string(row, 1, carrier.mall_kuaidi100_code or "")
            codes.write_string(row, 2, Mapping._get_delivery_id(carrier.mall_kuaidi100_code) or "")
        workbook.close()
        return output.getvalue()
