from odoo import api, fields, models
from odoo.addons.mall_base.exceptions import MallError


class ResPartner(models.Model):
    _inherit = "res.partner"

    mall_identity_ids = fields.One2many(
        "mall.identity", "partner_id", string="Real-name Identities"
    )
    mall_identity_verified = fields.Boolean(
        string="Real Name Verified",
        compute="_compute_mall_identity_verified",
        search="_search_mall_identity_verified",
    )

    @api.depends("mall_identity_ids")
    def _compute_mall_identity_verified(self):
        for partner in self:
            partner.mall_identity_verified = bool(partner.sudo()._mall_identity())

    def _search_mall_identity_verified(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            return NotImplemented
        positive = (operator == "=") == value
        return [("mall_identity_ids", "!=" if positive else "=", False)]

    def _mall_identity(self, company=None):
        """The member's verified identity in ``company`` (the member's, else
        the environment's), or an empty recordset."""
        self.ensure_one()
        company = company or self.company_id or self.env.company
        return self.env["mall.identity"].search(
            [("partner_id", "=", self.id), ("company_id", "=", company.id)], limit=1
        )

    def _mall_require_identity(self, company=None):
        """The member's verified identity; raises ``MallError("real_name_required")``
        (403 in the API) without one. For every addon whose action needs a
        verified real name (points mall, lottery)."""
        identity = self._mall_identity(company)
        if not identity:
            raise MallError("real_name_required", "请先完成实名认证。", kind="forbidden")
        return identity

    def _mall_identity_key(self, company=None):
        """The blind index of the member's verified ID number (a hex string
        equal for every account verified with the same number, useless to
        recover the number): "one registration per real name" compares it.
        Raises ``real_name_required`` (403) without a verified identity."""
        # the blind index is for no user's eyes; the caller stores or compares it
        return self._mall_require_identity(company).sudo().id_index

    def _mall_verify_identity(self, name, id_number):
        """Verify and store the member's real name (see ``mall.identity._mall_verify``)."""
        self.ensure_one()
        return self.env["mall.identity"]._mall_verify(self, name, id_number)
