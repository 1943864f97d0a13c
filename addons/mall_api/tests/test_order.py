import uuid
from datetime import timedelta

from odoo import Command, fields
from odoo.tests import tagged

from .common import MallApiCase


def new_key():
    return uuid.uuid4().hex


@tagged("post_install", "-at_install")
class MallOrderCase(MallApiCase):
    """Members with a token and an address, a product sold from the warehouse
    with a known stock, and a dropshipped one."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["ir.config_parameter"].sudo().set_param("mall_api.order_rate_limit", "0")
        cls.member, cls.token, cls.address = cls._member("甲")
        cls.other, cls.other_token, cls.other_address = cls._member("乙")
        templates = (
            cls.env["product.template"]
            .sudo()
            .search(
                [("mall_ok", "=", True), ("mall_published", "=", True), ("sale_ok", "=", True)],
                order="id",
            )
        )
        cls.hot_template = templates[0]
        cls.hot_template.mall_fulfillment = "warehouse"
        cls.hot = cls.hot_template.product_variant_ids[0]
        cls._set_stock(cls.hot, 5)
        cls.dropship = templates[1].product_variant_ids[0]
        cls.company.mall_delivery_carrier_id = False
        cls.company.mall_delivery_carrier_ids = False

    @classmethod
    def _member(cls, name):
        return cls._mall_member(name)

    @classmethod
    def _set_stock(cls, product, qty):
        warehouse = cls.env["stock.warehouse"].search([("company_id", "=", cls.company.id)])[:1]
        cls.env["stock.quant"].with_context(inventory_mode=True).create(
            {
                "product_id": product.id,
                "location_id": warehouse.lot_stock_id.id,
                "inventory_quantity": qty,
            }
        ).action_apply_inventory()

    def place(self, lines=None, token=None, key=None, address=None, **extra):
        body = {"address_id": (address or self.address).id, **extra}
        if lines is not None:
            body["lines"] = [{"product_id": p.id, "qty": q} for p, q in lines]
        return self.api(
            "POST",
            "/orders",
            body,
            token=token or self.token,
            headers={"Idempotency-Key": key or new_key()},
        )

    def assertMoney(self, amount, expected):
        """Equal to the fen (the currency's rounding), not roughly."""
        currency = self.company.currency_id
        self.assertEqual(
            currency.compare_amounts(amount, expected),
            0,
            f"{amount} != {expected} ({currency.name})",
        )
        self.assertEqual(round(amount * 100), round(currency.round(expected) * 100))

    def holds(self, product=None):
        domain = [("state", "=", "active"), ("member_id", "in", (self.member | self.other).ids)]
        if product:
            domain.append(("product_id", "=", product.id))
        return self.env["mall.stock.hold"].sudo().search(domain)

    def counts(self):
        return (
            self.env["sale.order"].sudo().search_count([]),
            self.env["sale.order.line"].sudo().search_count([]),
            self.env["mall.stock.hold"].sudo().search_count([]),
        )


@tagged("post_install", "-at_install")
class TestCart(MallOrderCase):
    def test_cart_add_update_delete(self):
        response = self.api("GET", "/cart", token=self.token)
        self.assertEqual(response.status_code, 200, response.text)
        self.assertEqual(response.json()["lines"], [])
        self.assertEqual(response.json()["amount_total"], 0)

        response = self.api(
            "POST", "/cart/lines", {"product_id": self.dropship.id, "qty": 2}, token=self.token
        )
        self.assertEqual(response.status_code, 201, response.text)
        cart = response.json()
        self.assertEqual(len(cart["lines"]), 1)
        line = cart["lines"][0]
        self.assertEqual(line["product_id"], self.dropship.id)
        self.assertEqual(line["qty"], 2)
        self.assertTrue(line["available"])
        self.assertAlmostEqual(line["price_unit"], self.dropship.lst_price)
        self.assertAlmostEqual(cart["amount_total"], line["subtotal"])
        self.assertEqual(cart["currency"], "CNY")

        # adding again adds to the quantity
        cart = self.api(
            "POST", "/cart/lines", {"product_id": self.dropship.id, "qty": 1}, token=self.token
        ).json()
        self.assertEqual([(x["id"], x["qty"]) for x in cart["lines"]], [(line["id"], 3)])

        response = self.api("PATCH", f"/cart/lines/{line['id']}", {"qty": 5}, token=self.token)
        self.assertEqual(response.status_code, 200, response.text)
        self.assertEqual(response.json()["lines"][0]["qty"], 5)

        response = self.api("DELETE", f"/cart/lines/{line['id']}", token=self.token)
        self.assertEqual(response.status_code, 200, response.text)
        self.assertEqual(response.json()["lines"], [])

    def test_cart_errors(self):
        self.assertError(self.api("GET", "/cart"), 401, "unauthorized")
        self.assertError(
            self.api("POST", "/cart/lines", {"product_id": self.dropship.id, "qty": 1}),
            401,
            "unauthorized",
        )
        for body in (
            {"product_id": self.dropship.id, "qty": 0},
            {"product_id": self.dropship.id, "qty": 100},
            {"product_id": self.dropship.id},
            {"product_id": self.dropship.id, "qty": 1, "price": 0.01},
            {"product_id": "abc", "qty": 1},
        ):
            self.assertError(
                self.api("POST", "/cart/lines", body, token=self.token), 422, "validation_error"
            )
        self.assertError(
            self.api("POST", "/cart/lines", {"product_id": 99999999, "qty": 1}, token=self.token),
            404,
            "not_found",
        )
        unpublished = (
            self.env["product.template"]
            .sudo()
            .search(
                [("mall_ok", "=", True), ("mall_published", "=", True)], order="id desc", limit=1
            )
        )
        unpublished.mall_published = False
        self.assertError(
            self.api(
                "POST",
                "/cart/lines",
                {"product_id": unpublished.product_variant_ids[0].id, "qty": 1},
                token=self.token,
            ),
            404,
            "product_not_found",
        )
        self.assertError(
            self.api(
                "POST", "/cart/lines", {"product_id": self.hot.id, "qty": 6}, token=self.token
            ),
            409,
            "out_of_stock",
        )
        # nothing was written by the refused requests: no cart
        self.assertFalse(self.env["sale.order"]._mall_get_cart(self.member))

    def test_other_members_cart_lines_are_not_found(self):
        cart = self.api(
            "POST", "/cart/lines", {"product_id": self.dropship.id, "qty": 1}, token=self.token
        ).json()
        line_id = cart["lines"][0]["id"]
        self.assertError(
            self.api("PATCH", f"/cart/lines/{line_id}", {"qty": 3}, token=self.other_token),
            404,
            "not_found",
        )
        self.assertError(
            self.api("DELETE", f"/cart/lines/{line_id}", token=self.other_token), 404, "not_found"
        )
        self.assertEqual(self.api("GET", "/cart", token=self.other_token).json()["lines"], [])
        # the owner's line is untouched
        self.assertEqual(self.api("GET", "/cart", token=self.token).json()["lines"][0]["qty"], 1)


@tagged("post_install", "-at_install")
class TestOrders(MallOrderCase):
    def test_place_order_from_cart_holds_stock(self):
        self.api("POST", "/cart/lines", {"product_id": self.hot.id, "qty": 2}, token=self.token)
        self.api(
            "POST", "/cart/lines", {"product_id": self.dropship.id, "qty": 1}, token=self.token
        )
        response = self.place(note="请尽快发货")
        self.assertEqual(response.status_code, 201, response.text)
        order = response.json()
        self.assertEqual(order["state"], "pending_payment")
        self.assertEqual(order["note"], "请尽快发货")
        self.assertEqual(
            sorted((x["product_id"], x["qty"]) for x in order["lines"]),
            sorted([(self.hot.id, 2), (self.dropship.id, 1)]),
        )
        expected = self.hot.lst_price * 2 + self.dropship.lst_price
        self.assertMoney(order["amount_goods"], expected)
        self.assertMoney(order["amount_total"], expected)
        # each line carries its id (for after-sales); nothing is refundable before payment
        so_lines = self.env["sale.order"].browse(order["id"]).order_line
        for line in order["lines"]:
            so_line = so_lines.filtered(lambda x, line=line: x.id == line["id"])
            self.assertEqual(so_line.product_id.id, line["product_id"])
            self.assertEqual(line["refundable_quantity"], 0)
        listed_order = self.api("GET", "/orders", token=self.token).json()["items"][0]
        self.assertEqual(listed_order["lines"], order["lines"])
        self.assertEqual(order["address"]["name"], "收货人甲")
        expires = fields.Datetime.to_datetime(order["expires_at"].replace("T", " ")[:19])
        self.assertAlmostEqual(
            (expires - fields.Datetime.now()).total_seconds(),
            self.company.mall_unpaid_order_timeout * 60,
            delta=60,
        )
        # only the warehouse product is held, and the cart is emptied
        holds = self.holds()
        self.assertEqual(holds.product_id, self.hot)
        self.assertEqual(sum(holds.mapped("qty")), 2)
        self.assertEqual(self.api("GET", "/cart", token=self.token).json()["lines"], [])
        # settlement prices, costs and suppliers never leave the server
        cart = self.api("GET", "/cart", token=self.token).text.lower()
        listed = self.api("GET", "/orders", token=self.token).text.lower()
        for word in ("settlement", "standard_price", "seller", "supplier", "cost"):
            for text in (response.text.lower(), cart, listed):
                self.assertNotIn(word, text)
        so = self.env["sale.order"].browse(order["id"])
        self.assertEqual(so.state, "draft")
        self.assertEqual(so.partner_shipping_id, self.address)
        # 3 left: 4 are refused, 3 are fine
        self.assertError(self.place([(self.hot, 4)]), 409, "out_of_stock")
        self.assertEqual(self.place([(self.hot, 3)]).status_code, 201)
        self.assertError(
            self.place([(self.hot, 1)], token=self.other_token, address=self.other_address),
            409,
            "out_of_stock",
        )

    def test_price_sent_by_client_is_ignored_and_shipping_is_added(self):
        carrier = self.env["delivery.carrier"].create(
            {
                "name": "测试快递",
                "delivery_type": "fixed",
                "fixed_price": 12.0,
                "product_id": self.env["product.product"]
                .create({"name": "运费", "type": "service"})
                .id,
            }
        )
        self.company.mall_delivery_carrier_id = carrier
        response = self.api(
            "POST",
            "/orders",
            {
                "address_id": self.address.id,
                "lines": [{"product_id": self.dropship.id, "qty": 1, "price": 0.01}],
            },
            token=self.token,
            headers={"Idempotency-Key": new_key()},
        )
        self.assertError(response, 422, "validation_error")
        order = self.place([(self.dropship, 1)]).json()
        self.assertMoney(order["amount_shipping"], 12.0)
        self.assertMoney(order["amount_total"], self.dropship.lst_price + 12.0)
        self.assertEqual([x["product_id"] for x in order["lines"]], [self.dropship.id])

    def test_same_idempotency_key_returns_the_same_order(self):
        key = new_key()
        first = self.place([(self.hot, 1)], key=key)
        self.assertEqual(first.status_code, 201, first.text)
        before = self.counts()
        again = self.place([(self.hot, 1)], key=key)
        self.assertEqual(again.status_code, 200, again.text)
        self.assertEqual(again.json()["id"], first.json()["id"])
        self.assertEqual(self.counts(), before)
        # another member may use the same key for its own order
        other = self.place(
            [(self.dropship, 1)], key=key, token=self.other_token, address=self.other_address
        )
        self.assertEqual(other.status_code, 201, other.text)
        self.assertNotEqual(other.json()["id"], first.json()["id"])

    def test_order_errors_write_nothing(self):
        before = self.counts()
        self.assertError(self.place([]), 422, "validation_error")
        self.assertError(self.place(), 409, "cart_empty")
        self.assertError(
            self.place([(self.dropship, 1)], address=self.other_address), 404, "not_found"
        )
        self.assertError(self.place([(self.hot, 50)]), 409, "out_of_stock")
        response = self.api(
            "POST",
            "/orders",
            {"address_id": self.address.id, "lines": [{"product_id": 99999999, "qty": 1}]},
            token=self.token,
            headers={"Idempotency-Key": new_key()},
        )
        self.assertError(response, 404, "product_not_found")
        response = self.api(
            "POST",
            "/orders",
            {"address_id": self.address.id, "lines": [{"product_id": self.hot.id, "qty": 1}]},
            token=self.token,
        )
        self.assertError(response, 422, "validation_error")  # no Idempotency-Key
        response = self.api(
            "POST",
            "/orders",
            {"address_id": self.address.id, "lines": [{"product_id": self.hot.id, "qty": 1}]},
            token=self.token,
            headers={"Idempotency-Key": "short"},
        )
        self.assertError(response, 422, "validation_error")
        self.assertError(
            self.place([(self.dropship, 1)], coupon_codes=["NO-SUCH-CODE"]), 404, "invalid_coupon"
        )
        self.assertError(
            self.api("POST", "/orders", {"address_id": self.address.id}), 401, "unauthorized"
        )
        self.assertEqual(self.counts(), before)

    def test_order_rate_limit_per_member(self):
        self.env["ir.config_parameter"].sudo().set_param("mall_api.order_rate_limit", "2")
        # one window for the whole test (fixed windows start on multiples of their length)
        self.env["ir.config_parameter"].sudo().set_param("mall_api.order_rate_window", "1000000000")
        self.assertEqual(self.place([(self.dropship, 1)]).status_code, 201)
        self.assertEqual(self.place([(self.dropship, 1)]).status_code, 201)
        response = self.place([(self.dropship, 1)])
        self.assertError(response, 429, "rate_limited")
        self.assertTrue(response.headers.get("Retry-After"))
        # another member is not throttled
        self.assertEqual(
            self.place(
                [(self.dropship, 1)], token=self.other_token, address=self.other_address
            ).status_code,
            201,
        )

    def test_too_many_unpaid_orders(self):
        self.env.company.mall_max_unpaid_orders = 2
        self.assertEqual(self.place([(self.dropship, 1)]).status_code, 201)
        self.assertEqual(self.place([(self.dropship, 1)]).status_code, 201)
        self.assertError(self.place([(self.dropship, 1)]), 429, "too_many_unpaid_orders")

    def test_list_get_and_other_members(self):
        first = self.place([(self.dropship, 1)]).json()
        second = self.place([(self.hot, 1)]).json()
        response = self.api("GET", "/orders", token=self.token)
        self.assertEqual(response.status_code, 200, response.text)
        body = response.json()
        self.assertEqual([o["id"] for o in body["items"]], [second["id"], first["id"]])
        self.assertEqual(body["total"], 2)
        self.assertEqual(
            self.api("GET", "/orders", token=self.token, params={"state": "paid"}).json()["total"],
            0,
        )
        self.assertEqual(
            self.api(
                "GET", "/orders", token=self.token, params={"state": "pending_payment"}
            ).json()["total"],
            2,
        )
        self.assertError(
            self.api("GET", "/orders", token=self.token, params={"state": "bogus"}),
            422,
            "validation_error",
        )
        got = self.api("GET", f"/orders/{first['id']}", token=self.token)
        self.assertEqual(got.json(), first | {"expires_at": got.json()["expires_at"]})

        # the other member sees none of it and can change none of it
        self.assertEqual(self.api("GET", "/orders", token=self.other_token).json()["items"], [])
        for method, path in (
            ("GET", f"/orders/{first['id']}"),
            ("POST", f"/orders/{first['id']}/pay"),
            ("POST", f"/orders/{first['id']}/cancel"),
            ("POST", f"/orders/{first['id']}/receive"),
        ):
            self.assertError(self.api(method, path, token=self.other_token), 404, "not_found")
        self.assertEqual(
            self.api("GET", f"/orders/{first['id']}", token=self.token).json()["state"],
            "pending_payment",
        )
        # a cart is not an order
        self.api(
            "POST", "/cart/lines", {"product_id": self.dropship.id, "qty": 1}, token=self.token
        )
        cart = self.env["sale.order"]._mall_get_cart(self.member)
        self.assertError(self.api("GET", f"/orders/{cart.id}", token=self.token), 404, "not_found")
        self.assertError(self.api("GET", "/orders/99999999", token=self.token), 404, "not_found")

    def test_cancel_unpaid_releases_stock(self):
        order = self.place([(self.hot, 5)]).json()
        self.assertError(self.place([(self.hot, 1)]), 409, "out_of_stock")
        response = self.api("POST", f"/orders/{order['id']}/cancel", token=self.token)
        self.assertEqual(response.status_code, 200, response.text)
        self.assertEqual(response.json()["state"], "cancelled")
        self.assertFalse(self.holds(self.hot))
        self.assertEqual(self.place([(self.hot, 5)]).status_code, 201)
        # cancelling twice, paying or receiving a cancelled order: 409
        self.assertError(
            self.api("POST", f"/orders/{order['id']}/cancel", token=self.token),
            409,
            "invalid_state",
        )
        self.assertError(
            self.api("POST", f"/orders/{order['id']}/pay", token=self.token), 409, "invalid_state"
        )
        self.assertError(
            self.api("POST", f"/orders/{order['id']}/receive", token=self.token),
            409,
            "invalid_state",
        )

    def test_expired_orders_are_cancelled_by_the_cron(self):
        order = self.place([(self.hot, 5)]).json()
        so = self.env["sale.order"].browse(order["id"])
        self.env["sale.order"]._cron_mall_cancel_expired()
        self.assertEqual(so.state, "draft")
        self.assertTrue(self.holds(self.hot))
        so.mall_expires_at = fields.Datetime.now() - timedelta(minutes=2)
        self.assertError(
            self.api("POST", f"/orders/{order['id']}/pay", token=self.token), 409, "order_expired"
        )
        self.env["sale.order"]._cron_mall_cancel_expired()
        self.assertEqual(so.state, "cancel")
        self.assertEqual(so.mall_shopper_state, "cancelled")
        self.assertFalse(self.holds(self.hot))
        self.assertEqual(self.place([(self.hot, 5)]).status_code, 201)

    def test_payment_confirms_and_consumes_the_hold(self):
        order = self.place([(self.hot, 2)]).json()
        so = self.env["sale.order"].browse(order["id"])
        so.action_confirm()  # what the payment's post-processing does
        self.assertEqual(so.mall_shopper_state, "paid")
        holds = self.env["mall.stock.hold"].sudo().search([("sale_order_id", "=", so.id)])
        self.assertEqual(holds.mapped("state"), ["consumed"])
        # the delivery now counts against the stock: still 3 free, not 5
        self.assertError(self.place([(self.hot, 4)]), 409, "out_of_stock")
        self.assertEqual(self.place([(self.hot, 3)]).status_code, 201)
        self.assertError(
            self.api("POST", f"/orders/{order['id']}/cancel", token=self.token),
            409,
            "invalid_state",
        )
        self.assertError(
            self.api("POST", f"/orders/{order['id']}/receive", token=self.token),
            409,
            "invalid_state",
        )
        # shipped, then received
        picking = so.picking_ids.filtered(lambda p: p.location_dest_id.usage == "customer")
        picking.move_ids.quantity = 2
        picking.move_ids.picked = True
        picking.button_validate()
        response = self.api("GET", f"/orders/{order['id']}", token=self.token)
        self.assertEqual(response.json()["state"], "shipped")
        self.assertEqual(len(response.json()["shipments"]), 1)
        response = self.api("POST", f"/orders/{order['id']}/receive", token=self.token)
        self.assertEqual(response.status_code, 200, response.text)
        self.assertEqual(response.json()["state"], "done")
        self.assertTrue(response.json()["received_at"])

    def test_pay_without_provider_is_unavailable(self):
        self.env["payment.provider"].sudo().search([("code", "=", "wechatpay")]).state = "disabled"
        order = self.place([(self.dropship, 1)]).json()
        self.assertError(
            self.api("POST", f"/orders/{order['id']}/pay", token=self.token),
            503,
            "payment_unavailable",
        )


@tagged("post_install", "-at_install")
class TestOrderPromotions(MallOrderCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Program = cls.env["loyalty.program"].sudo()
        Program.search([]).active = False
        cls.code_program = Program.create(
            {
                "name": "新客九折",
                "program_type": "promotion",
                "trigger": "with_code",
                "applies_on": "current",
                "company_id": cls.company.id,
                "rule_ids": [Command.create({"mode": "with_code", "code": "RICE10"})],
                "reward_ids": [
                    Command.create(
                        {
                            "reward_type": "discount",
                            "discount_mode": "percent",
                            "discount": 10,
                            "discount_applicability": "order",
                            "required_points": 1,
                        }
                    )
                ],
            }
        )

    def test_coupon_code_discounts_the_order(self):
        response = self.place([(self.dropship, 2)], coupon_codes=["RICE10"])
        self.assertEqual(response.status_code, 201, response.text)
        order = response.json()
        currency = self.company.currency_id
        goods = currency.round(self.dropship.lst_price * 2)
        discount = currency.round(goods * 0.1)
        self.assertMoney(order["amount_goods"], goods)
        self.assertMoney(order["amount_discount"], -discount)
        self.assertMoney(order["amount_total"], goods - discount)
        # the discount line is not listed as goods
        self.assertEqual([x["product_id"] for x in order["lines"]], [self.dropship.id])

    def test_automatic_promotion_applies_without_a_code(self):
        self.code_program.write(
            {
                "trigger": "auto",
                "rule_ids": [
                    Command.clear(),
                    Command.create({"mode": "auto", "minimum_amount": 1}),
                ],
            }
        )
        order = self.place([(self.dropship, 1)]).json()
        currency = self.company.currency_id
        self.assertMoney(order["amount_discount"], -currency.round(self.dropship.lst_price * 0.1))

    def test_coupon_attempts_are_limited_per_member(self):
        self.env["ir.config_parameter"].sudo().set_param("mall_api.coupon_rate_limit", "4")
        self.env["ir.config_parameter"].sudo().set_param(
            "mall_api.coupon_rate_window", "1000000000"
        )
        body = {
            "address_id": self.address.id,
            "lines": [{"product_id": self.dropship.id, "qty": 1}],
        }

        def quote(codes, token=None, address=None):
            data = {**body, "coupon_codes": codes, "address_id": (address or self.address).id}
            return self.api("POST", "/orders/quote", data, token=token or self.token)

        # quotes without a code do not count
        for _ in range(5):
            self.assertEqual(quote([]).status_code, 200)
        # every code tried counts (a repeated code once), guessed or not
        self.assertError(quote(["GUESS1", "GUESS2", "GUESS2"]), 404, "invalid_coupon")
        self.assertEqual(quote(["RICE10"]).status_code, 200)
        self.assertError(quote(["GUESS3"]), 404, "invalid_coupon")
        response = quote(["RICE10"])
        self.assertError(response, 429, "rate_limited")
        self.assertGreater(int(response.headers["Retry-After"]), 0)
        # placing an order counts the same attempts, and writes nothing when refused
        before = self.counts()
        self.assertError(
            self.place([(self.dropship, 1)], coupon_codes=["RICE10"]), 429, "rate_limited"
        )
        self.assertEqual(self.counts(), before)
        # per member: another member still tries its code
        self.assertEqual(quote(["RICE10"], self.other_token, self.other_address).status_code, 200)
