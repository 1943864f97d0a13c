from datetime import timedelta

from odoo import fields
from odoo.addons.mall_after_sale.tests.common import recorded_refund
from odoo.addons.queue_job.tests.common import trap_jobs
from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common import ShareCase


@tagged("post_install", "-at_install")
class TestReferralRewards(ShareCase):
    def setUp(self):
        super().setUp()
        self.company.write(
            {
                "mall_share_invite_reward": "points",
                "mall_share_inviter_points": 100,
                "mall_share_invitee_points": 50,
            }
        )
        self.inviter, self.inviter_token = self.shopper()
        self.inviter.name = "张小米"
        self.scene = self.share(self.inviter_token, self.rice)["scene"]

    def invited(self):
        member, token = self.shopper(scene=self.scene)
        member.name = "李面面"
        return member, token

    def test_both_rewarded_once_when_the_first_order_is_received(self):
        invitee, token = self.invited()
        order = self.paid_order(invitee)
        second = self.paid_order(invitee, self.noodle)
        self.assertFalse(self.reward_lines(self.inviter), "paid is not enough")
        self.assertEqual(self.my_invites(self.inviter_token)["items"][0]["state"], "registered")
        self.ship(order)
        self.receive(order, token)
        self.assertEqual(self.reward_lines(self.inviter).mapped("points"), [100])
        self.assertEqual(self.reward_lines(invitee).mapped("points"), [50])
        self.assertEqual(self.balance(self.inviter), 100)
        self.assertEqual(self.balance(invitee), 50)
        invite = self.env["mall.share.invite"].search([("invitee_id", "=", invitee.id)])
        self.assertEqual((invite.state, invite.first_order_id), ("rewarded", order))
        # another order received, the reward attempted again: nothing more
        self.ship(second)
        self.receive(second, token)
        invite._mall_reward_first_order(second)
        self.assertEqual(len(self.reward_lines(self.inviter) | self.reward_lines(invitee)), 2)
        self.assertEqual(self.balance(self.inviter), 100)
        mine = self.my_invites(self.inviter_token)
        self.assertEqual((mine["invited"], mine["rewarded"]), (1, 1))
        self.assertEqual(
            mine["items"][0],
            {
                "nickname": "李**",
                "avatar_url": None,
                "registered_at": mine["items"][0]["registered_at"],
                "state": "rewarded",
                "reward_state": "given",
                "reward": "100 积分",
            },
        )
        self.assertEqual(
            mine["rule"], {"kind": "points", "inviter": "100 积分", "invitee": "50 积分"}
        )
        self.assertIsNone(mine["invited_by"])
        theirs = self.my_invites(token)
        self.assertEqual(theirs["items"], [])
        self.assertEqual(
            theirs["invited_by"],
            {"nickname": "张**", "state": "rewarded", "reward_state": "given", "reward": "50 积分"},
        )

    def test_the_automatic_receipt_rewards_too(self):
        invitee, _token = self.invited()
        order = self.paid_order(invitee)
        self.ship(order)
        self.company.mall_auto_receive_days = 10
        order.mall_shipped_at = fields.Datetime.now() - timedelta(days=11)
        self.env["sale.order"]._cron_mall_auto_receive()
        self.assertTrue(order.mall_auto_received)
        self.assertEqual(self.balance(self.inviter), 100)
        self.assertEqual(self.balance(invitee), 50)

    def test_no_reward_for_a_member_who_was_a_member_before(self):
        existing, token = self.shopper()
        order = self.paid_order(existing)
        # the existing member opens the inviter's link and logs in again with it
        self.open_share(self.scene, token=token)
        self.shopper(scene=self.scene, openid=existing.mall_openid)
        self.ship(order)
        self.receive(order, token)
        self.assertFalse(self.reward_lines(existing))
        self.assertFalse(self.reward_lines(self.inviter))
        self.assertEqual(self.my_invites(self.inviter_token)["invited"], 0)

    def test_no_reward_for_inviting_oneself(self):
        # the inviter opens their own link in the mini-program: logged in again
        self.shopper(scene=self.scene, openid=self.inviter.mall_openid)
        order = self.paid_order(self.inviter)
        self.ship(order)
        self.receive(order, self.inviter_token)
        self.assertFalse(self.reward_lines(self.inviter))
        # and the hook refuses a member named by their own code
        Invite = self.env["mall.share.invite"]
        self.assertFalse(Invite._mall_register(self.inviter, self.scene))
        self.assertFalse(Invite.search([("inviter_id", "=", self.inviter.id)]))

    def test_coupons_as_the_reward_and_a_side_that_cannot_get_one(self):
        gift = self.gift("邀请好友 满50减10", 10, 50, 1)
        invitee, token = self.invited()
        order = self.paid_order(invitee)
        self.ship(order)
        self.receive(order, token)
        invite = self.env["mall.share.invite"].search([("invitee_id", "=", invitee.id)])
        self.assertEqual(invite.state, "rewarded")
        self.assertEqual(invite.inviter_reward_state, "given")
        self.assertEqual(invite.inviter_card_id.partner_id, self.inviter)
        self.assertEqual(invite.inviter_card_id.mall_coupon_id, gift)
        self.assertEqual(invite.invitee_reward_state, "failed", "one coupon in all")
        self.assertEqual(invite.invitee_reward_note, "优惠券已被领完。")
        self.assertEqual(gift.issued_count, 1)
        # the first order refunded in full: the coupon not used yet is taken back
        card = invite.inviter_card_id
        self.assertEqual(card.mall_state, "usable")
        self.refunded(order, 1)
        self.assertEqual((invite.state, invite.inviter_reward_state), ("taken_back", "taken_back"))
        self.assertEqual(invite.inviter_reward_note, "邀请好友 满50减10 已收回")
        card.invalidate_recordset()
        self.assertEqual(card.mall_state, "expired")
        self.assertEqual(invite.invitee_reward_state, "failed", "nothing given, nothing taken")

    def test_a_reward_coupon_already_used_is_kept(self):
        self.gift("邀请好友 无门槛5元", 5, 0, 10)
        invitee, token = self.invited()
        order = self.paid_order(invitee)
        self.ship(order)
        self.receive(order, token)
        invite = self.env["mall.share.invite"].search([("invitee_id", "=", invitee.id)])
        invite.inviter_card_id.points = 0  # what a paid order with it does
        self.refunded(order, 1)
        self.assertEqual(invite.inviter_reward_state, "kept")
        self.assertEqual(invite.inviter_reward_note, "邀请好友 无门槛5元 已使用，未收回")
        self.assertEqual(invite.invitee_reward_state, "taken_back")
        invite.invitee_card_id.invalidate_recordset()
        self.assertEqual(invite.invitee_card_id.mall_state, "expired")
        self.assertEqual(self.my_invites(self.inviter_token)["items"][0]["reward_state"], "kept")

    def refunded(self, order, qty):
        """A refund of ``qty`` rice of ``order`` recorded as the refund notify
        records it, then the job after the refund."""
        request = recorded_refund(order, {self.rice.product_variant_id: qty})
        request._job_after_refund()
        return request

    def gift(self, name, amount, min_amount, total_qty):
        """A granted coupon, the referral reward of both sides."""
        coupon = self.env["mall.coupon"].create(
            {
                "name": name,
                "kind": "threshold" if min_amount else "no_threshold",
                "amount": amount,
                "min_amount": min_amount,
                "date_to": fields.Date.today() + timedelta(days=30),
                "total_qty": total_qty,
                "claim_mode": "granted",
                "company_id": self.company.id,
            }
        )
        self.company.write(
            {
                "mall_share_invite_reward": "coupon",
                "mall_share_inviter_coupon_id": coupon.id,
                "mall_share_invitee_coupon_id": coupon.id,
            }
        )
        return coupon

    def test_a_first_order_refunded_in_full_takes_the_rewards_back_once(self):
        invitee, token = self.invited()
        order = self.paid_order(invitee, qty=2)
        self.ship(order)
        self.receive(order, token)
        invite = self.env["mall.share.invite"].search([("invitee_id", "=", invitee.id)])
        self.assertEqual(self.balance(self.inviter), 100)
        # the inviter spends 30 of the 100 points before the refund
        self.env["mall.points.line"]._mall_post(
            self.inviter, -30, "spend", company=self.company, key="share-test-spend"
        )
        self.refunded(order, 1)
        self.assertEqual(invite.state, "rewarded", "half the order is kept: so are the rewards")
        self.assertEqual((self.balance(self.inviter), self.balance(invitee)), (70, 50))
        last = self.refunded(order, 1)
        self.assertEqual(invite.state, "taken_back")
        reverse = self.env["mall.points.line"].search(
            [("partner_id", "=", self.inviter.id), ("kind", "=", "reverse")]
        )
        self.assertEqual((reverse.points, reverse.points_unrecovered), (-70, 30))
        self.assertEqual((reverse.order_id, reverse.after_sale_id), (order, last))
        self.assertEqual(reverse.name, f"邀请有礼收回：首单 {order.name} 已全额退款")
        self.assertEqual((self.balance(self.inviter), self.balance(invitee)), (0, 0))
        self.assertEqual(invite.inviter_reward_note, "收回 70 积分，30 积分已使用未收回")
        self.assertEqual(invite.invitee_reward_note, "已收回 50 积分")
        # the job run again, the invitee's next order received: nothing moves
        last._job_after_refund()
        second = self.paid_order(invitee, self.noodle)
        self.ship(second)
        self.receive(second, token)
        referral = self.env["mall.points.line"].search(
            [("key", "=like", f"share_invite:{invite.id}:%")]
        )
        self.assertEqual(
            sorted(referral.mapped("kind")), ["reverse", "reverse", "reward", "reward"]
        )
        self.assertEqual((self.balance(self.inviter), self.balance(invitee)), (0, 0))
        mine = self.my_invites(self.inviter_token)
        self.assertEqual((mine["invited"], mine["rewarded"]), (1, 0))
        self.assertEqual(
            (mine["items"][0]["state"], mine["items"][0]["reward_state"]),
            ("taken_back", "taken_back"),
        )
        self.assertEqual(
            self.my_invites(token)["invited_by"],
            {
                "nickname": "张**",
                "state": "taken_back",
                "reward_state": "taken_back",
                "reward": "已收回 50 积分",
            },
        )

    def test_an_order_refunded_in_full_before_its_receipt_rewards_nobody(self):
        invitee, _token = self.invited()
        order = self.paid_order(invitee)
        self.ship(order)
        self.refunded(order, 1)
        # (the shopper and the automatic receipt refuse it: the guard is the hook's own)
        order.mall_received_at = fields.Datetime.now()
        self.assertFalse(self.reward_lines(self.inviter) | self.reward_lines(invitee))
        invite = self.env["mall.share.invite"].search([("invitee_id", "=", invitee.id)])
        self.assertEqual(invite.state, "registered", "the next order received rewards")

    def test_settings_are_checked(self):
        settings = self.env["res.config.settings"].create({})
        with self.assertRaises(ValidationError):
            settings.write({"mall_share_invite_reward": "coupon"})
        with self.assertRaises(ValidationError):
            self.company.mall_share_register_daily_cap = -1


