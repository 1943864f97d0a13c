"""A shopper's review of one line of a received order (``mall.review``).

One review per order line (a partial unique index, and the line's row
locked while a review is posted), one follow-up (追评) per review, by the
same member. A review is ``published`` at once unless its text holds a word
of the company's sensitive-word list (or the company moderates every review):
then it is ``pending`` until an operator publishes it. Operators hide a
review (with a reason) and reply under it. A review with photos earns the
reward the company set (a coupon, or points), once per order line, when it
is published.

The photos are attachments of the review served by Odoo's ``/web/image``
with a per-photo access token, given while the review is published and
taken back when it is hidden: other attachments are never reachable.
"""

import logging

from odoo import Command, api, fields, models, tools
from odoo.addons.mall_base import cache_version
from odoo.addons.mall_base.exceptions import MallError
from odoo.addons.mall_base.images import attach_images, decode_images
from odoo.addons.mall_base.locking import lock_rows
from odoo.exceptions import UserError

from ..const import (
    ANONYMOUS_NICKNAME,
    DETAIL_REVIEWS,
    MAX_IMAGES,
    MAX_REPLY,
    MAX_TEXT,
    STATES,
    THUMBNAIL_SIZE,
    VERSION_SEQUENCE,
)

_logger = logging.getLogger(__name__)


def mask_nickname(name):
    """张小米 → 张**: the first character and two stars, whatever the length
    (the length would tell too much). Empty names read 微**, as 微信用户."""
    name = (name or "").strip() or "微信用户"
    return f"{name[0]}**"


