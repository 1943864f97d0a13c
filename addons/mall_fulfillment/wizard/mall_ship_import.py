import base64
import codecs
import csv
import io
import logging
import zipfile
from collections import defaultdict

import psycopg2

from odoo import Command, api, fields, models
from odoo.exceptions import UserError
from odoo.tools import escape_psql

from .mall_ship_file import (
    COLUMN_KEYS,
    MAX_FILE_SIZE,
    MAX_ROWS,
    REQUIRED_COLUMNS,
    SCIENTIFIC_RE,
    XLSX_MIMETYPE,
    cell_text,
    csv_safe,
    match_key,
    normalize_header,
)

_logger = logging.getLogger(__name__)


class MallShipImport(models.TransientModel):
    """Ship paid mall orders from a file (XLSX or CSV: order number, carrier,
    tracking number, optionally the delivery) and download the failed rows.

    Every row is shipped in its own savepoint through
    ``stock.picking._mall_ship``: a bad row is reported with its reason and
    rolled back alone, the good rows stay shipped. The template and the
    to-ship list are made by ``mall.ship.export``; the columns are shared
    through ``mall.ship.file``.
    """

    _name = "mall.ship.import"
    _inherit = ["mall.ship.file"]
    _description = "Import Shipments"

    state = fields.Selection(
        [("upload", "Upload"), ("done", "Result")], default="upload", required=True
    )
    file = fields.Binary(attachment=False)
    filename = fields.Char(string="File Name")
    line_ids = fields.One2many("mall.ship.import.line", "wizard_id", string="Rows", readonly=True)
    shipped_count = fields.Integer(string="Shipped", readonly=True)
    failed_count = fields.Integer(string="Failed", readonly=True)

    # ------------------------------------------------------------------
    # Reading the file
    # ------------------------------------------------------------------

    def _read_rows(self):
        """The file's data rows as dicts ``{row, order, carrier, tracking,
        delivery}`` (``row`` is the line number in the file, the header being
        on its own line before them). Empty rows are left out. Raises a
        ``UserError`` for a file that cannot be read at all."""
        self.ensure_one()
        _ = self.env._
        if not self.file:
            raise UserError(_("Choose the file to import."))
        data = base64.b64decode(self.file)
        if len(data) > MAX_FILE_SIZE:
            raise UserError(
                _(
                    "The file is too large (at most %(size)s MB).",
                    size=MAX_FILE_SIZE // (1024 * 1024),
                )
            )
        kind = self._file_kind(data)
        raw_rows = self._xlsx_rows(data) if kind == "xlsx" else self._csv_rows(data)
        return self._map_rows(raw_rows)

    def _file_kind(self, data):
        _ = self.env._
        name = (self.filename or "").strip().lower()
        extension = name.rsplit(".", 1)[-1] if "." in name else ""
        is_zip = data[:4] == b"PK\x03\x04"
        if extension == "xls" or data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
            raise UserError(
                _(
                    "Old Excel files (.xls) cannot be read: save the file as Excel "
                    "Workbook (.xlsx) or CSV and import it again."
                )
            )
        if extension in ("xlsx", "xlsm") or (not extension and is_zip):
            if not is_zip:
                raise UserError(_("The file is not a valid XLSX workbook."))
            return "xlsx"
        if extension in ("csv", "txt") or not extension:
            if is_zip:
                raise UserError(_("The file is not a CSV file: upload an XLSX or CSV file."))
            return "csv"
        raise UserError(
            _(
                "%(name)s is neither an XLSX nor a CSV file: upload an XLSX or CSV file.",
                name=self.filename,
            )
        )

    def _too_many_rows(self):
        return UserError(
            self.env._(
                "The file has more than %(max)s rows: split it into several files.",
                max=MAX_ROWS,
            )
        )

    def _xlsx_rows(self, data):
        """(line number, values) of the first sheet's rows."""
        import openpyxl  # noqa: PLC0415 - only needed here
        from openpyxl.utils.exceptions import InvalidFileException  # noqa: PLC0415

        try:
            workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as error:
            raise UserError(self.env._("The file is not a valid XLSX workbook.")) from error
        try:
            sheet = workbook.worksheets[0]
            rows = []
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                if any(cell_text(value) for value in values):
                    rows.append((number, values))
                    if len(rows) > MAX_ROWS + 1:
                        raise self._too_many_rows()
            return rows
        finally:
            workbook.close()

    def _csv_rows(self, data):
        _ = self.env._
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = data.decode("utf-16")
        elif b"\x00" in data:
            raise UserError(_("The file is not a CSV file: upload an XLSX or CSV file."))
        elif data.startswith(codecs.BOM_UTF8):
            try:
                text = data[len(codecs.BOM_UTF8) :].decode("utf-8")
            except UnicodeDecodeError as error:
                raise UserError(_("The CSV file is not valid UTF-8.")) from error
        else:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                try:
                    # Excel in China saves CSV in GBK; GB18030 is a superset of it
                    text = data.decode("gb18030")
                except UnicodeDecodeError as error:
                    raise UserError(
                        _("The CSV file could not be read: save it as UTF-8 or GBK.")
                    ) from error
        first_line = text.lstrip("\r\n").split("\n", 1)[0]
        delimiter = max((",", "\t", ";"), key=first_line.count)
        if not first_line.count(delimiter):
            delimiter = ","
        rows = []
        try:
            reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
            for values in reader:
                if any(cell_text(value) for value in values):
                    rows.append((reader.line_num, values))
                    if len(rows) > MAX_ROWS + 1:
                        raise self._too_many_rows()
        except csv.Error as error:
            raise UserError(_("The CSV file could not be read: %(error)s", error=error)) from error
        return rows

    def _map_rows(self, raw_rows):
        """The first non-empty row is the header; later rows become dicts."""
        _ = self.env._
        if not raw_rows:
            raise UserError(_("The file is empty."))
        header = raw_rows[0][1]
        index = self._header_index()
        columns = {}
        for position, cell in enumerate(header):
            key = index.get(normalize_header(cell_text(cell)))
            if key and key not in columns:
                columns[key] = position
        missing = [key for key in REQUIRED_COLUMNS if key not in columns]
        if missing:
            labels = self._column_labels()
            raise UserError(
                _(
                    "The file has no column %(columns)s. The first row must hold the "
                    "headers: %(headers)s.",
                    columns="、".join(f"“{labels[key]}”" for key in missing),
                    headers="、".join(labels[key] for key in COLUMN_KEYS),
                )
            )
        rows = []
        for number, values in raw_rows[1:]:
            row = {"row": number}
            for key in COLUMN_KEYS:
                position = columns.get(key)
                value = (
                    values[position] if position is not None and position < len(values) else None
                )
                row[key] = cell_text(value)
            if any(row[key] for key in COLUMN_KEYS):
                rows.append(row)
        if len(rows) > MAX_ROWS:
            raise self._too_many_rows()
        if not rows:
            raise UserError(_("The file has no rows to import below its header."))
        return rows

    # ------------------------------------------------------------------
    # Shipping
    # ------------------------------------------------------------------

    def action_import(self):
        """Ship every good row; show the result of each row."""
        self.ensure_one()
        self._check_mall_operator()
        rows = self._read_rows()
        results = self._ship_rows(rows)
        shipped = sum(1 for result in results if result["status"] == "shipped")
        self.write(
            {
                "state": "done",
                "line_ids": [Command.clear()] + [Command.create(result) for result in results],
                "shipped_count": shipped,
                "failed_count": len(results) - shipped,
            }
        )
        return self._reopen()

    def _reopen(self):
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Import Shipments"),
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "new",
        }

    def action_back(self):
        """Import another file."""
        self.ensure_one()
        self.write(
            {
                "state": "upload",
                "file": False,
                "filename": False,
                "line_ids": [Command.clear()],
                "shipped_count": 0,
                "failed_count": 0,
            }
        )
        return self._reopen()

    def _ship_rows(self, rows):
        _ = self.env._
        carriers = self._carrier_index()
        orders = self._find_orders({row["order"] for row in rows if row["order"]})
        refused = self._duplicates(rows, carriers)
        shipped_by = {}  # picking id -> row number
        results = []
        for row in rows:
            picking = self.env["stock.picking"]
            reasons = []
            if row["row"] in refused:
                reasons.append(refused[row["row"]])
            else:
                picking, reason = self._resolve_picking(row, orders, shipped_by)
                if reason:
                    reasons.append(reason)
                carrier, reason = self._resolve_carrier(row["carrier"], carriers)
                if reason:
                    reasons.append(reason)
                if not reasons and SCIENTIFIC_RE.match(row["tracking"]):
                    reasons.append(
                        _(
                            "The tracking number %(number)s was changed into a number by "
                            "Excel: format the column as text and enter it again.",
                            number=row["tracking"],
                        )
                    )
                if not reasons:
                    reason = self._ship_one(picking, carrier, row["tracking"])
                    if reason:
                        reasons.append(reason)
                    else:
                        shipped_by[picking.id] = row["row"]
            results.append(
                {
                    "row": row["row"],
                    "order_ref": row["order"],
                    "delivery_ref": row["delivery"] or (picking.name if picking else False),
                    "carrier_text": row["carrier"],
                    "tracking_ref": row["tracking"],
                    "picking_id": picking.id if not reasons and picking else False,
                    "status": "failed" if reasons else "shipped",
                    "reason": "；".join(reasons) if reasons else False,
                }
            )
        return results

    def _duplicates(self, rows, carriers):
        """Row number -> reason for rows that repeat an earlier row's order (and
        delivery). The first of identical rows is shipped (SF and 顺丰速运 are
        the same carrier); rows that differ in carrier or tracking number all
        fail: which one is right is not known."""
        _ = self.env._

        def shipment(row):
            carrier, _reason = self._resolve_carrier(row["carrier"], carriers)
            return (carrier.id or match_key(row["carrier"]), row["tracking"])

        groups = defaultdict(list)
        for row in rows:
            if row["order"]:
                groups[(match_key(row["order"]), match_key(row["delivery"]))].append(row)
        refused = {}
        for same in groups.values():
            if len(same) < 2:
                continue
            first = same[0]
            if all(shipment(row) == shipment(first) for row in same):
                for row in same[1:]:
                    refused[row["row"]] = _(
                        "Duplicate of row %(row)s (order %(order)s).",
                        row=first["row"],
                        order=row["order"],
                    )
            else:
                numbers = ", ".join(str(row["row"]) for row in same)
                for row in same:
                    refused[row["row"]] = _(
                        "Order %(order)s is in rows %(rows)s with different carriers or "
                        "tracking numbers: keep one row per delivery.",
                        order=row["order"],
                        rows=numbers,
                    )
        return refused

    def _find_orders(self, names):
        """Order number as typed (case-insensitive) -> sale.order."""
        SaleOrder = self.env["sale.order"]
        found = {}
        if not names:
            return found
        for order in SaleOrder.search([("name", "in", list(names))]):
            found.setdefault(match_key(order.name), order)
        for name in names:
            if match_key(name) not in found:
                order = SaleOrder.search([("name", "=ilike", escape_psql(name))], limit=2)
                if len(order) == 1:
                    found[match_key(name)] = order
        return found

    def _resolve_picking(self, row, orders, shipped_by):
        """(delivery to ship, False) or (empty, reason)."""
        _ = self.env._
        Picking = self.env["stock.picking"]
        if not row["order"]:
            return Picking, _("Enter the order number.")
        order = orders.get(match_key(row["order"]))
        if not order:
            return Picking, _("Unknown order %(order)s.", order=row["order"])
        if not order.mall_order:
            return Picking, _("%(order)s is not a mall order.", order=order.name)
        if order.state == "cancel":
            return Picking, _("Order %(order)s is cancelled.", order=order.name)
        if order.state != "sale":
            return Picking, _("Order %(order)s is not paid.", order=order.name)
        if row["delivery"]:
            picking = order.picking_ids.filtered(
                lambda p: match_key(p.name) == match_key(row["delivery"])
                and p.location_dest_id.usage == "customer"
            )[:1]
            if not picking:
                return Picking, _(
                    "Order %(order)s has no delivery %(delivery)s.",
                    order=order.name,
                    delivery=row["delivery"],
                )
            if picking.id in shipped_by:
                return Picking, _(
                    "Delivery %(delivery)s was shipped by row %(row)s of this file.",
                    delivery=picking.name,
                    row=shipped_by[picking.id],
                )
            if picking.state == "done":
                return Picking, _(
                    "Delivery %(delivery)s has already been shipped.", delivery=picking.name
                )
            if not picking._mall_is_waiting_shipment():
                return Picking, _(
                    "Delivery %(delivery)s is not waiting to be shipped.", delivery=picking.name
                )
            return picking, False
        deliveries = order._mall_deliveries()
        waiting = deliveries.filtered(lambda p: p._mall_is_waiting_shipment())
        if not waiting:
            if not deliveries:
                return Picking, _("Order %(order)s has no delivery to ship.", order=order.name)
            in_file = [shipped_by[p.id] for p in deliveries if p.id in shipped_by]
            if in_file:
                return Picking, _(
                    "Order %(order)s was shipped by row %(row)s of this file.",
                    order=order.name,
                    row=in_file[0],
                )
            return Picking, _("Order %(order)s has already been shipped.", order=order.name)
        if len(waiting) > 1:
            return Picking, _(
                "Order %(order)s has %(count)s deliveries waiting (%(deliveries)s): enter "
                "the one to ship in the column “%(column)s”.",
                order=order.name,
                count=len(waiting),
                deliveries="、".join(waiting.mapped("name")),
                column=self._column_labels()["delivery"],
            )
        return waiting, False

    @api.model
    def _carrier_index(self):
        """Carrier name, Kuaidi100 code and WeChat delivery id (all
        case-insensitive) -> delivery.carrier, for the mall's carriers (those
        with a Kuaidi100 code)."""
        carriers = self._mall_carriers()
        index = {}
        for carrier in carriers:
            index.setdefault(match_key(carrier.name), carrier)
            index.setdefault(match_key(carrier.mall_kuaidi100_code), carrier)
        by_code = {}
        for carrier in carriers:
            by_code.setdefault(match_key(carrier.mall_kuaidi100_code), carrier)
        # a read-only mapping; fulfilment operators need not manage it
        for mapping in self.env["wechat.delivery.company"].sudo().search([]):
            carrier = by_code.get(match_key(mapping.kuaidi100_code))
            if carrier:
                index.setdefault(match_key(mapping.delivery_id), carrier)
                index.setdefault(match_key(mapping.name), carrier)
        return index

    def _resolve_carrier(self, text, index):
        """(carrier, False) or (empty, reason). Besides an exact name or code, a
        name's beginning of at least two characters that fits one carrier only
        is accepted (顺丰 for 顺丰速运)."""
        _ = self.env._
        Carrier = self.env["delivery.carrier"]
        if not text:
            return Carrier, _("Enter the carrier.")
        key = match_key(text)
        carrier = index.get(key)
        if not carrier and len(key) >= 2:
            candidates = {c for name, c in index.items() if name.startswith(key)}
            if len(candidates) == 1:
                carrier = candidates.pop()
        if not carrier:
            return Carrier, _(
                "Unknown carrier %(carrier)s: use a carrier's name or code (e.g. 顺丰速运, "
                "shunfeng or SF).",
                carrier=text,
            )
        return carrier, False

    def _ship_one(self, picking, carrier, tracking_ref):
        """Ship in a savepoint: False, or the reason it failed (rolled back)."""
        try:
            with self.env.cr.savepoint():
                picking._mall_ship(carrier, tracking_ref)
        except UserError as error:
            return str(error.args[0]) if error.args else str(error)
        except psycopg2.OperationalError:
            # a serialization failure or a lock: the whole request is retried
            raise
        except Exception as error:
            _logger.exception("shipping import: %s could not be shipped", picking.name)
            return self.env._(
                "%(delivery)s could not be shipped: %(error)s", delivery=picking.name, error=error
            )
        return False

    # ------------------------------------------------------------------
    # Downloads: template, errors
    # ------------------------------------------------------------------

    def action_download_template(self):
        """An XLSX with the headers and one example row, and the carriers."""
        self.ensure_one()
        self._check_mall_operator()
        return self._download(
            self.env._("shipping-import-template.xlsx"),
            self.env["mall.ship.export"]._template_xlsx(),
            XLSX_MIMETYPE,
        )

    def action_download_errors(self):
        """The failed rows as a CSV (UTF-8 with BOM, which Excel opens) with
        their reason: fix them and import the file again."""
        self.ensure_one()
        self._check_mall_operator()
        _ = self.env._
        failed = self.line_ids.filtered(lambda line: line.status == "failed")
        if not failed:
            raise UserError(_("No row failed."))
        labels = self._column_labels()
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(
            [
                labels["order"],
                labels["carrier"],
                labels["tracking"],
                labels["delivery"],
                _("Row"),
                _("Reason"),
            ]
        )
        for line in failed:
            writer.writerow(
                [
                    csv_safe(line.order_ref or ""),
                    csv_safe(line.carrier_text or ""),
                    csv_safe(line.tracking_ref or ""),
                    csv_safe(line.delivery_ref or ""),
                    line.row,
                    csv_safe(line.reason or ""),
                ]
            )
        content = codecs.BOM_UTF8 + buffer.getvalue().encode("utf-8")
        return self._download(_("shipping-import-errors.csv"), content, "text/csv")

    @api.model
    def action_export_to_ship(self, pickings):
        """The to-ship list as an XLSX (``mall.ship.export``)."""
        return self.env["mall.ship.export"].action_export_to_ship(pickings)