@tagged("post_install", "-at_install")
class TestShareRewards(ShareCase):
    def test_the_sharer_gets_points_per_registration_within_the_daily_cap(self):
        self.company.write({"mall_share_register_points": 5, "mall_share_register_daily_cap": 2})
        sharer, token = self.shopper()
        scene = self.share(token, self.noodle)["scene"]
        with trap_jobs() as trap:
            for _i in range(3):
                self.shopper(scene=scene)
            # an existing member logging in with the scene brings nothing
            self.shopper(scene=scene, openid=self.shopper()[0].mall_openid)
            # (other addons may queue jobs of their own at a login: the new-member gift)
            share_jobs = [j for j in trap.enqueued_jobs if j.model_name == "mall.share.invite"]
            self.assertEqual(len(share_jobs), 3)
            trap.perform_enqueued_jobs()
        self.assertEqual(self.reward_lines(sharer).mapped("points"), [5, 5])
        self.assertEqual(self.balance(sharer), 10)
        invites = self.env["mall.share.invite"].search([("inviter_id", "=", sharer.id)])
        self.assertEqual(sorted(invites.mapped("register_reward_points")), [0, 5, 5])
        # a job run again gives nothing more
        for invite in invites:
            invite._job_register_reward()
        self.assertEqual(self.balance(sharer), 10)
