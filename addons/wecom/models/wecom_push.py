from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..const import MP_TITLE_MAX_BYTES

RECIPIENT_STATUSES = [
    ("pending", "Waiting"),
    ("refused", "Refused by WeCom"),
    ("not_sent", "Not Sent by the Member"),
    ("sent", "Sent"),
    ("not_friend", "Not a Friend"),
    ("limit_reached", "Limit Reached"),
]


class WeComPush(models.Model):
    """A mass message to customers (群发): text, image and a mini-program card,
    sent through ``externalcontact/add_msg_template`` once per member (clerk)
    with that member's customers; WeCom shows it to the member, who sends it.
    The results per customer come back with ``get_groupmsg_send_result``.

    Who receives it is the caller's choice: ``_wecom_add_recipients(contacts)``
    takes external contacts (the mall fills it from a member segment)."""

    _name = "wecom.push"
    _description = "WeCom Push"
    _inherit = ["mail.thread"]
    _order = "id desc"

    name = fields.Char(required=True, tracking=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    text = fields.Text()
    image = fields.Binary(attachment=True)
    mp_appid = fields.Char(string="Mini-Program AppID")
    mp_page = fields.Char(string="Mini-Program Page")
    mp_title = fields.Char(string="Card Title")
    mp_image = fields.Binary(string="Card Picture", attachment=True)
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("queued", "Queued"),
            ("sent", "Sent to WeCom"),
            ("done", "Done"),
            ("cancelled", "Cancelled"),
        ],
        default="draft",
        required=True,
        readonly=True,
        tracking=True,
        index=True,
    )
    recipient_ids = fields.One2many("wecom.push.recipient", "push_id", string="Recipients")
    task_ids = fields.One2many("wecom.push.task", "push_id", string="Tasks per Member")
    queued_at = fields.Datetime(readonly=True)
    recipient_count = fields.Integer(compute="_compute_counts", store=True, string="Recipients")
    pending_count = fields.Integer(compute="_compute_counts", store=True, string="Waiting")
    sent_count = fields.Integer(compute="_compute_counts", store=True, string="Sent")
    not_friend_count = fields.Integer(compute="_compute_counts", store=True, string="Not Friends")
    limit_count = fields.Integer(compute="_compute_counts", store=True, string="Limit Reached")
    not_sent_count = fields.Integer(compute="_compute_counts", store=True, string="Not Sent")
    refused_count = fields.Integer(compute="_compute_counts", store=True, string="Refused")
    success_rate = fields.Float(
        compute="_compute_counts", store=True, aggregator="avg", string="Success Rate (%)"
    )
    task_count = fields.Integer(compute="_compute_task_count", string="Members")

    @api.depends("recipient_ids.status")
    def _compute_counts(self):
        groups = self.env["wecom.push.recipient"]._read_group(
            [("push_id", "in", self.ids)], ["push_id", "status"], ["__count"]
        )
        counts = {}
        for push, status, count in groups:
            counts.setdefault(push.id, {})[status] = count
        for push in self:
            c = counts.get(push.id, {})
            total = sum(c.values())
            push.recipient_count = total
            push.pending_count = c.get("pending", 0)
            push.sent_count = c.get("sent", 0)
            push.not_friend_count = c.get("not_friend", 0)
            push.limit_count = c.get("limit_reached", 0)
            push.not_sent_count = c.get("not_sent", 0)
            push.refused_count = c.get("refused", 0)
            push.success_rate = 100.0 * c.get("sent", 0) / total if total else 0.0

    def _compute_task_count(self):
        for push in self:
            push.task_count = len(push.task_ids)

    @api.constrains("mp_appid", "mp_page", "mp_title", "mp_image")
    def _check_miniprogram(self):
        for push in self:
            if not (push.mp_appid or push.mp_page):
                continue
            if not (push.mp_appid and push.mp_page and push.mp_title and push.mp_image):
                raise ValidationError(
                    self.env._(
                        "A mini-program card needs the AppID, the page, a title and a picture."
                    )
                )
            if push.mp_page.startswith("/") or len(push.mp_title.encode()) > MP_TITLE_MAX_BYTES:
                raise ValidationError(
                    self.env._(
                        "The card's page is written without a leading slash, and its title "
                        "is limited to 64 bytes."
                    )
                )

    # ------------------------------------------------------------------ recipients

    def _wecom_add_recipients(self, contacts):
        """Add external contacts (a ``wecom.external.contact`` recordset) as
        recipients of this draft push, each with the member who added them last
        and still follows them; contacts nobody follows any more are left out.
        Returns the number added (contacts already there are not added twice)."""
        self.ensure_one()
        if self.state != "draft":
            raise UserError(self.env._("Recipients can be added to a draft push only."))
        present = set(self.recipient_ids.contact_id.ids)
        follows = self.env["wecom.follow.user"].search(
            [
                ("contact_id", "in", contacts.ids),
                ("active_relation", "=", True),
                ("company_id", "=", self.company_id.id),
            ],
            order="added_at desc, id desc",
        )
        chosen = {}
        for follow in follows:
            chosen.setdefault(follow.contact_id.id, follow)
        vals = [
            {
                "push_id": self.id,
                "contact_id": contact_id,
                "userid": follow.userid,
                "external_userid": follow.contact_id.external_userid,
            }
            for contact_id, follow in chosen.items()
            if contact_id not in present
        ]
        self.env["wecom.push.recipient"].create(vals)
        return len(vals)

    def action_add_contacts(self, domain=None):
        """Add the external contacts matching ``domain`` (default: every customer
        still following a member), as the current user may read them."""
        self.ensure_one()
        self.check_access("write")
        contacts = self.env["wecom.external.contact"].search(
            (domain or [("deleted", "=", False)]) + [("company_id", "=", self.company_id.id)]
        )
        return self._wecom_add_recipients(contacts)

    # ------------------------------------------------------------------ message

    def _wecom_message(self):
        """``{text?, attachments?}`` of add_msg_template (images uploaded as media)."""
        self.ensure_one()
        miniprogram = None
        if self.mp_appid:
            miniprogram = {
                "appid": self.mp_appid,
                "page": self.mp_page,
                "title": self.mp_title,
                "pic": self.mp_image,
            }
        body = {}
        if self.text:
            body["text"] = {"content": self.text}
        attachments = self.env["wecom.media"]._attachments(
            self.company_id, image=self.image or None, miniprogram=miniprogram
        )
        if attachments:
            body["attachments"] = attachments
        return body

    # ------------------------------------------------------------------ actions

    def action_send(self):
        """Queue the push: one task per member, each sent by a job."""
        for push in self:
            if push.state != "draft":
                raise UserError(self.env._("Only a draft push can be sent."))
            if not (push.text or push.image or push.mp_appid):
                raise UserError(self.env._("Write a text or add an image or a mini-program card."))
            if not push.recipient_ids:
                raise UserError(self.env._("The push has no recipients."))
            tasks = self.env["wecom.push.task"]
            recipients = push.recipient_ids
            for userid in sorted(set(recipients.mapped("userid"))):
                task = self.env["wecom.push.task"].create({"push_id": push.id, "userid": userid})
                recipients.filtered(lambda r, u=userid: r.userid == u).write({"task_id": task.id})
                tasks |= task
            push.write({"state": "queued", "queued_at": fields.Datetime.now()})
            for task in tasks:
                task.with_delay(description=f"WeCom push {push.id} by {task.userid}")._job_send()
        return True

    def action_fetch_results(self):
        self.check_access("write")
        self.task_ids.filtered("msgid")._fetch_results()

    def action_cancel(self):
        for push in self:
            if push.state not in ("draft", "queued"):
                raise UserError(self.env._("A push already sent to WeCom cannot be cancelled."))
            push.task_ids.filtered(lambda t: t.state == "pending").write({"state": "cancelled"})
            push.state = "cancelled"

    def action_view_recipients(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Recipients"),
            "res_model": "wecom.push.recipient",
            "view_mode": "list,pivot,graph",
            "domain": [("push_id", "=", self.id)],
            "context": {"search_default_group_status": 1},
        }

    def _update_state(self):
        for push in self.filtered(lambda p: p.state in ("queued", "sent")):
            tasks = push.task_ids
            if tasks and all(t.state in ("sent", "failed") for t in tasks):
                done = all(t.state == "failed" or t.wecom_status == "sent" for t in tasks)
                push.state = "done" if done and not push.pending_count else "sent"

    @api.model
    def _cron_fetch_results(self):
        """Fetch the results of pushes sent in the last 7 days and not done."""
        since = fields.Datetime.now() - timedelta(days=7)
        pushes = self.search([("state", "=", "sent"), ("queued_at", ">", since)])
        pushes.task_ids.filtered("msgid")._fetch_results()
