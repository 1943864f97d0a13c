from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class MallMemberLevel(models.Model):
    """A member level (普通 / 银卡 / 金卡 / 黑卡): reached by growth value, with
    its benefits."""

    _name = "mall.member.level"
    _description = "Mall Member Level"
    _order = "company_id, growth_min, id"

    name = fields.Char(required=True, translate=True)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    growth_min = fields.Integer(
        string="Growth Value Needed",
        help="A member whose growth value reaches this has the level.",
    )
    pricelist_id = fields.Many2one(
        "product.pricelist",
        string="Member Prices",
        domain="[('company_id', 'in', [False, company_id])]",
        help="The prices members of this level pay (per product or category): it becomes "
        "the member's pricelist. Empty: the company's default prices.",
    )
    free_shipping = fields.Boolean(
        help="Orders of members of this level ship free from the amount below.",
    )
    free_shipping_threshold = fields.Monetary(
        string="Free Shipping From",
        currency_field="currency_id",
        help="With Free Shipping: orders whose goods (after discounts) are worth at least "
        "this ship free; 0: every order ships free.",
    )
    points_multiplier = fields.Float(
        default=1.0, help="Points earned on an order are multiplied by this."
    )
    member_count = fields.Integer(string="Members", compute="_compute_member_count")

    @api.depends_context("company")
    def _compute_member_count(self):
        # operators may read the levels, not necessarily every member's partner
        groups = (
            self.env["res.partner"]
            .sudo()
            ._read_group([("mall_level_id", "in", self.ids)], ["mall_level_id"], ["__count"])
        )
        counts = {level.id: count for level, count in groups}
        for level in self:
            level.member_count = counts.get(level.id, 0)

    # ------------------------------------------------------------ constraints

    @api.constrains("growth_min", "company_id", "active")
    def _check_growth_min(self):
        for level in self:
            if level.growth_min < 0:
                raise ValidationError(self.env._("The growth value of a level cannot be negative."))
            if level.active and self.search_count(
                [
                    ("id", "!=", level.id),
                    ("company_id", "=", level.company_id.id),
                    ("growth_min", "=", level.growth_min),
                ],
                limit=1,
            ):
                raise ValidationError(
                    self.env._(
                        "Another level of %(company)s already starts at %(growth)s growth value.",
                        company=level.company_id.name,
                        growth=level.growth_min,
                    )
                )

    @api.constrains("points_multiplier")
    def _check_points_multiplier(self):
        for level in self:
            if level.points_multiplier <= 0:
                raise ValidationError(self.env._("The points multiplier must be above 0."))

    @api.constrains("free_shipping_threshold")
    def _check_free_shipping_threshold(self):
        for level in self:
            if level.free_shipping_threshold < 0:
                raise ValidationError(
                    self.env._("The free shipping amount of a level cannot be negative.")
                )

    @api.constrains("pricelist_id", "company_id")
    def _check_pricelist(self):
        for level in self:
            pricelist = level.pricelist_id
            if not pricelist:
                continue
            if pricelist.company_id and pricelist.company_id != level.company_id:
                raise ValidationError(
                    self.env._(
                        "The member prices of %(level)s belong to another company.",
                        level=level.name,
                    )
                )
            if pricelist.currency_id != level.company_id.currency_id:
                raise ValidationError(
                    self.env._(
                        "The member prices of %(level)s must be in %(currency)s, the currency "
                        "of the shop's prices.",
                        level=level.name,
                        currency=level.company_id.currency_id.name,
                    )
                )

    # ------------------------------------------------------------ changes

    def write(self, vals):
        res = super().write(vals)
        if "pricelist_id" in vals:
            # members of these levels pay the new prices from now on
            members = self._mall_members()
            for member in members:
                member._mall_apply_level_pricelist(member.mall_level_id.company_id)
        return res

    @api.ondelete(at_uninstall=False)
    def _unlink_except_held(self):
        if self._mall_members():
            raise UserError(
                self.env._("Members hold this level: archive it instead, then recompute levels.")
            )

    def _mall_members(self):
        # every member of the levels, whoever changes the level
        return (
            self.env["res.partner"]
            .sudo()
            .with_context(active_test=False)
            .search([("mall_level_id", "in", self.ids)])
        )

    # ------------------------------------------------------------ finding levels

    @api.model
    def _mall_levels(self, company):
        """The active levels of ``company``, lowest first."""
        # the levels of the member's company, whoever pays or asks
        return self.sudo().search([("company_id", "=", company.id)], order="growth_min, id")

    @api.model
    def _mall_level_for(self, company, growth):
        """The highest active level of ``company`` that ``growth`` reaches
        (an empty record below the lowest one)."""
        levels = self._mall_levels(company).filtered(lambda level: level.growth_min <= growth)
        return levels[-1:] if levels else self.browse()

    @api.model
    def _mall_next_level(self, company, growth):
        """The lowest active level of ``company`` above ``growth`` (empty at the top)."""
        return self._mall_levels(company).filtered(lambda level: level.growth_min > growth)[:1]

    def _mall_free_shipping_for(self, goods_amount):
        """Whether goods worth ``goods_amount`` (after discounts, in the
        company's currency) ship free for a member of this level."""
        self.ensure_one()
        if not self.free_shipping:
            return False
        return self.currency_id.compare_amounts(goods_amount, self.free_shipping_threshold) >= 0

    def action_view_members(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("mall_base.action_mall_members")
        action["domain"] = [("mall_level_id", "=", self.id)]
        action["context"] = {}
        return action
