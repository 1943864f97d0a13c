import json
import logging
import secrets
from datetime import datetime, timedelta

import pytz

from odoo import api, fields, models
from odoo.addons.queue_job.exception import RetryableJobError
from odoo.exceptions import UserError

from ..const import (
    BASE_URL_PARAM,
    CACHE_MINUTES_PARAM,
    CALLBACK_URL_PARAM,
    CUSTOMER_PARAM,
    DEFAULT_BASE_URL,
    DEFAULT_CACHE_MINUTES,
    DEFAULT_QUERY_COST,
    DEFAULT_TIMEOUT,
    KEY_PARAM,
    LIVE_PARAM,
    PHONE_CARRIERS,
    PUSH_ROUTE,
    QUERY_COST_PARAM,
    SALT_PARAM,
    TIMEOUT_PARAM,
    tracking_state,
)
from ..kuaidi100 import Kuaidi100Client, Kuaidi100Error

_logger = logging.getLogger(__name__)

CHINA_TZ = pytz.timezone("Asia/Shanghai")
STATES = [
    ("unknown", "Unknown"),
    ("in_transit", "In Transit"),
    ("delivered", "Delivered"),
    ("exception", "Exception"),
]


def parse_time(value):
    """Kuaidi100's ``YYYY-MM-DD HH:MM:SS`` (China time) as naive UTC, or None."""
    try:
        local = datetime.strptime(str(value or "").strip()[:19], "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return None
    return CHINA_TZ.localize(local).astimezone(pytz.utc).replace(tzinfo=None)


class MallTracking(models.Model):
    _name = "mall.tracking"
    _description = "Logistics Tracking"
    _order = "id desc"
    _rec_name = "number"

    picking_id = fields.Many2one(
        "stock.picking", string="Transfer", required=True, ondelete="cascade", index=True
    )
    sale_id = fields.Many2one(
        "sale.order", string="Order", related="picking_id.sale_id", store=True, index=True
    )
    company_id = fields.Many2one(related="picking_id.company_id", store=True, index=True)
    carrier_id = fields.Many2one("delivery.carrier", string="Carrier", ondelete="set null")
    carrier_code = fields.Char(string="Kuaidi100 Code", required=True)
    number = fields.Char(string="Tracking Number", required=True, index=True)
    state = fields.Selection(STATES, default="unknown", required=True)
    kuaidi100_state = fields.Char()
    last_query_at = fields.Datetime(
        string="Last Query", readonly=True, help="When Kuaidi100 was last queried (paid)."
    )
    last_push_at = fields.Datetime(string="Last Push", readonly=True)
    last_update_at = fields.Datetime(string="Last Update", readonly=True)
    last_error = fields.Char(readonly=True)
    subscription_state = fields.Selection(
        [
            ("none", "Not Subscribed"),
            ("subscribed", "Subscribed"),
            ("failed", "Failed"),
        ],
        default="none",
        required=True,
        readonly=True,
    )
    subscription_message = fields.Char(readonly=True)
    event_ids = fields.One2many("mall.tracking.event", "tracking_id", string="Events")
    query_log_ids = fields.One2many("mall.tracking.query.log", "tracking_id", string="Queries")

    _sql_constraints = [
        (
            "picking_number_unique",
            "unique(picking_id, number)",
            "A transfer has one tracking per tracking number.",
        ),
    ]

    # ------------------------------------------------------------ settings

    @api.model
    def _kuaidi100_live(self):
        """Live (paid) queries: on unless set to 0/false."""
        return self.env["ir.config_parameter"]._mall_param(LIVE_PARAM, bool, True)

    @api.model
    def _kuaidi100_client(self):
        """The client, or None when customer or key are not set."""
        params = self.env["ir.config_parameter"]
        customer = params._mall_param(CUSTOMER_PARAM)
        key = params._mall_param(KEY_PARAM)
        if not customer or not key:
            return None
        return Kuaidi100Client(
            params._mall_param(BASE_URL_PARAM) or DEFAULT_BASE_URL,
            customer,
            key,
            timeout=params._mall_param(TIMEOUT_PARAM, int, DEFAULT_TIMEOUT, minimum=0)
            or DEFAULT_TIMEOUT,
        )

    @api.model
    def _push_salt(self):
        """The salt given when subscribing, generated once per database."""
        salt = self.env["ir.config_parameter"]._mall_param(SALT_PARAM)
        if not salt:
            salt = secrets.token_hex(16)
            # settings are writable by administrators only; this stores one generated salt
            self.env["ir.config_parameter"].sudo().set_param(SALT_PARAM, salt)
        return salt

    @api.model
    def _callback_url(self):
        url = self.env["ir.config_parameter"]._mall_param(CALLBACK_URL_PARAM)
        if url:
            return url
        return (self.get_base_url() or "").rstrip("/") + PUSH_ROUTE

    def _phone_suffix(self):
        self.ensure_one()
        if self.carrier_code not in PHONE_CARRIERS:
            return None
        return self.picking_id._mall_recipient_phone_suffix() or None

    # ------------------------------------------------------------ query

    def _lock(self):
        """Serialize the decision to query a number: a parallel request waits
        here, then (REPEATABLE READ) fails to serialize and is re-run by Odoo,
        and sees the first one's query as a cache hit."""
        self.flush_recordset()
        self.env.cr.execute("SELECT id FROM mall_tracking WHERE id = %s FOR UPDATE", [self.id])
        self.invalidate_recordset()

    def _mall_refresh(self, member=None):
        """Bring the timeline up to date for a reader: from the cache, from
        what is stored (live queries off, not configured), or by a paid query.
        Logs every call; returns the log row."""
        self.ensure_one()
        # shoppers and portal users query through the API: the member was checked by the caller
        tracking = self.sudo()
        tracking._lock()
        now = fields.Datetime.now()
        log_vals = {
            "tracking_id": tracking.id,
            "user_id": self.env.uid,
            "member_id": member.id if member else False,
            "number": tracking.number,
            "carrier_code": tracking.carrier_code,
            "carrier_id": tracking.carrier_id.id,
            "company_id": tracking.company_id.id,
        }
        # the query log is finance's: written for every caller
        Log = self.env["mall.tracking.query.log"].sudo()
        if not tracking._kuaidi100_live():
            return Log.create({**log_vals, "source": "offline", "cached": True})
        params = self.env["ir.config_parameter"]
        cache = timedelta(
            minutes=params._mall_param(CACHE_MINUTES_PARAM, int, DEFAULT_CACHE_MINUTES, minimum=0)
        )
        if tracking.last_query_at and now - tracking.last_query_at < cache:
            return Log.create({**log_vals, "source": "cache", "cached": True})
        if tracking.state == "delivered" and tracking.last_update_at:
            # delivered is final: nothing left to pay for
            return Log.create({**log_vals, "source": "cache", "cached": True})
        client = tracking._kuaidi100_client()
        if not client:
            return Log.create({**log_vals, "source": "offline", "cached": True})
        cost = params._mall_param(QUERY_COST_PARAM, float, DEFAULT_QUERY_COST, minimum=0)
        try:
            data = client.query(tracking.carrier_code, tracking.number, tracking._phone_suffix())
        except Kuaidi100Error as exc:
            if exc.code != "network":
                # Kuaidi100 answered: do not ask again within the cache window
                tracking.write({"last_query_at": now, "last_error": exc.message or exc.code})
            _logger.info("Kuaidi100 query of %s failed: %s", tracking.number, exc)
            return Log.create(
                {
                    **log_vals,
                    "source": "live",
                    "result": "error",
                    "error_code": exc.code,
                    "message": (exc.message or "")[:500],
                    # a failure answer is not billed [assumption, see README]
                    "cost": 0.0,
                }
            )
        tracking._apply_result(data, now)
        tracking.write({"last_query_at": now, "last_error": False})
        return Log.create(
            {
                **log_vals,
                "source": "live",
                "cost": cost,
                "state": tracking.state,
            }
        )

    def _apply_result(self, result, now=None):
        """Replace the timeline and state with a Kuaidi100 result
        (query answer or a push's ``lastResult``)."""
        self.ensure_one()
        events = []
        for seq, entry in enumerate(result.get("data") or []):
            if not isinstance(entry, dict):
                continue
            events.append(
                fields.Command.create(
                    {
                        "sequence": seq,
                        "time": parse_time(entry.get("ftime") or entry.get("time")),
                        "context": str(entry.get("context") or ""),
                        "location": str(entry.get("location") or entry.get("areaName") or "")
                        or False,
                        "status": str(entry.get("status") or "") or False,
                    }
                )
            )
        code = str(result.get("state") or "")
        self.write(
            {
                "event_ids": [fields.Command.clear(), *events],
                "kuaidi100_state": code or False,
                "state": tracking_state(code),
                "last_update_at": now or fields.Datetime.now(),
            }
        )

    def action_query(self):
        """Button: refresh now (an operator's query is logged like a member's)."""
        for tracking in self:
            tracking._mall_refresh()
        return True

    # ------------------------------------------------------------ push

    @api.model
    def _mall_handle_push(self, param, sign):
        """A verified push updates the tracking with its number; returns False
        (and writes nothing) for an unsigned or forged push."""
        from ..kuaidi100 import verify_push_sign

        if not param or not verify_push_sign(param, self._push_salt(), sign):
            return False
        try:
            data = json.loads(param)
        except ValueError:
            return False
        last = data.get("lastResult") if isinstance(data, dict) else None
        if not isinstance(last, dict) or not last.get("nu"):
            return True
        com = str(data.get("comNew") or last.get("com") or "").lower()
        # Kuaidi100's push: public route, trusted after the signature check above
        trackings = self.sudo().search(
            [("number", "=", str(last["nu"])), ("carrier_code", "=", com)]
        ) or self.sudo().search([("number", "=", str(last["nu"]))])
        now = fields.Datetime.now()
        for tracking in trackings:
            tracking._lock()
            tracking._apply_result(last, now)
            tracking.last_push_at = now
            if data.get("status") in ("shutdown", "abort"):
                tracking.subscription_message = data.get("message") or data.get("status")
        return True

    # ------------------------------------------------------------ subscription

    def _enqueue_subscribe(self):
        for tracking in self.filtered(lambda t: t.subscription_state != "subscribed"):
            tracking.with_delay(
                identity_key=f"mall_kuaidi100_subscribe:{tracking.id}:{tracking.number}",
                max_retries=5,
                description=self.env._(
                    "Subscribe to Kuaidi100 pushes of %(number)s", number=tracking.number
                ),
            )._job_subscribe()

    def _job_subscribe(self):
        """queue_job entry point: subscribe once (Kuaidi100's duplicate answer
        counts as subscribed, so a repeat is harmless)."""
        self.ensure_one()
        if self.subscription_state == "subscribed":
            return "already subscribed"
        if not self._kuaidi100_live():
            return "live queries are off"
        client = self._kuaidi100_client()
        if not client:
            return "Kuaidi100 is not configured"
        try:
            data = client.subscribe(
                self.carrier_code,
                self.number,
                self._callback_url(),
                self._push_salt(),
                phone=self._phone_suffix(),
            )
        except Kuaidi100Error as exc:
            if exc.code in ("network", "500", "501", "502"):
                raise RetryableJobError(str(exc), seconds=600) from exc
            self.write({"subscription_state": "failed", "subscription_message": str(exc)})
            return str(exc)
        self.write(
            {"subscription_state": "subscribed", "subscription_message": data.get("message")}
        )
        return data.get("message") or "ok"

    def action_subscribe(self):
        if any(not t._kuaidi100_live() for t in self):
            raise UserError(self.env._("Live logistics queries are switched off."))
        self.filtered(lambda t: t.subscription_state == "failed").write(
            {"subscription_state": "none"}
        )
        self._enqueue_subscribe()
        return True
