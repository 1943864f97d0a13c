from datetime import timedelta

from odoo import Command, fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user, tagged

from .common import FlashCase, new_key


@tagged("post_install", "-at_install")
class TestFlashSale(FlashCase):
    def _reservations(self, sale=None):
        return self.env["mall.flash.order"].search([("sale_id", "=", (sale or self.sale).id)])

    # -- stock --------------------------------------------------------------

    def test_allotment_leaves_normal_stock_and_comes_back_at_the_end(self):
        self.assertEqual(self.free(self.rice), 5)  # 10 on hand, 5 in the flash sale
        self.assertError(
            self.api(
                "POST",
                "/orders",
                {"address_id": self.address.id, "lines": [{"product_id": self.rice.id, "qty": 6}]},
                token=self.token,
                headers={"Idempotency-Key": new_key()},
            ),
            409,
            "out_of_stock",
        )
        # one flash unit taken and waiting for payment, then the sale ends
        self.assertEqual(self.buy().status_code, 201)
        self.assertEqual(self.free(self.rice), 5)
        self.env.cr.execute(
            "UPDATE mall_flash_sale SET date_end = now() at time zone 'UTC' - interval '1 second', "
            "date_start = now() at time zone 'UTC' - interval '1 hour' WHERE id = %s",
            [self.sale.id],
        )
        self.env.invalidate_all()
        # what is left returns; the unit waiting for payment stays held
        self.assertEqual(self.free(self.rice), 9)

    def test_schedule_needs_free_stock(self):
        with self.assertRaisesRegex(UserError, "fewer than its allotment"):
            self._sale(self.noodle, 9.9, 11)
        sale = self._sale(self.noodle, 9.9, 10)
        self.assertEqual(sale.state, "running")
        self.assertEqual(self.free(self.noodle), 0)
        # the allotment cannot change once scheduled; the sale can be cancelled
        with self.assertRaises(UserError):
            sale.line_ids.allotment = 3
        sale.action_cancel()
        self.assertEqual(self.free(self.noodle), 10)

    def test_a_variant_is_in_one_sale_at_a_time(self):
        with self.assertRaisesRegex(Exception, "already in the flash sale"):
            self._sale(self.rice, 19.9, 1)

    # -- buying -------------------------------------------------------------

    def test_buy_answers_pending_payment_and_the_job_makes_the_order(self):
        key = new_key()
        response = self.buy(qty=2, key=key)
        self.assertEqual(response.status_code, 201, response.text)
        body = response.json()
        self.assertEqual(body["state"], "pending_payment")
        self.assertEqual(body["amount_total"], 79.8)
        self.assertIsNone(body["order_id"])
        self.assertTrue(body["expires_at"])
        self.assertEqual(self.sale.line_ids.sold, 2)
        # the same key: the same flash order, nothing taken again
        again = self.buy(qty=2, key=key)
        self.assertEqual(again.status_code, 200)
        self.assertEqual(again.json()["id"], body["id"])
        self.env.invalidate_all()
        self.assertEqual(self.sale.line_ids.sold, 2)
        reservation = self.env["mall.flash.order"].browse(body["id"])
        job = self.env["queue.job"].search(
            [("func_string", "like", f"mall.flash.order({reservation.id},)._job_make_sale")]
        )
        self.assertEqual(len(job), 1)
        reservation._job_make_sale_order()
        order = reservation.sale_order_id
        self.assertEqual(order.amount_total, 79.8)
        self.assertEqual(order.order_line.price_unit, 39.9)
        self.assertEqual(order.mall_shopper_state, "pending_payment")
        self.assertEqual(order.mall_expires_at, reservation.expires_at)
        # made once
        self.assertEqual(reservation._mall_make_sale_order(), order)
        polled = self.api("GET", f"/flash-orders/{reservation.id}", token=self.token).json()
        self.assertEqual(polled["order_id"], order.id)
        shown = self.api("GET", f"/orders/{order.id}", token=self.token).json()
        self.assertEqual(shown["state"], "pending_payment")
        # another member sees nothing of it
        self.assertError(
            self.api("GET", f"/flash-orders/{reservation.id}", token=self.other_token),
            404,
            "not_found",
        )

    def test_the_order_is_made_at_once_when_the_shopper_wants_to_pay(self):
        body = self.buy().json()
        response = self.api("POST", f"/flash-orders/{body['id']}/order", token=self.token)
        self.assertEqual(response.status_code, 200, response.text)
        order_id = response.json()["order_id"]
        self.assertTrue(order_id)
        # the job later finds it made
        reservation = self.env["mall.flash.order"].browse(body["id"])
        self.assertEqual(reservation._job_make_sale_order(), order_id)

    def test_refusals_write_nothing(self):
        other_product_sale = self._sale(self.noodle, 9.9, 1, start=1, end=3)
        cases = [
            (self.buy(sale=other_product_sale, product=self.noodle), 409, "flash_not_started"),
            (self.buy(product=self.noodle), 404, "product_not_found"),
            (self.buy(qty=3), 409, "flash_limit_reached"),
            (self.buy(address=self.other_address), 404, "address_not_found"),
            (
                self.api(
                    "POST",
                    "/flash-sales/999999/orders",
                    {"product_id": self.rice.id, "qty": 1, "address_id": self.address.id},
                    token=self.token,
                    headers={"Idempotency-Key": new_key()},
                ),
                404,
                "not_found",
            ),
        ]
        for response, status, code in cases:
            self.assertError(response, status, code)
        self.assertError(self.buy(qty=0), 422, "validation_error")
        response = self.api(
            "POST",
            f"/flash-sales/{self.sale.id}/orders",
            {"product_id": self.rice.id, "qty": 1, "address_id": self.address.id},
            token=self.token,
        )
        self.assertError(response, 422, "validation_error")  # no Idempotency-Key
        self.assertError(
            self.api(
                "POST",
                f"/flash-sales/{self.sale.id}/orders",
                {"product_id": self.rice.id, "qty": 1, "address_id": self.address.id},
                headers={"Idempotency-Key": new_key()},
            ),
            401,
            "unauthorized",
        )
        self.assertFalse(self._reservations())
        self.assertFalse(self._reservations(other_product_sale))
        self.assertEqual(self.sale.line_ids.sold, 0)
        self.assertFalse(self.env["mall.flash.claim"].search([("sale_id", "=", self.sale.id)]))

    def test_draft_and_ended_sales(self):
        draft = self._sale(self.noodle, 9.9, 1, schedule=False)
        self.assertError(self.buy(sale=draft, product=self.noodle), 404, "not_found")
        self.env.cr.execute(
            "UPDATE mall_flash_sale SET date_end = now() at time zone 'UTC' - interval '1 second', "
            "date_start = now() at time zone 'UTC' - interval '1 hour' WHERE id = %s",
            [self.sale.id],
        )
        self.assertError(self.buy(), 409, "flash_ended")

    def test_sold_out_and_the_member_limit(self):
        for token in (self.token, self.other_token):
            self.assertEqual(self.buy(qty=2, token=token).status_code, 201)
        # the member's limit is 2: paid or pending units count
        self.assertError(self.buy(token=self.token), 409, "flash_limit_reached")
        _third, third_token, third_address = self._mall_member("丙")
        self.assertEqual(self.buy(token=third_token, address=third_address).status_code, 201)
        self.assertError(self.buy(token=third_token, address=third_address), 409, "flash_sold_out")
        self.env.invalidate_all()
        self.assertEqual(self.sale.line_ids.sold, 5)
        # released units count no more: the member may buy again
        mine = self._reservations().filtered(lambda r: r.member_id == self.member)
        self.expire(mine.ids)
        released = self.env["mall.flash.order"]._cron_release_expired()
        self.assertEqual(sorted(released), sorted(mine.ids))
        self.env.invalidate_all()
        self.assertEqual(set(mine.mapped("state")), {"released"})
        self.assertEqual(self.sale.line_ids.sold, 3)
        self.assertEqual(self.buy(qty=2).status_code, 201)

    def test_unpaid_timeout_cancels_the_order_and_releases_the_units(self):
        body = self.buy(qty=2).json()
        reservation = self.env["mall.flash.order"].browse(body["id"])
        reservation._job_make_sale_order()
        order = reservation.sale_order_id
        self.expire(reservation.ids)
        self.env["mall.flash.order"]._cron_release_expired()
        self.env.invalidate_all()
        self.assertEqual(reservation.state, "released")
        self.assertEqual(order.state, "cancel")
        self.assertEqual(self.sale.line_ids.sold, 0)
        # neither pay nor make the order again
        self.assertError(
            self.api("POST", f"/orders/{order.id}/pay", token=self.token), 409, "invalid_state"
        )

    def test_cancelling_the_order_releases_the_units(self):
        body = self.buy().json()
        order_id = self.api("POST", f"/flash-orders/{body['id']}/order", token=self.token).json()[
            "order_id"
        ]
        response = self.api("POST", f"/orders/{order_id}/cancel", token=self.token)
        self.assertEqual(response.status_code, 200, response.text)
        self.env.invalidate_all()
        self.assertEqual(self.sale.line_ids.sold, 0)
        self.assertEqual(self.env["mall.flash.order"].browse(body["id"]).state, "released")

    def test_payment_confirms_and_a_late_one_takes_units_again_or_is_refused(self):
        body = self.buy().json()
        reservation = self.env["mall.flash.order"].browse(body["id"])
        order = reservation._mall_make_sale_order()
        order.action_confirm()
        self.assertEqual(reservation.state, "paid")
        self.assertEqual(order.mall_shopper_state, "paid")
        # paid units are in their delivery: still not free for normal sales
        self.assertEqual(self.free(self.rice), 5)
        # a released flash order confirmed late: units taken again while some are left
        late = self.env["mall.flash.order"].browse(self.buy(token=self.other_token).json()["id"])
        late_order = late._mall_make_sale_order()
        late._release()
        self.env.invalidate_all()
        self.assertEqual(late.state, "released")
        self.assertEqual(self.sale.line_ids.sold, 1)
        late_order.action_confirm()
        self.env.invalidate_all()
        self.assertEqual(late.state, "paid")
        self.assertEqual(self.sale.line_ids.sold, 2)
        # none left: refused (the payment path refunds it, see the HTTP test)
        _third, third_token, third_address = self._mall_member("丙")
        gone = self.env["mall.flash.order"].browse(
            self.buy(token=third_token, address=third_address).json()["id"]
        )
        gone_order = gone._mall_make_sale_order()
        gone._release()
        self.env.cr.execute(
            "UPDATE mall_flash_sale_line SET sold = allotment WHERE id = %s",
            [self.sale.line_ids.id],
        )
        self.env.invalidate_all()
        with self.assertRaisesRegex(UserError, "none are left"):
            gone_order.action_confirm()
        self.env.invalidate_all()
        self.assertEqual(self.sale.line_ids.sold, 5)

    # -- what shoppers see ------------------------------------------------------

    def test_flash_sales_and_the_catalogue(self):
        upcoming = self._sale(self.noodle, 9.9, 3, start=5, end=6)
        body = self.api("GET", "/flash-sales").json()
        self.assertTrue(body["server_time"])
        by_id = {sale["id"]: sale for sale in body["items"]}
        self.assertEqual(by_id[self.sale.id]["status"], "running")
        self.assertEqual(by_id[upcoming.id]["status"], "upcoming")
        (item,) = by_id[self.sale.id]["items"]
        self.assertEqual(
            (item["product_id"], item["flash_price"], item["left"], item["price"]),
            (self.rice.id, 39.9, 5, 59.9),
        )
        self.assertEqual(self.api("GET", f"/flash-sales/{self.sale.id}").status_code, 200)
        self.assertError(self.api("GET", "/flash-sales/999999"), 404, "not_found")
        # the product detail and list show the running sale's price, not the upcoming one
        detail = self.api("GET", f"/products/{self.rice.product_tmpl_id.id}").json()
        self.assertEqual(detail["flash_sale"]["price"], 39.9)
        self.assertEqual(detail["variants"][0]["flash_sale"]["left"], 5)
        self.assertIsNone(
            self.api("GET", f"/products/{self.noodle.product_tmpl_id.id}").json()["flash_sale"]
        )
        listed = self.api("GET", "/products", params={"q": "秒杀测试"}).json()["items"]
        flash = {item["id"]: item["flash_sale"] for item in listed}
        self.assertEqual(flash[self.rice.product_tmpl_id.id]["id"], self.sale.id)
        self.assertIsNone(flash[self.noodle.product_tmpl_id.id])
        # past its end: gone from the cached catalogue at once
        self.env.cr.execute(
            "UPDATE mall_flash_sale SET date_end = now() at time zone 'UTC' - interval '1 second', "
            "date_start = now() at time zone 'UTC' - interval '1 hour' WHERE id = %s",
            [self.sale.id],
        )
        detail = self.api("GET", f"/products/{self.rice.product_tmpl_id.id}").json()
        self.assertIsNone(detail["flash_sale"])

    # -- operators --------------------------------------------------------------

    def test_campaign_operators_run_flash_sales(self):
        campaign = new_test_user(
            self.env, login="flash_campaign", groups="mall_base.group_mall_campaign"
        )
        product_user = new_test_user(
            self.env, login="flash_product", groups="mall_base.group_mall_product"
        )
        now = fields.Datetime.now()
        values = {
            "name": "挂面秒杀",
            "company_id": self.company.id,
            "date_start": now,
            "date_end": now + timedelta(hours=1),
            "line_ids": [
                Command.create({"product_id": self.noodle.id, "flash_price": 5, "allotment": 2})
            ],
        }
        sale = self.env["mall.flash.sale"].with_user(campaign).create(values)
        sale.action_schedule()
        self.assertEqual(sale.state, "running")
        with self.assertRaises(AccessError):
            self.env["mall.flash.sale"].with_user(product_user).create(values)
        self.assertTrue(self.env["mall.flash.sale"].with_user(product_user).search([]))
