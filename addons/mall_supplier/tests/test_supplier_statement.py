import io
from datetime import datetime

import openpyxl

from odoo import Command
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged
from odoo.tests.common import new_test_user

from .common import MallSupplierCase

TZ = "Asia/Shanghai"


@tagged("post_install", "-at_install")
class TestSupplierStatement(MallSupplierCase):
    """The supplier statement export (供应商对账单) of Finance."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tz=TZ))
        (cls.rice | cls.noodle).taxes_id = [Command.clear()]
        cls.finance = new_test_user(
            cls.env, login="stmt_finance", groups="mall_base.group_mall_finance", tz=TZ
        )
        cls.fulfillment = new_test_user(
            cls.env, login="stmt_fulfillment", groups="mall_base.group_mall_fulfillment"
        )
        rice_1kg = cls._variant(cls.rice, "1kg")
        rice_5kg = cls._variant(cls.rice, "5kg")
        noodle_1kg = cls._variant(cls.noodle, "1kg")
        # in the period (October, Shanghai time)
        cls.order = cls._confirmed(
            "2026-10-10 02:00:00", [(rice_1kg, 3, 12.0), (rice_5kg, 2, 60.0), (noodle_1kg, 4, 6.0)]
        )
        # 23:30 on the last day in Shanghai: still in the period
        cls.late_order = cls._confirmed("2026-10-31 15:30:00", [(rice_1kg, 1, 12.0)])
        # 00:30 on the day after in Shanghai: outside
        cls.next_order = cls._confirmed("2026-10-31 16:30:00", [(rice_1kg, 5, 12.0)])
        cls.early_order = cls._confirmed("2026-09-30 15:59:00", [(rice_5kg, 6, 60.0)])
        # not confirmed: never on a statement
        cls.quotation = cls.env["sale.order"].create(
            {
                "partner_id": cls.shopper.id,
                "date_order": "2026-10-12 02:00:00",
                "order_line": [Command.create({"product_id": rice_1kg.id, "product_uom_qty": 9})],
            }
        )
        cls.line_5kg = cls.order.order_line.filtered(lambda line: line.product_id == rice_5kg)
        # one of the two 5kg bags refunded by a posted credit note
        cls.refund = cls.env["account.move"].create(
            {
                "move_type": "out_refund",
                "partner_id": cls.shopper.id,
                "invoice_line_ids": [
                    Command.create(
                        {
                            "product_id": rice_5kg.id,
                            "quantity": 1,
                            "price_unit": cls.line_5kg.price_unit,
                            "tax_ids": [Command.clear()],
                            "sale_line_ids": [Command.set(cls.line_5kg.ids)],
                        }
                    )
                ],
            }
        )
        cls.refund.action_post()
        # a draft credit note refunds nothing
        cls.env["account.move"].create(
            {
                "move_type": "out_refund",
                "partner_id": cls.shopper.id,
                "invoice_line_ids": [
                    Command.create(
                        {
                            "product_id": rice_5kg.id,
                            "quantity": 1,
                            "price_unit": cls.line_5kg.price_unit,
                            "tax_ids": [Command.clear()],
                            "sale_line_ids": [Command.set(cls.line_5kg.ids)],
                        }
                    )
                ],
            }
        )

    @classmethod
    def _variant(cls, template, size):
        return template.product_variant_ids.filtered(
            lambda v: v.product_template_attribute_value_ids.name == size
        )

    @classmethod
    def _confirmed(cls, date_order, lines):
        order = cls.env["sale.order"].create(
            {
                "partner_id": cls.shopper.id,
                "order_line": [
                    Command.create({"product_id": product.id, "product_uom_qty": qty})
                    for product, qty, _settlement in lines
                ],
            }
        )
        order.action_confirm()
        # confirmation stamps the order date: put it in the past
        order.date_order = date_order
        for line, (product, _qty, settlement) in zip(order.order_line, lines, strict=True):
            supplier = product.seller_ids.partner_id[:1]
            if line.mall_supplier_id != supplier or not line.mall_settlement_price:
                line.write({"mall_supplier_id": supplier.id, "mall_settlement_price": settlement})
        return order

    def _wizard(self, user=None, **values):
        values = {
            "supplier_id": self.supplier_a.id,
            "date_from": "2026-10-01",
            "date_to": "2026-10-31",
            **values,
        }
        model = self.env["mall.supplier.statement"]
        if user:
            model = model.with_user(user)
        return model.create(values)

    def _export(self, wizard):
        action = wizard.action_export()
        self.assertEqual(action["type"], "ir.actions.act_url")
        attachment_id = int(action["url"].split("/")[-1].split("?")[0])
        self.assertTrue(action["url"].endswith("?download=true"))
        attachment = self.env["ir.attachment"].browse(attachment_id)
        self.assertEqual((attachment.res_model, attachment.res_id), (wizard._name, wizard.id))
        return attachment

    def _read(self, attachment):
        """(header block as {label: value}, column titles, line rows, totals row)."""
        book = openpyxl.load_workbook(io.BytesIO(attachment.raw), data_only=True)
        rows = list(book.worksheets[0].iter_rows(values_only=True))
        titles_at = next(i for i, row in enumerate(rows) if row[0] == "Order Reference")
        header = {row[0]: row[1] for row in rows[1:titles_at] if row[0]}
        titles = rows[titles_at]
        lines = [dict(zip(titles, row, strict=True)) for row in rows[titles_at + 1 : -1]]
        totals = dict(zip(titles, rows[-1], strict=True))
        return header, titles, lines, totals

    def _count_attachments(self):
        return self.env["ir.attachment"].search_count(
            [("res_model", "=", "mall.supplier.statement")]
        )

    def test_statement_lines_refunds_and_totals(self):
        attachment = self._export(self._wizard())
        self.assertEqual(attachment.name, "Supplier Statement_甲米业_20261001_20261031.xlsx")
        header, titles, lines, totals = self._read(attachment)

        self.assertEqual(header["Supplier"], "甲米业")
        self.assertEqual(header["Period"], "2026-10-01 ~ 2026-10-31")
        self.assertEqual(header["Currency"], self.env.company.currency_id.name)
        self.assertIn("Generated on", header)
        self.assertEqual(
            titles,
            (
                "Order Reference",
                "Order Date",
                "Delivery Date",
                "Product",
                "Variant",
                "Quantity",
                "Delivered Quantity",
                "Sale Price",
                "Settlement Price",
                "Sale Amount",
                "Settlement Amount",
                "Refunded Quantity",
                "Refunded Amount",
                "Settlement after Refunds",
            ),
        )
        # supplier B's noodles, the order after the period, the one before
        # it and the quotation are not on it
        self.assertEqual(
            [(line["Order Reference"], line["Variant"], line["Quantity"]) for line in lines],
            [
                (self.order.name, "1kg", 3),
                (self.order.name, "5kg", 2),
                (self.late_order.name, "1kg", 1),
            ],
        )
        self.assertTrue(all(line["Product"] == "测试大米" for line in lines))
        # order dates in the user's time zone
        self.assertEqual(lines[0]["Order Date"], datetime(2026, 10, 10, 10, 0))
        self.assertEqual(lines[2]["Order Date"], datetime(2026, 10, 31, 23, 30))

        bag = lines[1]
        price = self.line_5kg.price_unit
        self.assertEqual(bag["Sale Price"], price)
        self.assertEqual(bag["Settlement Price"], 60)
        self.assertEqual(bag["Sale Amount"], price * 2)
        self.assertEqual(bag["Settlement Amount"], 120)
        self.assertEqual(bag["Refunded Quantity"], 1)
        self.assertEqual(bag["Refunded Amount"], price)
        self.assertEqual(bag["Settlement after Refunds"], 60)
        self.assertEqual(lines[0]["Refunded Quantity"], 0)
        self.assertEqual(lines[0]["Settlement after Refunds"], 36)

        self.assertEqual(totals["Order Reference"], "Total")
        self.assertEqual(totals["Quantity"], 6)
        self.assertEqual(totals["Settlement Amount"], 36 + 120 + 12)
        self.assertEqual(totals["Refunded Quantity"], 1)
        self.assertEqual(totals["Refunded Amount"], price)
        self.assertEqual(totals["Settlement after Refunds"], 36 + 60 + 12)
        self.assertEqual(totals["Sale Amount"], sum(self.rice_lines().mapped("price_total")))

    def rice_lines(self):
        return (self.order | self.late_order).order_line.filtered(
            lambda line: line.product_id.product_tmpl_id == self.rice
        )

    def test_other_supplier_and_empty_period(self):
        _header, _titles, lines, totals = self._read(
            self._export(self._wizard(supplier_id=self.supplier_b.id))
        )
        self.assertEqual([line["Product"] for line in lines], ["测试挂面"])
        self.assertEqual(lines[0]["Settlement Amount"], 24)
        self.assertEqual(totals["Settlement after Refunds"], 24)

        _header, _titles, lines, totals = self._read(
            self._export(self._wizard(date_from="2026-12-01", date_to="2026-12-31"))
        )
        self.assertEqual(lines, [])
        self.assertEqual(totals["Settlement Amount"], 0)

    def test_finance_user_exports(self):
        wizard = self._wizard(user=self.finance)
        attachment = self._export(wizard)
        self.assertEqual(len(self._read(attachment)[2]), 3)
        # the file is the exporting user's: the attachment follows the wizard
        self.assertTrue(attachment.with_user(self.finance).raw)

    def test_bad_input_is_refused_and_writes_nothing(self):
        before = self._count_attachments()
        with self.assertRaises(ValidationError):
            self._wizard(date_from="2026-11-01", date_to="2026-10-31")
        with self.assertRaises(UserError):
            self._wizard(supplier_id=False).action_export()
        with self.assertRaises(UserError):
            self._wizard(supplier_id=self.shopper.id).action_export()
        self.assertEqual(self._count_attachments(), before)

    def test_only_finance_exports(self):
        before = self._count_attachments()
        with self.assertRaises(AccessError):
            self._wizard(user=self.fulfillment)
        wizard = self._wizard()
        with self.assertRaises(AccessError):
            wizard.with_user(self.fulfillment).action_export()
        self.assertEqual(self._count_attachments(), before)

    def test_chinese_titles(self):
        if not self.env["res.lang"]._lang_get("zh_CN").active:
            self.skipTest("zh_CN is not loaded")
        attachment = self._export(self._wizard().with_context(lang="zh_CN"))
        self.assertTrue(attachment.name.startswith("供应商对账单_甲米业_"))
        rows = list(
            openpyxl.load_workbook(io.BytesIO(attachment.raw))
            .worksheets[0]
            .iter_rows(values_only=True)
        )
        self.assertIn("订单号", [row[0] for row in rows])
        self.assertNotEqual(rows[-1][0], "Total")
