from unittest.mock import patch

from psycopg2.pool import PoolError

from odoo import Command
from odoo.addons.mall_sale.models.mall_stock_hold import HoldConnections
from odoo.exceptions import ValidationError
from odoo.tests import tagged

from ..dispatcher import MallFastApiDispatcher, error_status_body
from .test_order import MallOrderCase


@tagged("post_install", "-at_install")
class TestGiftHolds(MallOrderCase):
    """Reward lines of promotions (买二送一) are held like the ordered lines."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Program = cls.env["loyalty.program"].sudo()
        Program.search([]).active = False
        cls.gift_template = cls.env["product.template"].create(
            {
                "name": "赠品香米小袋",
                "is_storable": True,
                "sale_ok": True,
                "list_price": 5,
                "mall_ok": True,
                "mall_published": True,
                "mall_fulfillment": "warehouse",
            }
        )
        cls.gift = cls.gift_template.product_variant_ids
        cls._set_stock(cls.gift, 1)
        # buy two of the dropshipped product, get one gift bag free
        Program.create(
            {
                "name": "买二送一",
                "program_type": "promotion",
                "trigger": "auto",
                "applies_on": "current",
                "company_id": cls.company.id,
                "rule_ids": [
                    Command.create(
                        {
                            "mode": "auto",
                            "product_ids": [Command.set(cls.dropship.ids)],
                            "minimum_qty": 2,
                            "reward_point_mode": "order",
                            "reward_point_amount": 1,
                        }
                    )
                ],
                "reward_ids": [
                    Command.create(
                        {
                            "reward_type": "product",
                            "reward_product_id": cls.gift.id,
                            "reward_product_qty": 1,
                            "required_points": 1,
                        }
                    )
                ],
            }
        )

    def test_the_gift_is_held_and_refused_when_it_cannot_be(self):
        response = self.place([(self.dropship, 2)])
        self.assertEqual(response.status_code, 201, response.text)
        order = self.env["sale.order"].browse(response.json()["id"])
        gift_lines = order.order_line.filtered(lambda line: line.product_id == self.gift)
        self.assertTrue(gift_lines.reward_id, "the promotion added the gift")
        self.assertEqual(sum(self.holds(self.gift).mapped("qty")), 1)
        # the only gift bag is held: the next order that would get it is refused
        before = self.counts()
        self.assertError(
            self.place([(self.dropship, 2)], token=self.other_token, address=self.other_address),
            409,
            "out_of_stock",
        )
        self.assertEqual(self.counts(), before)
        # the checkout's quote says so before the shopper tries to place it
        quote = self.api(
            "POST",
            "/orders/quote",
            {
                "address_id": self.other_address.id,
                "lines": [{"product_id": self.dropship.id, "qty": 2}],
            },
            token=self.other_token,
        )
        self.assertError(quote, 409, "out_of_stock")
        self.assertEqual(self.counts(), before)
        # without the promotion's condition, no gift, no refusal
        response = self.place(
            [(self.dropship, 1)], token=self.other_token, address=self.other_address
        )
        self.assertEqual(response.status_code, 201, response.text)


@tagged("post_install", "-at_install")
class TestHoldLimit(MallOrderCase):
    """A member's unpaid orders hold at most the company's limit of a product."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._set_stock(cls.hot, 50)

    def test_default_and_setting(self):
        self.assertEqual(self.env["res.company"].new({}).mall_hold_limit_per_product, 20)
        with self.assertRaises(ValidationError):
            self.company.mall_hold_limit_per_product = -1

    def test_units_held_per_member_and_product_are_capped(self):
        self.company.mall_hold_limit_per_product = 3
        self.assertEqual(self.place([(self.hot, 2)]).status_code, 201)
        before = self.counts()
        response = self.place([(self.hot, 2)])
        self.assertError(response, 409, "hold_limit_exceeded")
        self.assertIn("1", response.json()["error"]["message"])
        self.assertEqual(self.counts(), before)
        # what is left under the limit, and other members, are fine
        self.assertEqual(self.place([(self.hot, 1)]).status_code, 201)
        self.assertError(self.place([(self.hot, 1)]), 409, "hold_limit_exceeded")
        self.assertEqual(
            self.place(
                [(self.hot, 3)], token=self.other_token, address=self.other_address
            ).status_code,
            201,
        )
        # cancelling an unpaid order gives its units back to the member
        first = self.env["sale.order"].search(
            [("partner_id", "=", self.member.id), ("mall_order", "=", True)], order="id", limit=1
        )
        response = self.api("POST", f"/orders/{first.id}/cancel", token=self.token)
        self.assertEqual(response.status_code, 200, response.text)
        self.assertEqual(self.place([(self.hot, 2)]).status_code, 201)
        # 0: no limit
        self.company.mall_hold_limit_per_product = 0
        self.assertEqual(self.place([(self.hot, 10)]).status_code, 201)


@tagged("post_install", "-at_install")
class TestBusy(MallOrderCase):
    def test_full_hold_pool_answers_503_busy_and_writes_nothing(self):
        connections = HoldConnections.get()
        taken = 0
        try:
            while connections.slots.acquire(blocking=False):
                taken += 1
            before = self.counts()
            response = self.place([(self.hot, 1)])
            self.assertError(response, 503, "busy")
            self.assertEqual(response.headers.get("Retry-After"), "1")
            self.assertEqual(self.counts(), before)
        finally:
            for _i in range(taken):
                connections.slots.release()
        self.assertEqual(self.place([(self.hot, 1)]).status_code, 201)

    def test_a_response_lost_between_wsgi_and_asgi_is_503_not_500(self):
        """Should the app end with neither a response nor an exception (a2wsgi
        lost them; see ``asgi.py`` for the cause closed), reading the headers
        fails. Played here by the dispatch of the app reading them at once."""

        def lost(dispatcher):
            return dispatcher.headers  # never set: the app sent nothing

        with patch.object(MallFastApiDispatcher, "_dispatch_app", lost):
            response = self.api("GET", "/products")
        self.assertError(response, 503, "service_unavailable")
        self.assertEqual(response.headers.get("Retry-After"), "1")
        self.assertEqual(self.api("GET", "/products").status_code, 200)

    def test_full_odoo_pool_is_503_busy(self):
        status, body, headers, expected = error_status_body(
            PoolError("The Connection Pool Is Full")
        )
        self.assertEqual((status, body["error"]["code"]), (503, "busy"))
        self.assertEqual(headers, {"Retry-After": "1"})
        self.assertTrue(expected)
        spec = self.api("GET", "/openapi.json").json()
        responses = spec["paths"]["/orders"]["post"]["responses"]
        self.assertIn("busy", responses["503"]["description"])
        self.assertIn("Retry-After", responses["503"]["headers"])