class MallReview(models.Model):
    _name = "mall.review"
    _description = "Product Review"
    _inherit = ["mail.thread"]
    _order = "id desc"

    order_line_id = fields.Many2one(
        "sale.order.line",
        string="Order Line",
        required=True,
        readonly=True,
        index=True,
        ondelete="restrict",
    )
    order_id = fields.Many2one(related="order_line_id.order_id", store=True, index=True)
    product_id = fields.Many2one(
        "product.product", string="Variant", required=True, readonly=True, index=True
    )
    product_tmpl_id = fields.Many2one(
        "product.template", string="Product", required=True, readonly=True, index=True
    )
    partner_id = fields.Many2one(
        "res.partner", string="Member", required=True, readonly=True, index=True
    )
    company_id = fields.Many2one("res.company", required=True, readonly=True, index=True)
    parent_id = fields.Many2one(
        "mall.review",
        string="Review",
        readonly=True,
        index=True,
        ondelete="cascade",
        help="Set on a follow-up (追评): the review it follows.",
    )
    child_ids = fields.One2many("mall.review", "parent_id", string="Follow-ups", readonly=True)
    follow_up_id = fields.Many2one(
        "mall.review", string="Follow-up", compute="_compute_follow_up_id"
    )
    is_follow_up = fields.Boolean(compute="_compute_is_follow_up")
    rating = fields.Integer(readonly=True, aggregator="avg", help="1 to 5 stars (reviews only).")
    text = fields.Text(readonly=True)
    image_ids = fields.Many2many(
        "ir.attachment", string="Photos", readonly=True, help="Photos sent by the shopper."
    )
    has_images = fields.Boolean(string="With Photos", readonly=True, index=True)
    anonymous = fields.Boolean(
        readonly=True, help="Shown as 匿名用户, without the avatar, to other shoppers."
    )
    state = fields.Selection(
        STATES, required=True, default="published", readonly=True, index=True, tracking=True
    )
    flagged_words = fields.Char(
        readonly=True, help="The sensitive words found in the text, which held the review back."
    )
    published_date = fields.Datetime(string="Published On", readonly=True, copy=False)
    hide_reason = fields.Text(string="Reason for Hiding", readonly=True, tracking=True)
    reply = fields.Text(
        string="Merchant's Reply", tracking=True, help="Shown under the review in the mini-program."
    )
    reply_date = fields.Datetime(string="Replied On", readonly=True, copy=False)
    reply_uid = fields.Many2one("res.users", string="Replied By", readonly=True, copy=False)
    reward_state = fields.Selection(
        [("none", "None"), ("given", "Given"), ("failed", "Not Given")],
        string="Photo Reward",
        default="none",
        required=True,
        readonly=True,
        copy=False,
        tracking=True,
    )
    reward_note = fields.Char(readonly=True, copy=False)
    reward_card_id = fields.Many2one(
        "loyalty.card", string="Reward Coupon", readonly=True, copy=False, ondelete="set null"
    )

    _sql_constraints = [
        (
            "rating_range",
            "CHECK (parent_id IS NOT NULL OR rating BETWEEN 1 AND 5)",
            "A review has 1 to 5 stars.",
        ),
    ]

    def init(self):
        cr = self.env.cr
        # one review per order line; one follow-up per review
        cr.execute(
            "CREATE UNIQUE INDEX IF NOT EXISTS mall_review_line_uniq "
            "ON mall_review (order_line_id) WHERE parent_id IS NULL"
        )
        cr.execute(
            "CREATE UNIQUE INDEX IF NOT EXISTS mall_review_follow_up_uniq "
            "ON mall_review (parent_id) WHERE parent_id IS NOT NULL"
        )
        cache_version.create(cr, VERSION_SEQUENCE)

    @api.depends("child_ids")
    def _compute_follow_up_id(self):
        for review in self:
            review.follow_up_id = review.child_ids[:1]

    @api.depends("parent_id")
    def _compute_is_follow_up(self):
        for review in self:
            review.is_follow_up = bool(review.parent_id)

    @api.depends("product_tmpl_id", "partner_id", "parent_id")
    def _compute_display_name(self):
        for review in self:
            kind = self.env._("Follow-up") if review.parent_id else self.env._("Review")
            review.display_name = (
                f"{kind}: {review.product_tmpl_id.name or ''} ({review.partner_id.name or ''})"
            )

    # ------------------------------------------------------------------
    # The version of what shoppers see (the product detail's cache)
    # ------------------------------------------------------------------

    @api.model
    def _mall_version(self):
        return cache_version.read(self.env.cr, VERSION_SEQUENCE)

    @api.model
    def _mall_touch(self):
        """Bump the reviews' version (``mall_base.cache_version.bump``)."""
        cache_version.bump(self.env, VERSION_SEQUENCE)

    @api.model_create_multi
    def create(self, vals_list):
        reviews = super().create(vals_list)
        self._mall_touch()
        return reviews

    def write(self, vals):
        if "reply" in vals:
            reply = (vals["reply"] or "").strip()
            if len(reply) > MAX_REPLY:
                raise UserError(
                    self.env._("The reply is too long (at most %(max)s characters).", max=MAX_REPLY)
                )
            vals = dict(
                vals,
                reply=reply or False,
                reply_date=fields.Datetime.now() if reply else False,
                reply_uid=self.env.uid if reply else False,
            )
        res = super().write(vals)
        if {"state", "reply", "text", "anonymous", "image_ids"} & set(vals):
            self._mall_touch()
        return res

    def unlink(self):
        self._mall_touch()
        return super().unlink()

    # ------------------------------------------------------------------
    # Moderation rules
    # ------------------------------------------------------------------

    @api.model
    def _mall_sensitive_words(self, company):
        words = (company.mall_review_sensitive_words or "").splitlines()
        return [word.strip() for word in words if word.strip()]

    @api.model
    def _mall_moderation(self, company, text):
        """``(state, flagged words)`` of a new review or follow-up."""
        lowered = (text or "").casefold()
        found = [word for word in self._mall_sensitive_words(company) if word.casefold() in lowered]
        if found:
            return "pending", "、".join(found)
        if company.mall_review_moderate_all:
            return "pending", False
        return "published", False

    # ------------------------------------------------------------------
    # Posting (shopper), in the storefront's superuser environment
    # ------------------------------------------------------------------

    @api.model
    def _mall_find_line(self, member, line_id):
        """A product line of a mall order of ``member`` (empty otherwise)."""
        if not line_id or line_id > 2**31 - 1:
            return self.env["sale.order.line"]
        return self.env["sale.order.line"].search(
            [
                ("id", "=", line_id),
                ("order_id.partner_id", "=", member.id),
                ("order_id.mall_order", "=", True),
                ("order_id.company_id", "=", self.env.company.id),
                *self.env["sale.order.line"]._mall_product_line_domain(),
            ],
            limit=1,
        )

    @api.model
    def _mall_member_domain(self, member):
        return [("partner_id", "=", member.id), ("company_id", "=", self.env.company.id)]

    @api.model
    def _mall_to_review_domain(self, member):
        """The member's order lines still to review (待评价): product lines of
        received mall orders without a review."""
        return [
            ("order_id.partner_id", "=", member.id),
            ("order_id.mall_order", "=", True),
            ("order_id.company_id", "=", self.env.company.id),
            ("order_id.mall_shopper_state", "=", "done"),
            *self.env["sale.order.line"]._mall_product_line_domain(),
            ("mall_review_ids", "=", False),
        ]

    @api.model
    def _mall_find_review(self, member, review_id):
        """A review (not a follow-up) of ``member`` (empty otherwise)."""
        if not review_id or review_id > 2**31 - 1:
            return self.browse()
        return self.search(
            [("id", "=", review_id), ("parent_id", "=", False), *self._mall_member_domain(member)],
            limit=1,
        )

    @staticmethod
    def _mall_clean_text(text):
        text = (text or "").strip()
        if len(text) > MAX_TEXT:
            raise MallError("text_too_long", f"评价内容最多 {MAX_TEXT} 字。", kind="invalid")
        return text or False

    @api.model
    def _mall_post_review(self, member, line_id, rating, text=None, images=None, anonymous=False):
        """Review the order line ``line_id`` of ``member``: 404 for a line not
        of the member's orders, 409 ``order_not_received`` before the order
        is received, ``already_reviewed`` for a line reviewed before (its row
        is locked and touched first: a parallel post waits, is re-run and
        refused). Everything is checked before anything is written."""
        decoded = decode_images(images, MAX_IMAGES)
        text = self._mall_clean_text(text)
        if not isinstance(rating, int) or not 1 <= rating <= 5:
            raise MallError("invalid_rating", "请选择 1 到 5 星。", kind="invalid")
        line = self._mall_find_line(member, line_id)
        if not line:
            raise MallError("not_found", "订单商品不存在。", kind="not_found")
        lock_rows(line, touch=True)
        order = line.order_id
        if order.mall_shopper_state != "done":
            raise MallError("order_not_received", "确认收货后才能评价。")
        if self.search_count([("order_line_id", "=", line.id), ("parent_id", "=", False)]):
            raise MallError("already_reviewed", "该商品已评价过了。")
        company = order.company_id
        state, flagged = self._mall_moderation(company, text)
        review = self.create(
            {
                "order_line_id": line.id,
                "product_id": line.product_id.id,
                "product_tmpl_id": line.product_id.product_tmpl_id.id,
                "partner_id": member.id,
                "company_id": company.id,
                "rating": rating,
                "text": text,
                "anonymous": bool(anonymous),
                "has_images": bool(decoded),
                "state": state,
                "flagged_words": flagged,
                "published_date": fields.Datetime.now() if state == "published" else False,
            }
        )
        review._mall_attach_images(decoded)
        review._mall_after_post(member)
        return review

    @api.model
    def _mall_post_follow_up(self, member, review_id, text=None, images=None):
        """The follow-up (追评) of the member's review ``review_id``: one per
        review (``follow_up_exists``; the review's row is locked and touched
        first), not of a hidden review (``review_hidden``), with text or
        photos (``empty_follow_up``)."""
        decoded = decode_images(images, MAX_IMAGES)
        text = self._mall_clean_text(text)
        review = self._mall_find_review(member, review_id)
        if not review:
            raise MallError("not_found", "评价不存在。", kind="not_found")
        if not text and not decoded:
            raise MallError("empty_follow_up", "请填写追评内容或上传图片。", kind="invalid")
        lock_rows(review, touch=True)
        if review.child_ids:
            raise MallError("follow_up_exists", "该评价已追评过了。")
        if review.state == "hidden":
            raise MallError("review_hidden", "该评价已被隐藏，不能追评。")
        state, flagged = self._mall_moderation(review.company_id, text)
        follow_up = self.create(
            {
                "parent_id": review.id,
                "order_line_id": review.order_line_id.id,
                "product_id": review.product_id.id,
                "product_tmpl_id": review.product_tmpl_id.id,
                "partner_id": member.id,
                "company_id": review.company_id.id,
                "text": text,
                "anonymous": review.anonymous,
                "has_images": bool(decoded),
                "state": state,
                "flagged_words": flagged,
                "published_date": fields.Datetime.now() if state == "published" else False,
            }
        )
        follow_up._mall_attach_images(decoded)
        follow_up._mall_after_post(member)
        return review

    def _mall_attach_images(self, decoded):
        self.ensure_one()
        if not decoded:
            return
        attach_images(self, decoded, f"review-{self.id}")

    def _mall_after_post(self, member):
        self.ensure_one()
        if self.state == "published":
            self._mall_on_published()
        else:
            self.message_post(
                body=self.env._("Held for moderation: %(words)s", words=self.flagged_words)
                if self.flagged_words
                else self.env._("Held for moderation (every review is moderated)."),
                author_id=member.id,
            )

    # ------------------------------------------------------------------
    # Operators
    # ------------------------------------------------------------------

    def _mall_lock(self):
        lock_rows(self, touch=True)

    def action_publish(self):
        """Publish pending or hidden reviews (their photos become reachable
        again); a review with photos gets its reward if it has not yet."""
        self._mall_lock()
        for review in self:
            if review.state == "published":
                raise UserError(self.env._("This review is already published."))
        self.write(
            {"state": "published", "published_date": fields.Datetime.now(), "hide_reason": False}
        )
        for review in self:
            review._mall_on_published()
        return True

    def _mall_hide(self, reason):
        """Hide these reviews from shoppers (their photos too), with ``reason``."""
        reason = (reason or "").strip()
        if not reason:
            raise UserError(self.env._("Say why the review is hidden."))
        self._mall_lock()
        for review in self:
            if review.state == "hidden":
                raise UserError(self.env._("This review is already hidden."))
        self.write({"state": "hidden", "hide_reason": reason})
        self._mall_revoke_photo_access()
        return True

    def action_hide(self):
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Hide Review"),
            "res_model": "mall.review.hide",
            "view_mode": "form",
            "target": "new",
            "context": {"default_review_ids": [Command.set(self.ids)]},
        }

    # ------------------------------------------------------------------
    # Published: photos reachable, reward
    # ------------------------------------------------------------------

    def _mall_on_published(self):
        self.ensure_one()
        # a review published again shows its published follow-up's photos again
        published_follow_ups = self.child_ids.filtered(lambda r: r.state == "published")
        (self | published_follow_ups)._mall_grant_photo_access()
        if not self.parent_id and self.has_images:
            self._mall_give_reward()

    def _mall_grant_photo_access(self):
        for review in self:
            if review.parent_id.state == "hidden":
                continue  # under a hidden review: stays unreachable
            # the review's own attachments: the operator publishing it may have no
            # write right on attachments, the token is what lets shoppers see them
            for attachment in review.image_ids.sudo():
                if not attachment.access_token:
                    attachment.generate_access_token()

    def _mall_revoke_photo_access(self):
        # see _mall_grant_photo_access: hidden, the photo URLs stop working
        self.image_ids.sudo().write({"access_token": False})
        self.child_ids.image_ids.sudo().write({"access_token": False})

    def _mall_give_reward(self):
        """The company's reward for a review with photos, once per order line:
        the review's row is locked (touched by ``action_publish`` or the post)
        and ``reward_state`` read under it; the points ledger's key
        ``review:<line id>`` is unique as well. A reward that cannot be given
        (coupon sold out or archived, no points ledger) does not stop the
        publication: ``reward_state`` says ``failed`` with the reason."""
        self.ensure_one()
        lock_rows(self)
        if self.reward_state == "given":
            return
        company = self.company_id
        kind = company.mall_review_reward
        if kind == "coupon":
            coupon = company.mall_review_reward_coupon_id
            if not coupon:
                return
            try:
                with self.env.cr.savepoint():
                    # the reward is the rule that allows it, whoever publishes
                    card = coupon.sudo()._mall_grant(self.partner_id)
            except MallError as error:
                self._mall_reward_failed(error.message)
                return
            self.write(
                {
                    "reward_state": "given",
                    "reward_card_id": card.id,
                    "reward_note": coupon.name,
                }
            )
        elif kind == "points":
            points = company.mall_review_reward_points
            if points <= 0:
                return
            if not self._mall_give_points_reward(points):
                self._mall_reward_failed(self.env._("Points are not available in this mall."))
                return
            self.write(
                {
                    "reward_state": "given",
                    "reward_note": self.env._("%(points)s points", points=points),
                }
            )
        else:
            return
        self.message_post(
            body=self.env._("Reward for a review with photos: %(reward)s", reward=self.reward_note)
        )

    def _mall_reward_failed(self, reason):
        self.write({"reward_state": "failed", "reward_note": reason})
        self.message_post(
            body=self.env._("The reward for photos could not be given: %(reason)s", reason=reason)
        )

    def _mall_give_points_reward(self, points):
        """Post ``points`` to the member's points ledger, keyed on the order
        line (a repeat posts nothing). False when no points ledger is
        installed (the members addon brings it)."""
        self.ensure_one()
        if "mall.points.line" not in self.env:
            return False
        line = self.order_line_id
        # the ledger is written by its own rules: the reward is the reason
        self.env["mall.points.line"].sudo()._mall_post(
            self.partner_id,
            points,
            "reward",
            reason=f"晒图评价奖励 {line.order_id.name}",
            key=f"review:{line.id}",
        )
        return True

    # ------------------------------------------------------------------
    # What shoppers see
    # ------------------------------------------------------------------

    def _mall_photos(self, base_url):
        """``[{url, thumbnail_url}]`` of the photos (published reviews: the
        access token is set)."""
        photos = []
        for attachment in self.image_ids.sudo().sorted("id"):
            token = attachment.access_token
            if not token:
                continue
            photos.append(
                {
                    "url": f"{base_url}/web/image/{attachment.id}?access_token={token}",
                    "thumbnail_url": f"{base_url}/web/image/{attachment.id}/{THUMBNAIL_SIZE}"
                    f"?access_token={token}",
                }
            )
        return photos

    def _mall_reply_data(self):
        if not self.reply:
            return None
        return {"text": self.reply, "replied_at": self.reply_date or self.write_date}

    def _mall_public_data(self, base_url):
        """A published review as ``ProductReview`` of the API (a dict)."""
        self.ensure_one()
        follow_up = self.child_ids.filtered(lambda r: r.state == "published")[:1]
        anonymous = self.anonymous
        member = self.partner_id
        return {
            "id": self.id,
            "nickname": ANONYMOUS_NICKNAME if anonymous else mask_nickname(member.name),
            "avatar_url": None if anonymous else (member.mall_avatar_url or None),
            "anonymous": anonymous,
            "rating": self.rating,
            "text": self.text or None,
            "images": self._mall_photos(base_url),
            "variant": ", ".join(
                self.product_id.product_template_attribute_value_ids.mapped("name")
            )
            or None,
            "created_at": self.create_date,
            "reply": self._mall_reply_data(),
            "follow_up": {
                "text": follow_up.text or None,
                "images": follow_up._mall_photos(base_url),
                "created_at": follow_up.create_date,
                "reply": follow_up._mall_reply_data(),
            }
            if follow_up
            else None,
        }

    @api.model
    def _mall_product_domain(self, template_id, with_photos=False):
        domain = [
            ("product_tmpl_id", "=", template_id),
            ("parent_id", "=", False),
            ("state", "=", "published"),
            ("company_id", "=", self.env.company.id),
        ]
        if with_photos:
            domain.append(("has_images", "=", True))
        return domain

    @api.model
    def _mall_product_summary(self, template_id):
        """``{count, rating, good_rate, with_photos}`` of the published
        reviews of a product, in one grouped query."""
        groups = self._read_group(
            self._mall_product_domain(template_id), ["rating", "has_images"], ["__count"]
        )
        count = sum(n for _rating, _photos, n in groups)
        if not count:
            return {"count": 0, "rating": None, "good_rate": None, "with_photos": 0}
        stars = sum(rating * n for rating, _photos, n in groups)
        good = sum(n for rating, _photos, n in groups if rating >= 4)
        return {
            "count": count,
            "rating": round(stars / count, 1),
            "good_rate": round(100 * good / count),
            "with_photos": sum(n for _rating, photos, n in groups if photos),
        }

    @api.model
    def _mall_product_reviews(self, template_id, with_photos=False, offset=0, limit=10):
        return self.search(
            self._mall_product_domain(template_id, with_photos),
            order="id desc",
            offset=offset,
            limit=limit,
        )

    @api.model
    def _mall_detail_reviews(self, template_id, base_url):
        """The summary and the newest reviews shown on the product detail,
        cached per worker under the reviews' version (bumped by every change
        shoppers would see): one tiny query when nothing changed."""
        return self._mall_detail_reviews_cached(self._mall_version(), base_url, template_id)

    @api.model
    @tools.ormcache("version", "self.env.company.id", "base_url", "template_id")
    def _mall_detail_reviews_cached(self, version, base_url, template_id):
        reviews = self._mall_product_reviews(template_id, limit=DETAIL_REVIEWS)
        return dict(
            self._mall_product_summary(template_id),
            items=[review._mall_public_data(base_url) for review in reviews],
        )
