import json
import logging
import secrets
from datetime import timedelta

from odoo import api, fields, models
from odoo.addons.mall_base.locking import lock_rows
from odoo.exceptions import UserError, ValidationError

from . import draw as drawing

_logger = logging.getLogger(__name__)

# a claimed draw that has not finished within this time (worker killed,
# server restarted) is claimed again by the next cron run
DRAW_LEASE = timedelta(minutes=10)


class MallLotteryWindow(models.Model):
    _name = "mall.lottery.window"
    _description = "Mall Lottery Registration Window"
    _order = "date_start, id"

    lottery_id = fields.Many2one("mall.lottery", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="lottery_id.company_id", store=True, index=True)
    date_start = fields.Datetime(string="Registration Opens", required=True)
    date_end = fields.Datetime(string="Registration Closes", required=True)
    draw_at = fields.Datetime(string="Draw Time", required=True)
    state = fields.Selection(
        [
            ("scheduled", "Scheduled"),
            ("frozen", "List Frozen"),
            ("drawing", "Drawing"),
            ("drawn", "Drawn"),
        ],
        required=True,
        default="scheduled",
        readonly=True,
        copy=False,
        index=True,
    )
    seed = fields.Char(
        default=lambda self: secrets.token_hex(32),
        copy=False,
        readonly=True,
        groups="base.group_system",
        help="The secret of the draw: published once the window is drawn.",
    )
    seed_hash = fields.Char(
        string="Seed Hash (SHA-256)",
        copy=False,
        readonly=True,
        help="sha256 of the seed, published before the window opens.",
    )
    seed_published = fields.Char(string="Seed", copy=False, readonly=True)
    draw_started_at = fields.Datetime(copy=False, readonly=True)
    drawn_at = fields.Datetime(copy=False, readonly=True)
    registration_count = fields.Integer(string="Registrations", copy=False, readonly=True)
    pool_at_draw = fields.Integer(string="Units on Offer at the Draw", copy=False, readonly=True)
    winner_count = fields.Integer(string="Winners", copy=False, readonly=True)
    draw_list = fields.Text(
        string="Frozen List", copy=False, readonly=True, help="Registration ids, JSON."
    )
    winner_list = fields.Text(copy=False, readonly=True, help="Registration ids, JSON.")

    @api.constrains("date_start", "date_end", "draw_at")
    def _check_times(self):
        for window in self:
            if not window.date_start < window.date_end <= window.draw_at:
                raise ValidationError(
                    self.env._("A window closes after it opens, and is drawn after it closes.")
                )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            # the seed is made here, never sent by a client
            vals["seed"] = secrets.token_hex(32)
            vals["seed_hash"] = drawing.seed_hash(vals["seed"])
        return super().create(vals_list)

    def write(self, vals):
        if {"date_start", "date_end", "lottery_id"} & set(vals) and self.filtered(
            lambda w: w.state != "scheduled"
        ):
            raise UserError(self.env._("A window whose list is frozen cannot be moved."))
        if "draw_at" in vals and self.filtered(lambda w: w.state in ("drawing", "drawn")):
            raise UserError(self.env._("A window already drawn keeps its draw time."))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_registered(self):
        if self.env["mall.lottery.registration"].search_count(
            [("window_id", "in", self.ids)], limit=1
        ):
            raise UserError(self.env._("A window with registrations cannot be deleted."))

    def _mall_phase(self, now=None):
        """What shoppers see: ``scheduled`` (not open yet), ``open``,
        ``frozen`` (closed, waiting for the draw), ``drawing``, ``drawn``."""
        self.ensure_one()
        now = now or fields.Datetime.now()
        if self.state != "scheduled":
            return self.state
        if now < self.date_start:
            return "scheduled"
        return "open" if now < self.date_end else "frozen"

    # ------------------------------------------------------------ the draw

    def _mall_freeze(self, now):
        """Close the list: no registration enters afterwards. Registrations in
        flight hold the row ``FOR SHARE``: this UPDATE waits for them."""
        self.ensure_one()
        self.env.cr.execute(
            "UPDATE mall_lottery_window SET state = 'frozen', write_date = %s "
            "WHERE id = %s AND state = 'scheduled' AND date_end <= %s RETURNING id",
            [now, self.id, now],
        )
        frozen = bool(self.env.cr.fetchone())
        self.invalidate_recordset()
        return frozen

    def _mall_claim_draw(self):
        """Claim this window's draw: one guarded UPDATE, so that exactly one
        worker (cron, another worker's cron, an operator's button) draws it; a
        claim older than ``DRAW_LEASE`` (a crashed draw) is taken over.
        Returns the claim's time, or ``None``."""
        self.ensure_one()
        now = fields.Datetime.now()
        self.env.cr.execute(
            """UPDATE mall_lottery_window SET state = 'drawing', draw_started_at = %s,
                      write_date = %s
                WHERE id = %s AND draw_at <= %s
                  AND (state = 'frozen' OR (state = 'drawing' AND draw_started_at < %s))
               RETURNING id""",
            [now, now, self.id, now, now - DRAW_LEASE],
        )
        if not self.env.cr.fetchone():
            return None
        self.invalidate_recordset()
        self.lottery_id.message_post(
            body=self.env._(
                "Draw of the window %(start)s – %(end)s started.",
                start=self._mall_label(self.date_start),
                end=self._mall_label(self.date_end),
            )
        )
        if self.lottery_id.state != "drawing":
            self.lottery_id.state = "drawing"
        return now

    def _mall_label(self, value):
        tz = self.env.user.tz or "Asia/Shanghai"
        return fields.Datetime.context_timestamp(self.with_context(tz=tz), value).strftime(
            "%Y-%m-%d %H:%M"
        )

    def _mall_draw(self, claimed_at):
        """Draw the frozen list and write every result in this one
        transaction (all or nothing): the window, the registrations (won with
        a qualification until now + validity, or lost), a coin per winner
        (keyed), the subscribe messages (queued after commit, one per
        registration). Only the claim holder draws."""
        self.ensure_one()
        lottery = self.lottery_id
        lock_rows(lottery)
        self.env.cr.execute(
            "SELECT 1 FROM mall_lottery_window WHERE id = %s AND state = 'drawing' "
            "AND draw_started_at = %s FOR UPDATE",
            [self.id, claimed_at],
        )
        if not self.env.cr.fetchone():
            return False
        now = fields.Datetime.now()
        Registration = self.env["mall.lottery.registration"]
        registrations = Registration.search([("window_id", "=", self.id)], order="id")
        ids = registrations.ids
        pool = lottery._mall_pool()
        k = drawing.winners_count(lottery.win_mode, lottery.win_rate, pool, len(ids))
        seed = self.seed
        winners = drawing.draw(seed, ids, k)
        rank = {rid: index + 1 for index, rid in enumerate(winners)}
        until = now + timedelta(minutes=lottery.validity_minutes)
        won = registrations.browse(winners)
        lost = registrations - won
        for registration in won.filtered(lambda r: r.result == "pending"):
            registration.write(
                {
                    "result": "won",
                    "rank": rank[registration.id],
                    "qualification": "active",
                    "qualified_until": until,
                }
            )
        lost.filtered(lambda r: r.result == "pending").write({"result": "lost"})
        self.write(
            {
                "state": "drawn",
                "drawn_at": now,
                "seed_published": seed,
                "registration_count": len(ids),
                "pool_at_draw": pool,
                "winner_count": k,
                "draw_list": json.dumps(ids),
                "winner_list": json.dumps(winners),
            }
        )
        for registration in won:
            registration._mall_reward_winner()
        for registration in registrations:
            registration._mall_send_result_message()
        lottery.message_post(
            body=self.env._(
                "Window %(start)s – %(end)s drawn: %(n)s registrations, %(k)s winners "
                "(%(pool)s units on offer). Seed: %(seed)s",
                start=self._mall_label(self.date_start),
                end=self._mall_label(self.date_end),
                n=len(ids),
                k=k,
                pool=pool,
                seed=seed,
            )
        )
        lottery._mall_sync_state()
        return True

    def _mall_published_draw(self):
        """What anyone may check (``scripts/lottery_verify.py``)."""
        self.ensure_one()
        lottery = self.lottery_id
        data = {
            "window_id": self.id,
            "seed_hash": self.seed_hash,
            "algorithm": "hmac-sha256",
            "win_mode": lottery.win_mode,
            "win_rate": lottery.win_rate if lottery.win_mode == "rate" else None,
        }
        if self.state == "drawn":
            data.update(
                seed=self.seed_published,
                pool=self.pool_at_draw,
                registrations=json.loads(self.draw_list or "[]"),
                winners=json.loads(self.winner_list or "[]"),
                winners_count=self.winner_count,
                drawn_at=self.drawn_at,
            )
        return data
