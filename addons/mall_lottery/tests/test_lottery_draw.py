import json
from datetime import timedelta

from odoo.tests import tagged

from ..models import draw as drawing
from .common import LotteryCase, load_verify_script


@tagged("post_install", "-at_install")
class TestLotteryDraw(LotteryCase):
    def _registered(self, lottery, count):
        """``count`` new members registered in the open window."""
        tokens = []
        for _member, token, _address in self.members(count):
            self.assertEqual(self.register(lottery, token).status_code, 201)
            tokens.append(token)
        return tokens

    def test_draw_is_the_published_function_and_the_script_agrees(self):
        lottery = self._lottery(quantity=3)
        tokens = self._registered(lottery, 7)
        window = lottery.window_ids
        seed_hash = window.seed_hash
        self.close_window(window)
        self.run_cron()
        self.assertEqual(window.state, "drawn")
        self.assertEqual(window.seed_hash, seed_hash)
        registrations = lottery.registration_ids.sorted("id")
        ids = registrations.ids
        seed = window.sudo().seed
        expected = drawing.draw(seed, ids, 3)
        self.assertEqual(json.loads(window.winner_list), expected)
        self.assertEqual(
            sorted(registrations.filtered(lambda r: r.result == "won").ids), sorted(expected)
        )
        self.assertEqual(set(registrations.mapped("result")), {"won", "lost"})
        self.assertEqual([r.rank for r in registrations.browse(expected)], [1, 2, 3])
        # the API publishes the seed, the frozen list and the winners
        body = self.api("GET", f"/lotteries/{lottery.id}", token=tokens[0]).json()
        published = body["windows"][0]["draw"]
        self.assertEqual(
            (
                published["seed"],
                published["registrations"],
                published["winners"],
                published["pool"],
            ),
            (seed, ids, expected, 3),
        )
        verify = load_verify_script()
        self.assertEqual(verify.draws_of(body), [published])
        ok, message = verify.verify_draw(published)
        self.assertTrue(ok, message)
        # a changed winner, seed or list does not verify
        for tampered in (
            {**published, "winners": sorted(set(ids) - set(expected))[:3]},
            {**published, "seed": "0" * 64},
            # a winner dropped from the list
            {**published, "registrations": [i for i in ids if i != expected[0]]},
        ):
            self.assertFalse(verify.verify_draw(tampered)[0])
        # the member's own result
        mine = self.api("GET", "/me/lottery-registrations", token=tokens[0]).json()["items"]
        self.assertEqual(mine[0]["result"], registrations[0].result)

    def test_win_rate_rounds_half_up_within_the_quantity(self):
        self.assertEqual(drawing.winners_count("rate", 5, 100, 30), 2)  # 1.5 -> 2
        self.assertEqual(drawing.winners_count("rate", 5, 100, 29), 1)  # 1.45 -> 1
        self.assertEqual(drawing.winners_count("rate", 50, 1, 10), 1)  # the pool caps it
        self.assertEqual(drawing.winners_count("quantity", None, 5, 3), 3)
        lottery = self._lottery(quantity=10, win_mode="rate", win_rate=50)
        self._registered(lottery, 3)
        self.close_window(lottery.window_ids)
        self.run_cron()
        self.assertEqual(lottery.window_ids.winner_count, 2)
        self.assertEqual(lottery.winner_count, 2)
        self.assertEqual(lottery.pool_qty, 8)

    def test_each_window_is_drawn_exactly_once(self):
        lottery = self._lottery(quantity=1)
        self._registered(lottery, 3)
        window = lottery.window_ids
        self.close_window(window, draw=False)
        self.run_cron()
        self.assertEqual(window.state, "frozen")
        window.draw_at = self.now() - timedelta(seconds=1)
        self.env.flush_all()
        # two workers claim at once: one wins the guarded UPDATE
        first = window._mall_claim_draw()
        self.assertTrue(first)
        self.assertIsNone(window._mall_claim_draw())
        # the claim holder's worker died before drawing ("restart in the middle"):
        # the cron leaves the claim alone while it is fresh...
        self.run_cron()
        self.assertEqual(window.state, "drawing")
        self.assertFalse(lottery.registration_ids.filtered(lambda r: r.result != "pending"))
        # ...and draws once it lapsed
        self.env.cr.execute(
            "UPDATE mall_lottery_window "
            "SET draw_started_at = draw_started_at - interval '11 minutes' WHERE id = %s",
            [window.id],
        )
        self.env.invalidate_all()
        self.run_cron()
        self.assertEqual(window.state, "drawn")
        self.assertEqual(lottery.winner_count, 1)
        results = lottery.registration_ids.mapped("result")
        # the old claim cannot draw again, nor can a new run
        self.assertFalse(window._mall_draw(first))
        self.run_cron()
        self.assertEqual(lottery.registration_ids.mapped("result"), results)
        self.assertIsNone(window._mall_claim_draw())
        draws = lottery.message_ids.filtered(lambda m: "winners" in (m.body or ""))
        self.assertEqual(len(draws), 1)

    def test_a_registration_after_the_freeze_cannot_enter(self):
        lottery = self._lottery(quantity=5)
        self._registered(lottery, 2)
        window = lottery.window_ids
        # the freeze ran at the window's last instant; a registration that
        # arrives now (its clock still inside the window) is refused
        self.assertTrue(window._mall_freeze(window.date_end))
        self.assertEqual(window.state, "frozen")
        late_token = self.members(1, "迟")[0][1]
        self.assertError(self.register(lottery, late_token), 409, "not_open")
        # time passes: the window ends, its draw time comes
        self.env.cr.execute(
            "UPDATE mall_lottery_window SET date_end = %s, draw_at = %s WHERE id = %s",
            [self.now() - timedelta(seconds=2), self.now() - timedelta(seconds=1), window.id],
        )
        self.env.invalidate_all()
        self.run_cron()
        self.assertEqual(window.registration_count, 2)
        self.assertEqual(len(json.loads(window.draw_list)), 2)
        self.assertEqual(lottery.registration_count, 2)

    def test_messages_once_per_registration(self):
        template_values = {
            "template_id": "tmpl-lottery",
            "page": "pages/lottery/mine",
            "company_id": self.company.id,
            "keyword_ids": [
                (0, 0, {"key": "thing1", "name": "活动", "field_path": "lottery_name"})
            ],
        }
        Template = self.env["wechat.subscribe.template"]
        won = Template.create({"name": "中签通知", **template_values})
        lost = Template.create(
            {"name": "未中签通知", **template_values, "template_id": "tmpl-lost"}
        )
        lottery = self._lottery(quantity=1, won_template_id=won.id, lost_template_id=lost.id)
        self._registered(lottery, 3)
        self.close_window(lottery.window_ids)
        self.run_cron()
        registrations = lottery.registration_ids
        logs = self.env["wechat.message.log"].search(
            [("res_model", "=", "mall.lottery.registration"), ("res_id", "in", registrations.ids)]
        )
        self.assertEqual(len(logs), 3)
        self.assertEqual(
            logs.filtered(lambda log: log.template_id == won).res_id,
            registrations.filtered(lambda r: r.result == "won").id,
        )
        self.assertEqual(logs.mapped("data")[0]["thing1"]["value"], "鹿茸酒 限量抢签")
        # a re-run of the results sends nothing again
        for registration in registrations:
            registration._mall_send_result_message()
        self.assertEqual(
            self.env["wechat.message.log"].search_count(
                [
                    ("res_model", "=", "mall.lottery.registration"),
                    ("res_id", "in", registrations.ids),
                ]
            ),
            3,
        )
