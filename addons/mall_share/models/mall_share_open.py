from odoo import api, fields, models


class MallShareOpen(models.Model):
    """One opener of a share: a member, or an anonymous client (the id the
    mini-program keeps in its storage), counted once per share."""

    _name = "mall.share.open"
    _description = "Opening of a Mall Share"
    _order = "id desc"

    share_id = fields.Many2one(
        "mall.share", required=True, readonly=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="share_id.company_id", store=True, index=True)
    sharer_id = fields.Many2one(related="share_id.member_id", string="Shared By", store=True)
    member_id = fields.Many2one(
        "res.partner",
        string="Opened By",
        readonly=True,
        index="btree_not_null",
        ondelete="set null",
        help="Empty: opened before logging in (known by the client's id).",
    )
    client_id = fields.Char(string="Client", readonly=True)
    create_date = fields.Datetime(string="Opened On", readonly=True)

    def init(self):
        cr = self.env.cr
        cr.execute(
            "CREATE UNIQUE INDEX IF NOT EXISTS mall_share_open_member_uniq "
            "ON mall_share_open (share_id, member_id) WHERE member_id IS NOT NULL"
        )
        cr.execute(
            "CREATE UNIQUE INDEX IF NOT EXISTS mall_share_open_client_uniq "
            "ON mall_share_open (share_id, client_id) WHERE client_id IS NOT NULL"
        )

    @api.model
    def _mall_record(self, share, member=None, client_id=None):
        """The open of ``share`` by ``member`` and/or ``client_id``: True when
        it is counted (neither opened it before). One statement: two
        parallel opens by one opener insert one row (the unique indexes
        decide). A member opening on a client seen anonymously before is
        written on that row, for the attribution of their orders."""
        cr = self.env.cr
        cr.execute(
            """INSERT INTO mall_share_open (share_id, company_id, sharer_id, member_id,
                                            client_id, create_uid, write_uid,
                                            create_date, write_date)
               VALUES (%s, %s, %s, %s, %s, %s, %s,
                       now() at time zone 'UTC', now() at time zone 'UTC')
               ON CONFLICT DO NOTHING RETURNING id""",
            [
                share.id,
                share.company_id.id,
                share.member_id.id,
                member.id if member else None,
                client_id or None,
                self.env.uid,
                self.env.uid,
            ],
        )
        counted = bool(cr.fetchone())
        if not counted and member and client_id:
            cr.execute(
                """UPDATE mall_share_open SET member_id = %s
                    WHERE share_id = %s AND client_id = %s AND member_id IS NULL
                      AND NOT EXISTS (SELECT 1 FROM mall_share_open
                                       WHERE share_id = %s AND member_id = %s)""",
                [member.id, share.id, client_id, share.id, member.id],
            )
        self.invalidate_model()
        return counted

    @api.model
    def _mall_last_open(self, member, since):
        """The share ``member`` opened last since ``since`` (not their own)."""
        return self.search(
            [
                ("member_id", "=", member.id),
                ("sharer_id", "!=", member.id),
                ("create_date", ">=", since),
            ],
            order="create_date desc, id desc",
            limit=1,
        ).share_id
