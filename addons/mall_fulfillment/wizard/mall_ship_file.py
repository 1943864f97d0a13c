import re
import unicodedata
from datetime import datetime

from odoo import api, models
from odoo.exceptions import AccessError

OPERATOR_GROUPS = ("mall_base.group_mall_fulfillment", "mall_base.group_mall_admin")
# limits of one import: more is refused before anything is shipped. Each row
# is shipped in the request (about 0.3 s a row on the 2-core development
# machine, 2026-11-22): 2000 rows stay within odoo.conf's limit_time_cpu (600 s)
MAX_ROWS = 2000
MAX_FILE_SIZE = 10 * 1024 * 1024
XLSX_MIMETYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# the columns of a shipping file; a header is matched after normalize_header()
# against these names and the column's label in the user's language
COLUMN_KEYS = ("order", "carrier", "tracking", "delivery")
REQUIRED_COLUMNS = ("order", "carrier", "tracking")
COLUMN_ALIASES = {
    "order": (
        "订单号",
        "订单编号",
        "订单",
        "商城订单号",
        "order number",
        "order",
        "order no",
        "order ref",
        "order reference",
        "sale order",
    ),
    "carrier": (
        "快递公司",
        "物流公司",
        "承运商",
        "快递",
        "carrier",
        "courier",
        "shipping company",
    ),
    "tracking": (
        "快递单号",
        "运单号",
        "物流单号",
        "tracking number",
        "tracking",
        "tracking no",
        "tracking ref",
        "waybill",
        "waybill number",
    ),
    "delivery": (
        "发货单",
        "发货单号",
        "调拨单",
        "delivery",
        "delivery order",
        "transfer",
        "picking",
    ),
}
# Excel shows a long number as 7.73123E+12 and saves it so in a CSV
SCIENTIFIC_RE = re.compile(r"^\d+(\.\d+)?[eE][+]?\d+$")
INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
# a spreadsheet opening a CSV runs a cell starting with one of these as a
# formula (CSV injection): the error file writes such cells with a leading
# single quote (OWASP), which the import takes off again
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def normalize_header(text):
    """'订单号（必填）' -> '订单号', ' Tracking_Number ' -> 'trackingnumber'."""
    text = unicodedata.normalize("NFKC", str(text or "")).casefold()
    text = re.sub(r"\(.*?\)", "", text)
    return re.sub(r"[\s_\-.*:\ufeff]+", "", text)


def cell_text(value):
    """A cell of an XLSX or CSV row as clean text (full-width letters and digits
    made half-width, invisible characters and spaces at both ends removed)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.strftime("%Y-%m-%d %H:%M:%S")
    text = INVISIBLE_RE.sub("", unicodedata.normalize("NFKC", str(value))).strip()
    if text.startswith("'") and text[1:].startswith(FORMULA_PREFIXES):
        text = text[1:]
    return text


def csv_safe(value):
    """A cell for a CSV that a spreadsheet will open: text that would run as a
    formula gets a leading single quote."""
    text = str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def match_key(text):
    return (text or "").strip().casefold()


class MallShipFile(models.AbstractModel):
    """What the shipping import, its template and the to-ship export share:
    the file's columns and their headers, who may use them, the carriers
    offered, the XLSX formats and the download of a generated file."""

    _name = "mall.ship.file"
    _description = "Shipping File"

    # ------------------------------------------------------------------
    # Access
    # ------------------------------------------------------------------

    @api.model
    def _check_mall_operator(self):
        if self.env.su or any(self.env.user.has_group(group) for group in OPERATOR_GROUPS):
            return
        raise AccessError(self.env._("Only fulfilment operators may import or export shipments."))

    # ------------------------------------------------------------------
    # Columns
    # ------------------------------------------------------------------

    @api.model
    def _column_labels(self):
        """The column headers written in files, in the user's language."""
        _ = self.env._
        return {
            "order": _("Order Number"),
            "carrier": _("Carrier"),
            "tracking": _("Tracking Number"),
            "delivery": _("Delivery"),
        }

    @api.model
    def _header_index(self):
        """Normalized header -> column key."""
        index = {}
        for key, label in self._column_labels().items():
            index[normalize_header(label)] = key
        for key, aliases in COLUMN_ALIASES.items():
            for alias in aliases:
                index.setdefault(normalize_header(alias), key)
        return index

    @api.model
    def _mall_carriers(self):
        """The mall's carriers (those with a Kuaidi100 code), in their order."""
        return self.env["delivery.carrier"].search(
            [("mall_kuaidi100_code", "!=", False)], order="sequence, id"
        )

    # ------------------------------------------------------------------
    # Generated files
    # ------------------------------------------------------------------

    def _download(self, name, content, mimetype):
        attachment = self.env["ir.attachment"].create(
            {
                "name": name,
                "raw": content,
                "res_model": self._name,
                "res_id": self.id,
                "mimetype": mimetype,
            }
        )
        return {
            "type": "ir.actions.act_url",
            "url": f"/web/content/{attachment.id}?download=true",
            "target": "download",
        }

    @api.model
    def _xlsx_formats(self, workbook):
        return {
            "header": workbook.add_format({"bold": True, "bg_color": "#E8EEF7", "border": 1}),
            "text": workbook.add_format({"num_format": "@"}),
            "wrap": workbook.add_format({"num_format": "@", "text_wrap": True, "valign": "top"}),
            "datetime": workbook.add_format({"num_format": "yyyy-mm-dd hh:mm", "valign": "top"}),
        }

    @api.model
    def _carrier_validation(self, sheet, col, last_row, carriers, first_row=1):
        """A drop-down of the carriers' names in the carrier column (other
        values, e.g. codes, are still allowed)."""
        names = [name for name in carriers.mapped("name") if "," not in name]
        if not names or len(",".join(names)) > 255 or last_row < first_row:
            return
        sheet.data_validation(
            first_row,
            col,
            last_row,
            col,
            {"validate": "list", "source": names, "error_type": "information"},
        )
