"""Invitations (推荐): a member created by a login with another member's
scene, and the referral rewards of both once the invitee's first order is
received."""

import logging
from datetime import datetime, time, timedelta

import pytz

from odoo import api, fields, models
from odoo.addons.mall_base.exceptions import MallError
from odoo.addons.mall_base.locking import lock_rows
from odoo.addons.mall_base.scene import parse_scene
from odoo.addons.queue_job.job import identity_exact

_logger = logging.getLogger(__name__)

STATES = [
    ("registered", "Waiting for the First Order"),
    ("rewarded", "Rewarded"),
    ("taken_back", "Rewards Taken Back"),
]
REWARD_STATES = [
    ("none", "Nothing Set"),
    ("given", "Given"),
    ("failed", "Failed"),
    ("taken_back", "Taken Back"),
    ("kept", "Used, Not Taken Back"),
]
SIDES = ("inviter", "invitee")
SHOP_TZ = "Asia/Shanghai"


def mask_nickname(name):
    """张小米 → 张**: the first character and two stars, whatever the length."""
    name = (name or "").strip() or "微信用户"
    return f"{name[0]}**"


class MallShareInvite(models.Model):
    _name = "mall.share.invite"
    _description = "Mall Invitation"
    _order = "id desc"
    _rec_name = "invitee_id"

    inviter_id = fields.Many2one(
        "res.partner", string="Inviter", required=True, readonly=True, index=True
    )
    invitee_id = fields.Many2one(
        "res.partner",
        string="Invitee",
        required=True,
        readonly=True,
        ondelete="cascade",
        help="The member created by the login with the inviter's scene.",
    )
    company_id = fields.Many2one("res.company", required=True, readonly=True, index=True)
    share_id = fields.Many2one(
        "mall.share", readonly=True, index="btree_not_null", ondelete="set null"
    )
    product_tmpl_id = fields.Many2one(related="share_id.product_tmpl_id", string="Product")
    scene = fields.Char(readonly=True)
    create_date = fields.Datetime(string="Registered On", readonly=True)
    state = fields.Selection(STATES, default="registered", required=True, readonly=True)
    first_order_id = fields.Many2one(
        "sale.order",
        string="First Order Received",
        readonly=True,
        help="The invitee's first order to be received: it gave the rewards.",
    )
    rewarded_at = fields.Datetime(readonly=True)
    taken_back_at = fields.Datetime(
        readonly=True,
        help="When the first order that gave the rewards was refunded in full and the "
        "rewards were taken back.",
    )
    inviter_reward_state = fields.Selection(REWARD_STATES, readonly=True)
    inviter_reward_note = fields.Char(string="Inviter's Reward", readonly=True)
    inviter_card_id = fields.Many2one("loyalty.card", string="Inviter's Coupon", readonly=True)
    invitee_reward_state = fields.Selection(REWARD_STATES, readonly=True)
    invitee_reward_note = fields.Char(string="Invitee's Reward", readonly=True)
    invitee_card_id = fields.Many2one("loyalty.card", string="Invitee's Coupon", readonly=True)
    register_reward_points = fields.Integer(
        string="Share Reward (Points)",
        readonly=True,
        help="Points the sharer got for this registration (分享奖励), within the daily cap.",
    )

    _sql_constraints = [
        ("invitee_uniq", "UNIQUE (invitee_id)", "A member is invited once."),
    ]

    # ------------------------------------------------------------------
    # Registration (login hook)
    # ------------------------------------------------------------------

    @api.model
    def _mall_register(self, invitee, scene):
        """``invitee`` was just created by a login with ``scene``: when the
        scene names another member of the company (``u=``), that member
        invited them. Only called for a member the login created: a member
        who existed before is never anybody's invitee."""
        parts = parse_scene(scene)
        if not parts.get("sharer"):
            return self.browse()
        company = invitee.company_id or self.env.company
        share, inviter = self.env["mall.share"]._mall_from_scene(scene, company)
        if not inviter or inviter == invitee or not inviter.active:
            return self.browse()
        if not inviter.mall_member_since:
            return self.browse()
        if self.search_count([("invitee_id", "=", invitee.id)], limit=1):
            # one invitation per member: a later scene never changes who invited
            return self.browse()
        invite = self.create(
            {
                "inviter_id": inviter.id,
                "invitee_id": invitee.id,
                "company_id": company.id,
                "share_id": share.id or False,
                "scene": scene,
            }
        )
        if company.mall_share_register_points > 0:
            # after commit, in its own transaction: the login must not wait on
            # (or fail to serialize with) the sharer's points balance
            invite.with_delay(
                description=self.env._("Share reward for a registration"),
                identity_key=identity_exact,
            )._job_register_reward()
        return invite

    def _job_register_reward(self):
        """分享奖励: points to the sharer for the registration, at most the
        company's daily cap of rewarded registrations per sharer (a day in
        China's time). Serialized per sharer on the sharer's oldest
        invitation row, so that parallel registrations cannot pass the cap."""
        self.ensure_one()
        invite = self.sudo()  # a job: the rewards are the rule's, whoever registered
        company = invite.company_id
        points = company.mall_share_register_points
        if points <= 0 or invite.register_reward_points:
            return
        first = invite.search([("inviter_id", "=", invite.inviter_id.id)], order="id", limit=1)
        lock_rows(first, touch=True)
        cap = company.mall_share_register_daily_cap
        if cap:
            tz = pytz.timezone(SHOP_TZ)
            today = datetime.now(tz).date()
            start = tz.localize(datetime.combine(today, time.min)).astimezone(pytz.utc)
            given = invite.search_count(
                [
                    ("inviter_id", "=", invite.inviter_id.id),
                    ("register_reward_points", ">", 0),
                    ("create_date", ">=", start.replace(tzinfo=None)),
                    ("create_date", "<", (start + timedelta(days=1)).replace(tzinfo=None)),
                ]
            )
            if given >= cap:
                return
        self.env["mall.points.line"].sudo()._mall_post(
            invite.inviter_id,
            points,
            "reward",
            reason=f"分享奖励：{mask_nickname(invite.invitee_id.name)} 通过你的分享注册",
            company=company,
            key=f"share_register:{invite.id}",
        )
        invite.register_reward_points = points

    # ------------------------------------------------------------------
    # Referral rewards (first order received)
    # ------------------------------------------------------------------

    def _mall_reward_first_order(self, order):
        """The invitee's first order ``order`` was received: the inviter and
        the invitee each get the company's referral reward, once. The
        invitation's row is locked and touched (a parallel receipt of
        another order waits, then is re-run and finds it rewarded); the
        points are keyed (``share_invite:<id>:<side>``) as well."""
        self.ensure_one()
        lock_rows(self, touch=True)
        if self.state != "registered":
            return
        values = {
            "state": "rewarded",
            "first_order_id": order.id,
            "rewarded_at": fields.Datetime.now(),
        }
        for side in SIDES:
            values.update(self._mall_give_reward(side))
        self.write(values)

    def _mall_give_reward(self, side):
        """What ``side`` (inviter or invitee) gets: the values to write."""
        company = self.company_id
        partner = self.inviter_id if side == "inviter" else self.invitee_id
        kind = company.mall_share_invite_reward
        if kind == "points":
            points = company[f"mall_share_{side}_points"]
            if points <= 0:
                return {f"{side}_reward_state": "none"}
            if side == "inviter":
                reason = f"邀请有礼：{mask_nickname(self.invitee_id.name)} 完成首单"
            else:
                reason = "邀请有礼：受邀首单奖励"
            # the ledger is written by its own rules: the referral is the reason
            self.env["mall.points.line"].sudo()._mall_post(
                partner,
                points,
                "reward",
                reason=reason,
                company=company,
                key=f"share_invite:{self.id}:{side}",
            )
            return {
                f"{side}_reward_state": "given",
                f"{side}_reward_note": f"{points} 积分",
            }
        if kind == "coupon":
            coupon = company[f"mall_share_{side}_coupon_id"]
            if not coupon:
                return {f"{side}_reward_state": "none"}
            try:
                with self.env.cr.savepoint():
                    # the referral is the rule that allows it, whoever receives
                    card = coupon.sudo()._mall_grant(partner)
            except MallError as error:
                _logger.info("referral coupon of invitation %s not given: %s", self.id, error)
                return {f"{side}_reward_state": "failed", f"{side}_reward_note": error.message}
            return {
                f"{side}_reward_state": "given",
                f"{side}_reward_note": coupon.name,
                f"{side}_card_id": card.id,
            }
        return {f"{side}_reward_state": "none"}

    @api.model
    def _mall_on_received(self, orders):
        """Mall orders just received (by the shopper or automatically): the
        invitations still waiting for their invitee's first order reward.
        An order refunded in full before its receipt is no first order."""
        orders = orders.filtered("mall_order").filtered(
            lambda order: not order.sudo()._mall_is_fully_refunded()
        )
        if not orders:
            return
        invites = self.sudo().search(
            [("invitee_id", "in", orders.partner_id.ids), ("state", "=", "registered")]
        )
        for invite in invites:
            order = orders.filtered(lambda o, i=invite: o.partner_id == i.invitee_id)[:1]
            invite._mall_reward_first_order(order)

    # ------------------------------------------------------------------
    # Take-back (the first order refunded in full)
    # ------------------------------------------------------------------

    @api.model
    def _mall_on_refunded(self, request):
        """The after-sales request ``request`` was refunded: when its order is
        now refunded in full and it gave an invitation's rewards, they are
        taken back. Called by the job after a refund, as superuser."""
        order = request.order_id
        if not order._mall_is_fully_refunded():
            return
        invites = self.sudo().search(
            [("first_order_id", "=", order.id), ("state", "=", "rewarded")]
        )
        for invite in invites:
            invite._mall_take_back_rewards(request)

    def _mall_take_back_rewards(self, request):
        """Take back both sides' rewards, once: points from the balance
        (never below zero, what was spent recorded as not recovered, keyed
        ``share_invite:<id>:<side>`` as a ``reverse`` line), a coupon not
        used yet made unusable (a used one is kept, and said so). The
        invitation stays taken back: a later order of the invitee rewards
        nobody (the rewards were for a first order kept)."""
        self.ensure_one()
        lock_rows(self, touch=True)
        if self.state != "rewarded":
            return
        values = {"state": "taken_back", "taken_back_at": fields.Datetime.now()}
        for side in SIDES:
            values.update(self._mall_take_back_reward(side, request))
        self.write(values)

    def _mall_take_back_reward(self, side, request):
        """Take back what ``side`` got: the values to write."""
        if self[f"{side}_reward_state"] != "given":
            return {}
        partner = self.inviter_id if side == "inviter" else self.invitee_id
        company = self.company_id
        order = self.first_order_id
        key = f"share_invite:{self.id}:{side}"
        Points = self.env["mall.points.line"].sudo()
        given = Points._mall_find_key(partner, company, "reward", key)
        if given:
            line = Points._mall_post(
                partner,
                -given.points,
                "reverse",
                company=company,
                key=key,
                partial=True,
                order=order,
                after_sale=request,
                name=f"邀请有礼收回：首单 {order.name} 已全额退款",
            )
            if line.points_unrecovered:
                note = f"收回 {-line.points} 积分，{line.points_unrecovered} 积分已使用未收回"
                return {f"{side}_reward_state": "taken_back", f"{side}_reward_note": note}
            return {
                f"{side}_reward_state": "taken_back",
                f"{side}_reward_note": f"已收回 {given.points} 积分",
            }
        card = self[f"{side}_card_id"].sudo()
        if card:
            # the card's row first: a checkout taking it waits, or is waited for
            lock_rows(card, touch=True)
            card.invalidate_recordset()
            name = card.mall_coupon_id.name or card.program_id.name
            if card.mall_state == "usable":
                card.expiration_date = fields.Date.subtract(fields.Date.today(), days=1)
                return {
                    f"{side}_reward_state": "taken_back",
                    f"{side}_reward_note": f"{name} 已收回",
                }
            return {
                f"{side}_reward_state": "kept",
                f"{side}_reward_note": f"{name} 已使用，未收回",
            }
        return {}

    # ------------------------------------------------------------------
    # Member's view
    # ------------------------------------------------------------------

    @api.model
    def _mall_find_member_invites(self, member):
        company = member.company_id or self.env.company
        return self.search(
            [("inviter_id", "=", member.id), ("company_id", "=", company.id)], order="id desc"
        )

    @api.model
    def _mall_find_invited_by(self, member):
        company = member.company_id or self.env.company
        return self.search(
            [("invitee_id", "=", member.id), ("company_id", "=", company.id)], limit=1
        )
