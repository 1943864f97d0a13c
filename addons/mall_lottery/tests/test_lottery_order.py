from datetime import timedelta

from odoo.tests import tagged

from .common import LotteryCase


@tagged("post_install", "-at_install")
class TestLotteryOrder(LotteryCase):
    def _drawn(self, quantity=1):
        """A drawn window where the member won and the other member lost."""
        lottery = self._lottery(quantity=quantity, win_mode="quantity")
        self.assertEqual(self.register(lottery).status_code, 201)
        self.assertEqual(self.register(lottery, self.other_token).status_code, 201)
        self.close_window(lottery.window_ids)
        self.run_cron()
        registrations = lottery.registration_ids
        won = registrations.filtered(lambda r: r.result == "won")
        # whoever won, "the member" of these tests is the winner
        if len(won) == 1 and won.member_id != self.member:
            self.member, self.other = self.other, self.member
            self.token, self.other_token = self.other_token, self.token
            self.address, self.other_address = self.other_address, self.address
        won = registrations.filtered(lambda r: r.result == "won" and r.member_id == self.member)
        lost = registrations.filtered(lambda r: r.result == "lost")
        return lottery, won, lost

    def test_winner_buys_at_the_lottery_price_within_the_validity(self):
        lottery, won, _lost = self._drawn()
        self.assertEqual(won.qualification, "active")
        self.assertAlmostEqual(
            (won.qualified_until - won.window_id.drawn_at).total_seconds(), 30 * 60
        )
        response = self.order(won)
        self.assertEqual(response.status_code, 201, response.text)
        body = response.json()
        self.assertEqual(body["amount_goods"], 688.0)
        self.assertEqual(body["amount_total"], 688.0)
        self.assertEqual(
            [(line["product_id"], line["qty"]) for line in body["lines"]], [(self.wine.id, 1)]
        )
        order = self.env["sale.order"].browse(body["id"])
        self.assertEqual(order.mall_lottery_registration_id, won)
        self.assertLessEqual(order.mall_expires_at, won.qualified_until)
        self.assertEqual((won.qualification, won.order_id), ("ordered", order))
        # the same key answers the same order; another key is refused
        again = self.order(won, key=order.mall_idempotency_key)
        self.assertEqual((again.status_code, again.json()["id"]), (200, order.id))
        self.assertError(self.order(won), 409, "already_ordered")
        # the normal price elsewhere: the lottery price is the winner's only
        quote = self.api(
            "POST",
            "/orders/quote",
            {
                "address_id": self.other_address.id,
                "lines": [{"product_id": self.wine.id, "qty": 1}],
            },
            token=self.other_token,
        ).json()
        self.assertEqual(quote["amount_goods"], 1288.0)
        # paid: used
        order.sudo().action_confirm()
        self.assertEqual(won.qualification, "used")
        self.assertEqual(lottery.sold_qty, 1)
        self.assertError(self.order(won), 409, "qualification_used")

    def test_only_the_winner_and_only_within_the_validity(self):
        _lottery, won, lost = self._drawn()
        self.assertError(
            self.order(lost, token=self.other_token, address=self.other_address), 409, "not_won"
        )
        # another member's registration is unknown
        self.assertError(self.order(won, token=self.other_token), 404, "not_found")
        self.assertError(self.order(won, address=self.other_address), 404, "not_found")
        orders = self.env["sale.order"].search_count(
            [("mall_lottery_registration_id", "!=", False)]
        )
        self.assertEqual(orders, 0)
        won.qualified_until = self.now() - timedelta(seconds=1)
        self.assertError(self.order(won), 409, "qualification_expired")

    def test_unused_qualification_expires_back_to_the_lottery(self):
        lottery = self._lottery(quantity=1, windows=[(-1, 10, 15), (20, 30, 35)])
        self.assertEqual(self.register(lottery).status_code, 201)
        first, second = lottery.window_ids.sorted("date_start")
        self.close_window(first)
        self.run_cron()
        won = lottery.registration_ids
        self.assertEqual((won.result, lottery.pool_qty), ("won", 0))
        # the normal sale does not get the unit: the lottery keeps it
        won.qualified_until = self.now() - timedelta(seconds=1)
        self.run_cron()
        self.assertEqual(won.qualification, "expired")
        self.assertEqual(lottery.pool_qty, 1)
        self.assertIn("expired", lottery.message_ids[0].body)
        # the next window draws it again
        second.write({"date_start": self.now() - timedelta(minutes=1)})
        self.assertEqual(self.register(lottery, self.other_token).status_code, 201)
        self.close_window(second)
        self.run_cron()
        self.assertEqual(second.pool_at_draw, 1)
        self.assertEqual(second.winner_count, 1)

    def test_cancelled_order_gives_the_qualification_back(self):
        _lottery, won, _lost = self._drawn()
        order = self.env["sale.order"].browse(self.order(won).json()["id"])
        response = self.api("POST", f"/orders/{order.id}/cancel", token=self.token)
        self.assertEqual(response.status_code, 200, response.text)
        self.assertEqual((won.qualification, won.order_id.id), ("active", False))
        self.assertEqual(self.order(won).status_code, 201)

    def test_lottery_units_are_kept_from_normal_sale(self):
        self.wine.product_tmpl_id.mall_fulfillment = "warehouse"
        Hold = self.env["mall.stock.hold"]
        self.env["stock.quant"].with_context(inventory_mode=True).create(
            {
                "product_id": self.wine.id,
                "location_id": Hold._stock_location(self.company).id,
                "inventory_quantity": 3,
            }
        ).action_apply_inventory()
        self.env.flush_all()
        self.assertEqual(Hold._free_quantities([self.wine.id], self.company)[self.wine.id], 3)
        lottery, won, _lost = self._drawn(quantity=2)
        self.env.flush_all()
        # 2 of 3 are the lottery's: one left for normal sale
        self.assertEqual(Hold._free_quantities([self.wine.id], self.company)[self.wine.id], 1)
        body = {
            "address_id": self.other_address.id,
            "lines": [{"product_id": self.wine.id, "qty": 2}],
        }
        self.assertError(
            self.api("POST", "/orders/quote", body, token=self.other_token), 409, "out_of_stock"
        )
        # the winner's order takes one of the lottery's units
        self.assertEqual(self.order(won).status_code, 201)
        self.env.flush_all()
        self.assertEqual(Hold._free_quantities([self.wine.id], self.company)[self.wine.id], 1)
        lottery.action_close()
        self.env.flush_all()
        self.assertEqual(Hold._free_quantities([self.wine.id], self.company)[self.wine.id], 2)
