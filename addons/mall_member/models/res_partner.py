import logging
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError

_logger = logging.getLogger(__name__)


class ResPartner(models.Model):
    _inherit = "res.partner"

    mall_level_id = fields.Many2one(
        "mall.member.level", string="Member Level", copy=False, readonly=True, index=True
    )
    mall_growth_value = fields.Integer(
        string="Growth Value",
        copy=False,
        readonly=True,
        help="Grows with what the member pays; sets the member level.",
    )

    def _mall_points_multiplier(self):
        """How many times the points of an order this member earns."""
        self.ensure_one()
        return self.mall_level_id.points_multiplier or 1.0

    @api.model_create_multi
    def create(self, vals_list):
        partners = super().create(vals_list)
        # a new member starts at the entry level (growth value 0), if the shop has one
        for member in partners.filtered("mall_member_since"):
            member._mall_sync_level(member.company_id or self.env.company)
        return partners

    # ------------------------------------------------------------ level

    def _mall_level(self, company):
        """The member's level in ``company`` (empty when none, or archived)."""
        self.ensure_one()
        level = self.sudo().mall_level_id
        if level.company_id != company or not level.active:
            return level.browse()
        return level

    def _mall_add_growth(self, delta):
        """Add ``delta`` (negative: take back) to the member's growth value in
        one statement (parallel payments and refunds of one member add up),
        never below 0. Returns the new growth value."""
        self.ensure_one()
        self.env.cr.execute(
            "UPDATE res_partner SET mall_growth_value = GREATEST(COALESCE(mall_growth_value, 0)"
            " + %s, 0) WHERE id = %s RETURNING mall_growth_value",
            [int(delta), self.id],
        )
        (growth,) = self.env.cr.fetchone()
        self.invalidate_recordset(["mall_growth_value"])
        return growth

    def _mall_sync_level(self, company, downgrade=False, reason=None):
        """Give the member the highest active level of ``company`` its growth
        value reaches. Only upwards unless ``downgrade`` (the yearly review,
        an administrator's recompute); a level archived or of another company
        is replaced either way. The change is posted in the member's chatter
        and the member's prices (pricelist) follow. Returns the new level when
        it changed, else None."""
        self.ensure_one()
        # the member's level is written whoever pays, refunds or reviews
        member = self.sudo()
        current = member._mall_level(company)
        target = self.env["mall.member.level"]._mall_level_for(company, member.mall_growth_value)
        if target == current:
            return None
        if current and not downgrade and (not target or target.growth_min < current.growth_min):
            return None
        if not target and not current and not member.mall_level_id:
            return None
        old = member.mall_level_id
        member.mall_level_id = target
        member._mall_apply_level_pricelist(company)
        body = self.env._(
            "Member level: %(old)s → %(new)s (growth value %(growth)s).",
            old=old.name or self.env._("none"),
            new=target.name or self.env._("none"),
            growth=member.mall_growth_value,
        )
        member.message_post(body=f"{body} {reason}" if reason else body)
        return target

    def _mall_apply_level_pricelist(self, company):
        """The member pays the prices of its level in ``company`` (the level's
        pricelist, or the company's default prices when it has none): the
        member's pricelist of that company, which Odoo uses for every order
        of the member; the member's cart is priced again."""
        self.ensure_one()
        member = self.sudo().with_company(company)
        pricelist = member._mall_level(company).pricelist_id
        if member.specific_property_product_pricelist != pricelist:
            member.specific_property_product_pricelist = pricelist
            member.invalidate_recordset(["property_product_pricelist"])
        carts = (
            self.env["sale.order"]
            .sudo()
            .search(
                [
                    ("partner_id", "=", self.id),
                    ("company_id", "=", company.id),
                    ("mall_is_cart", "=", True),
                    ("state", "=", "draft"),
                ]
            )
        )
        for cart in carts.with_company(company):
            if cart.pricelist_id != member.property_product_pricelist:
                cart.pricelist_id = member.property_product_pricelist
                cart._recompute_prices()

    def action_mall_recompute_level(self):
        """Button of administrators: the level from the current growth value,
        up or down."""
        if not self.env.user.has_group("mall_base.group_mall_admin"):
            raise AccessError(self.env._("Only mall administrators can recompute member levels."))
        for member in self:
            member._mall_sync_level(
                member.company_id or self.env.company,
                downgrade=True,
                reason=self.env._("Recomputed by %s.", self.env.user.name),
            )
        return True

    # ------------------------------------------------------------ yearly review

    @api.model
    def _mall_growth_since(self, company, since):
        """``{member id: growth value}`` of the mall orders of ``company`` paid
        since ``since`` (what is left of each after refunds)."""
        self.env.cr.execute(
            """
            SELECT partner_id, SUM(COALESCE(mall_growth_value, 0))
              FROM sale_order
             WHERE company_id = %s AND mall_order AND mall_growth_done
               AND state = 'sale' AND date_order >= %s
          GROUP BY partner_id
            """,
            [company.id, since],
        )
        return dict(self.env.cr.fetchall())

    @api.model
    def _mall_review_levels(self, company):
        """The yearly review of ``company``: each member's growth value becomes
        that of the orders paid in the last 12 months, and the level follows
        it, down too. Returns the members whose level changed."""
        since = fields.Datetime.now() - timedelta(days=365)
        growth = self._mall_growth_since(company, since)
        # every member of the company with a level or a growth value, whoever runs the review
        members = (
            self.sudo()
            .with_context(active_test=False)
            .search(
                [
                    "|",
                    ("id", "in", list(growth)),
                    "&",
                    ("company_id", "in", [company.id, False]),
                    "|",
                    ("mall_level_id", "!=", False),
                    ("mall_growth_value", "!=", 0),
                ]
            )
        )
        changed = self.browse()
        reason = self.env._("Yearly review: the growth value of the last 12 months.")
        for member in members:
            value = int(growth.get(member.id, 0))
            if member.mall_growth_value != value:
                member.mall_growth_value = value
            if member._mall_sync_level(company, downgrade=True, reason=reason) is not None:
                changed |= member
        _logger.info("yearly level review of %s: %d level(s) changed", company.name, len(changed))
        return changed

    @api.model
    def _cron_mall_review_levels(self):
        """Yearly: the review of every company whose levels go down by the yearly rule."""
        # a cron: its run-as user need not read every company
        for company in (
            self.env["res.company"].sudo().search([("mall_level_downgrade", "=", "yearly")])
        ):
            self.with_company(company)._mall_review_levels(company)

    # ------------------------------------------------------------ storefront

    def _mall_member_data(self):
        """``GET /me``: the level, the growth value, the next level and the
        growth value missing to reach it."""
        data = super()._mall_member_data()
        company = self.env.company
        level = self._mall_level(company)
        growth = self.mall_growth_value
        reached = max(growth, level.growth_min) if level else growth
        if level:
            following = (
                self.env["mall.member.level"]
                ._mall_levels(company)
                .filtered(lambda other: other.growth_min > level.growth_min)[:1]
            )
        else:
            following = self.env["mall.member.level"]._mall_next_level(company, reached)
        data.update(
            {
                "level": {"id": level.id, "name": level.name} if level else None,
                "growth_value": growth,
                "next_level": {"name": following.name, "growth_min": following.growth_min}
                if following
                else None,
                "growth_to_next": max(following.growth_min - growth, 0) if following else None,
            }
        )
        return data
