"""The coupon an operator sets up (``mall.coupon``) and the member's claim.

The coupon is the operator's form; what makes it work at checkout is the
``loyalty.program`` (type ``coupons``) it keeps in step: one rule (the
threshold and the products it counts) and one discount reward. A member's
coupon is a ``loyalty.card`` of that program, reserved for the member, with
its own expiration date.
"""

from datetime import timedelta

from odoo import Command, api, fields, models
from odoo.addons.mall_base.exceptions import MallError
from odoo.addons.mall_base.locking import lock_rows
from odoo.exceptions import ValidationError

KINDS = [
    ("threshold", "Amount off above a minimum (满减)"),
    ("percent", "Percentage off (折扣)"),
    ("no_threshold", "Amount off, no minimum (无门槛)"),
    ("new_member", "New-member coupon (新人券)"),
]
AMOUNT_KINDS = ("threshold", "no_threshold", "new_member")
# codes generated in one batch (a wizard, one transaction)
MAX_CODE_BATCH = 10000


class MallCoupon(models.Model):
    _name = "mall.coupon"
    _description = "Mall Coupon"
    _order = "id desc"

    name = fields.Char(required=True, help="What the shopper reads, e.g. 满100减10.")
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    kind = fields.Selection(KINDS, required=True, default="threshold")
    amount = fields.Monetary(
        string="Amount Off", help="What the coupon takes off (满减, 无门槛, 新人券)."
    )
    percent = fields.Float(string="Percentage Off", help="折扣: 15 means 15% off (85折).")
    max_discount = fields.Monetary(
        string="Discount Cap", help="折扣: the most the coupon takes off (0: no cap)."
    )
    min_amount = fields.Monetary(
        string="Minimum Spend",
        help="The order (or the restricted products) must reach this amount, taxes included.",
    )
    scope = fields.Selection(
        [("order", "Whole order"), ("products", "Some products"), ("category", "A category")],
        string="Applies To",
        required=True,
        default="order",
    )
    product_ids = fields.Many2many("product.product", string="Products")
    category_id = fields.Many2one("product.category", string="Category")
    validity = fields.Selection(
        [("fixed", "Fixed dates"), ("days", "Days after claiming")],
        required=True,
        default="fixed",
    )
    date_from = fields.Date(
        string="Start Date", help="Claimable (and, with fixed dates, usable) from this day."
    )
    date_to = fields.Date(
        string="End Date",
        help="Fixed dates: the last day the coupon can be claimed and used. "
        "Days after claiming: the last day it can be claimed.",
    )
    validity_days = fields.Integer(
        string="Valid Days", default=7, help="A claimed coupon is valid until this many days later."
    )
    total_qty = fields.Integer(
        string="Total Quantity",
        default=0,
        help="How many coupons may be issued in all (0: no limit).",
    )
    member_limit = fields.Integer(
        string="Per Member", default=1, help="How many a member may claim (0: no limit)."
    )
    claim_mode = fields.Selection(
        [("center", "Coupon center"), ("granted", "Granted only")],
        string="Distribution",
        required=True,
        default="center",
        help="Coupon center: members claim it in the mini-program. Granted only: "
        "operators give it to members, or it is redeemed with a code.",
    )
    stackable = fields.Boolean(
        string="Stacks with Other Coupons",
        help="By default an order takes one coupon of the shop; a stacking coupon "
        "can be used with another one.",
    )
    issued_count = fields.Integer(
        string="Issued",
        default=0,
        readonly=True,
        copy=False,
        help="Coupons claimed or granted so far.",
    )
    remaining_qty = fields.Integer(string="Remaining", compute="_compute_remaining_qty")
    program_id = fields.Many2one(
        "loyalty.program", string="Loyalty Program", readonly=True, copy=False, ondelete="restrict"
    )
    card_ids = fields.One2many("loyalty.card", "mall_coupon_id", string="Member Coupons")
    description = fields.Char(compute="_compute_description", string="Rule")
    code_count = fields.Integer(string="Codes", compute="_compute_code_count")

    _sql_constraints = [
        ("total_qty_positive", "CHECK (total_qty >= 0)", "The total quantity cannot be negative."),
        ("member_limit_positive", "CHECK (member_limit >= 0)", "The limit cannot be negative."),
        (
            "issued_within_total",
            "CHECK (total_qty = 0 OR issued_count <= total_qty)",
            "More coupons would be issued than the total quantity.",
        ),
    ]

    @api.depends("total_qty", "issued_count")
    def _compute_remaining_qty(self):
        for coupon in self:
            coupon.remaining_qty = (
                max(coupon.total_qty - coupon.issued_count, 0) if coupon.total_qty else -1
            )

    def _compute_code_count(self):
        groups = (
            self.env["loyalty.card"]
            .with_context(active_test=False)
            ._read_group(
                [("mall_coupon_id", "in", self.ids), ("mall_source", "=", "code")],
                ["mall_coupon_id"],
                ["__count"],
            )
        )
        counts = {coupon.id: count for coupon, count in groups}
        for coupon in self:
            coupon.code_count = counts.get(coupon.id, 0)

    @api.depends("kind", "amount", "percent", "max_discount", "min_amount", "currency_id")
    def _compute_description(self):
        for coupon in self:
            coupon.description = coupon._mall_rule_text()

    def _mall_rule_text(self):
        """满100减10, 无门槛减5, 满50 8.5折，最多减20 (what the shopper reads)."""
        self.ensure_one()

        def money(value):
            return f"{value:g}" if value == int(value) else f"{value:.2f}"

        prefix = f"满{money(self.min_amount)}" if self.min_amount else "无门槛"
        if self.kind == "percent":
            # a space keeps the minimum and the rate apart: 满50 8.5折, not 满508.5折
            sep = " " if self.min_amount else ""
            text = f"{prefix}{sep}{round((100 - self.percent) / 10, 2):g}折"
            if self.max_discount:
                text += f"，最多减{money(self.max_discount)}"
            return text
        return f"{prefix}减{money(self.amount)}"

    @api.constrains("kind", "amount", "percent", "min_amount", "max_discount")
    def _check_discount(self):
        for coupon in self:
            if coupon.kind == "percent":
                if not 0 < coupon.percent < 100:
                    raise ValidationError(self.env._("The percentage must be between 0 and 100."))
                if coupon.max_discount < 0:
                    raise ValidationError(self.env._("The discount cap cannot be negative."))
            elif coupon.amount <= 0:
                raise ValidationError(self.env._("The amount off must be positive."))
            if coupon.kind == "threshold" and coupon.min_amount <= coupon.amount:
                raise ValidationError(
                    self.env._("A 满减 coupon needs a minimum spend above the amount off.")
                )
            if coupon.min_amount < 0:
                raise ValidationError(self.env._("The minimum spend cannot be negative."))

    @api.constrains("validity", "date_from", "date_to", "validity_days")
    def _check_validity(self):
        for coupon in self:
            if coupon.validity == "fixed" and not coupon.date_to:
                raise ValidationError(self.env._("A coupon with fixed dates needs an end date."))
            if coupon.validity == "days" and coupon.validity_days <= 0:
                raise ValidationError(self.env._("The valid days must be positive."))
            if coupon.date_from and coupon.date_to and coupon.date_from > coupon.date_to:
                raise ValidationError(self.env._("The start date is after the end date."))

    @api.constrains("scope", "product_ids", "category_id")
    def _check_scope(self):
        for coupon in self:
            if coupon.scope == "products" and not coupon.product_ids:
                raise ValidationError(self.env._("Choose the products of the coupon."))
            if coupon.scope == "category" and not coupon.category_id:
                raise ValidationError(self.env._("Choose the category of the coupon."))

    # the loyalty program kept in step ------------------------------------

    def _mall_program_values(self):
        self.ensure_one()
        products = self.product_ids if self.scope == "products" else self.env["product.product"]
        category = self.category_id if self.scope == "category" else self.env["product.category"]
        reward = {
            "reward_type": "discount",
            "required_points": 1,
            "description": self.name,
            "discount_applicability": "order" if self.scope == "order" else "specific",
            "discount_product_ids": [Command.set(products.ids)],
            "discount_product_category_id": category.id,
        }
        if self.kind == "percent":
            reward.update(
                discount_mode="percent",
                discount=self.percent,
                discount_max_amount=self.max_discount,
            )
        else:
            reward.update(discount_mode="per_order", discount=self.amount, discount_max_amount=0)
        rule = {
            "mode": "auto",
            "reward_point_amount": 1,
            "reward_point_mode": "order",
            "minimum_amount": self.min_amount,
            "minimum_amount_tax_mode": "incl",
            "product_ids": [Command.set(products.ids)],
            "product_category_id": category.id,
        }
        fixed = self.validity == "fixed"
        return {
            "name": self.name,
            "active": self.active,
            "company_id": self.company_id.id,
            "currency_id": self.currency_id.id,
            "program_type": "coupons",
            "applies_on": "current",
            "trigger": "with_code",
            "portal_visible": False,
            # fixed dates bound the program itself; otherwise each card expires on its own
            "date_from": self.date_from if fixed else False,
            "date_to": self.date_to if fixed else False,
            "mall_stackable": self.stackable,
            "rule": rule,
            "reward": reward,
        }

    def _mall_sync_program(self):
        for coupon in self:
            vals = coupon._mall_program_values()
            rule, reward = vals.pop("rule"), vals.pop("reward")
            # campaign operators set coupons up through this form only: they have
            # no rights on Odoo's loyalty programs, which this form keeps in step
            program = coupon.program_id.sudo()
            if not program:
                vals.update(
                    rule_ids=[Command.create(rule)],
                    reward_ids=[Command.create(reward)],
                    # members hear of their coupons in the mini-program, not by e-mail
                    communication_plan_ids=[Command.clear()],
                )
                coupon.program_id = program.create(vals)
                continue
            vals.update(
                rule_ids=[Command.update(program.rule_ids[:1].id, rule)],
                reward_ids=[Command.update(program.reward_ids[:1].id, reward)],
            )
            program.write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_issued(self):
        if self.with_context(active_test=False).card_ids:
            raise MallError(
                "coupon_issued",
                self.env._("Coupons already issued to members: archive the coupon instead."),
            )

    def unlink(self):
        programs = self.program_id
        res = super().unlink()
        # the program was this form's own: it goes with it (see _mall_sync_program);
        # loyalty deletes archived programs only
        programs = programs.sudo()
        programs.active = False
        programs.unlink()
        return res

    @api.model_create_multi
    def create(self, vals_list):
        coupons = super().create(vals_list)
        coupons._mall_sync_program()
        return coupons

    def write(self, vals):
        res = super().write(vals)
        if set(vals) - {"issued_count"}:
            self._mall_sync_program()
        if "date_to" in vals or "validity" in vals:
            for coupon in self.filtered(lambda c: c.validity == "fixed"):
                # fixed dates: the member's coupons end when the coupon does;
                # cards are loyalty's records, the operator edits them through this form
                coupon.card_ids.sudo().filtered(lambda card: card.points >= 1).write(
                    {"expiration_date": coupon.date_to}
                )
        return res

    # claiming and granting ----------------------------------------------

    def _mall_today(self):
        # the day loyalty's own checks use (sale_loyalty compares with Date.today())
        return fields.Date.today()

    def _mall_claim_domain(self):
        today = self._mall_today()
        return [
            ("active", "=", True),
            ("claim_mode", "=", "center"),
            ("company_id", "=", self.env.company.id),
            "|",
            ("date_from", "=", False),
            ("date_from", "<=", today),
            "|",
            ("date_to", "=", False),
            ("date_to", ">=", today),
        ]

    @api.model
    def _mall_find_claimable(self, member):
        """The coupons of the coupon center ``member`` sees now (the member
        matters for ``_mall_claim_status`` only: the center is the same for all)."""
        return self.search(self._mall_claim_domain())

    @api.model
    def _mall_find_coupon(self, member, coupon_id):
        """A coupon of the center by id (empty for granted-only, ended or
        another company's coupons)."""
        if not coupon_id or coupon_id > 2**31 - 1:
            return self.browse()
        return self.search([("id", "=", coupon_id), *self._mall_claim_domain()], limit=1)

    def _mall_member_counts(self, member):
        """``{coupon id: coupons member holds of it}`` (claimed or granted, used or not)."""
        groups = (
            self.env["loyalty.card"]
            .with_context(active_test=False)
            ._read_group(
                [("mall_coupon_id", "in", self.ids), ("partner_id", "=", member.id)],
                ["mall_coupon_id"],
                ["__count"],
            )
        )
        return {coupon.id: count for coupon, count in groups}

    def _mall_is_new_member(self, member):
        return not self.env["sale.order"].search_count(
            [("partner_id", "=", member.id), ("mall_order", "=", True), ("state", "=", "sale")],
            limit=1,
        )

    def _mall_claim_status(self, member):
        """``{coupon id: (claimed by member, reason it cannot claim or None)}``."""
        counts = self._mall_member_counts(member)
        new_member = None
        status = {}
        for coupon in self:
            held = counts.get(coupon.id, 0)
            reason = None
            if coupon.total_qty and coupon.issued_count >= coupon.total_qty:
                reason = "sold_out"
            elif coupon.member_limit and held >= coupon.member_limit:
                reason = "limit_reached"
            elif coupon.kind == "new_member":
                if new_member is None:
                    new_member = self._mall_is_new_member(member)
                if not new_member:
                    reason = "not_new_member"
            status[coupon.id] = (held, reason)
        return status

    def _mall_claim(self, member):
        """Give ``member`` one coupon of the center: their ``loyalty.card``.

        Parallel claims are serialized on the coupon's row (locked and
        touched: a claim that waited is re-run on a fresh snapshot), and the
        count only moves through one guarded ``UPDATE``: the last coupon goes
        to one member, and a member never holds more than the limit."""
        self.ensure_one()
        lock_rows(self, touch=True)
        _held, reason = self._mall_claim_status(member)[self.id]
        if reason == "sold_out":
            raise MallError("coupon_sold_out", "优惠券已被领完。")
        if reason == "limit_reached":
            raise MallError("coupon_limit_reached", "已达到领取上限。")
        if reason == "not_new_member":
            raise MallError("coupon_new_member_only", "该优惠券仅限新用户领取。")
        return self._mall_issue(member)

    def _mall_issue(self, partners, source="claim", count=0):
        """One card for each of ``partners`` (a member may appear more than
        once), or ``count`` cards of nobody (code batches), counted against
        the total quantity in one guarded statement."""
        self.ensure_one()
        number = len(partners) or count
        if not number:
            return self.env["loyalty.card"]
        self.env.cr.execute(
            """UPDATE mall_coupon SET issued_count = COALESCE(issued_count, 0) + %s
                WHERE id = %s
                  AND (COALESCE(total_qty, 0) = 0 OR COALESCE(issued_count, 0) + %s <= total_qty)
            RETURNING issued_count""",
            [number, self.id, number],
        )
        if not self.env.cr.fetchone():
            raise MallError("coupon_sold_out", "优惠券已被领完。")
        self.invalidate_recordset(["issued_count"])
        today = self._mall_today()
        expiration = (
            self.date_to if self.validity == "fixed" else today + timedelta(days=self.validity_days)
        )
        # the card of the member's coupon: the member may not create loyalty
        # cards, the claim's checks above are what allows it
        return (
            self.env["loyalty.card"]
            .sudo()
            .with_context(loyalty_no_mail=True, tracking_disable=True)
            .create(
                [
                    {
                        "program_id": self.program_id.id,
                        "partner_id": partner_id,
                        "points": 1,
                        "expiration_date": expiration,
                        "mall_coupon_id": self.id,
                        "mall_source": source,
                    }
                    for partner_id in (partners.ids if partners else [False] * count)
                ]
            )
        )

    def _mall_grant(self, partners):
        """Operators give one coupon to each of ``partners`` (a member
        segment): within the total quantity, all or none."""
        self.ensure_one()
        lock_rows(self, touch=True)
        if not self.active:
            raise MallError("coupon_inactive", self.env._("The coupon is archived."))
        return self._mall_issue(partners, source="grant")

    def _mall_generate_codes(self, count):
        """A batch of ``count`` codes of this coupon, for nobody yet (printed,
        sent by SMS, handed out in a store): a member redeems one in the
        mini-program (``loyalty.card._mall_redeem``). Counted against the total
        quantity, all or none."""
        self.ensure_one()
        if count <= 0 or count > MAX_CODE_BATCH:
            raise ValidationError(
                self.env._("A batch holds 1 to %(max)s codes.", max=MAX_CODE_BATCH)
            )
        lock_rows(self, touch=True)
        if not self.active:
            raise MallError("coupon_inactive", self.env._("The coupon is archived."))
        if self.validity == "fixed" and self.date_to and self.date_to < self._mall_today():
            raise MallError("coupon_ended", self.env._("The coupon has ended."))
        return self._mall_issue(self.env["res.partner"], source="code", count=count)

    def action_view_codes(self):
        self.ensure_one()
        Action = self.env["ir.actions.act_window"]
        action = Action._for_xml_id("mall_coupon.mall_coupon_code_action")
        action["domain"] = [("mall_coupon_id", "=", self.id), ("mall_source", "=", "code")]
        action["context"] = {"create": False}
        return action
