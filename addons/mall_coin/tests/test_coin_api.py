import io
import json
from datetime import timedelta
from urllib.parse import urlencode

import openpyxl

from odoo import fields
from odoo.tests import new_test_user, tagged

from .common import CoinCase


@tagged("post_install", "-at_install")
class TestCoinApi(CoinCase):
    def test_my_coins(self):
        empty = self.api("GET", "/me/coins", token=self.token)
        self.assertEqual(empty.status_code, 200, empty.text)
        body = empty.json()
        self.assertEqual((body["balance"], body["next_expiry"], body["items"]), (0, None, []))
        self.assertEqual(body["lifetime_hours"], 48)

        order = self.paid_order([(self.wine, 1)])
        old = self.earn(2, key="lottery:9")
        self.age(old, 47)
        gone = self.earn(1, key="lottery:10")
        self.age(gone, 49)  # past its expiry, the job has not run
        self.earn(1, member=self.other)
        body = self.api("GET", "/me/coins", token=self.token).json()
        self.assertEqual(body["balance"], 3)
        self.assertEqual(body["next_expiry"]["coins"], 2)
        self.assertEqual(
            fields.Datetime.to_datetime(body["next_expiry"]["expires_at"][:19].replace("T", " ")),
            old.expires_at,
        )
        self.assertEqual(body["total"], 3)
        first = body["items"][-1]
        self.assertEqual(
            (
                first["kind"],
                first["source"],
                first["coins"],
                first["order_name"],
                first["remaining"],
            ),
            ("earn", "order", 1, order.name, 1),
        )
        self.assertEqual(first["description"], f"订单 {order.name} 赠送活动币")
        newest = body["items"][0]
        self.assertEqual((newest["coins"], newest["expired"], newest["remaining"]), (1, True, 0))
        # pages
        page = self.api("GET", "/me/coins", token=self.token, params={"page": 2, "page_size": 2})
        self.assertEqual([i["id"] for i in page.json()["items"]], [body["items"][2]["id"]])
        # once expired by the job, the ledger says so
        self.Line._mall_expire_due()
        body = self.api("GET", "/me/coins", token=self.token).json()
        self.assertEqual(body["items"][0]["kind"], "expire")
        self.assertEqual(body["items"][0]["description"], "1 个活动币已过期")
        self.assertEqual(body["balance"], 3)
        server = fields.Datetime.to_datetime(body["server_time"][:19].replace("T", " "))
        self.assertLess(abs(server - fields.Datetime.now()), timedelta(minutes=1))

    def test_errors(self):
        self.assertError(self.api("GET", "/me/coins"), 401, "unauthorized")
        self.assertError(
            self.api("GET", "/me/coins", token=self.token, params={"page": 0}),
            422,
            "validation_error",
        )
        self.assertError(
            self.api("GET", "/me/coins", token=self.token, params={"page_size": 1000}),
            422,
            "validation_error",
        )
        self.assertError(
            self.api("GET", "/me/coins", token=self.token, params={"member": self.other.id}),
            422,
            "validation_error",
        )


@tagged("post_install", "-at_install")
class TestCoinReport(CoinCase):
    def test_finance_sees_totals_per_day_and_exports_them(self):
        yesterday_coins = self.earn(2, key="y")
        self.age(yesterday_coins, 47)  # earned yesterday, live for one more hour
        self.earn(1, key="t1")
        self.earn(1, member=self.other, key="t2")
        self.spend(2, key="pm:r")
        self.age(self.ledger().filtered(lambda x: x.kind == "earn" and x.key == "t1"), 48)
        self.Line._mall_expire_due()  # the t1 coin (its remaining) expires today
        finance = new_test_user(
            self.env, login="coin_report_finance", groups="mall_base.group_mall_finance"
        )
        Report = self.env["mall.coin.report"].with_user(finance)
        measures = ["issued", "spent", "expired"]
        members = [self.member.id, self.other.id]
        rows = Report.read_group(
            [("partner_id", "in", members)],
            [f"{m}:sum" for m in measures],
            ["date:day"],
            orderby="date:day",
        )
        totals = [tuple(row[m] for m in measures) for row in rows]
        # yesterday: 2 issued; today: 1 + 1 (t1 aged 48 h is dated two days ago)
        self.assertEqual(sum(t[0] for t in totals), 4)
        self.assertEqual(sum(t[1] for t in totals), 2)
        self.assertEqual(sum(t[2] for t in totals), 1)
        self.assertGreaterEqual(len(rows), 2, "one row per day")
        data = {
            "title": "活动币统计",
            "model": Report._name,
            "measure_count": len(measures),
            "origin_count": 1,
            "col_group_headers": [[{"title": "总计", "width": len(measures), "height": 1}]],
            "measure_headers": [{"title": m, "is_bold": False} for m in measures],
            "origin_headers": [],
            "rows": [
                {
                    "title": row["date:day"],
                    "indent": 0,
                    "values": [{"value": row[m], "is_bold": False} for m in measures],
                }
                for row in rows
            ],
        }
        self.authenticate("coin_report_finance", "coin_report_finance")
        response = self.url_open("/web/pivot/export_xlsx?" + urlencode({"data": json.dumps(data)}))
        self.assertEqual(response.status_code, 200, response.text[:300])
        sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
        cells = [[cell.value for cell in line] for line in sheet.iter_rows()]
        self.assertEqual([tuple(line[1:4]) for line in cells[-len(rows) :]], totals)
        self.assertEqual([line[0] for line in cells[-len(rows) :]], [r["date:day"] for r in rows])
        # a clerk of another company sees nothing of it
        other_company = self.env["res.company"].create({"name": "别家鹿酒坊"})
        clerk = new_test_user(
            self.env,
            login="coin_report_other",
            groups="mall_base.group_mall_finance",
            company_id=other_company.id,
            company_ids=[other_company.id],
        )
        self.assertFalse(self.env["mall.coin.report"].with_user(clerk).search_count([]))
