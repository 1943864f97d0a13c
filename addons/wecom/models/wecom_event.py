import logging
from datetime import datetime, timedelta

import xmltodict

from odoo import api, fields, models
from odoo.addons.queue_job.exception import RetryableJobError
from odoo.addons.wechat_miniprogram.utils import write_surviving_rollback

from ..const import PROCESS_MAX_ATTEMPTS, WELCOME_WINDOW
from ..exceptions import WeComError

_logger = logging.getLogger(__name__)

INSERT_EVENT = """
    INSERT INTO wecom_event
           (company_id, dedup_key, status, welcome_status, received_at, attempts,
            welcome_attempts, create_uid, write_uid, create_date, write_date)
    VALUES (%s, %s, 'received', 'none', now() at time zone 'UTC', 0, 0, %s, %s,
            now() at time zone 'UTC', now() at time zone 'UTC')
    ON CONFLICT (company_id, dedup_key) DO NOTHING
    RETURNING id
"""

ADD_CHANGES = ("add_external_contact", "add_half_external_contact")
DELETE_CHANGES = ("del_external_contact", "del_follow_user")


class WeComEvent(models.Model):
    """One callback received from WeCom, verified and decrypted, stored once.

    ``dedup_key`` (unique per company) is built from the decrypted content:
    a WeCom retry or a replayed message finds its key taken and writes
    nothing.  The welcome message of an add-contact event is keyed by the
    event: ``_send_welcome`` sends only a ``pending`` one, under a row lock."""

    _name = "wecom.event"
    _description = "WeCom Event"
    _order = "id desc"
    _rec_name = "change_type"

    company_id = fields.Many2one("res.company", required=True, readonly=True, index=True)
    dedup_key = fields.Char(required=True, readonly=True)
    event_type = fields.Char(string="Event", readonly=True, index=True)
    change_type = fields.Char(readonly=True, index=True)
    msg_type = fields.Char(string="Message Type", readonly=True)
    external_userid = fields.Char(string="External User ID", readonly=True, index=True)
    userid = fields.Char(string="Member", readonly=True)
    state = fields.Char(readonly=True)
    welcome_code = fields.Char(readonly=True, groups="base.group_system")
    has_welcome_code = fields.Boolean(readonly=True)
    create_time = fields.Datetime(string="WeCom Time", readonly=True)
    received_at = fields.Datetime(readonly=True, required=True)
    processed_at = fields.Datetime(readonly=True)
    contact_id = fields.Many2one("wecom.external.contact", readonly=True, index=True)
    status = fields.Selection(
        [("received", "Received"), ("processed", "Processed"), ("failed", "Failed")],
        required=True,
        readonly=True,
        index=True,
    )
    attempts = fields.Integer(readonly=True)
    error = fields.Char(readonly=True)
    welcome_status = fields.Selection(
        [
            ("none", "None"),
            ("pending", "Pending"),
            ("sent", "Sent"),
            ("skipped", "Nothing to Send"),
            ("expired", "Window Passed"),
            ("failed", "Failed"),
        ],
        required=True,
        readonly=True,
    )
    welcome_sent_at = fields.Datetime(readonly=True)
    welcome_attempts = fields.Integer(readonly=True)
    welcome_error = fields.Char(readonly=True)
    raw = fields.Text(string="Decrypted Message", readonly=True, groups="base.group_system")

    _sql_constraints = [
        ("dedup_unique", "unique(company_id, dedup_key)", "A WeCom message is stored once."),
    ]

    # ------------------------------------------------------------------ receiving

    @api.model
    def _dedup_key(self, msg):
        if msg.get("MsgId"):
            return f"msg:{msg['MsgId']}"
        parts = ("Event", "ChangeType", "UserID", "ExternalUserID", "CreateTime", "FromUserName")
        return "evt:" + ":".join(str(msg.get(p) or "") for p in parts)

    @api.model
    def _wecom_receive(self, company, xml):
        """Store a verified, decrypted message and act on it.  Returns the event,
        or an empty recordset when it was received before (a retry or a replay:
        nothing is written)."""
        msg = xmltodict.parse(xml)["xml"]
        self.env.cr.execute(
            INSERT_EVENT, [company.id, self._dedup_key(msg), self.env.uid, self.env.uid]
        )
        row = self.env.cr.fetchone()
        if not row:
            _logger.info("WeCom message of company %s received again: ignored", company.id)
            return self.browse()
        create_time = msg.get("CreateTime")
        event = self.browse(row[0])
        event.write(
            {
                "event_type": msg.get("Event") or False,
                "change_type": msg.get("ChangeType") or False,
                "msg_type": msg.get("MsgType") or False,
                "external_userid": msg.get("ExternalUserID") or False,
                "userid": msg.get("UserID") or False,
                "state": msg.get("State") or False,
                "welcome_code": msg.get("WelcomeCode") or False,
                "has_welcome_code": bool(msg.get("WelcomeCode")),
                "create_time": datetime.utcfromtimestamp(int(create_time))
                if str(create_time or "").isdigit()
                else False,
                "raw": xml,
            }
        )
        event._wecom_dispatch()
        return event

    def _wecom_dispatch(self):
        self.ensure_one()
        if self.event_type != "change_external_contact" or not self.external_userid:
            self.write({"status": "processed", "processed_at": fields.Datetime.now()})
            return
        contact = self.env["wecom.external.contact"]._wecom_upsert(
            self.company_id, self.external_userid
        )
        self.contact_id = contact
        if self.change_type in ADD_CHANGES:
            follow = self.env["wecom.follow.user"]._wecom_upsert(
                contact, self.userid, state=self.state, added_at=self.create_time
            )
            if not contact.added_at:
                contact.write(
                    {"added_at": follow.added_at, "state": self.state, "userid": self.userid}
                )
            if self.has_welcome_code:
                self.welcome_status = "pending"
            # one job (two would lock the same row): the welcome first, WeCom
            # takes its code for 20 s only; then the contact's details and the hook
            self.with_delay(priority=0, description="WeCom new contact")._job_handle()
        elif self.change_type in DELETE_CHANGES:
            follow = self.env["wecom.follow.user"]._wecom_upsert(
                contact, self.userid, reset_deleted=False
            )
            by_customer = self.change_type == "del_external_contact"
            follow.write(
                {
                    "deleted_by_customer": follow.deleted_by_customer or by_customer,
                    "deleted_by_user": follow.deleted_by_user or not by_customer,
                    "deleted_at": self.create_time or fields.Datetime.now(),
                    "active_relation": False,
                }
            )
            contact._wecom_on_deleted(self)
            self.write({"status": "processed", "processed_at": fields.Datetime.now()})
        else:
            self.write({"status": "processed", "processed_at": fields.Datetime.now()})

    def _lock(self):
        self.flush_recordset()
        self.env.cr.execute(
            "SELECT id FROM wecom_event WHERE id IN %s ORDER BY id FOR UPDATE", [tuple(self.ids)]
        )
        ids = [row[0] for row in self.env.cr.fetchall()]
        self.invalidate_recordset()
        return self.browse(ids)

    # ------------------------------------------------------------------ jobs

    def _job_handle(self):
        """After an add-contact callback: the welcome message, then the details."""
        self._send_welcome()
        self._process()

    def _process(self):
        """Fetch the new contact's details (unionid, name) and call the mall's hook."""
        api_ = self.env["wecom.api"]
        for event in self._lock():
            if event.status != "received":
                continue
            contact = event.contact_id
            attempts = event.attempts + 1
            error = False
            try:
                details = api_._get_external_contact(event.company_id, event.external_userid)
            except WeComError as exc:
                error = str(exc.args[0])
                if exc.transient and attempts < PROCESS_MAX_ATTEMPTS:
                    write_surviving_rollback(event, {"attempts": attempts, "error": error})
                    raise RetryableJobError(error, seconds=10 * attempts) from exc
            else:
                contact._wecom_apply_details(details)
            contact._wecom_on_added(event)
            event.write(
                {
                    "status": "processed",
                    "processed_at": fields.Datetime.now(),
                    "attempts": attempts,
                    "error": error,
                }
            )

    def _welcome_payload(self, message):
        self.ensure_one()
        payload = {"welcome_code": self.welcome_code}
        if message.get("text"):
            payload["text"] = {"content": message["text"]}
        attachments = self.env["wecom.media"]._attachments(
            self.company_id, image=message.get("image"), miniprogram=message.get("miniprogram")
        )
        if attachments:
            payload["attachments"] = attachments
        return payload

    def _send_welcome(self):
        """Send the welcome message once, while WeCom still takes its code."""
        api_ = self.env["wecom.api"]
        for event in self._lock():
            if event.welcome_status != "pending":
                continue
            deadline = event.received_at + timedelta(seconds=WELCOME_WINDOW)
            if fields.Datetime.now() > deadline:
                event.write({"welcome_status": "expired"})
                continue
            message = event.contact_id._wecom_welcome_message(event)
            if not message:
                event.write({"welcome_status": "skipped"})
                continue
            attempts = event.welcome_attempts + 1
            try:
                api_._send_welcome_msg(event.company_id, event._welcome_payload(message))
            except WeComError as exc:
                vals = {"welcome_attempts": attempts, "welcome_error": str(exc.args[0])}
                if exc.transient and fields.Datetime.now() + timedelta(seconds=2) < deadline:
                    write_surviving_rollback(event, vals)
                    raise RetryableJobError(vals["welcome_error"], seconds=1) from exc
                event.write(dict(vals, welcome_status="failed"))
                continue
            # kept even if this transaction is rolled back: WeCom took the code
            write_surviving_rollback(
                event,
                {
                    "welcome_status": "sent",
                    "welcome_sent_at": fields.Datetime.now(),
                    "welcome_attempts": attempts,
                    "welcome_error": False,
                },
            )
