from datetime import timedelta

from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import LotteryCase


@tagged("post_install", "-at_install")
class TestLotteryApi(LotteryCase):
    def registrations(self, lottery):
        return self.env["mall.lottery.registration"].search([("lottery_id", "=", lottery.id)])

    def test_states_follow_the_windows_in_the_chatter(self):
        lottery = self._lottery(schedule=False)
        self.assertEqual(lottery.state, "draft")
        # a draft lottery is not shown
        self.assertError(self.register(lottery), 404, "not_found")
        self.assertError(
            self.api("GET", f"/lotteries/{lottery.id}", token=self.token), 404, "not_found"
        )
        lottery.action_schedule()
        self.assertEqual(lottery.state, "open")
        self.assertEqual(self.register(lottery).status_code, 201)
        self.close_window(lottery.window_ids, draw=False)
        self.run_cron()
        self.assertEqual(lottery.window_ids.state, "frozen")
        self.assertEqual(lottery.state, "drawing")
        lottery.window_ids.draw_at = self.now() - timedelta(seconds=1)
        self.run_cron()
        self.assertEqual(lottery.window_ids.state, "drawn")
        # the winner's qualification is pending: drawn, not closed yet
        self.assertEqual(lottery.state, "drawn")
        self.registrations(lottery).qualified_until = self.now() - timedelta(seconds=1)
        self.run_cron()
        self.assertEqual(lottery.state, "closed")
        tracked = lottery.message_ids.tracking_value_ids.filtered(
            lambda t: t.field_id.name == "state"
        )
        self.assertEqual(
            sorted(tracked.mapped("new_value_char")),
            # draft -> open at once: the window was open when it was scheduled
            sorted(["Open", "Drawing", "Drawn", "Closed"]),
        )

    def test_schedule_needs_future_windows(self):
        lottery = self.env["mall.lottery"].create(
            {"name": "无场次", "product_id": self.wine.id, "quantity": 1, "price": 1}
        )
        with self.assertRaises(UserError):
            lottery.action_schedule()
        with self.assertRaises(ValidationError):
            self._lottery(windows=[(10, 5, 20)], schedule=False)
        past = self._lottery(windows=[(-20, -10, -5)], schedule=False)
        with self.assertRaises(UserError):
            past.action_schedule()

    def test_list_and_detail_with_next_window_and_server_time(self):
        lottery = self._lottery(windows=[(60, 90, 95), (-1, 10, 15)], win_mode="rate", win_rate=5)
        body = self.api("GET", "/lotteries", token=self.token).json()
        self.assertTrue(body["server_time"])
        (item,) = [i for i in body["items"] if i["id"] == lottery.id]
        self.assertEqual(item["state"], "open")
        self.assertEqual((item["price"], item["list_price"], item["quantity"]), (688.0, 1288.0, 2))
        self.assertEqual((item["win_mode"], item["win_rate"]), ("rate", 5.0))
        open_window = lottery.window_ids.sorted("date_start")[0]
        self.assertEqual(item["next_window"]["id"], open_window.id)
        self.assertEqual(item["next_window"]["phase"], "open")
        # the seed's hash is published, not the seed
        draw = item["next_window"]["draw"]
        self.assertEqual(len(draw["seed_hash"]), 64)
        self.assertIsNone(draw["seed"])
        self.assertNotIn(open_window.sudo().seed, str(body))
        detail = self.api("GET", f"/lotteries/{lottery.id}", token=self.token).json()
        self.assertEqual([w["phase"] for w in detail["windows"]], ["open", "scheduled"])
        self.assertEqual(detail["my_registrations"], [])
        self.assertError(self.api("GET", "/lotteries/999999", token=self.token), 404, "not_found")
        self.assertError(self.api("GET", "/lotteries"), 401, "unauthorized")

    def test_register_only_inside_a_window(self):
        later = self._lottery(windows=[(5, 10, 15)])
        self.assertEqual(later.state, "scheduled")
        self.assertError(self.register(later), 409, "not_open")
        self.assertFalse(self.registrations(later))
        lottery = self._lottery()
        response = self.register(lottery)
        self.assertEqual(response.status_code, 201, response.text)
        body = response.json()
        self.assertEqual((body["result"], body["qualification"]), ("pending", "none"))
        self.assertEqual(body["window_id"], lottery.window_ids.id)
        # closed: refused, nothing written
        self.close_window(lottery.window_ids, draw=False)
        self.assertError(self.register(lottery, self.other_token), 409, "not_open")
        self.run_cron()
        self.assertError(self.register(lottery, self.other_token), 409, "not_open")
        self.assertEqual(len(self.registrations(lottery)), 1)
        lottery.action_close()
        self.assertError(self.register(lottery, self.other_token), 409, "not_open")
        self.assertError(self.register(lottery, token="bad"), 401, "unauthorized")
        self.assertError(
            self.api("POST", "/lotteries/999999/registrations", token=self.token), 404, "not_found"
        )

    def test_one_registration_per_member_and_window(self):
        lottery = self._lottery(windows=[(-1, 10, 15), (20, 30, 35)])
        self.assertEqual(self.register(lottery).status_code, 201)
        self.assertError(self.register(lottery), 409, "already_registered")
        self.assertEqual(len(self.registrations(lottery)), 1)
        # the next window takes a new registration
        first, second = lottery.window_ids.sorted("date_start")
        self.close_window(first)
        self.run_cron()
        now = self.now()
        second.write({"date_start": now - timedelta(minutes=1)})
        self.assertEqual(self.register(lottery).status_code, 201)
        mine = self.api("GET", "/me/lottery-registrations", token=self.token).json()["items"]
        self.assertEqual([r["window_id"] for r in mine], [second.id, first.id])
        self.assertEqual(
            self.api("GET", "/me/lottery-registrations", token=self.other_token).json()["items"], []
        )

    def test_window_with_registrations_is_kept(self):
        lottery = self._lottery()
        self.register(lottery)
        with self.assertRaises(UserError):
            lottery.window_ids.unlink()
        with self.assertRaises(UserError):
            lottery.price = 1
        with self.assertRaises(UserError):
            lottery.unlink()

    def test_company_rule(self):
        other_company = self.env["res.company"].create({"name": "抢签其他公司"})
        lottery = self._lottery()
        user = self.env["res.users"].create(
            {
                "name": "活动运营",
                "login": "lottery-campaign",
                "company_id": other_company.id,
                "company_ids": [(6, 0, other_company.ids)],
                "groups_id": [(4, self.env.ref("mall_base.group_mall_campaign").id)],
            }
        )
        self.assertFalse(self.env["mall.lottery"].with_user(user).search([("id", "=", lottery.id)]))
