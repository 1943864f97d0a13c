import logging
from contextlib import contextmanager
from datetime import datetime, time, timedelta

from odoo import Command, api, fields, models
from odoo.addons.mall_base.exceptions import MallError
from odoo.exceptions import UserError, ValidationError

_logger = logging.getLogger(__name__)

STATES = [
    ("draft", "Draft"),
    ("scheduled", "Scheduled"),
    ("open", "Open"),
    ("drawing", "Drawing"),
    ("drawn", "Drawn"),
    ("closed", "Closed"),
]
# qualifications that hold a unit of the lottery's quantity
HOLDING_QUALIFICATIONS = ("active", "ordered", "used")


class MallLottery(models.Model):
    _name = "mall.lottery"
    _description = "Mall Lottery"
    _inherit = ["mail.thread"]
    _order = "id desc"

    name = fields.Char(
        required=True, tracking=True, help="What shoppers read, e.g. 鹿茸酒 限量抢签."
    )
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    product_id = fields.Many2one(
        "product.product",
        string="Product Variant",
        required=True,
        tracking=True,
        domain=[("sale_ok", "=", True)],
        help="The variant a winner buys.",
    )
    list_price = fields.Float(related="product_id.lst_price", string="Normal Price")
    quantity = fields.Integer(
        string="Quantity on Offer",
        required=True,
        default=1,
        tracking=True,
        help="Units the lottery sells in all its windows. A winner may buy one unit; an "
        "unused qualification gives its unit back to this lottery (for the next window), "
        "not to normal sale.",
    )
    price = fields.Monetary(
        string="Lottery Price",
        required=True,
        tracking=True,
        help="The unit price a winner pays (like the product's sales price: taxes as "
        "configured on the product).",
    )
    win_mode = fields.Selection(
        [("quantity", "Winners = Quantity"), ("rate", "Fixed Win Rate")],
        string="Winners",
        required=True,
        default="quantity",
        tracking=True,
        help="Winners = Quantity: each draw allots every unit still on offer (the rate "
        "follows from the registrations). Fixed Win Rate: the rate of the registrations "
        "(rounded half up), at most the units still on offer.",
    )
    win_rate = fields.Float(string="Win Rate (%)", default=5.0, tracking=True)
    validity_minutes = fields.Integer(
        string="Qualification Validity (minutes)",
        required=True,
        default=30,
        tracking=True,
        help="A winner orders and pays within this time after the draw; then the unit "
        "goes back to the lottery.",
    )
    require_real_name = fields.Boolean(
        string="Verified Real Name Required",
        default=True,
        tracking=True,
        help="Members register only with a verified real name, and one real name "
        "registers once per window (two WeChat accounts of one person count once).",
    )
    description = fields.Text(help="Rules shown to shoppers.")
    state = fields.Selection(
        STATES, required=True, default="draft", tracking=True, index=True, copy=False
    )
    window_ids = fields.One2many("mall.lottery.window", "lottery_id", string="Windows", copy=True)
    registration_ids = fields.One2many(
        "mall.lottery.registration", "lottery_id", string="Registrations"
    )
    registration_count = fields.Integer(compute="_compute_counts")
    winner_count = fields.Integer(string="Winners", compute="_compute_counts")
    allotted_qty = fields.Integer(
        string="Allotted",
        compute="_compute_counts",
        help="Units held by winners: qualifications valid, ordered or used.",
    )
    sold_qty = fields.Integer(string="Sold", compute="_compute_counts")
    pool_qty = fields.Integer(
        string="Still on Offer",
        compute="_compute_counts",
        help="Units the next draw can allot.",
    )
    won_template_id = fields.Many2one(
        "wechat.subscribe.template",
        string="Won Message",
        domain="[('company_id', 'in', (company_id, False))]",
        help="Subscribe message sent to winners (keywords may read fields of the "
        "registration, e.g. lottery_id.name, qualified_until).",
    )
    lost_template_id = fields.Many2one(
        "wechat.subscribe.template",
        string="Not Drawn Message",
        domain="[('company_id', 'in', (company_id, False))]",
        help="Subscribe message sent to the registrations not drawn.",
    )

    _sql_constraints = [
        ("quantity_positive", "CHECK(quantity > 0)", "The quantity on offer must be positive."),
        ("price_positive", "CHECK(price >= 0)", "The lottery price cannot be negative."),
        ("validity_positive", "CHECK(validity_minutes > 0)", "The validity must be positive."),
    ]

    @api.constrains("win_mode", "win_rate")
    def _check_win_rate(self):
        for lottery in self:
            if lottery.win_mode == "rate" and not 0 < lottery.win_rate <= 100:
                raise ValidationError(self.env._("The win rate must be above 0 and at most 100%."))

    @api.depends("registration_ids.result", "registration_ids.qualification", "quantity")
    def _compute_counts(self):
        Registration = self.env["mall.lottery.registration"]
        counts = {}
        if self.ids:
            for lottery, result, qualification, count in Registration._read_group(
                [("lottery_id", "in", self.ids)],
                ["lottery_id", "result", "qualification"],
                ["__count"],
            ):
                counts[(lottery.id, result, qualification)] = count
        for lottery in self:
            mine = {key[1:]: count for key, count in counts.items() if key[0] == lottery.id}
            lottery.registration_count = sum(mine.values())
            lottery.winner_count = sum(c for (result, _q), c in mine.items() if result == "won")
            lottery.allotted_qty = sum(
                c for (_r, q), c in mine.items() if q in HOLDING_QUALIFICATIONS
            )
            lottery.sold_qty = sum(c for (_r, q), c in mine.items() if q == "used")
            lottery.pool_qty = max(lottery.quantity - lottery.allotted_qty, 0)

    def _mall_pool(self):
        """Units still to allot, read in SQL (the draw calls it under the
        lottery's lock)."""
        self.ensure_one()
        self.env.cr.execute(
            "SELECT count(*) FROM mall_lottery_registration "
            "WHERE lottery_id = %s AND qualification IN %s",
            [self.id, HOLDING_QUALIFICATIONS],
        )
        holding = self.env.cr.fetchone()[0]
        return max(self.quantity - holding, 0)

    # ------------------------------------------------------------ operators

    def write(self, vals):
        locked = {"product_id", "price", "win_mode", "win_rate", "require_real_name"} & set(vals)
        if locked and self.filtered(lambda lottery: lottery.registration_ids):
            raise UserError(
                self.env._(
                    "Product, price, winners and the real-name rule cannot change once "
                    "members have registered."
                )
            )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_registered(self):
        if self.registration_ids:
            raise UserError(
                self.env._("A lottery with registrations cannot be deleted: archive it.")
            )

    def action_schedule(self):
        now = fields.Datetime.now()
        for lottery in self:
            if lottery.state != "draft":
                raise UserError(self.env._("Only a draft lottery can be scheduled."))
            if not lottery.window_ids:
                raise UserError(self.env._("Add at least one registration window."))
            if any(window.date_end <= now for window in lottery.window_ids):
                raise UserError(self.env._("Every window must end in the future."))
            lottery.state = "scheduled"
        self._mall_sync_state()
        return True

    def action_reset_draft(self):
        for lottery in self:
            if lottery.state != "scheduled" or lottery.registration_ids:
                raise UserError(
                    self.env._("Only a scheduled lottery without registrations goes back to draft.")
                )
            lottery.state = "draft"
        return True

    def action_close(self):
        """Close for good: no more registration, no more draws (qualifications
        already given stay valid until they expire)."""
        for lottery in self:
            if lottery.state == "closed":
                continue
            if lottery.window_ids.filtered(lambda w: w.state == "drawing"):
                raise UserError(self.env._("A draw is running: close the lottery afterwards."))
            lottery.state = "closed"
        return True

    def action_run_now(self):
        """Freeze and draw the windows that are due now (what the cron does)."""
        self._mall_run(self)
        return True

    # ------------------------------------------------------------ states

    def _mall_desired_state(self, now):
        self.ensure_one()
        windows = self.window_ids
        phases = {window: window._mall_phase(now) for window in windows}
        if any(phase in ("frozen", "drawing") for phase in phases.values()):
            return "drawing"
        if "open" in phases.values():
            return "open"
        if windows and all(phase == "drawn" for phase in phases.values()):
            holding = self.registration_ids.filtered(
                lambda r: r.qualification in ("active", "ordered")
            )
            return "drawn" if holding else "closed"
        if "drawn" in phases.values():
            return "drawn"
        return "scheduled"

    def _mall_sync_state(self):
        """Follow the windows (open, drawing, drawn; closed once every window
        is drawn and no qualification is pending): tracked in the chatter."""
        now = fields.Datetime.now()
        for lottery in self.filtered(lambda x: x.state not in ("draft", "closed")):
            state = lottery._mall_desired_state(now)
            if state != lottery.state:
                lottery.state = state

    # ------------------------------------------------------------ shoppers

    @api.model
    def _mall_find_published(self):
        """Lotteries shoppers see: scheduled or later, of the company."""
        lotteries = self.search(
            [("state", "!=", "draft"), ("company_id", "=", self.env.company.id)],
            order="id desc",
            limit=100,
        )
        return lotteries.sorted(lambda lottery: lottery.state == "closed")

    @api.model
    def _mall_find_lottery(self, lottery_id):
        if not lottery_id or lottery_id > 2**31 - 1:
            return self.browse()
        return self.search(
            [
                ("id", "=", lottery_id),
                ("state", "!=", "draft"),
                ("company_id", "=", self.env.company.id),
            ],
            limit=1,
        )

    @api.model
    def _mall_register(self, lottery_id, member):
        """Register ``member`` in the window of lottery ``lottery_id`` open
        now: one guarded INSERT. Returns what the API answers (a dict).

        The open window's row is read ``FOR SHARE``: the freeze of the window
        (an UPDATE) waits for registrations in flight, and a registration
        arriving after the freeze is refused (it sees the frozen state, or
        fails to serialize and is re-run by Odoo, then sees it). Unique
        indexes (window + member, window + identity key) refuse a second
        registration, also from parallel requests. The burst path: one
        SELECT (what the answer shows comes with it), the real-name key, one
        INSERT; no ORM record is read."""
        now = fields.Datetime.now()
        cr = self.env.cr
        lang = self.env.lang or "en_US"
        cr.execute(
            """SELECT w.id, w.date_start, w.date_end, w.draw_at, l.name, l.price,
                      l.require_real_name, l.product_id,
                      COALESCE(pt.name->>%s, pt.name->>'en_US'), cur.name, l.company_id
                 FROM mall_lottery_window w
                 JOIN mall_lottery l ON l.id = w.lottery_id
                 JOIN product_product pp ON pp.id = l.product_id
                 JOIN product_template pt ON pt.id = pp.product_tmpl_id
                 JOIN res_company co ON co.id = l.company_id
                 JOIN res_currency cur ON cur.id = co.currency_id
                WHERE l.id = %s AND l.company_id = %s AND l.active
                  AND l.state NOT IN ('draft', 'closed')
                  AND w.state = 'scheduled' AND w.date_start <= %s AND w.date_end > %s
                ORDER BY w.date_start LIMIT 1
                  FOR SHARE OF w""",
            [lang, lottery_id, self.env.company.id, now, now],
            log_exceptions=False,
        )
        row = cr.fetchone()
        if not row:
            if not self._mall_find_lottery(lottery_id):
                raise MallError("not_found", "抢签活动不存在。", kind="not_found")
            raise MallError("not_open", "当前不在报名时间内。")
        (
            window_id,
            start,
            end,
            draw_at,
            name,
            price,
            real_name,
            product_id,
            product_name,
            currency,
            company_id,
        ) = row
        identity_key = None
        if real_name:
            # 403 real_name_required without a verified identity
            identity_key = member._mall_identity_key(self.env["res.company"].browse(company_id))
        cr.execute(
            """INSERT INTO mall_lottery_registration
                   (lottery_id, window_id, member_id, company_id, identity_key, result,
                    qualification, create_uid, write_uid, create_date, write_date)
               VALUES (%s, %s, %s, %s, %s, 'pending', 'none', %s, %s, %s, %s)
               ON CONFLICT DO NOTHING RETURNING id""",
            [
                lottery_id,
                window_id,
                member.id,
                company_id,
                identity_key,
                self.env.uid,
                self.env.uid,
                now,
                now,
            ],
            log_exceptions=False,
        )
        inserted = cr.fetchone()
        if not inserted:
            raise MallError("already_registered", "本场次您已报名（每人、每个实名身份限报一次）。")
        return {
            "id": inserted[0],
            "lottery_id": lottery_id,
            "lottery_name": name,
            "window_id": window_id,
            "window_start": start,
            "window_end": end,
            "draw_at": draw_at,
            "registered_at": now,
            "result": "pending",
            "qualification": "none",
            "price": price,
            "currency": currency,
            "product_id": product_id,
            "product_name": product_name,
        }

    # ------------------------------------------------------------ cron

    @contextmanager
    def _mall_transaction(self):
        """``self`` in a transaction of its own, committed at the end (a test
        cursor in tests): the steps of the draw must be seen by other workers
        as soon as each is done."""
        with self.env.registry.cursor() as cr:
            yield self.with_env(self.env(cr=cr))

    @api.model
    def _cron_mall_lottery(self):
        """Freeze windows past their end, draw windows past their draw time
        (each once, see ``mall.lottery.window._mall_claim_draw``), expire
        unused qualifications, follow the lotteries' states."""
        self._mall_run()

    @api.model
    def _mall_run(self, lotteries=None):
        now = fields.Datetime.now()
        domain = [("lottery_id.state", "not in", ("draft", "closed"))]
        if lotteries is not None:
            domain.append(("lottery_id", "in", lotteries.ids))
        with self._mall_transaction() as me:
            Window = me.env["mall.lottery.window"].sudo()
            to_freeze = Window.search(
                domain + [("state", "=", "scheduled"), ("date_end", "<=", now)]
            ).ids
        for window_id in to_freeze:
            with self._mall_transaction() as me:
                me.env["mall.lottery.window"].sudo().browse(window_id)._mall_freeze(now)
        with self._mall_transaction() as me:
            Window = me.env["mall.lottery.window"].sudo()
            to_draw = Window.search(
                domain + [("state", "in", ("frozen", "drawing")), ("draw_at", "<=", now)]
            ).ids
        for window_id in to_draw:
            # the cron's user need not be an operator: every step is the system's
            with self._mall_transaction() as me:
                claimed = me.env["mall.lottery.window"].sudo().browse(window_id)._mall_claim_draw()
            if not claimed:
                continue
            try:
                with self._mall_transaction() as me:
                    me.env["mall.lottery.window"].sudo().browse(window_id)._mall_draw(claimed)
            except Exception:
                # rolled back: the window stays claimed and is drawn again once
                # its claim lapses (the draw writes everything or nothing)
                _logger.exception("draw of lottery window %s failed", window_id)
        with self._mall_transaction() as me:
            me.env["mall.lottery.registration"].sudo()._mall_expire_qualifications()
        with self._mall_transaction() as me:
            Lottery = me.env["mall.lottery"].sudo()
            found = Lottery.search([("state", "not in", ("draft", "closed"))])
            if lotteries is not None:
                found &= lotteries.with_env(me.env).sudo()
            found._mall_sync_state()

    # ------------------------------------------------------------ demo

    @api.model
    def _mall_demo_setup(self, lottery_ids, days, stock):
        """Demo data: windows 09:00–09:30 and 17:00–17:30 (Asia/Shanghai,
        drawn 5 minutes later) on the next ``days`` days, ``stock`` units on
        hand of the product, scheduled."""
        china = timedelta(hours=8)
        today = fields.Date.context_today(self.with_context(tz="Asia/Shanghai"))
        for lottery in self.browse(lottery_ids):
            windows = []
            for day in range(1, days + 1):
                date = datetime.combine(today + timedelta(days=day), time())
                for hour in (9, 17):
                    start = date + timedelta(hours=hour) - china
                    windows.append(
                        Command.create(
                            {
                                "date_start": start,
                                "date_end": start + timedelta(minutes=30),
                                "draw_at": start + timedelta(minutes=35),
                            }
                        )
                    )
            lottery.window_ids = windows
            warehouse = self.env["stock.warehouse"].search(
                [("company_id", "=", lottery.company_id.id)], limit=1
            )
            if warehouse:
                self.env["stock.quant"].with_context(inventory_mode=True).create(
                    {
                        "product_id": lottery.product_id.id,
                        "location_id": warehouse.lot_stock_id.id,
                        "inventory_quantity": stock,
                    }
                ).action_apply_inventory()
            lottery.action_schedule()
