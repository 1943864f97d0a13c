from datetime import timedelta

from odoo import fields
from odoo.addons.mall_base.exceptions import MallError
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .common import PNG, ReviewCase, b64


@tagged("post_install", "-at_install")
class TestReviewModel(ReviewCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.order, cls.lines = cls.received_order(cls.member, [(cls.rice, 1), (cls.noodle, 2)])

    def assertRefused(self, code, call, *args, **kwargs):
        before = self.count_reviews()
        with self.assertRaises(MallError) as caught:
            call(*args, **kwargs)
        self.assertEqual(caught.exception.code, code)
        self.assertEqual(self.count_reviews(), before)
        return caught.exception

    def _coupon(self, **values):
        return self.env["mall.coupon"].create(
            {
                "name": "晒图返券",
                "kind": "no_threshold",
                "amount": 5,
                "claim_mode": "granted",
                "validity": "days",
                "validity_days": 30,
                "member_limit": 0,
                "company_id": self.company.id,
                **values,
            }
        )

    def reward_cards(self, coupon, member=None):
        return self.env["loyalty.card"].search(
            [("mall_coupon_id", "=", coupon.id), ("partner_id", "=", (member or self.member).id)]
        )

    # ------------------------------------------------------------------ once per line

    def test_one_review_per_order_line(self):
        review = self.review_model(
            self.member, self.lines[self.rice], 4, text="  米很香  ", images=[b64(PNG)]
        )
        self.assertRecordValues(
            review,
            [
                {
                    "state": "published",
                    "rating": 4,
                    "text": "米很香",
                    "product_id": self.rice.id,
                    "product_tmpl_id": self.rice_template.id,
                    "partner_id": self.member.id,
                    "order_id": self.order.id,
                    "company_id": self.company.id,
                    "has_images": True,
                    "anonymous": False,
                }
            ],
        )
        self.assertEqual(len(review.image_ids), 1)
        self.assertEqual(review.image_ids.mimetype, "image/png")
        self.assertEqual(review.image_ids.res_model, "mall.review")
        self.assertTrue(review.image_ids.access_token, "published: its photo is reachable")
        self.assertTrue(review.published_date)
        self.assertRefused(
            "already_reviewed", self.review_model, self.member, self.lines[self.rice], 5
        )
        # the other line of the order is reviewed on its own
        other = self.review_model(self.member, self.lines[self.noodle], 2)
        self.assertEqual(other.rating, 2)
        self.assertFalse(other.image_ids)

    def test_only_received_lines_of_the_member(self):
        paid = self.paid_order(self.member, [(self.rice, 1)])
        self.assertEqual(paid.mall_shopper_state, "paid")
        line = paid._mall_product_lines()
        self.assertRefused("order_not_received", self.review_model, self.member, line, 5)
        self.ship(paid)
        self.assertEqual(paid.mall_shopper_state, "shipped")
        self.assertRefused("order_not_received", self.review_model, self.member, line, 5)
        # another member's line is unknown, as is a line that does not exist
        error = self.assertRefused(
            "not_found", self.review_model, self.other, self.lines[self.rice], 5
        )
        self.assertEqual(error.kind, "not_found")
        Review = self.env["mall.review"]
        self.assertRefused("not_found", Review._mall_post_review, self.member, 2**31 - 1, 5)
        # bad input, refused before anything is looked at
        self.assertRefused(
            "invalid_rating", self.review_model, self.member, self.lines[self.rice], 6
        )
        self.assertRefused(
            "text_too_long",
            self.review_model,
            self.member,
            self.lines[self.rice],
            5,
            text="好" * 501,
        )
        self.assertRefused(
            "invalid_image",
            self.review_model,
            self.member,
            self.lines[self.rice],
            5,
            images=[b64(b"GIF89a not a photo")],
        )
        self.assertRefused(
            "too_many_images",
            self.review_model,
            self.member,
            self.lines[self.rice],
            5,
            images=[b64(PNG)] * 10,
        )
        # the order received: now it can be reviewed
        paid._mall_receive()
        self.assertEqual(self.review_model(self.member, line, 5).state, "published")

    # ------------------------------------------------------------------ follow-ups

    def test_follow_up_rules(self):
        Review = self.env["mall.review"]
        review = self.review_model(self.member, self.lines[self.rice], 5, anonymous=True)
        self.assertRefused(
            "not_found", Review._mall_post_follow_up, self.other, review.id, text="别人的追评"
        )
        self.assertRefused("empty_follow_up", Review._mall_post_follow_up, self.member, review.id)
        Review._mall_post_follow_up(
            self.member, review.id, text="吃了一个月，还是很香", images=[b64(PNG)]
        )
        follow_up = review.follow_up_id
        self.assertRecordValues(
            follow_up,
            [
                {
                    "parent_id": review.id,
                    "order_line_id": review.order_line_id.id,
                    "partner_id": self.member.id,
                    "state": "published",
                    "anonymous": True,
                    "has_images": True,
                    "rating": 0,
                }
            ],
        )
        self.assertRefused(
            "follow_up_exists", Review._mall_post_follow_up, self.member, review.id, text="再追一次"
        )
        # a follow-up is not followed up, and the id of a follow-up is no review
        self.assertRefused(
            "not_found", Review._mall_post_follow_up, self.member, follow_up.id, text="套娃"
        )
        # a hidden review takes no follow-up
        hidden = self.review_model(self.member, self.lines[self.noodle], 1, text="太咸了")
        hidden.with_user(self.operator)._mall_hide("与商品无关")
        self.assertRefused(
            "review_hidden", Review._mall_post_follow_up, self.member, hidden.id, text="追评"
        )

    # ------------------------------------------------------------------ moderation

    def test_sensitive_words_hold_a_review_until_published(self):
        self.company.mall_review_sensitive_words = "加微信\n\n  代购  \nVX"
        review = self.review_model(
            self.member, self.lines[self.rice], 5, text="便宜的加微信，vx123", images=[b64(PNG)]
        )
        self.assertEqual(review.state, "pending")
        self.assertEqual(review.flagged_words, "加微信、VX")
        self.assertFalse(review.published_date)
        self.assertFalse(review.image_ids.access_token, "pending: its photos are not reachable")
        Review = self.env["mall.review"]
        self.assertEqual(Review._mall_product_summary(self.rice_template.id)["count"], 0)
        self.assertFalse(Review._mall_product_reviews(self.rice_template.id))
        # a clean text is published at once
        clean = self.review_model(self.member, self.lines[self.noodle], 4, text="面条筋道")
        self.assertEqual(clean.state, "published")

        review.with_user(self.operator).action_publish()
        self.assertEqual(review.state, "published")
        self.assertTrue(review.published_date)
        self.assertTrue(review.image_ids.access_token)
        self.assertEqual(Review._mall_product_reviews(self.rice_template.id), review)
        with self.assertRaises(UserError):
            review.with_user(self.operator).action_publish()
        # a follow-up is moderated too
        Review._mall_post_follow_up(self.member, review.id, text="找我代购")
        self.assertEqual(review.follow_up_id.state, "pending")

    def test_every_review_moderated(self):
        self.company.mall_review_moderate_all = True
        review = self.review_model(self.member, self.lines[self.rice], 5, text="好吃")
        self.assertEqual((review.state, review.flagged_words), ("pending", False))

    def test_hide_with_reason_and_reply(self):
        review = self.review_model(
            self.member, self.lines[self.rice], 1, text="不好", images=[b64(PNG)]
        ).with_user(self.operator)
        with self.assertRaises(UserError):
            review._mall_hide("  ")
        self.assertEqual(review.state, "published")
        wizard = (
            self.env["mall.review.hide"]
            .with_user(self.operator)
            .create({"review_ids": [(6, 0, review.ids)], "reason": "含不实信息"})
        )
        wizard.action_hide()
        self.assertEqual((review.state, review.hide_reason), ("hidden", "含不实信息"))
        self.assertFalse(review.sudo().image_ids.access_token, "hidden: the photo URLs stop")
        self.assertFalse(self.env["mall.review"]._mall_product_reviews(self.rice_template.id))
        with self.assertRaises(UserError):
            review._mall_hide("再隐藏")

        review.reply = "  您好，已为您联系快递核实。  "
        self.assertEqual(review.reply, "您好，已为您联系快递核实。")
        self.assertEqual(review.reply_uid, self.operator)
        self.assertTrue(review.reply_date)
        with self.assertRaises(UserError):
            review.reply = "长" * 501
        review.action_publish()
        self.assertEqual((review.state, review.hide_reason), ("published", False))
        self.assertTrue(review.sudo().image_ids.access_token)
        # a follow-up's photos go and come back with its review
        self.env["mall.review"]._mall_post_follow_up(self.member, review.id, images=[b64(PNG)])
        follow_up = review.sudo().follow_up_id
        self.assertTrue(follow_up.image_ids.access_token)
        review._mall_hide("再测试")
        self.assertFalse(follow_up.image_ids.access_token)
        review.action_publish()
        self.assertTrue(follow_up.image_ids.access_token)
        # clearing the reply clears who replied
        review.reply = ""
        self.assertFalse(review.reply_uid or review.reply_date)

    def test_rights(self):
        self.company.mall_review_moderate_all = True
        review = self.review_model(self.member, self.lines[self.rice], 5, text="好")
        # a product operator reads reviews, cannot moderate them
        self.assertEqual(review.with_user(self.product_operator).text, "好")
        with self.assertRaises(AccessError):
            review.with_user(self.product_operator).action_publish()
        with self.assertRaises(AccessError):
            review.with_user(self.product_operator).reply = "谢谢"
        with self.assertRaises(AccessError):
            review.with_user(self.operator).unlink()

    # ------------------------------------------------------------------ reward

    def test_coupon_reward_once_per_line(self):
        coupon = self._coupon()
        self.company.write(
            {"mall_review_reward": "coupon", "mall_review_reward_coupon_id": coupon.id}
        )
        # no photos, no reward
        plain = self.review_model(self.member, self.lines[self.noodle], 5, text="好")
        self.assertEqual(plain.reward_state, "none")
        self.assertFalse(self.reward_cards(coupon))

        review = self.review_model(self.member, self.lines[self.rice], 5, images=[b64(PNG)])
        card = self.reward_cards(coupon)
        self.assertEqual(len(card), 1)
        self.assertEqual(review.reward_card_id, card)
        self.assertEqual(review.reward_state, "given")
        self.assertEqual(card.mall_state, "usable")
        self.assertEqual(coupon.issued_count, 1)
        # hidden and published again: nothing more
        review.with_user(self.operator)._mall_hide("测试")
        review.with_user(self.operator).action_publish()
        self.assertEqual(len(self.reward_cards(coupon)), 1)
        # a follow-up with photos earns nothing more
        self.env["mall.review"]._mall_post_follow_up(self.member, review.id, images=[b64(PNG)])
        self.assertEqual(len(self.reward_cards(coupon)), 1)
        self.assertEqual(coupon.issued_count, 1)

    def test_coupon_reward_of_a_moderated_review_on_publish(self):
        coupon = self._coupon()
        self.company.write(
            {
                "mall_review_reward": "coupon",
                "mall_review_reward_coupon_id": coupon.id,
                "mall_review_moderate_all": True,
            }
        )
        review = self.review_model(self.member, self.lines[self.rice], 5, images=[b64(PNG)])
        self.assertEqual(review.state, "pending")
        self.assertFalse(self.reward_cards(coupon), "not before it is published")
        review.with_user(self.operator).action_publish()
        self.assertEqual(len(self.reward_cards(coupon)), 1)
        self.assertEqual(review.reward_state, "given")

    def test_coupon_reward_sold_out_does_not_block_the_review(self):
        coupon = self._coupon(total_qty=1)
        coupon._mall_grant(self.other)
        self.company.write(
            {"mall_review_reward": "coupon", "mall_review_reward_coupon_id": coupon.id}
        )
        review = self.review_model(self.member, self.lines[self.rice], 5, images=[b64(PNG)])
        self.assertEqual(review.state, "published")
        self.assertEqual(review.reward_state, "failed")
        self.assertEqual(review.reward_note, "优惠券已被领完。")
        self.assertFalse(self.reward_cards(coupon))
        self.assertTrue(any("优惠券已被领完" in message.body for message in review.message_ids))

    def test_points_reward_needs_a_points_ledger(self):
        if "mall.points.line" in self.env:
            self.skipTest("a points ledger is installed: its addon tests the points reward")
        self.company.write({"mall_review_reward": "points", "mall_review_reward_points": 20})
        review = self.review_model(self.member, self.lines[self.rice], 5, images=[b64(PNG)])
        self.assertEqual(review.state, "published")
        self.assertEqual(review.reward_state, "failed")
        self.assertFalse(review._mall_give_points_reward(20))

    def test_reward_settings_are_complete(self):
        Settings = self.env["res.config.settings"]
        with self.assertRaises(ValidationError):
            Settings.create({"mall_review_reward": "coupon"})
        with self.assertRaises(ValidationError):
            Settings.create({"mall_review_reward": "points", "mall_review_reward_points": 0})
        settings = self.env["res.config.settings"].create(
            {"mall_review_reward": "points", "mall_review_reward_points": 10}
        )
        settings.execute()
        self.assertEqual(
            (self.env.company.mall_review_reward, self.env.company.mall_review_reward_points),
            ("points", 10),
        )

    # ------------------------------------------------------------------ summary

    def test_product_summary(self):
        Review = self.env["mall.review"]
        self.assertEqual(
            Review._mall_product_summary(self.rice_template.id),
            {"count": 0, "rating": None, "good_rate": None, "with_photos": 0},
        )
        order, lines = self.received_order(self.other, [(self.rice, 1), (self.rice_5kg, 1)])
        self.review_model(self.member, self.lines[self.rice], 5, images=[b64(PNG)])
        self.review_model(self.other, lines[self.rice], 4)
        self.review_model(self.other, lines[self.rice_5kg], 2)
        self.assertEqual(
            Review._mall_product_summary(self.rice_template.id),
            {"count": 3, "rating": 3.7, "good_rate": 67, "with_photos": 1},
        )
        self.assertEqual(order.mall_shopper_state, "done")
        self.assertTrue(fields.Datetime.now() - order.mall_received_at < timedelta(minutes=5))
