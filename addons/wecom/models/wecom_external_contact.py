from odoo import api, fields, models

UPSERT_CONTACT = """
    INSERT INTO wecom_external_contact
           (company_id, external_userid, create_uid, write_uid, create_date, write_date)
    VALUES (%s, %s, %s, %s, now() at time zone 'UTC', now() at time zone 'UTC')
    ON CONFLICT (company_id, external_userid) DO NOTHING
"""


class WeComExternalContact(models.Model):
    """A customer (external contact) of the corp, as the callbacks and
    ``externalcontact/get`` told us, with the members who follow them.

    The mall overrides the hooks ``_wecom_on_added``, ``_wecom_on_deleted`` and
    ``_wecom_welcome_message`` (bind the contact to a member by ``unionid``,
    attribute it from ``state``, choose the welcome message)."""

    _name = "wecom.external.contact"
    _description = "WeCom External Contact"
    _order = "added_at desc, id desc"

    name = fields.Char(readonly=True)
    company_id = fields.Many2one("res.company", required=True, readonly=True, index=True)
    external_userid = fields.Char(string="External User ID", required=True, readonly=True)
    unionid = fields.Char(
        string="UnionID",
        readonly=True,
        index=True,
        help="The WeChat UnionID (from externalcontact/get) when the corp is bound to the "
        "open platform of the mini-program: it finds the member.",
    )
    follow_ids = fields.One2many("wecom.follow.user", "contact_id", string="Followed By")
    follow_userids = fields.Char(
        string="Members", compute="_compute_follow", store=True, help="Members still following."
    )
    state = fields.Char(readonly=True, help="The state of the first contact way it came through.")
    userid = fields.Char(string="First Member", readonly=True)
    added_at = fields.Datetime(readonly=True)
    deleted = fields.Boolean(
        compute="_compute_follow", store=True, help="No member of the corp follows it any more."
    )
    details_fetched = fields.Boolean(readonly=True)
    event_ids = fields.One2many("wecom.event", "contact_id", string="Events")

    _sql_constraints = [
        (
            "external_userid_unique",
            "unique(company_id, external_userid)",
            "An external contact is recorded once per company.",
        ),
    ]

    @api.depends("follow_ids.active_relation", "follow_ids.userid")
    def _compute_follow(self):
        for contact in self:
            live = contact.follow_ids.filtered("active_relation")
            contact.follow_userids = ", ".join(live.mapped("userid"))
            contact.deleted = bool(contact.follow_ids) and not live

    @api.model
    def _wecom_upsert(self, company, external_userid):
        """The contact of ``external_userid``, created if needed (safe under
        parallel callbacks: one statement that never fails on a duplicate)."""
        self.env.flush_all()
        self.env.cr.execute(
            UPSERT_CONTACT, [company.id, external_userid, self.env.uid, self.env.uid]
        )
        return self.search(
            [("company_id", "=", company.id), ("external_userid", "=", external_userid)], limit=1
        )

    def _wecom_apply_details(self, details):
        """Store what ``externalcontact/get`` answered (name, unionid, follow users)."""
        self.ensure_one()
        external = details.get("external_contact") or {}
        vals = {"details_fetched": True}
        if external.get("name"):
            vals["name"] = external["name"]
        if external.get("unionid"):
            vals["unionid"] = external["unionid"]
        self.write(vals)
        for follow in details.get("follow_user") or []:
            self.env["wecom.follow.user"]._wecom_upsert(
                self,
                follow["userid"],
                state=follow.get("state"),
                added_at=follow.get("createtime"),
                reset_deleted=False,
            )

    # ------------------------------------------------------------------ hooks for the mall

    def _wecom_on_added(self, event):
        """Called once per ``add_external_contact`` event, after the contact is
        stored and its details (``unionid``, name) fetched: bind it to a member,
        attribute it from ``event.state``. Runs in a queue job; override and
        call super."""
        self.ensure_one()

    def _wecom_on_deleted(self, event):
        """Called on ``del_external_contact`` (the customer deleted the member)
        and ``del_follow_user`` (the member deleted the customer)."""
        self.ensure_one()

    def _wecom_welcome_message(self, event):
        """The welcome message for a customer who just added ``event.userid``:
        ``{"text": str, "image": bytes or base64 or None, "miniprogram": {"appid",
        "page", "title", "pic"} or None}``, or ``None`` to send nothing.
        The default is the company's (Settings > WeCom)."""
        self.ensure_one()
        company = self.company_id
        miniprogram = None
        if company.wecom_welcome_mp_appid and company.wecom_welcome_mp_page:
            miniprogram = {
                "appid": company.wecom_welcome_mp_appid,
                "page": company.wecom_welcome_mp_page,
                "title": company.wecom_welcome_mp_title or company.name,
                "pic": company.wecom_welcome_mp_image or company.wecom_welcome_image,
            }
            if not miniprogram["pic"]:
                miniprogram = None
        if not (company.wecom_welcome_text or company.wecom_welcome_image or miniprogram):
            return None
        return {
            "text": company.wecom_welcome_text or "",
            "image": company.wecom_welcome_image or None,
            "miniprogram": miniprogram,
        }
