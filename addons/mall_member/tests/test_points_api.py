from odoo.tests import tagged

from .common import PointsCase


@tagged("post_install", "-at_install")
class TestPointsApi(PointsCase):
    def test_me_points_without_points(self):
        response = self.api("GET", "/me/points", token=self.token)
        self.assertEqual(response.status_code, 200, response.text)
        body = response.json()
        self.assertEqual(
            {k: body[k] for k in ("balance", "pending", "items", "total", "expiring")},
            {"balance": 0, "pending": 0, "items": [], "total": 0, "expiring": 0},
        )
        self.assertEqual(body["point_value"], 1.0)
        self.assertError(self.api("GET", "/me/points"), 401, "unauthorized")
        self.assertError(
            self.api("GET", "/me/points", token=self.token, params={"page_size": 0}),
            422,
            "validation_error",
        )

    def test_quote_says_what_points_can_do(self):
        response = self.quote([(self.rice, 1)])
        self.assertEqual(response.status_code, 200, response.text)
        self.assertIsNone(response.json()["points"], "no points: no points object")
        self.give(80)
        quote = self.quote([(self.rice, 1)]).json()
        self.assertEqual(
            quote["points"],
            {
                "balance": 80,
                "usable": 50,
                "usable_value": 50.0,
                "used": 0,
                "used_value": 0.0,
                "point_value": 1.0,
                "max_percent": 50.0,
            },
        )
        self.assertMoney(quote["amount_total"], 100)
        lines = len(self.ledger())
        quote = self.quote([(self.rice, 1)], use_points=True).json()
        self.assertEqual((quote["points"]["used"], quote["points"]["used_value"]), (50, 50.0))
        self.assertMoney(quote["amount_discount"], -50)
        self.assertMoney(quote["amount_total"], 50)
        self.assertEqual(len(self.ledger()), lines, "a quote reserves nothing")
        self.assertEqual(self.balance(), 80)

    def test_order_with_points_then_the_ledger(self):
        self.give(30)
        response = self.place([(self.rice, 1), (self.noodle, 1)], use_points=True)
        self.assertEqual(response.status_code, 201, response.text)
        order = response.json()
        self.assertEqual(order["points_used"], 30)
        self.assertMoney(order["amount_points"], -30)
        self.assertMoney(order["amount_discount"], -30)
        self.assertMoney(order["amount_total"], 82.5, "what WeChat Pay charges")
        self.assertEqual(len(order["lines"]), 2, "the points line is no goods line")
        self.assertEqual(self.balance(), 0)
        # without use_points an order keeps the points
        self.give(10)
        plain = self.place([(self.noodle, 1)]).json()
        self.assertEqual((plain["points_used"], plain["amount_total"]), (0, 12.5))
        self.assertEqual(self.balance(), 10)

        body = self.api("GET", "/me/points", token=self.token).json()
        self.assertEqual((body["balance"], body["pending"], body["total"]), (10, 0, 3))
        newest = body["items"][0]
        self.assertEqual((newest["kind"], newest["points"]), ("adjust", 10))
        spend = body["items"][1]
        self.assertEqual(
            {k: spend[k] for k in ("kind", "points", "pending", "order_id", "order_name")},
            {
                "kind": "spend",
                "points": -30,
                "pending": False,
                "order_id": order["id"],
                "order_name": order["name"],
            },
        )
        self.assertEqual(spend["description"], f"订单 {order['name']} 积分抵扣")
        page = self.api(
            "GET", "/me/points", token=self.token, params={"page": 2, "page_size": 2}
        ).json()
        self.assertEqual([item["kind"] for item in page["items"]], ["adjust"])
        # another member sees none of it
        other = self.api("GET", "/me/points", token=self.other_token).json()
        self.assertEqual((other["balance"], other["items"]), (0, []))

    def test_pending_and_expiring_in_the_summary(self):
        self.company.mall_points_expiry = True
        order = self.place_model([(self.rice, 3)], use_points=False)
        order.action_confirm()
        self.give(4).expires_on = f"{order.create_date.year}-12-31"
        body = self.api("GET", "/me/points", token=self.token).json()
        self.assertEqual((body["balance"], body["pending"]), (4, 3))
        self.assertEqual(body["expiring"], 4)
        self.assertEqual(body["items"][1]["pending"], True)
