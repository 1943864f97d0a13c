import base64
import re

from odoo import api, fields, models
from odoo.addons.wechat_miniprogram.utils import write_surviving_rollback
from odoo.exceptions import UserError, ValidationError

from ..const import STATE_MAX
from ..exceptions import WeComError

USERID_SPLIT = re.compile(r"[\s,;，；]+")


class WeComContactWay(models.Model):
    """A "contact me" way (联系我) of WeCom: a QR code adding a member (or one of
    several) of the corp, whose ``state`` comes back in the add-contact callback.

    The target is generic: a record (``res_model``/``res_id``, e.g. a store or
    a clerk of the mall) or only a free ``state`` string.  A way is created at
    WeCom once: ``_wecom_create`` locks the row, calls WeCom only while
    ``config_id`` is empty and keeps the answer even if the transaction is
    rolled back afterwards."""

    _name = "wecom.contact.way"
    _description = "WeCom Contact Way"
    _inherit = ["mail.thread"]
    _order = "id desc"

    name = fields.Char(required=True, tracking=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    way_type = fields.Selection(
        [("single", "Single member"), ("multi", "Several members")],
        string="Type",
        required=True,
        default="single",
    )
    userids = fields.Char(
        string="WeCom User IDs",
        required=True,
        tracking=True,
        help="The WeCom user IDs (账号) of the members the customer adds, separated by commas. "
        "A single-member way takes exactly one.",
    )
    state = fields.Char(
        copy=False,
        index=True,
        help="At most 30 characters, sent back by WeCom when a customer adds through this "
        "way: it names the target (e.g. a store or a clerk). Defaults to cw<id>.",
    )
    remark = fields.Char(help="At most 30 characters, shown to the members in WeCom.")
    skip_verify = fields.Boolean(
        string="Add Without Confirmation", default=True, help="The member need not confirm."
    )
    res_model = fields.Char(string="Target Model", index=True, readonly=True)
    res_id = fields.Many2oneReference(
        string="Target Record", model_field="res_model", readonly=True
    )
    config_id = fields.Char(string="WeCom Config ID", readonly=True, copy=False, index=True)
    qr_code_url = fields.Char(string="QR Code URL", readonly=True, copy=False)
    qr_image = fields.Binary(string="QR Code", attachment=True, readonly=True, copy=False)
    qr_filename = fields.Char(compute="_compute_qr_filename")
    status = fields.Selection(
        [("draft", "Draft"), ("active", "Active"), ("deleted", "Deleted in WeCom")],
        default="draft",
        required=True,
        readonly=True,
        copy=False,
        tracking=True,
    )
    last_error = fields.Char(readonly=True, copy=False)
    contact_count = fields.Integer(compute="_compute_contact_count", string="Customers")

    def init(self):
        # one live way per state and per target record (a re-run of the caller finds
        # it instead); a deleted way frees both
        self.env.cr.execute(
            """CREATE UNIQUE INDEX IF NOT EXISTS wecom_contact_way_state_unique
                   ON wecom_contact_way (company_id, state)
                WHERE state IS NOT NULL AND status != 'deleted'"""
        )
        self.env.cr.execute(
            """CREATE UNIQUE INDEX IF NOT EXISTS wecom_contact_way_target_unique
                   ON wecom_contact_way (company_id, res_model, res_id)
                WHERE res_model IS NOT NULL AND status != 'deleted'"""
        )

    def _compute_qr_filename(self):
        for way in self:
            way.qr_filename = f"{way.state or way.id}.png"

    def _compute_contact_count(self):
        groups = self.env["wecom.follow.user"]._read_group(
            [("contact_way_id", "in", self.ids)], ["contact_way_id"], ["__count"]
        )
        counts = {way.id: count for way, count in groups}
        for way in self:
            way.contact_count = counts.get(way.id, 0)

    # ------------------------------------------------------------------ checks

    def _userid_list(self):
        self.ensure_one()
        return [u for u in USERID_SPLIT.split(self.userids or "") if u]

    @api.constrains("userids", "way_type")
    def _check_userids(self):
        for way in self:
            users = way._userid_list()
            if not users:
                raise ValidationError(self.env._("Give at least one WeCom user ID."))
            if way.way_type == "single" and len(users) != 1:
                raise ValidationError(
                    self.env._("A single-member contact way takes exactly one WeCom user ID.")
                )

    @api.constrains("state", "remark")
    def _check_state(self):
        for way in self:
            if len(way.remark or "") > STATE_MAX:
                raise ValidationError(self.env._("The remark is limited to 30 characters."))
            if way.state and (len(way.state) > STATE_MAX or any(c.isspace() for c in way.state)):
                raise ValidationError(
                    self.env._(
                        "The state %(state)s is not valid: at most 30 characters, no spaces.",
                        state=way.state,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        ways = super().create(vals_list)
        for way in ways.filtered(lambda w: not w.state):
            way.state = f"cw{way.id}"
        return ways

    # ------------------------------------------------------------------ for other addons

    @api.model
    def _wecom_way_for(
        self,
        record=None,
        state=None,
        userids=(),
        name=None,
        way_type=None,
        company=None,
        create_now=False,
    ):
        """The live contact way of ``record`` (or of ``state``), created as a
        draft if there is none; with ``create_now`` it is also created at
        WeCom (else call ``_wecom_create_delayed`` after committing).

        The mall calls e.g. ``_wecom_way_for(store, state="st:12",
        userids=["zhangsan"], name="南京路店")``: a re-run returns the same way."""
        if not company and record and "company_id" in record._fields:
            company = record.company_id
        company = company or self.env.company
        domain = [("company_id", "=", company.id), ("status", "!=", "deleted")]
        if record:
            domain += [("res_model", "=", record._name), ("res_id", "=", record.id)]
        elif state:
            domain += [("state", "=", state)]
        else:
            raise UserError(self.env._("A contact way needs a target record or a state."))
        way = self.search(domain, limit=1)
        if not way:
            users = list(userids)
            way = self.create(
                {
                    "name": name or (record and record.display_name) or state,
                    "company_id": company.id,
                    "way_type": way_type or ("single" if len(users) == 1 else "multi"),
                    "userids": ",".join(users),
                    "state": state or False,
                    "res_model": record._name if record else False,
                    "res_id": record.id if record else False,
                }
            )
        if create_now:
            way._wecom_create()
        return way

    def _wecom_create_delayed(self):
        """Create the draft ways at WeCom in a job, after the caller's commit."""
        for way in self.filtered(lambda w: w.status == "draft"):
            way.with_delay(description=f"WeCom contact way {way.state}")._wecom_create()

    def _lock(self):
        """The rows of ``self``, locked for this transaction, re-read."""
        self.flush_recordset()
        self.env.cr.execute(
            f"SELECT id FROM {self._table} WHERE id IN %s ORDER BY id FOR UPDATE",  # noqa: S608
            [tuple(self.ids)],
        )
        ids = [row[0] for row in self.env.cr.fetchall()]
        self.invalidate_recordset()
        return self.browse(ids)

    def _wecom_payload(self):
        self.ensure_one()
        return {
            "type": 1 if self.way_type == "single" else 2,
            "scene": 2,
            "remark": self.remark or "",
            "skip_verify": bool(self.skip_verify),
            "state": self.state,
            "user": self._userid_list(),
        }

    def _wecom_create(self):
        """Create the ways at WeCom (add_contact_way) and download their QR codes.

        Keyed by the record: under the row lock a way with a ``config_id`` is
        never created again, and the ``config_id`` is written again in a new
        transaction if this one is rolled back after WeCom answered."""
        api_ = self.env["wecom.api"]
        # contact ways are the connector's records: written as superuser once checked
        for way in self.sudo()._lock():
            if way.config_id or way.status == "deleted":
                continue
            result = api_._add_contact_way(way.company_id, way._wecom_payload())
            vals = {
                "config_id": result["config_id"],
                "qr_code_url": result.get("qr_code") or False,
                "status": "active",
                "last_error": False,
            }
            write_surviving_rollback(way, vals)
            way._wecom_fetch_qr()
        return True

    def _wecom_fetch_qr(self):
        for way in self.filtered("qr_code_url"):
            try:
                content = self.env["wecom.api"]._download(way.company_id, way.qr_code_url)
            except WeComError as exc:
                way.last_error = str(exc.args[0])
                continue
            way.qr_image = base64.b64encode(content)

    # ------------------------------------------------------------------ buttons

    def action_create_in_wecom(self):
        self.check_access("write")
        self._wecom_create()

    def action_update_in_wecom(self):
        """Send users, state and remark to WeCom again (update_contact_way)."""
        self.check_access("write")
        api_ = self.env["wecom.api"]
        for way in self.sudo().filtered(lambda w: w.status == "active"):
            payload = dict(way._wecom_payload(), config_id=way.config_id)
            payload.pop("type")
            payload.pop("scene")
            api_._update_contact_way(way.company_id, payload)
            way.message_post(body=self.env._("Updated in WeCom."))

    def action_fetch_qr(self):
        self.check_access("write")
        self.sudo()._wecom_fetch_qr()

    def action_delete_in_wecom(self):
        """Delete the ways at WeCom (del_contact_way): their QR codes stop working."""
        self.check_access("write")
        api_ = self.env["wecom.api"]
        for way in self.sudo()._lock():
            if way.status != "active":
                continue
            try:
                api_._del_contact_way(way.company_id, way.config_id)
            except WeComError as exc:
                if exc.errcode != 40058:  # already gone at WeCom
                    raise
            way.status = "deleted"

    def action_download_qr(self):
        self.ensure_one()
        if not self.qr_image:
            raise UserError(self.env._("This contact way has no QR code yet: create it in WeCom."))
        return {
            "type": "ir.actions.act_url",
            "url": f"/web/content/{self._name}/{self.id}/qr_image/{self.qr_filename}?download=true",
            "target": "self",
        }

    def action_view_contacts(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Customers of %(way)s", way=self.name),
            "res_model": "wecom.follow.user",
            "view_mode": "list,form",
            "domain": [("contact_way_id", "=", self.id)],
        }

    def unlink(self):
        self.filtered(lambda w: w.status == "active").action_delete_in_wecom()
        return super().unlink()
