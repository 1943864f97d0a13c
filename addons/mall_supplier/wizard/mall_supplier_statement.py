import io
import re
from datetime import datetime, time, timedelta

import pytz
import xlsxwriter
from xlsxwriter.utility import xl_col_to_name

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tools import SQL

FINANCE_GROUP = "mall_base.group_mall_finance"
# rows fetched from the cursor at a time while the workbook is written
FETCH_SIZE = 5000


class MallSupplierStatement(models.TransientModel):
    """Supplier statement (供应商对账单): a supplier's order lines of a period.

    Finance picks a supplier and a period of order dates; the export lists
    every line of the company's confirmed orders (state ``sale``) that was
    locked to that supplier, with the sale price and the settlement price
    locked at confirmation, the quantities and amounts refunded by posted
    customer credit notes, and what is owed to the supplier once refunds are
    deducted::

        settlement amount    = settlement price x ordered quantity
        refunded quantity    = sum of the posted credit note lines of the sale
                               line (capped at the ordered quantity)
        after refunds        = settlement price x (ordered - refunded quantity)

    Sale and refunded amounts are what the shopper paid and got back (tax
    included, after discounts), in the order's currency.

    The statement is a check list for both sides, not a payable: what the
    mall owes its suppliers is booked the standard way, as vendor bills
    created from the dropship purchase orders (purchase, ``in_invoice``).

    One SQL query reads the lines with their refunds aggregated in a
    subquery, and its rows are streamed into an XLSX written in
    ``constant_memory`` mode, so a statement of 100,000 lines takes seconds
    and little memory (``scripts/bench/supplier_statement.py``). The query
    bypasses record rules: the export is allowed to Finance only (who reads
    every order) and covers the wizard's company only, which must be one of
    the user's companies.
    """

    _name = "mall.supplier.statement"
    _description = "Supplier Statement"

    company_id = fields.Many2one(
        "res.company",
        string="Company",
        required=True,
        default=lambda self: self.env.company,
        domain=lambda self: [("id", "in", self.env.companies.ids)],
    )
    supplier_id = fields.Many2one(
        "res.partner",
        string="Supplier",
        domain="[('mall_is_supplier', '=', True)]",
    )
    date_from = fields.Date(
        string="From",
        required=True,
        default=lambda self: fields.Date.context_today(self).replace(day=1),
        help="First order date of the period (included).",
    )
    date_to = fields.Date(
        string="To",
        required=True,
        default=fields.Date.context_today,
        help="Last order date of the period (included).",
    )

    @api.constrains("date_from", "date_to")
    def _check_dates(self):
        for wizard in self:
            if wizard.date_from and wizard.date_to and wizard.date_from > wizard.date_to:
                raise ValidationError(
                    self.env._("The start date of the period must not be after its end date.")
                )

    # ------------------------------------------------------------------
    # Export
    # ------------------------------------------------------------------

    def action_export(self):
        """Write the statement as an XLSX attachment and download it."""
        self.ensure_one()
        self._check_export_allowed()
        content = self._statement_xlsx()
        attachment = self.env["ir.attachment"].create(
            {
                "name": self._statement_filename(),
                "raw": content,
                "res_model": self._name,
                "res_id": self.id,
                "mimetype": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            }
        )
        return {
            "type": "ir.actions.act_url",
            "url": f"/web/content/{attachment.id}?download=true",
            "target": "self",
        }

    def _check_export_allowed(self):
        if not self.env.su and not self.env.user.has_group(FINANCE_GROUP):
            raise AccessError(self.env._("Only Finance may export supplier statements."))
        if self.company_id not in self.env.user.company_ids and not self.env.su:
            raise AccessError(
                self.env._("You may not export statements of the company %s.", self.company_id.name)
            )
        if not self.supplier_id:
            raise UserError(self.env._("Choose the supplier of the statement."))
        if not self.supplier_id.mall_is_supplier:
            raise UserError(self.env._("%s is not a mall supplier.", self.supplier_id.display_name))
        if not self.date_from or not self.date_to:
            raise UserError(self.env._("Choose the period of the statement."))
        self._check_dates()

    def _statement_filename(self):
        supplier = re.sub(r'[\\/:*?"<>|\s]+', "_", self.supplier_id.name or "").strip("_")
        return "%s_%s_%s_%s.xlsx" % (
            self.env._("Supplier Statement"),
            supplier,
            self.date_from.strftime("%Y%m%d"),
            self.date_to.strftime("%Y%m%d"),
        )

    def _tz(self):
        return pytz.timezone(self.env.context.get("tz") or self.env.user.tz or "UTC")

    def _period_bounds(self):
        """The period as UTC timestamps [start, end) of the user's days."""
        tz = self._tz()
        start = tz.localize(datetime.combine(self.date_from, time.min))
        end = tz.localize(datetime.combine(self.date_to + timedelta(days=1), time.min))
        return (
            start.astimezone(pytz.UTC).replace(tzinfo=None),
            end.astimezone(pytz.UTC).replace(tzinfo=None),
        )

    def _statement_columns(self):
        """(key, title, kind) of the statement's columns, in order.

        ``kind`` is ``text``, ``datetime``, ``qty``, ``price`` or ``amount``;
        ``amount`` and ``qty`` columns are summed in the totals row.
        """
        _ = self.env._
        return [
            ("order", _("Order Reference"), "text"),
            ("date_order", _("Order Date"), "datetime"),
            ("delivery_date", _("Delivery Date"), "datetime"),
            ("product", _("Product"), "text"),
            ("variant", _("Variant"), "text"),
            ("qty", _("Quantity"), "qty"),
            ("qty_delivered", _("Delivered Quantity"), "qty"),
            ("price_unit", _("Sale Price"), "price"),
            ("settlement_price", _("Settlement Price"), "price"),
            ("sale_amount", _("Sale Amount"), "amount"),
            ("settlement_amount", _("Settlement Amount"), "amount"),
            ("refund_qty", _("Refunded Quantity"), "qty"),
            ("refund_amount", _("Refunded Amount"), "amount"),
            ("net_settlement", _("Settlement after Refunds"), "amount"),
        ]

    def _statement_query(self):
        """The one query of the statement: a row per line, columns in the
        order of :meth:`_statement_columns`.

        The period's lines are selected once (a materialized CTE), their
        refunds summed per line in a LATERAL subquery (an index lookup per
        line on ``sale_order_line_invoice_rel``): linear whatever the
        planner's statistics say, where joining the refunds against the
        lines went quadratic on stale statistics of the relation table.
        """
        start, end = self._period_bounds()
        return SQL(
            """
            WITH lines AS MATERIALIZED (
                SELECT sol.id, sol.order_id, sol.product_id, sol.sequence,
                       sol.product_uom_qty, sol.qty_delivered, sol.price_unit,
                       sol.price_total, sol.mall_settlement_price,
                       so.name AS order_name, so.date_order, so.effective_date
                  FROM sale_order_line sol
                  JOIN sale_order so ON so.id = sol.order_id
                 WHERE sol.mall_supplier_id = %(supplier)s
                   AND sol.display_type IS NULL
                   AND so.state = 'sale'
                   AND so.company_id = %(company)s
                   AND so.date_order >= %(start)s
                   AND so.date_order < %(end)s
            ),
            variants AS MATERIALIZED (
                SELECT pvc.product_product_id AS product_id,
                       string_agg(
                           COALESCE(pav.name->>%(lang)s, pav.name->>'en_US'), ', '
                           ORDER BY pa.sequence, pa.id
                       ) AS name
                  FROM product_variant_combination pvc
                  JOIN product_template_attribute_value ptav
                    ON ptav.id = pvc.product_template_attribute_value_id
                  JOIN product_attribute_value pav ON pav.id = ptav.product_attribute_value_id
                  JOIN product_attribute pa ON pa.id = ptav.attribute_id
                 WHERE pvc.product_product_id IN (SELECT DISTINCT product_id FROM lines)
                 GROUP BY pvc.product_product_id
            )
            SELECT sol.order_name,
                   %(date_order)s,
                   %(delivery_date)s,
                   COALESCE(pt.name->>%(lang)s, pt.name->>'en_US'),
                   COALESCE(v.name, ''),
                   sol.product_uom_qty::float8,
                   sol.qty_delivered::float8,
                   sol.price_unit::float8,
                   COALESCE(sol.mall_settlement_price, 0)::float8,
                   ROUND(sol.price_total, %(digits)s)::float8,
                   ROUND(COALESCE(sol.mall_settlement_price, 0) * sol.product_uom_qty,
                         %(digits)s)::float8,
                   LEAST(COALESCE(r.qty, 0), sol.product_uom_qty)::float8,
                   ROUND(COALESCE(r.amount, 0), %(digits)s)::float8,
                   ROUND(COALESCE(sol.mall_settlement_price, 0)
                         * (sol.product_uom_qty - LEAST(COALESCE(r.qty, 0), sol.product_uom_qty)),
                         %(digits)s)::float8
              FROM lines sol
              JOIN product_product pp ON pp.id = sol.product_id
              JOIN product_template pt ON pt.id = pp.product_tmpl_id
              LEFT JOIN variants v ON v.product_id = sol.product_id
              LEFT JOIN LATERAL (
                    SELECT SUM(aml.quantity) AS qty, SUM(aml.price_total) AS amount
                      FROM sale_order_line_invoice_rel rel
                      JOIN account_move_line aml ON aml.id = rel.invoice_line_id
                      JOIN account_move am ON am.id = aml.move_id
                     WHERE rel.order_line_id = sol.id
                       AND am.move_type = 'out_refund'
                       AND am.state = 'posted'
                       AND am.company_id = %(company)s
                   ) r ON TRUE
             ORDER BY sol.date_order, sol.order_name, sol.sequence, sol.id
            """,
            supplier=self.supplier_id.id,
            company=self.company_id.id,
            start=start,
            end=end,
            lang=self.env.lang or "en_US",
            digits=self.company_id.currency_id.decimal_places,
            date_order=self._excel_datetime(SQL("sol.date_order")),
            delivery_date=self._excel_datetime(SQL("sol.effective_date")),
        )

    def _excel_datetime(self, column):
        """SQL of a UTC timestamp column as an Excel date serial number in the
        user's time zone: the query does what ``write_datetime`` would do for
        every cell, a quarter of the time of the export."""
        return SQL(
            "(EXTRACT(EPOCH FROM %s AT TIME ZONE 'UTC' AT TIME ZONE %s) / 86400 + 25569)::float8",
            column,
            self._tz().zone,
        )

    def _statement_xlsx(self):
        """The statement as XLSX bytes, rows streamed from the query."""
        columns = self._statement_columns()
        currency = self.company_id.currency_id
        _ = self.env._
        output = io.BytesIO()
        workbook = xlsxwriter.Workbook(output, {"constant_memory": True})
        sheet = workbook.add_worksheet(_("Statement"))
        amount_format = (
            "#,##0.%s" % ("0" * currency.decimal_places) if currency.decimal_places else "#,##0"
        )
        formats = {
            "title": workbook.add_format({"bold": True, "font_size": 14}),
            "label": workbook.add_format({"bold": True}),
            "header": workbook.add_format(
                {"bold": True, "bg_color": "#D9E1F2", "border": 1, "text_wrap": True}
            ),
            "text": None,
            "datetime": workbook.add_format({"num_format": "yyyy-mm-dd hh:mm"}),
            "qty": workbook.add_format({"num_format": "#,##0.###"}),
            "price": workbook.add_format({"num_format": "#,##0.00##"}),
            "amount": workbook.add_format({"num_format": amount_format}),
            "total_label": workbook.add_format({"bold": True, "top": 1}),
            "total_qty": workbook.add_format({"bold": True, "top": 1, "num_format": "#,##0.###"}),
            "total_amount": workbook.add_format(
                {"bold": True, "top": 1, "num_format": amount_format}
            ),
            "total_blank": workbook.add_format({"top": 1}),
        }
        widths = {"text": 18, "datetime": 17, "qty": 11, "price": 12, "amount": 14}
        for index, (key, _title, kind) in enumerate(columns):
            width = 28 if key == "product" else widths[kind]
            sheet.set_column(index, index, width, formats[kind])

        # header block
        now = datetime.now(pytz.UTC).astimezone(self._tz())
        sheet.write_string(0, 0, _("Supplier Statement"), formats["title"])
        header = [
            (_("Supplier"), self.supplier_id.display_name),
            (_("Company"), self.company_id.name),
            (
                _("Period"),
                "%s ~ %s" % (self.date_from.isoformat(), self.date_to.isoformat()),
            ),
            (_("Currency"), currency.name),
            (_("Generated on"), "%s (%s)" % (now.strftime("%Y-%m-%d %H:%M:%S"), now.tzname())),
            (_("Generated by"), self.env.user.name),
        ]
        for row, (label, value) in enumerate(header, start=1):
            sheet.write_string(row, 0, label, formats["label"])
            sheet.write_string(row, 1, value or "")
        header_row = len(header) + 2
        for col, (_key, title, _kind) in enumerate(columns):
            sheet.write_string(header_row, col, title, formats["header"])
        sheet.freeze_panes(header_row + 1, 1)

        # lines, streamed
        kinds = [kind for _key, _title, kind in columns]
        totals = [0.0] * len(columns)
        summed = [kind in ("qty", "amount") for kind in kinds]
        row = header_row
        cr = self.env.cr
        # the query reads the tables: pending ORM writes go first
        self.env.flush_all()
        # no JIT: its compilation costs seconds and saves nothing on a query
        # of index lookups (the setting is restored below)
        cr.execute("SELECT current_setting('jit')")
        jit = cr.fetchone()[0]
        cr.execute("SET LOCAL jit = off")
        cr.execute(self._statement_query())
        # cells take their column's format; dates come as Excel serials
        write_string = sheet.write_string
        write_number = sheet.write_number
        while rows := cr.fetchmany(FETCH_SIZE):
            for values in rows:
                row += 1
                for col, value in enumerate(values):
                    if kinds[col] == "text":
                        write_string(row, col, value or "")
                    elif value is not None:
                        write_number(row, col, value)
                        if summed[col]:
                            totals[col] += value

        cr.execute(SQL("SELECT set_config('jit', %s, true)", jit))

        # totals row: SUM formulas with their values cached for readers
        # that do not compute (previews, openpyxl's data_only)
        row += 1
        first, last = header_row + 2, row  # 1-based rows of the lines
        for col, kind in enumerate(kinds):
            if col == 0:
                sheet.write_string(row, col, _("Total"), formats["total_label"])
            elif summed[col]:
                value = round(totals[col], currency.decimal_places if kind == "amount" else 6)
                letter = xl_col_to_name(col)
                sheet.write_formula(
                    row,
                    col,
                    f"=SUM({letter}{first}:{letter}{last})" if last >= first else "=0",
                    formats["total_qty" if kind == "qty" else "total_amount"],
                    value,
                )
            else:
                sheet.write_blank(row, col, None, formats["total_blank"])
        workbook.close()
        return output.getvalue()
