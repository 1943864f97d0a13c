from datetime import timedelta

from odoo import api, fields, models
from odoo.addons.mall_base.exceptions import MallError
from odoo.addons.mall_base.locking import lock_rows
from odoo.exceptions import ValidationError

from ..const import GROUP_SIZE_MAX, GROUP_SIZE_MIN, TIME_LIMIT_MAX_HOURS


class MallGroupOffer(models.Model):
    _name = "mall.group.offer"
    _description = "Group-buy Offer"
    _inherit = ["mail.thread"]
    _order = "date_start desc, id desc"

    name = fields.Char(
        required=True, tracking=True, help="What the shopper reads, e.g. 东北珍珠米 3人团."
    )
    description = fields.Text(help="Shown to the shopper on the offer page.")
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    active = fields.Boolean(default=True)
    state = fields.Selection(
        [("draft", "Draft"), ("active", "Running"), ("ended", "Ended")],
        default="draft",
        required=True,
        tracking=True,
        help="Members open and join groups only while the offer runs and within its dates.",
    )
    date_start = fields.Datetime(string="Start", required=True, default=fields.Datetime.now)
    date_end = fields.Datetime(string="End", required=True)
    line_ids = fields.One2many("mall.group.offer.line", "offer_id", string="Products", copy=True)
    group_size = fields.Integer(
        default=3,
        required=True,
        tracking=True,
        help="Paid members that make a group succeed (2 to 10), the leader included.",
    )
    time_limit_hours = fields.Integer(
        string="Time Limit (hours)",
        default=24,
        required=True,
        help="A group that has not reached its size this long after the leader paid fails "
        "and every member is refunded.",
    )
    allotment = fields.Integer(
        default=0,
        help="Units that may be sold through this offer (0: no limit). Units of unpaid "
        "orders that are cancelled and of refunded orders come back.",
    )
    taken_qty = fields.Integer(
        string="Units Taken",
        default=0,
        readonly=True,
        copy=False,
        help="Units of the offer's orders that are placed and not given back.",
    )
    member_limit = fields.Integer(
        string="Per Member",
        default=1,
        help="Units one member may buy through this offer across its groups (0: no limit).",
    )
    group_ids = fields.One2many("mall.group", "offer_id", string="Groups", readonly=True)
    group_count = fields.Integer(compute="_compute_group_count", string="Groups Opened")

    _sql_constraints = [
        (
            "allotment_respected",
            "CHECK(allotment = 0 OR taken_qty <= allotment)",
            "The offer's allotment is sold out.",
        ),
        ("taken_positive", "CHECK(taken_qty >= 0)", "Units taken cannot be negative."),
        ("allotment_positive", "CHECK(allotment >= 0)", "The allotment cannot be negative."),
        ("member_limit_positive", "CHECK(member_limit >= 0)", "The limit cannot be negative."),
    ]

    def _compute_group_count(self):
        counts = dict(
            self.env["mall.group"]._read_group(
                [("offer_id", "in", self.ids), ("state", "!=", "draft")], ["offer_id"], ["__count"]
            )
        )
        for offer in self:
            offer.group_count = counts.get(offer, 0)

    @api.constrains("group_size", "time_limit_hours", "date_start", "date_end")
    def _check_terms(self):
        for offer in self:
            if not GROUP_SIZE_MIN <= offer.group_size <= GROUP_SIZE_MAX:
                raise ValidationError(
                    self.env._(
                        "A group has %(min)s to %(max)s members.",
                        min=GROUP_SIZE_MIN,
                        max=GROUP_SIZE_MAX,
                    )
                )
            if not 1 <= offer.time_limit_hours <= TIME_LIMIT_MAX_HOURS:
                raise ValidationError(
                    self.env._("The time limit is 1 to %(max)s hours.", max=TIME_LIMIT_MAX_HOURS)
                )
            if offer.date_end <= offer.date_start:
                raise ValidationError(self.env._("The offer must end after it starts."))

    @api.constrains("line_ids")
    def _check_lines(self):
        for offer in self:
            products = offer.line_ids.product_id
            if len(products) != len(offer.line_ids):
                raise ValidationError(self.env._("A product is listed twice in the offer."))

    def action_start(self):
        for offer in self:
            if not offer.line_ids:
                raise ValidationError(self.env._("Add the products of the offer first."))
        self.state = "active"

    def action_end(self):
        self.state = "ended"

    def action_view_groups(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("mall_group_buy.mall_group_action")
        action["domain"] = [("offer_id", "=", self.id)]
        action["context"] = {"search_default_opened": 1}
        return action

    # ------------------------------------------------------------------
    # Storefront (called in the API's superuser environment)
    # ------------------------------------------------------------------

    def _mall_is_running(self, now=None):
        self.ensure_one()
        now = now or fields.Datetime.now()
        return (
            self.active
            and self.state == "active"
            and self.date_start <= now < self.date_end
            and bool(self.line_ids)
        )

    @api.model
    def _mall_find_running(self):
        """The offers members may buy now, in the API's company."""
        now = fields.Datetime.now()
        return self.search(
            [
                ("company_id", "=", self.env.company.id),
                ("state", "=", "active"),
                ("date_start", "<=", now),
                ("date_end", ">", now),
            ],
            order="date_end, id",
        ).filtered("line_ids")

    @api.model
    def _mall_find_offer(self, offer_id):
        """An offer of the API's company that shoppers may see (running or
        ended, never a draft); empty otherwise."""
        if not offer_id or offer_id > 2**31 - 1:
            return self.browse()
        return self.search(
            [
                ("id", "=", offer_id),
                ("company_id", "=", self.env.company.id),
                ("state", "!=", "draft"),
            ],
            limit=1,
        )

    def _mall_remaining(self):
        self.ensure_one()
        return max(self.allotment - self.taken_qty, 0) if self.allotment else None

    def _mall_line_of(self, product_id):
        self.ensure_one()
        return self.line_ids.filtered(lambda line: line.product_id.id == product_id)[:1]

    def _mall_member_units(self, member):
        """Units ``member`` holds or bought through this offer (seats held or paid)."""
        self.ensure_one()
        seats = self.env["mall.group.member"].search(
            [
                ("offer_id", "=", self.id),
                ("partner_id", "=", member.id),
                ("state", "in", ("held", "paid")),
            ]
        )
        return int(sum(seats.mapped("qty")))

    def _mall_take_units(self, qty):
        """Take ``qty`` units of the allotment in one guarded statement (409
        ``sold_out`` when not enough are left). The row's update also makes a
        parallel order of the offer fail to serialize: Odoo re-runs it on a
        snapshot that sees this one (the per-member count included)."""
        self.ensure_one()
        self.flush_recordset()
        self.env.cr.execute(
            "UPDATE mall_group_offer SET taken_qty = COALESCE(taken_qty, 0) + %s, "
            "write_date = now() at time zone 'UTC' "
            "WHERE id = %s AND (COALESCE(allotment, 0) = 0 "
            "OR COALESCE(taken_qty, 0) + %s <= allotment) RETURNING id",
            [qty, self.id, qty],
            log_exceptions=False,
        )
        taken = self.env.cr.fetchone()
        self.invalidate_recordset(["taken_qty"])
        if not taken:
            raise MallError("sold_out", "拼团商品已抢光。")

    def _mall_give_back_units(self, qty):
        self.ensure_one()
        self.flush_recordset()
        self.env.cr.execute(
            "UPDATE mall_group_offer SET taken_qty = GREATEST(COALESCE(taken_qty, 0) - %s, 0) "
            "WHERE id = %s",
            [qty, self.id],
        )
        self.invalidate_recordset(["taken_qty"])

    def _mall_place_group_order(
        self, member, address, product_id, qty, idempotency_key, group=None, note=None
    ):
        """Open a group (``group`` empty) or join ``group`` with an order of
        ``qty`` of ``product_id`` at the group price. Returns ``(group, order)``.

        Refusals (nothing written): 409 ``offer_not_active``, ``group_closed``,
        ``group_full``, ``already_joined``, ``member_limit_reached``,
        ``sold_out``; 404 ``product_not_found`` (not a product of the offer);
        and the order's own (stock, shipping, unpaid orders...)."""
        self.ensure_one()
        if not self._mall_is_running():
            raise MallError("offer_not_active", "拼团活动未开始或已结束。")
        line = self._mall_line_of(product_id)
        if not line:
            raise MallError("product_not_found", "该商品不在此拼团活动中。", kind="not_found")
        Group = self.env["mall.group"]
        opening = not group
        if group:
            group._mall_check_joinable(member)
        if self.member_limit and self._mall_member_units(member) + qty > self.member_limit:
            raise MallError("member_limit_reached", f"每人限购 {self.member_limit} 件拼团商品。")
        self._mall_take_units(qty)
        now = fields.Datetime.now()
        if group:
            # one seat taken at a time per group: the later request waits, fails
            # to serialize and is re-run on a snapshot that sees the seat
            lock_rows(group, touch=True)
            group.invalidate_recordset()
            group._mall_check_joinable(member)
            if group._mall_seats_taken(now) >= group.group_size:
                raise MallError("group_full", "该团已满员，请参加其他团或自己开团。")
        else:
            group = Group.create(
                {
                    "offer_id": self.id,
                    "leader_id": member.id,
                    "group_size": self.group_size,
                    "company_id": self.company_id.id,
                }
            )
        order = (
            self.env["sale.order"]
            .with_context(mall_group_prices={line.product_id.id: line.group_price})
            ._mall_place_order(member, address, {line.product_id: qty}, idempotency_key, note=note)
        )
        seat = self.env["mall.group.member"].create(
            {
                "group_id": group.id,
                "partner_id": member.id,
                "is_leader": opening,
                "order_id": order.id,
                "product_id": line.product_id.id,
                "qty": qty,
                "hold_until": order.mall_expires_at or now + timedelta(minutes=15),
            }
        )
        order.mall_group_member_id = seat
        return group, order
