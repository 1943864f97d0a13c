import secrets

from odoo import api, fields, models

# share codes: no 0/O, 1/I/L, so that a code read aloud or typed is not mistaken
SHARE_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
SHARE_CODE_LENGTH = 8

REGISTER_CHANNELS = [
    ("miniprogram", "Mini-program"),
    ("store_qr", "Store QR code"),
    ("clerk_qr", "Clerk QR code"),
    ("wecom", "WeCom"),
    ("share", "Shared by a member"),
    ("campaign", "Campaign"),
    ("import", "Import"),
    ("other", "Other"),
]


class ResPartner(models.Model):
    """Mall members: shoppers are partners, not users.

    A member is a partner with a ``mall_member_since`` date. Its mini-program
    ``openid`` and WeChat ``unionid`` are unique per company, archived
    partners included. A partner without a company counts as company 0, so
    the check holds there too (a plain UNIQUE would let NULLs repeat): hence
    exclusion constraints over ``COALESCE(company_id, 0)``, which the web
    client reports with the message below.
    """

    _inherit = "res.partner"

    _sql_constraints = [
        (
            "mall_openid_company_uniq",
            "EXCLUDE USING btree ((COALESCE(company_id, 0)) WITH =, mall_openid WITH =)",
            "Another member of this company already has this OpenID.",
        ),
        (
            "mall_unionid_company_uniq",
            "EXCLUDE USING btree ((COALESCE(company_id, 0)) WITH =, mall_unionid WITH =)",
            "Another member of this company already has this UnionID.",
        ),
        (
            "mall_share_code_company_uniq",
            "EXCLUDE USING btree ((COALESCE(company_id, 0)) WITH =, mall_share_code WITH =)",
            "Another member of this company already has this share code.",
        ),
    ]

    mall_openid = fields.Char(
        string="Mini-program OpenID",
        copy=False,
        index="btree_not_null",
        groups="base.group_user",
        help="The member's openid in the mall's WeChat mini-program.",
    )
    mall_unionid = fields.Char(
        string="WeChat UnionID",
        copy=False,
        index="btree_not_null",
        groups="base.group_user",
        help="The member's unionid across the merchant's WeChat apps " "(mini-program, WeCom).",
    )
    mall_member_since = fields.Datetime(string="Member Since", copy=False, index="btree_not_null")
    mall_register_channel = fields.Selection(
        REGISTER_CHANNELS, string="Registration Channel", copy=False
    )
    mall_register_scene = fields.Char(
        string="Registration Scene",
        copy=False,
        help="The scene of the QR code or link the member first came in "
        "through, kept for attribution.",
    )
    mall_share_code = fields.Char(
        string="Share Code",
        copy=False,
        readonly=True,
        index="btree_not_null",
        help="The member's code in the scenes of what the member shares "
        "(links, posters): who brought whom is read from it.",
    )
    mall_is_member = fields.Boolean(
        string="Is a Mall Member",
        compute="_compute_mall_is_member",
        search="_search_mall_is_member",
    )

    @api.depends("mall_member_since")
    def _compute_mall_is_member(self):
        for partner in self:
            partner.mall_is_member = bool(partner.mall_member_since)

    def _search_mall_is_member(self, operator, value):
        if operator not in ("=", "!="):
            raise NotImplementedError(f"Unsupported operator {operator!r}")
        positive = (operator == "=") == bool(value)
        return [("mall_member_since", "!=" if positive else "=", False)]

    def _mall_get_share_code(self):
        """The member's share code, made on first use (unique per company)."""
        self.ensure_one()
        if not self.mall_share_code:
            for _attempt in range(5):
                code = "".join(
                    secrets.choice(SHARE_CODE_ALPHABET) for _i in range(SHARE_CODE_LENGTH)
                )
                # the code is the member's own, whoever asks for it first
                self.env.cr.execute(
                    """UPDATE res_partner SET mall_share_code = %s
                        WHERE id = %s AND mall_share_code IS NULL
                          AND NOT EXISTS (
                              SELECT 1 FROM res_partner other
                               WHERE other.mall_share_code = %s
                                 AND COALESCE(other.company_id, 0) = COALESCE(%s, 0))""",
                    (code, self.id, code, self.company_id.id or None),
                )
                self.invalidate_recordset(["mall_share_code"])
                if self.mall_share_code:
                    break
        return self.mall_share_code

    @api.model
    def _mall_find_by_share_code(self, code, company):
        """The member of ``company`` with this share code (empty when none)."""
        if not code:
            return self.browse()
        return self.with_context(active_test=False).search(
            [("mall_share_code", "=", code), ("company_id", "=", company.id)], limit=1
        )

    def _mall_on_login(self, scene, created):
        """Called by the login route for the member found or created, with the
        scene the mini-program was opened with (``mall_base.scene`` parses
        it) and whether this login created the member. Features override it
        (referrals, promoter binding, attribution); call super."""
        self.ensure_one()
