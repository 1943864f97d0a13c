from datetime import datetime

from odoo import api, fields, models

UPSERT_FOLLOW = """
    INSERT INTO wecom_follow_user
           (contact_id, company_id, userid, active_relation,
            create_uid, write_uid, create_date, write_date)
    VALUES (%s, %s, %s, true, %s, %s, now() at time zone 'UTC', now() at time zone 'UTC')
    ON CONFLICT (contact_id, userid) DO NOTHING
"""


class WeComFollowUser(models.Model):
    """A member of the corp (clerk) followed by an external contact: through
    which contact way (``state``), since when, and who deleted whom."""

    _name = "wecom.follow.user"
    _description = "WeCom Follow Relation"
    _order = "added_at desc, id desc"
    _rec_name = "userid"

    contact_id = fields.Many2one(
        "wecom.external.contact", required=True, ondelete="cascade", index=True, readonly=True
    )
    company_id = fields.Many2one("res.company", required=True, readonly=True, index=True)
    external_userid = fields.Char(related="contact_id.external_userid")
    contact_name = fields.Char(related="contact_id.name", string="Customer")
    userid = fields.Char(string="Member", required=True, readonly=True, index=True)
    state = fields.Char(readonly=True)
    contact_way_id = fields.Many2one(
        "wecom.contact.way", compute="_compute_contact_way", store=True, index=True
    )
    added_at = fields.Datetime(readonly=True)
    deleted_by_customer = fields.Boolean(readonly=True, help="del_external_contact received.")
    deleted_by_user = fields.Boolean(
        string="Deleted by Member", readonly=True, help="del_follow_user received."
    )
    deleted_at = fields.Datetime(readonly=True)
    active_relation = fields.Boolean(string="Following", readonly=True, default=True)

    _sql_constraints = [
        ("contact_user_unique", "unique(contact_id, userid)", "One relation per member."),
    ]

    @api.depends("state", "company_id")
    def _compute_contact_way(self):
        # stored for every reader: found among all the company's ways
        ways = (
            self.env["wecom.contact.way"]
            .sudo()
            .search([("state", "in", list(set(self.filtered("state").mapped("state"))))])
        )
        # live ways come last, so they win over deleted ones of the same state
        live_last = ways.sorted(lambda w: w.status != "deleted")
        by_state = {(w.company_id.id, w.state): w.id for w in live_last}
        for follow in self:
            follow.contact_way_id = by_state.get((follow.company_id.id, follow.state), False)

    @api.model
    def _wecom_upsert(self, contact, userid, state=None, added_at=None, reset_deleted=True):
        self.env.flush_all()
        self.env.cr.execute(
            UPSERT_FOLLOW,
            [contact.id, contact.company_id.id, userid, self.env.uid, self.env.uid],
        )
        follow = self.search([("contact_id", "=", contact.id), ("userid", "=", userid)], limit=1)
        vals = {}
        if state and follow.state != state:
            vals["state"] = state
        if added_at and not follow.added_at:
            if isinstance(added_at, int):
                added_at = datetime.utcfromtimestamp(added_at)
            vals["added_at"] = added_at
        if reset_deleted and not follow.active_relation:
            vals.update(
                active_relation=True,
                deleted_by_customer=False,
                deleted_by_user=False,
                deleted_at=False,
            )
        if vals:
            follow.write(vals)
        # the row was inserted in SQL: recompute what depends on the relations
        contact.invalidate_recordset(["follow_ids"])
        contact.modified(["follow_ids"])
        return follow
