import json
import logging

from odoo import api, fields, models
from odoo.addons.queue_job.exception import RetryableJobError
from odoo.exceptions import UserError

from ..const import SUBSCRIBE_MAX_ATTEMPTS
from ..exceptions import WeChatError
from ..utils import write_surviving_rollback

_logger = logging.getLogger(__name__)


class WeChatMessageLog(models.Model):
    """One subscribe message: what was sent to whom, and WeChat's answer.

    The record is the message's key: it is sent at most once (``_send`` only
    sends a ``pending`` log, under a row lock), so a job re-run is harmless.
    """

    _name = "wechat.message.log"
    _description = "WeChat Subscribe Message Log"
    _order = "id desc"
    _rec_name = "template_id"

    template_id = fields.Many2one(
        "wechat.subscribe.template", string="Template", ondelete="set null", index=True
    )
    wechat_template_id = fields.Char(string="WeChat Template ID", required=True)
    company_id = fields.Many2one("res.company", required=True, index=True)
    partner_id = fields.Many2one("res.partner", string="Receiver", index=True)
    openid = fields.Char(string="OpenID", required=True, index=True)
    page = fields.Char()
    data = fields.Json(string="Keyword Data")
    miniprogram_state = fields.Selection(
        [("formal", "Released"), ("trial", "Trial"), ("developer", "Developer")],
        string="Mini-Program Version",
        default="formal",
    )
    lang = fields.Char(default="zh_CN")
    payload = fields.Text(compute="_compute_payload")
    state = fields.Selection(
        [("pending", "Pending"), ("sent", "Sent"), ("failed", "Failed")],
        default="pending",
        required=True,
        readonly=True,
        index=True,
    )
    attempts = fields.Integer(readonly=True)
    errcode = fields.Integer(string="Error Code", readonly=True)
    errmsg = fields.Char(string="WeChat Message", readonly=True)
    failure_reason = fields.Char(string="Reason", readonly=True)
    msgid = fields.Char(string="WeChat Message ID", readonly=True)
    date_sent = fields.Datetime(string="Sent On", readonly=True)
    res_model = fields.Char(string="Related Model", index=True)
    res_id = fields.Many2oneReference(string="Related Record", model_field="res_model")

    @api.depends("openid", "wechat_template_id", "page", "data", "miniprogram_state", "lang")
    def _compute_payload(self):
        for log in self:
            log.payload = json.dumps(log._payload(), ensure_ascii=False, indent=2)

    def _payload(self):
        self.ensure_one()
        body = {
            "touser": self.openid,
            "template_id": self.wechat_template_id,
            "data": self.data or {},
            "miniprogram_state": self.miniprogram_state or "formal",
            "lang": self.lang or "zh_CN",
        }
        if self.page:
            body["page"] = self.page
        return body

    def action_send_now(self):
        """Send pending messages now (button)."""
        # _send sends as superuser: only those who may change the logs send them
        self.check_access("write")
        self._send()

    def _job_send(self):
        """queue_job entry point: busy WeChat, HTTP errors and timeouts are retried."""
        self._send(retry_transient=True)

    def _lock_pending(self):
        """The logs of ``self`` still to send, locked for this transaction."""
        self.flush_recordset()
        self.env.cr.execute(
            "SELECT id FROM wechat_message_log WHERE id IN %s AND state = 'pending' "
            "ORDER BY id FOR UPDATE",
            [tuple(self.ids)],
        )
        ids = [row[0] for row in self.env.cr.fetchall()]
        self.invalidate_recordset()
        return self.browse(ids)

    def _send(self, retry_transient=False):
        if not self:
            return
        service = self.env["wechat.miniprogram"]  # reads the AppSecret as superuser itself
        # logs are written by administrators only; _send is private API for any caller
        for log in self.sudo()._lock_pending():
            attempts = log.attempts + 1
            try:
                config = service._app_config(log.company_id)
                result = service._post(config, "/cgi-bin/message/subscribe/send", log._payload())
            except (WeChatError, UserError) as exc:
                errcode = getattr(exc, "errcode", None)
                vals = {
                    "attempts": attempts,
                    "errcode": errcode or 0,
                    "errmsg": getattr(exc, "errmsg", None) or False,
                    "failure_reason": str(exc.args[0]),
                }
                transient = isinstance(exc, WeChatError) and exc.transient
                if retry_transient and transient and attempts < SUBSCRIBE_MAX_ATTEMPTS:
                    write_surviving_rollback(log, vals)
                    raise RetryableJobError(vals["failure_reason"], seconds=30 * attempts) from exc
                log.write(dict(vals, state="failed"))
                _logger.info("subscribe message %s failed: %s", log.id, vals["failure_reason"])
                continue
            log.write(
                {
                    "state": "sent",
                    "attempts": attempts,
                    "errcode": 0,
                    "errmsg": result.get("errmsg") or "ok",
                    "failure_reason": False,
                    "msgid": str(result.get("msgid") or ""),
                    "date_sent": fields.Datetime.now(),
                }
            )
