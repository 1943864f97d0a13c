from datetime import timedelta

from odoo import Command, fields
from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import PointsMallCase

# a 1x1 PNG
_PNG = (
    b"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgAAACAAEA4iG8MwAAAABJRU5ErkJggg=="
)


@tagged("post_install", "-at_install")
class TestPointsMallCatalogue(PointsMallCase):
    def test_own_list_and_detail(self):
        body = self.api("GET", "/points-mall/products").json()
        items = {item["id"]: item for item in body["items"]}
        cup = items[self.cup.product_tmpl_id.id]
        self.assertEqual(
            (cup["coins"], cup["points"], cup["product_id"], cup["stock_state"]),
            (2, 30, self.cup.id, "low"),
        )
        self.assertNotIn(self.wine.id, items)
        detail = self.api("GET", f"/points-mall/products/{self.cup.product_tmpl_id.id}").json()
        self.assertEqual([v["id"] for v in detail["variants"]], [self.cup.id])
        self.assertEqual((detail["coins"], detail["points"]), (2, 30))
        self.assertError(self.api("GET", f"/points-mall/products/{self.wine.id}"), 404, "not_found")
        self.assertError(self.api("GET", "/points-mall/products/999999999"), 404, "not_found")
        self.assertError(
            self.api("GET", "/points-mall/products", params={"page": 0}), 422, "validation_error"
        )
        self.assertError(
            self.api("GET", "/points-mall/products", params={"sort": "x"}), 422, "validation_error"
        )

    def test_never_in_the_normal_catalogue_nor_cart(self):
        listed = self.api("GET", "/products", params={"page_size": 50}).json()
        ids = {item["id"] for item in listed["items"]}
        self.assertIn(self.wine.id, ids)
        self.assertNotIn(self.cup.product_tmpl_id.id, ids)
        self.assertError(
            self.api("GET", f"/products/{self.cup.product_tmpl_id.id}"), 404, "not_found"
        )
        self.assertError(
            self.api(
                "POST", "/cart/lines", {"product_id": self.cup.id, "qty": 1}, token=self.token
            ),
            404,
            "product_not_found",
        )
        self.assertError(
            self.api(
                "POST",
                "/orders",
                {"address_id": self.address.id, "lines": [{"product_id": self.cup.id, "qty": 1}]},
                token=self.token,
                headers={"Idempotency-Key": "normal-order-of-cup"},
            ),
            404,
            "product_not_found",
        )
        # flagged later: gone from the cached catalogue at once
        self.wine.write({"mall_points_mall": True, "mall_pm_coins": 1, "mall_pm_points": 1})
        self.assertError(self.api("GET", f"/products/{self.wine.id}"), 404, "not_found")

    def test_published_without_a_cash_price(self):
        supplier = self.env["res.partner"].create(
            {"name": "积分测试酒具厂", "mall_is_supplier": True}
        )
        template = self.env["product.template"].create(
            {
                "name": "测试酒杯",
                "list_price": 0.0,
                "mall_ok": True,
                "image_1920": _PNG,
                "mall_points_mall": True,
                "mall_pm_coins": 1,
                "mall_pm_points": 10,
                "seller_ids": [Command.create({"partner_id": supplier.id, "price": 12.0})],
            }
        )
        template.action_mall_publish()
        self.assertTrue(template.mall_published)
        # a normal product still needs its price
        template.mall_points_mall = False
        template.mall_published = False
        with self.assertRaises(UserError):
            template.action_mall_publish()

    def test_priced_in_coins_and_points_together(self):
        for coins, points in ((0, 10), (1, 0)):
            with self.assertRaises(ValidationError):
                self.cup.product_tmpl_id.write({"mall_pm_coins": coins, "mall_pm_points": points})


