import psycopg2

from odoo import api, fields, models
from odoo.addons.mall_base.exceptions import MallError
from odoo.exceptions import UserError

STATES = [
    ("applied", "Applied"),
    ("approved", "Approved"),
    ("rejected", "Rejected"),
]


class MallPromoter(models.Model):
    """A member who earns commissions on the orders of the members it brought
    (level 1) and of the members they brought (level 2). Its code is the
    member's share code: the one code in the mini-program's scenes."""

    _name = "mall.promoter"
    _description = "Promoter"
    _inherit = ["mail.thread"]
    _order = "id desc"
    _rec_name = "partner_id"

    partner_id = fields.Many2one(
        "res.partner",
        string="Member",
        required=True,
        readonly=True,
        index=True,
        ondelete="restrict",
    )
    company_id = fields.Many2one("res.company", required=True, readonly=True, index=True)
    currency_id = fields.Many2one(related="company_id.currency_id")
    state = fields.Selection(STATES, required=True, default="applied", tracking=True, index=True)
    code = fields.Char(related="partner_id.mall_share_code", string="Promoter Code")
    real_name = fields.Char(
        tracking=True,
        groups="mall_base.group_mall_campaign,mall_base.group_mall_finance",
        help="Checked by WeChat Pay against the payee of a withdrawal.",
    )
    applied_at = fields.Datetime(string="Applied On", readonly=True)
    approved_at = fields.Datetime(string="Approved On", readonly=True)
    reject_reason = fields.Char(string="Rejection Reason", tracking=True)
    parent_partner_id = fields.Many2one(
        related="partner_id.mall_dist_parent_id", string="Own Promoter"
    )
    amount_pending = fields.Monetary(string="Pending", compute="_compute_balances")
    amount_settleable = fields.Monetary(string="Withdrawable", compute="_compute_balances")
    amount_withdrawn = fields.Monetary(string="Withdrawn", compute="_compute_balances")
    amount_earned = fields.Monetary(string="Earned", compute="_compute_balances")
    team_l1_count = fields.Integer(string="Team (Level 1)", compute="_compute_team")
    team_l2_count = fields.Integer(string="Team (Level 2)", compute="_compute_team")
    line_ids = fields.One2many("mall.commission.line", "promoter_id", string="Ledger")
    withdrawal_ids = fields.One2many("mall.withdrawal", "promoter_id", string="Withdrawals")

    _sql_constraints = [
        (
            "partner_company_uniq",
            "UNIQUE(partner_id, company_id)",
            "This member is already a promoter of this company.",
        ),
    ]

    def _compute_balances(self):
        balances = self._mall_balances()
        for promoter in self:
            values = balances.get(promoter.id, {})
            promoter.amount_pending = values.get("pending", 0.0)
            promoter.amount_settleable = values.get("settleable", 0.0)
            promoter.amount_withdrawn = values.get("withdrawn", 0.0)
            promoter.amount_earned = values.get("earned", 0.0)

    def _compute_team(self):
        for promoter in self:
            promoter.team_l1_count, promoter.team_l2_count = promoter._mall_team_counts()

    def _mall_balances(self):
        """``{promoter id: {pending, settleable, withdrawn, earned}}``: sums of
        the ledger, in one query."""
        if not self.ids:
            return {}
        self.env["mall.commission.line"].flush_model()
        self.env.cr.execute(
            """
            SELECT promoter_id, SUM(pending_delta), SUM(settleable_delta),
                   SUM(withdrawn_delta), SUM(commission_amount)
              FROM mall_commission_line WHERE promoter_id IN %s GROUP BY promoter_id
            """,
            [tuple(self.ids)],
        )
        out = {}
        for pid, pending, settleable, withdrawn, earned in self.env.cr.fetchall():
            currency = self.browse(pid).currency_id
            out[pid] = {
                "pending": currency.round(pending or 0.0),
                "settleable": currency.round(settleable or 0.0),
                "withdrawn": currency.round(withdrawn or 0.0),
                "earned": currency.round(earned or 0.0),
            }
        return out

    def _mall_team_counts(self):
        """Members bound to this promoter (level 1) and to those (level 2)."""
        self.ensure_one()
        # counting other members' bindings: the rules of res.partner do not apply
        Partner = self.env["res.partner"].sudo().with_context(active_test=False)
        level1 = Partner.search([("mall_dist_parent_id", "=", self.partner_id.id)])
        level2 = Partner.search_count([("mall_dist_parent_id", "in", level1.ids)]) if level1 else 0
        return len(level1), level2

    # ------------------------------------------------------------------
    # Finding, applying
    # ------------------------------------------------------------------

    @api.model
    def _mall_get(self, partner, company=None, create=False):
        """The promoter record of ``partner`` in ``company`` (current one by
        default). When the company makes every member a promoter and ``create``
        is set, an approved one is made on first need."""
        company = company or self.env.company
        promoter = self.search(
            [("partner_id", "=", partner.id), ("company_id", "=", company.id)], limit=1
        )
        if not promoter and create and company.mall_dist_everyone and partner.mall_member_since:
            now = fields.Datetime.now()
            try:
                with self.env.cr.savepoint():
                    promoter = self.create(
                        {
                            "partner_id": partner.id,
                            "company_id": company.id,
                            "state": "approved",
                            "applied_at": now,
                            "approved_at": now,
                        }
                    )
            except psycopg2.errors.UniqueViolation as error:
                # a parallel request of the member made it first
                raise MallError("request_in_progress", "请求处理中，请稍后重试。") from error
            partner._mall_get_share_code()
        return promoter

    @api.model
    def _mall_apply(self, member, real_name):
        """The member applies to be a promoter (called by the storefront, in
        its superuser environment). Approved at once when the company makes
        every member a promoter; a rejected member may apply again."""
        real_name = (real_name or "").strip()
        if not real_name:
            raise MallError("real_name_required", "请填写真实姓名。", kind="invalid")
        company = self.env.company
        promoter = self._mall_get(member, company, create=True)
        if promoter.state == "approved":
            raise MallError("already_promoter", "您已经是推广员了。")
        if promoter.state == "applied":
            raise MallError("application_pending", "您的申请正在审核中，请耐心等待。")
        now = fields.Datetime.now()
        values = {"state": "applied", "real_name": real_name, "applied_at": now}
        if promoter:
            promoter.write({**values, "reject_reason": False})
        else:
            promoter = self.create({**values, "partner_id": member.id, "company_id": company.id})
        member._mall_get_share_code()
        return promoter

    def action_approve(self):
        for promoter in self:
            if promoter.state == "approved":
                continue
            promoter.write({"state": "approved", "approved_at": fields.Datetime.now()})
            promoter.partner_id._mall_get_share_code()
        return True

    def action_reject(self):
        for promoter in self:
            if promoter.state != "applied":
                raise UserError(self.env._("Only applications can be rejected."))
            promoter.state = "rejected"
        return True

    def action_view_team(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Team of %s", self.partner_id.display_name),
            "res_model": "res.partner",
            "view_mode": "list,form",
            "domain": [("mall_dist_parent_id", "=", self.partner_id.id)],
        }

    # ------------------------------------------------------------------
    # The member's view
    # ------------------------------------------------------------------

    @api.model
    def _mall_member_info(self, member):
        """What ``GET /me/promoter`` shows (storefront, superuser environment)."""
        company = self.env.company
        promoter = self._mall_get(member, company)
        state = (
            promoter.state if promoter else ("approved" if company.mall_dist_everyone else "none")
        )
        balances = promoter._mall_balances().get(promoter.id, {}) if promoter else {}
        level1, level2 = promoter._mall_team_counts() if promoter else (0, 0)
        return {
            "state": state,
            "code": member._mall_get_share_code() if state == "approved" else None,
            "real_name_set": bool(promoter.real_name) if promoter else False,
            "reject_reason": promoter.reject_reason or None if promoter else None,
            "pending": balances.get("pending", 0.0),
            "settleable": balances.get("settleable", 0.0),
            "withdrawn": balances.get("withdrawn", 0.0),
            "earned": balances.get("earned", 0.0),
            "team_level1": level1,
            "team_level2": level2,
            "min_withdrawal": company.mall_dist_min_withdrawal,
            "daily_withdrawals": company.mall_dist_daily_withdrawals,
            "currency": company.currency_id.name,
        }

    @api.model
    def _mall_require(self, member, create=True):
        """The member's approved promoter record, or 409 ``not_promoter``.
        When every member is a promoter, a member without a record yet gets
        one (``create``) or an empty recordset (reading: nothing to show)."""
        company = self.env.company
        promoter = self._mall_get(member, company, create=create)
        if not promoter and not create and company.mall_dist_everyone:
            return promoter
        if not promoter or promoter.state != "approved":
            raise MallError("not_promoter", "您还不是推广员，请先申请成为推广员。")
        return promoter
