import secrets

from odoo.tests import tagged

from .common import LotteryCase


@tagged("post_install", "-at_install")
class TestLotteryIdentity(LotteryCase):
    def _verified(self, member, index=None):
        """A verified identity of ``member`` (as mall_identity stores one)."""
        return (
            self.env["mall.identity"]
            .sudo()
            .create(
                {
                    "partner_id": member.id,
                    "company_id": self.company.id,
                    "real_name": "张三",
                    "id_number_masked": "3301***********1234",
                    "id_number_encrypted": "x",
                    "id_index": index or secrets.token_hex(16),
                }
            )
        )

    def test_real_name_required(self):
        lottery = self._lottery(require_real_name=True)
        self.assertError(self.register(lottery), 403, "real_name_required")
        self.assertFalse(lottery.registration_ids)
        self._verified(self.member)
        self.assertEqual(self.register(lottery).status_code, 201)
        # without the rule, no identity is asked
        open_lottery = self._lottery(require_real_name=False)
        self.assertEqual(self.register(open_lottery, self.other_token).status_code, 201)

    def test_one_registration_per_real_name(self):
        """The member unbinds the identity and verifies the same number on a
        second WeChat account: the window knows that real name already."""
        lottery = self._lottery(require_real_name=True)
        index = secrets.token_hex(16)
        identity = self._verified(self.member, index)
        self.assertEqual(self.register(lottery).status_code, 201)
        identity.unlink()
        self._verified(self.other, index)
        self.assertError(self.register(lottery, self.other_token), 409, "already_registered")
        self.assertEqual(len(lottery.registration_ids), 1)

    def test_winner_gets_one_coin(self):
        lottery = self._lottery(quantity=1)
        self.assertEqual(self.register(lottery).status_code, 201)
        self.assertEqual(self.register(lottery, self.other_token).status_code, 201)
        self.close_window(lottery.window_ids)
        self.run_cron()
        won = lottery.registration_ids.filtered(lambda r: r.result == "won")
        lost = lottery.registration_ids - won
        Line = self.env["mall.coin.line"]
        self.assertEqual(Line._mall_balance(won.member_id, self.company), 1)
        self.assertEqual(Line._mall_balance(lost.member_id, self.company), 0)
        line = Line.sudo().search([("partner_id", "=", won.member_id.id)])
        self.assertEqual(line.source, "lottery")
        # the reward again (a re-run of the draw's writing) gives nothing more
        won._mall_reward_winner()
        self.assertEqual(Line._mall_balance(won.member_id, self.company), 1)
        self.assertFalse(lost.order_id)