@tagged("post_install", "-at_install")
class TestPointsMallOrders(PointsMallCase):
    def test_exchange_spends_both_in_one_go(self):
        self.give(self.member, coins=5, points=100)
        response = self.exchange(qty=2)
        self.assertEqual(response.status_code, 201, response.text)
        body = response.json()
        self.assertEqual(
            {
                k: body[k]
                for k in ("state", "amount_total", "points_mall", "coins_used", "points_used")
            },
            {
                "state": "paid",
                "amount_total": 0.0,
                "points_mall": True,
                "coins_used": 4,
                "points_used": 60,
            },
        )
        self.assertEqual(self.balances(), (1, 40))
        order = self.orders()
        self.assertEqual(order.state, "sale")
        self.assertTrue(order.mall_order)
        self.assertEqual(order.amount_total, 0.0)
        self.assertEqual(order.order_line.price_unit, 0.0)
        self.assertFalse(order.transaction_ids)
        # shipped from the warehouse like any paid order (the workbench lists it)
        delivery = order._mall_deliveries()
        self.assertTrue(delivery._mall_is_waiting_shipment())
        # an exchange earns no coin, and no points (nothing paid)
        self.assertFalse(order.mall_coin_line_ids.filtered(lambda line: line.kind == "earn"))
        self.assertFalse(
            self.env["mall.points.line"].search(
                [("order_id", "=", order.id), ("kind", "=", "earn")]
            )
        )
        # in the member's orders, with what paid it
        listed = self.api("GET", f"/orders/{order.id}", token=self.token).json()
        self.assertEqual((listed["coins_used"], listed["points_used"]), (4, 60))

    def test_same_key_same_order(self):
        self.give(self.member, coins=5, points=100)
        first = self.exchange(key="same-key-0001")
        again = self.exchange(key="same-key-0001")
        self.assertEqual((first.status_code, again.status_code), (201, 200))
        self.assertEqual(first.json()["id"], again.json()["id"])
        self.assertEqual(self.balances(), (3, 70))

    def test_real_name_required(self):
        self.give(self.other, coins=5, points=100)
        self.assertError(
            self.exchange(token=self.other_token, address=self.other_address),
            403,
            "real_name_required",
        )
        self.assertEqual(self.balances(self.other), (5, 100))
        self.assertFalse(self.orders(self.other))

    def test_insufficient_coins_spends_nothing(self):
        self.give(self.member, coins=1, points=100)
        self.assertError(self.exchange(), 409, "insufficient_coins")
        self.assertEqual(self.balances(), (1, 100))
        self.assertFalse(self.orders())

    def test_insufficient_points_gives_the_coins_back(self):
        # the coins are spent first: the refusal of the points undoes them
        self.give(self.member, coins=5, points=29)
        self.assertError(self.exchange(), 409, "insufficient_points")
        self.assertEqual(self.balances(), (5, 29))
        self.assertFalse(self.orders())
        self.assertFalse(
            self.env["mall.coin.line"].search(
                [("partner_id", "=", self.member.id), ("kind", "=", "spend")]
            )
        )

    def test_coins_and_points_both_required(self):
        self.give(self.member, points=1000)
        self.assertError(self.exchange(), 409, "insufficient_coins")
        self.give(self.other, coins=10)
        self._verified(self.other, "b" * 64)
        self.assertError(
            self.exchange(token=self.other_token, address=self.other_address),
            409,
            "insufficient_points",
        )

    def test_out_of_stock_spends_nothing(self):
        self.give(self.member, coins=20, points=1000)
        self.assertError(self.exchange(qty=6), 409, "out_of_stock")
        self.assertEqual(self.balances(), (20, 1000))
        self.assertFalse(self.orders())

    def test_request_errors(self):
        self.give(self.member, coins=5, points=100)
        self.assertError(self.exchange(address=self.other_address), 404, "not_found")
        missing = self.env["product.product"].browse(999999999)
        self.assertError(self.exchange(product=missing), 404, "product_not_found")
        self.assertError(
            self.exchange(product=self.wine.product_variant_id), 404, "product_not_found"
        )
        self.assertError(self.exchange(qty=0), 422, "validation_error")
        self.assertError(self.exchange(qty=100), 422, "validation_error")
        self.assertError(self.exchange(key="short"), 422, "validation_error")
        no_key = self.api(
            "POST",
            "/points-mall/orders",
            {"product_id": self.cup.id, "address_id": self.address.id},
            token=self.token,
        )
        self.assertError(no_key, 422, "validation_error")
        extra = self.api(
            "POST",
            "/points-mall/orders",
            {"product_id": self.cup.id, "address_id": self.address.id, "price": 0},
            token=self.token,
            headers={"Idempotency-Key": "extra-field-01"},
        )
        self.assertError(extra, 422, "validation_error")
        self.assertError(
            self.api(
                "POST",
                "/points-mall/orders",
                {"product_id": self.cup.id, "address_id": self.address.id},
                headers={"Idempotency-Key": "no-token-0001"},
            ),
            401,
            "unauthorized",
        )
        self.assertEqual(self.balances(), (5, 100))
        self.assertFalse(self.orders())


