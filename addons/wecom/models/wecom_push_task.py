from collections import defaultdict
from datetime import datetime, timedelta

from odoo import fields, models
from odoo.addons.queue_job.exception import RetryableJobError
from odoo.addons.wechat_miniprogram.utils import write_surviving_rollback

from ..const import PUSH_MAX_ATTEMPTS, SEND_STATUS
from ..exceptions import WeComError

TASK_STATUS = {0: "not_sent", 1: "sent", 2: "not_sent", 3: "not_sent"}
# seconds after the send before the results are fetched
FETCH_DELAY = 5


class WeComPushTask(models.Model):
    """The part of a push one member (clerk) sends: one ``add_msg_template``
    call, keyed by the task (``push_id`` + ``userid`` unique): a task with a
    ``msgid`` is never sent again, and the ``msgid`` survives a rollback."""

    _name = "wecom.push.task"
    _description = "WeCom Push Task"
    _order = "push_id desc, userid"
    _rec_name = "userid"

    push_id = fields.Many2one("wecom.push", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="push_id.company_id", store=True, index=True)
    userid = fields.Char(string="Member", required=True)
    state = fields.Selection(
        [
            ("pending", "Pending"),
            ("sent", "Sent to WeCom"),
            ("failed", "Failed"),
            ("cancelled", "Cancelled"),
        ],
        default="pending",
        required=True,
        readonly=True,
    )
    msgid = fields.Char(string="WeCom Message ID", readonly=True, copy=False)
    fail_list = fields.Json(string="Refused by WeCom", readonly=True, copy=False)
    wecom_status = fields.Selection(
        [("not_sent", "Not Sent Yet"), ("sent", "Sent by the Member")],
        string="Member Sent",
        readonly=True,
    )
    attempts = fields.Integer(readonly=True)
    error = fields.Char(readonly=True)
    sent_at = fields.Datetime(readonly=True)
    fetched_at = fields.Datetime(string="Results Fetched", readonly=True)
    recipient_ids = fields.One2many("wecom.push.recipient", "task_id")
    recipient_count = fields.Integer(compute="_compute_recipient_count")

    _sql_constraints = [
        ("push_user_unique", "unique(push_id, userid)", "One task per push and member."),
    ]

    def _compute_recipient_count(self):
        for task in self:
            task.recipient_count = len(task.recipient_ids)

    def _lock(self):
        self.flush_recordset()
        self.env.cr.execute(
            "SELECT id FROM wecom_push_task WHERE id IN %s ORDER BY id FOR UPDATE",
            [tuple(self.ids)],
        )
        ids = [row[0] for row in self.env.cr.fetchall()]
        self.invalidate_recordset()
        return self.browse(ids)

    def _job_send(self):
        """Create the member's mass-send task at WeCom (once)."""
        api_ = self.env["wecom.api"]
        for task in self._lock():
            if task.msgid and task.state == "sent" and not task.fetched_at:
                # sent by an attempt whose transaction was rolled back afterwards
                # (the msgid survived it): finish what that attempt did
                task._after_send()
            if task.msgid or task.state != "pending":
                continue
            push = task.push_id
            recipients = task.recipient_ids.filtered(lambda r: r.status == "pending")
            payload = dict(
                push._wecom_message(),
                chat_type="single",
                sender=task.userid,
                external_userid=recipients.mapped("external_userid"),
            )
            attempts = task.attempts + 1
            try:
                result = api_._add_msg_template(push.company_id, payload)
            except WeComError as exc:
                vals = {"attempts": attempts, "error": str(exc.args[0])}
                if exc.transient and attempts < PUSH_MAX_ATTEMPTS:
                    write_surviving_rollback(task, vals)
                    raise RetryableJobError(vals["error"], seconds=30 * attempts) from exc
                task.write(dict(vals, state="failed"))
                recipients.write({"status": "not_sent"})
                push._update_state()
                continue
            # WeCom created the task: keep its id even if this transaction is rolled back
            write_surviving_rollback(
                task,
                {
                    "msgid": result["msgid"],
                    "fail_list": result.get("fail_list") or [],
                    "state": "sent",
                    "attempts": attempts,
                    "error": False,
                    "sent_at": fields.Datetime.now(),
                },
            )
            task._after_send()

    def _after_send(self):
        """Mark the customers WeCom refused, move the push on and fetch the
        results a little later (all idempotent: run again after a rollback)."""
        self.ensure_one()
        refused = set(self.fail_list or [])
        if refused:
            self.recipient_ids.filtered(
                lambda r: r.external_userid in refused and r.status == "pending"
            ).write({"status": "refused"})
        push = self.push_id
        if push.state == "queued":
            push.state = "sent"
        push._update_state()
        eta = datetime.now() + timedelta(seconds=FETCH_DELAY)
        self.with_delay(eta=eta, description=f"WeCom push {push.id} results")._job_fetch()

    def _job_fetch(self):
        try:
            self._fetch_results()
        except WeComError as exc:
            if exc.transient:
                raise RetryableJobError(str(exc.args[0]), seconds=60) from exc
            raise

    def _fetch_results(self):
        """Read the member's task status and each customer's result back."""
        api_ = self.env["wecom.api"]
        for task in self.filtered("msgid"):
            company = task.push_id.company_id
            statuses = {
                row["userid"]: row.get("status")
                for row in api_._get_groupmsg_tasks(company, task.msgid)
            }
            results = api_._get_groupmsg_send_results(company, task.msgid, task.userid)
            by_status = defaultdict(list)
            for row in results:
                by_status[SEND_STATUS.get(row.get("status"), "not_sent")].append(
                    row["external_userid"]
                )
            recipients = task.recipient_ids.filtered(lambda r: r.status != "refused")
            for status, external_userids in by_status.items():
                wanted = set(external_userids)
                recipients.filtered(
                    lambda r, w=wanted, s=status: r.external_userid in w and r.status != s
                ).write({"status": status})
            task.write(
                {
                    "wecom_status": TASK_STATUS.get(statuses.get(task.userid), "not_sent"),
                    "fetched_at": fields.Datetime.now(),
                }
            )
            task.push_id._update_state()
