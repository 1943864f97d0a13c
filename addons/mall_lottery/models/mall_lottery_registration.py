import logging

from odoo import api, fields, models
from odoo.addons.mall_base.exceptions import MallError
from odoo.addons.mall_base.locking import lock_rows
from odoo.exceptions import UserError

_logger = logging.getLogger(__name__)

RESULTS = [("pending", "Waiting for the Draw"), ("won", "Won"), ("lost", "Not Drawn")]
QUALIFICATIONS = [
    ("none", "None"),
    ("active", "Valid"),
    ("ordered", "Ordered"),
    ("used", "Used"),
    ("expired", "Expired"),
]


class MallLotteryRegistration(models.Model):
    _name = "mall.lottery.registration"
    _description = "Mall Lottery Registration"
    _order = "id desc"
    _rec_name = "member_id"

    lottery_id = fields.Many2one(
        "mall.lottery", required=True, readonly=True, ondelete="restrict", index=True
    )
    window_id = fields.Many2one(
        "mall.lottery.window", required=True, readonly=True, ondelete="restrict", index=True
    )
    member_id = fields.Many2one(
        "res.partner",
        string="Member",
        required=True,
        readonly=True,
        ondelete="restrict",
        index=True,
    )
    company_id = fields.Many2one("res.company", required=True, readonly=True, index=True)
    identity_key = fields.Char(
        readonly=True,
        groups="base.group_system",
        help="Blind index of the member's verified ID number: one real name registers "
        "once per window.",
    )
    result = fields.Selection(RESULTS, required=True, default="pending", readonly=True, index=True)
    rank = fields.Integer(readonly=True, help="The winner's place in the draw's ranking.")
    qualification = fields.Selection(
        QUALIFICATIONS,
        string="Purchase Qualification",
        required=True,
        default="none",
        readonly=True,
        index=True,
    )
    qualified_until = fields.Datetime(string="Buy Before", readonly=True)
    order_id = fields.Many2one("sale.order", string="Order", readonly=True, index="btree_not_null")
    message_log_id = fields.Many2one("wechat.message.log", string="Result Message", readonly=True)
    lottery_name = fields.Char(related="lottery_id.name", string="Lottery")
    result_label = fields.Char(compute="_compute_result_label", string="Result Text")

    _sql_constraints = [
        (
            "member_window_uniq",
            "UNIQUE(window_id, member_id)",
            "A member registers once per window.",
        ),
        (
            "identity_window_uniq",
            "UNIQUE(window_id, identity_key)",
            "A real name registers once per window.",
        ),
    ]

    @api.depends("result")
    def _compute_result_label(self):
        labels = {"pending": "待开奖", "won": "已中签", "lost": "未中签"}
        for registration in self:
            registration.result_label = labels[registration.result]

    @api.model
    def _mall_find_member_registrations(self, member, lottery=None):
        domain = [("member_id", "=", member.id), ("company_id", "=", self.env.company.id)]
        if lottery is not None:
            domain.append(("lottery_id", "=", lottery.id))
        return self.search(domain, order="id desc", limit=200)

    @api.model
    def _mall_find_registration(self, member, registration_id):
        if not registration_id or registration_id > 2**31 - 1:
            return self.browse()
        return self.search(
            [
                ("id", "=", registration_id),
                ("member_id", "=", member.id),
                ("company_id", "=", self.env.company.id),
            ],
            limit=1,
        )

    # ------------------------------------------------------------ after the draw

    def _mall_reward_winner(self):
        """+1 activity coin for a win (keyed by the registration: never twice)."""
        self.ensure_one()
        return self.env["mall.coin.line"]._mall_earn(
            self.member_id,
            1,
            "lottery",
            company=self.company_id,
            key=f"lottery:{self.id}",
            reason=self.lottery_id.name,
        )

    def _mall_send_result_message(self):
        """The won / not-drawn subscribe message, queued after commit, once
        per registration (its log is kept on the registration)."""
        self.ensure_one()
        lottery = self.lottery_id
        template = lottery.won_template_id if self.result == "won" else lottery.lost_template_id
        openid = self.member_id.mall_openid
        if self.message_log_id or not template or not template.active or not openid:
            return False
        try:
            with self.env.cr.savepoint():
                log = template._send_message(
                    openid,
                    page=f"{template.page or 'pages/lottery/mine'}?id={self.id}",
                    partner=self.member_id,
                    record=self,
                    delay=True,
                )
                self.message_log_id = log
                return log
        except UserError as error:
            # a template that cannot be filled must not stop the draw
            _logger.warning("lottery message of registration %s not sent: %s", self.id, error)
        return False

    # ------------------------------------------------------------ qualifications

    @api.model
    def _mall_expire_qualifications(self):
        """Unused qualifications past their time end (one statement): their
        unit is back in the lottery's pool for the next window."""
        now = fields.Datetime.now()
        self.env.cr.execute(
            """UPDATE mall_lottery_registration SET qualification = 'expired', write_date = %s
                WHERE qualification = 'active' AND qualified_until <= %s
               RETURNING lottery_id""",
            [now, now],
        )
        counts = {}
        for (lottery_id,) in self.env.cr.fetchall():
            counts[lottery_id] = counts.get(lottery_id, 0) + 1
        self.invalidate_model(["qualification"])
        for lottery_id, count in counts.items():
            self.env["mall.lottery"].browse(lottery_id).message_post(
                body=self.env._(
                    "%(count)s unused qualifications expired: their units are back on offer "
                    "for the next window.",
                    count=count,
                )
            )
        return sum(counts.values())

    def _mall_check_can_order(self):
        self.ensure_one()
        if self.result != "won":
            raise MallError("not_won", "未中签，不能购买。")
        if self.qualification == "ordered":
            raise MallError(
                "already_ordered", "已下单，请在订单中完成支付。", order_id=self.order_id.id
            )
        if self.qualification == "used":
            raise MallError("qualification_used", "购买资格已使用。")
        if self.qualification == "expired" or self.qualified_until <= fields.Datetime.now():
            raise MallError("qualification_expired", "购买资格已过期。")

    def _mall_place_order(self, address, idempotency_key, note=None):
        """The winner's order of one unit at the lottery price, through the
        order core (``sale.order._mall_place_lottery_order``); the same key
        returns the same order. Returns ``(order, created)``."""
        self.ensure_one()
        SaleOrder = self.env["sale.order"]
        existing = SaleOrder._mall_find_order_by_key(self.member_id, idempotency_key)
        if existing:
            if existing.mall_lottery_registration_id != self:
                raise MallError("idempotency_key_reused", "该请求标识已用于其他订单。")
            return existing, False
        lock_rows(self, touch=True)
        self._mall_check_can_order()
        order = SaleOrder._mall_place_lottery_order(self, address, idempotency_key, note)
        self.write({"qualification": "ordered", "order_id": order.id})
        return order, True

    def _mall_on_order_paid(self):
        self.filtered(lambda r: r.qualification == "ordered").write({"qualification": "used"})

    def _mall_on_order_cancelled(self, order):
        """An unpaid order cancelled: the qualification is valid again until
        its time, else expired (its unit back in the pool)."""
        now = fields.Datetime.now()
        for registration in self.filtered(
            lambda r: r.qualification == "ordered" and r.order_id == order
        ):
            registration.write(
                {
                    "qualification": "active" if registration.qualified_until > now else "expired",
                    "order_id": False,
                }
            )
