import io
import json
from urllib.parse import urlencode

import openpyxl

from odoo.tests import new_test_user, tagged

from .common import CouponCase


@tagged("post_install", "-at_install")
class TestCouponCheckout(CouponCase):
    def test_quote_lists_coupons_and_order_uses_the_chosen_one(self):
        small = self._coupon(name="无门槛5", kind="no_threshold", amount=5, min_amount=0)
        big = self._coupon(name="满100减10")
        small_card = small._mall_claim(self.member)
        big_card = big._mall_claim(self.member)

        response = self.quote([(self.rice, 1)])
        self.assertEqual(response.status_code, 200, response.text)
        quote = response.json()
        self.assertEqual(
            [(c["code"], c["discount"], c["preselected"], c["rule"]) for c in quote["coupons"]],
            [(big_card.code, 10.0, True, "满100减10"), (small_card.code, 5.0, False, "无门槛减5")],
        )
        self.assertMoney(quote["amount_total"], 100)
        # noodles for 25.00: only the coupon without a minimum
        quote = self.quote([(self.noodle, 2)]).json()
        self.assertEqual([c["code"] for c in quote["coupons"]], [small_card.code])

        response = self.place([(self.rice, 1)], codes=[big_card.code])
        self.assertEqual(response.status_code, 201, response.text)
        order = response.json()
        self.assertMoney(order["amount_discount"], -10)
        self.assertMoney(order["amount_total"], 90)
        # taken by the unpaid order: not usable again, nor listed
        self.assertEqual(big_card.mall_state, "used")
        self.assertError(self.place([(self.rice, 1)], codes=[big_card.code]), 409, "invalid_coupon")
        self.assertEqual(
            [c["code"] for c in self.quote([(self.rice, 1)]).json()["coupons"]], [small_card.code]
        )
        # cancelled: the coupon comes back
        response = self.api("POST", f"/orders/{order['id']}/cancel", token=self.token)
        self.assertEqual(response.status_code, 200, response.text)
        big_card.invalidate_recordset()
        self.assertEqual(big_card.mall_state, "usable")

    def test_order_takes_one_shop_coupon_unless_they_stack(self):
        first = self._coupon(name="无门槛5", kind="no_threshold", amount=5, min_amount=0)
        second = self._coupon(name="满100减10")
        codes = [first._mall_claim(self.member).code, second._mall_claim(self.member).code]
        orders = self.env["sale.order"].search_count([("partner_id", "=", self.member.id)])
        self.assertError(self.place([(self.rice, 1)], codes=codes), 422, "coupon_not_stackable")
        self.assertError(self.quote([(self.rice, 1)], codes=codes), 422, "coupon_not_stackable")
        self.assertEqual(
            self.env["sale.order"].search_count([("partner_id", "=", self.member.id)]), orders
        )
        (first | second).stackable = True
        response = self.place([(self.rice, 1)], codes=codes)
        self.assertEqual(response.status_code, 201, response.text)
        self.assertMoney(response.json()["amount_discount"], -15)

    def test_another_members_coupon_is_refused(self):
        card = self._coupon()._mall_claim(self.other)
        self.assertError(self.place([(self.rice, 1)], codes=[card.code]), 404, "invalid_coupon")
        self.assertEqual(card.mall_state, "usable")
        # nor listed: the member has no coupon
        self.assertEqual(self.quote([(self.rice, 1)]).json()["coupons"], [])

    def test_statistics(self):
        coupon = self._coupon(name="统计券", total_qty=10, member_limit=0)
        used = coupon._mall_claim(self.member)
        coupon._mall_claim(self.member).expiration_date = self.today.replace(year=2000)
        coupon._mall_grant(self.other)
        order = self.env["sale.order"].browse(
            self.place([(self.rice, 2)], codes=[used.code]).json()["id"]
        )
        order.state = "sale"
        used.points = 0
        self.env.flush_all()
        Report = self.env["mall.coupon.report"]
        row = Report.read_group(
            [("coupon_id", "=", coupon.id)],
            ["issued:sum", "claimed:sum", "used:sum", "expired:sum", "discount:sum", "gmv:sum"],
            ["coupon_id"],
        )[0]
        self.assertEqual((row["issued"], row["claimed"], row["used"], row["expired"]), (3, 2, 1, 1))
        self.assertMoney(row["discount"], 10)
        self.assertMoney(row["gmv"], 190)
        self._check_xlsx_export(coupon)

    def _check_xlsx_export(self, coupon):
        """Finance downloads the statistics as the pivot's XLSX: what the
        pivot reads as that user is what the workbook holds."""
        finance = new_test_user(
            self.env, login="coupon_finance", groups="mall_base.group_mall_finance"
        )
        Report = self.env["mall.coupon.report"].with_user(finance)
        measures = ["issued", "claimed", "used", "expired", "discount", "gmv"]
        row = Report.read_group(
            [("coupon_id", "=", coupon.id)], [f"{m}:sum" for m in measures], ["coupon_id"]
        )[0]
        # the body the pivot's download button sends (web/static/src/views/pivot)
        data = {
            "title": "优惠券统计",
            "model": Report._name,
            "measure_count": len(measures),
            "origin_count": 1,
            "col_group_headers": [[{"title": "总计", "width": len(measures), "height": 1}]],
            "measure_headers": [{"title": m, "is_bold": False} for m in measures],
            "origin_headers": [],
            "rows": [
                {
                    "title": row["coupon_id"][1],
                    "indent": 0,
                    "values": [{"value": row[m], "is_bold": False} for m in measures],
                }
            ],
        }
        self.authenticate("coupon_finance", "coupon_finance")
        response = self.url_open("/web/pivot/export_xlsx?" + urlencode({"data": json.dumps(data)}))
        self.assertEqual(response.status_code, 200, response.text[:300])
        sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
        cells = [[cell.value for cell in line] for line in sheet.iter_rows()]
        self.assertEqual(cells[-1][0], "统计券")
        self.assertEqual(cells[-1][1:5], [3, 2, 1, 1])
        self.assertAlmostEqual(cells[-1][5], 10)
        self.assertAlmostEqual(cells[-1][6], 190)