@tagged("post_install", "-at_install")
class TestPointsMallCancel(PointsMallCase):
    def setUp(self):
        super().setUp()
        self.give(self.member, coins=5, points=100)
        response = self.exchange()
        self.assertEqual(response.status_code, 201, response.text)
        self.order = self.orders()
        self.assertEqual(self.balances(), (3, 70))

    def cancel(self, order=None, token=None):
        return self.api(
            "POST",
            f"/points-mall/orders/{(order or self.order).id}/cancel",
            token=token or self.token,
        )

    def test_cancel_before_shipping_gives_back_once(self):
        response = self.cancel()
        self.assertEqual(response.status_code, 200, response.text)
        self.assertEqual(response.json()["state"], "cancelled")
        self.assertEqual(self.balances(), (5, 100))
        self.assertError(self.cancel(), 409, "invalid_state")
        self.assertEqual(self.balances(), (5, 100))
        self.assertEqual(set(self.order.picking_ids.mapped("state")), {"cancel"})

    def test_an_expired_coin_does_not_come_back(self):
        # time moved: the first coin's 48 hours pass before the cancel
        earned = self.env["mall.coin.line"].search(
            [("partner_id", "=", self.member.id), ("kind", "=", "earn")]
        )
        earned.sudo().write({"expires_at": fields.Datetime.now() - timedelta(minutes=1)})
        self.cancel()
        self.assertEqual(self.balances(), (0, 100))

    def test_operator_cancel_gives_back(self):
        self.order.with_context(disable_cancel_warning=True).action_cancel()
        self.assertEqual(self.order.state, "cancel")
        self.assertEqual(self.balances(), (5, 100))

    def test_no_cancel_once_shipped(self):
        carrier = self.env["delivery.carrier"].search(
            [("mall_kuaidi100_code", "=", "shunfeng")], limit=1
        )
        delivery = self.order._mall_deliveries()
        delivery._mall_ship(carrier, "SF1234567890")
        self.assertEqual(self.order.mall_shopper_state, "shipped")
        self.assertError(self.cancel(), 409, "already_shipped")
        self.assertEqual(self.balances(), (3, 70))
        with self.assertRaises(Exception):  # noqa: B017 - MallError, whoever cancels
            self.order.with_context(disable_cancel_warning=True).action_cancel()
        self.assertEqual(self.order.state, "sale")

    def test_cancel_errors(self):
        self.assertError(self.cancel(token=self.other_token), 404, "not_found")
        self.assertError(
            self.api("POST", "/points-mall/orders/999999999/cancel", token=self.token),
            404,
            "not_found",
        )
        self.assertError(
            self.api("POST", f"/points-mall/orders/{self.order.id}/cancel"), 401, "unauthorized"
        )
        # a normal order is not the points mall's
        normal = self.env["sale.order"].create(
            {"partner_id": self.member.id, "mall_order": True, "company_id": self.company.id}
        )
        self.assertError(self.cancel(order=normal), 404, "not_found")
        self.assertEqual(self.balances(), (3, 70))
