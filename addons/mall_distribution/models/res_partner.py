from datetime import timedelta

from odoo import api, fields, models
from odoo.addons.mall_base.scene import parse_scene
from odoo.exceptions import ValidationError


class ResPartner(models.Model):
    _inherit = "res.partner"

    mall_dist_parent_id = fields.Many2one(
        "res.partner",
        string="Bound to Promoter",
        index="btree_not_null",
        copy=False,
        tracking=True,
        help="The promoter through whose share or poster this member came: it earns the "
        "level 1 commission of the member's orders, its own promoter the level 2 one.",
    )
    mall_dist_bound_at = fields.Datetime(string="Bound On", copy=False, readonly=True)
    mall_dist_bound_until = fields.Datetime(
        string="Binding Ends",
        copy=False,
        help="After this time the member's orders earn the promoter nothing (empty: never "
        "ends).",
    )

    @api.constrains("mall_dist_parent_id")
    def _check_mall_dist_parent(self):
        for partner in self.filtered("mall_dist_parent_id"):
            if partner.mall_dist_parent_id == partner:
                raise ValidationError(self.env._("A member cannot be bound to itself."))
            seen = partner
            parent = partner.mall_dist_parent_id
            while parent:
                if parent in seen:
                    raise ValidationError(
                        self.env._("Promoter bindings cannot go round in a circle.")
                    )
                seen |= parent
                parent = parent.mall_dist_parent_id

    def _mall_dist_bound_parent(self, when=None):
        """The partner this member is bound to at ``when`` (default now), or empty."""
        self.ensure_one()
        when = when or fields.Datetime.now()
        if not self.mall_dist_parent_id:
            return self.browse()
        if self.mall_dist_bound_until and self.mall_dist_bound_until < when:
            return self.browse()
        return self.mall_dist_parent_id

    def _mall_on_login(self, scene, created):
        """A new member who came through a promoter's share or poster
        (``u=<share code>``) is bound to that promoter; the first binding wins
        (only a member created by this login is bound)."""
        res = super()._mall_on_login(scene, created)
        if created and not self.mall_dist_parent_id:
            code = parse_scene(scene).get("sharer")
            if code:
                self._mall_dist_bind(code)
        return res

    def _mall_dist_bind(self, code):
        """Bind this member to the promoter of share ``code`` (called as
        superuser by the login). Nothing happens for an unknown code, a member
        who is not a promoter, the member's own code, or a binding that would
        make a circle."""
        self.ensure_one()
        company = self.company_id or self.env.company
        sharer = self._mall_find_by_share_code(code, company)
        if not sharer or sharer == self:
            return False
        promoter = self.env["mall.promoter"]._mall_get(sharer, company, create=True)
        if not promoter or promoter.state != "approved":
            return False
        ancestor = sharer
        while ancestor:
            if ancestor == self:
                return False
            ancestor = ancestor.mall_dist_parent_id
        now = fields.Datetime.now()
        days = company.mall_dist_binding_days
        self.write(
            {
                "mall_dist_parent_id": sharer.id,
                "mall_dist_bound_at": now,
                "mall_dist_bound_until": now + timedelta(days=days) if days > 0 else False,
            }
        )
        return True
