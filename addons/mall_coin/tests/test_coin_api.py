from datetime import timedelta

from odoo import fields
from odoo.tests import tagged

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
