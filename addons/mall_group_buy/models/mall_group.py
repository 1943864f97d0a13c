import logging
from datetime import timedelta

from odoo import api, fields, models
from odoo.addons.mall_base.exceptions import MallError
from odoo.addons.mall_base.locking import lock_rows
from odoo.exceptions import UserError

_logger = logging.getLogger(__name__)

GROUP_STATES = [
    ("draft", "Waiting for the Leader"),
    ("open", "Open"),
    ("succeeded", "Succeeded"),
    ("failed", "Failed"),
    ("cancelled", "Not Opened"),
]


class MallGroup(models.Model):
    _name = "mall.group"
    _description = "Group Buy (拼团)"
    _inherit = ["mail.thread"]
    _order = "id desc"

    name = fields.Char(readonly=True, copy=False, default="/", index="trigram")
    offer_id = fields.Many2one(
        "mall.group.offer",
        string="Offer",
        required=True,
        readonly=True,
        index=True,
        ondelete="restrict",
    )
    company_id = fields.Many2one("res.company", required=True, readonly=True, index=True)
    currency_id = fields.Many2one(related="company_id.currency_id")
    leader_id = fields.Many2one(
        "res.partner", string="Leader", required=True, readonly=True, index=True
    )
    group_size = fields.Integer(required=True, readonly=True)
    state = fields.Selection(
        GROUP_STATES,
        default="draft",
        required=True,
        readonly=True,
        index=True,
        tracking=True,
        help="Waiting for the leader: the leader has not paid yet (nobody can join). Open: "
        "members join until the deadline. Succeeded: every seat is paid, the orders are "
        "being fulfilled. Failed: the deadline passed, every paid member is refunded. "
        "Not opened: the leader never paid.",
    )
    opened_at = fields.Datetime(string="Opened On", readonly=True, copy=False)
    deadline = fields.Datetime(readonly=True, copy=False, index=True)
    closed_at = fields.Datetime(string="Closed On", readonly=True, copy=False)
    member_ids = fields.One2many("mall.group.member", "group_id", string="Members", readonly=True)
    order_ids = fields.Many2many("sale.order", compute="_compute_order_ids", string="Orders")
    paid_count = fields.Integer(string="Paid Members", readonly=True, copy=False)
    # for the statistics (pivot sums): 1 or 0
    opened_count = fields.Integer(string="Opened", readonly=True, copy=False)
    succeeded_count = fields.Integer(string="Succeeded", readonly=True, copy=False)
    failed_count = fields.Integer(string="Failed", readonly=True, copy=False)
    refunded_amount = fields.Monetary(
        string="Refunded",
        readonly=True,
        copy=False,
        help="What WeChat Pay refunded to the members of this group.",
    )
    refunding_count = fields.Integer(
        string="Refunds Pending",
        compute="_compute_refunding_count",
        store=True,
    )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", "/") == "/":
                vals["name"] = self.env["ir.sequence"].next_by_code("mall.group") or "/"
        return super().create(vals_list)

    @api.depends("member_ids.order_id")
    def _compute_order_ids(self):
        for group in self:
            group.order_ids = group.member_ids.order_id

    @api.depends("member_ids.state")
    def _compute_refunding_count(self):
        for group in self:
            group.refunding_count = len(
                group.member_ids.filtered(lambda m: m.state in ("refunding", "refund_failed"))
            )

    def action_view_orders(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Orders of %s", self.name),
            "res_model": "sale.order",
            "view_mode": "list,form",
            "domain": [("id", "in", self.member_ids.order_id.ids)],
        }

    # ------------------------------------------------------------------
    # Seats
    # ------------------------------------------------------------------

    def _mall_seats_taken(self, now=None, exclude=None):
        """Seats paid plus seats held by a member who is still paying (hold
        not expired). Call under the group's row lock."""
        self.ensure_one()
        now = now or fields.Datetime.now()
        seats = self.member_ids - (exclude or self.env["mall.group.member"])
        return len(
            seats.filtered(
                lambda s: s.state == "paid" or (s.state == "held" and s.hold_until > now)
            )
        )

    def _mall_seats_left(self):
        self.ensure_one()
        if self.state != "open":
            return 0
        return max(self.group_size - self._mall_seats_taken(), 0)

    def _mall_is_joinable_now(self, now=None):
        self.ensure_one()
        now = now or fields.Datetime.now()
        return self.state == "open" and self.deadline and self.deadline > now

    def _mall_check_joinable(self, member):
        """409 for a group that cannot be joined by ``member`` now."""
        self.ensure_one()
        if not self._mall_is_joinable_now():
            if self.state == "succeeded":
                raise MallError("group_full", "该团已拼成，请参加其他团或自己开团。")
            raise MallError("group_closed", "该团已结束，请参加其他团或自己开团。")
        if self.member_ids.filtered(
            lambda s: s.partner_id == member and s.state in ("held", "paid")
        ):
            raise MallError("already_joined", "您已在这个团中，快去邀请好友吧。")

    @api.model
    def _mall_find_group(self, group_id):
        """A group shoppers may see (opened: never one whose leader has not paid)."""
        if not group_id or group_id > 2**31 - 1:
            return self.browse()
        return self.search(
            [
                ("id", "=", group_id),
                ("company_id", "=", self.env.company.id),
                ("state", "not in", ("draft", "cancelled")),
            ],
            limit=1,
        )

    def _mall_lock(self):
        lock_rows(self, touch=True)
        self.invalidate_recordset()
        self.member_ids.invalidate_recordset()

    # ------------------------------------------------------------------
    # Outcomes
    # ------------------------------------------------------------------

    def _mall_open(self, now):
        """The leader paid: members may join until the deadline."""
        self.ensure_one()
        self.write(
            {
                "state": "open",
                "opened_at": now,
                "opened_count": 1,
                "deadline": now + timedelta(hours=self.offer_id.time_limit_hours),
            }
        )
        self.message_post(body=self.env._("The leader paid: the group is open."))

    def _mall_succeed(self):
        """Every seat is paid: the orders go to fulfilment (they are confirmed
        only now, so nothing ships before), the members are told."""
        self.ensure_one()
        self.write({"state": "succeeded", "closed_at": fields.Datetime.now(), "succeeded_count": 1})
        paid = self.member_ids.filtered(lambda s: s.state == "paid")
        for seat in paid:
            order = seat.order_id
            if order.state in ("draft", "sent"):
                order.with_context(mall_group_confirm=True).action_confirm()
        self.message_post(body=self.env._("Every seat is paid: the group succeeded."))
        paid._mall_notify("succeeded")

    def _mall_fail(self):
        """The deadline passed with seats left: every paid member is refunded
        in full (one keyed refund each, by a job), the orders are cancelled
        (stock and allotment back), the members are told."""
        self.ensure_one()
        self.write({"state": "failed", "closed_at": fields.Datetime.now(), "failed_count": 1})
        paid = self.member_ids.filtered(lambda s: s.state == "paid")
        for seat in paid:
            seat._mall_start_refund("group_failed")
        self.message_post(
            body=self.env._(
                "The deadline passed with %(paid)s of %(size)s members: the group failed and "
                "%(paid)s refunds are on their way.",
                paid=len(paid),
                size=self.group_size,
            )
        )
        paid._mall_notify("failed")

    def _update_refunded_amount(self):
        for group in self:
            group.refunded_amount = sum(
                group.member_ids.filtered(lambda s: s.state == "refunded").mapped("refunded_amount")
            )

    @api.model
    def _cron_mall_group_deadlines(self, limit=100):
        """Groups past their deadline with seats left fail (once: under the
        group's row lock, the state is read again)."""
        # a cron, no user behind it
        groups = self.sudo().search(
            [("state", "=", "open"), ("deadline", "<", fields.Datetime.now())],
            limit=limit,
            order="deadline",
        )
        for group in groups:
            try:
                with self.env.cr.savepoint():
                    group._mall_lock()
                    if group.state != "open" or group.deadline >= fields.Datetime.now():
                        continue
                    group._mall_fail()
            except UserError as error:
                _logger.warning("group %s could not be closed: %s", group.name, error)
        return len(groups)
