from odoo import api, fields, models

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
