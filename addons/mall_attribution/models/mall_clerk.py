from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .mall_store import CODE_PATTERN


class MallClerk(models.Model):
    _name = "mall.clerk"
    _description = "Mall Clerk"
    _inherit = ["mail.thread", "mall.contact.way.mixin"]
    _order = "store_id, code, id"

    name = fields.Char(required=True, tracking=True)
    code = fields.Char(
        required=True,
        tracking=True,
        help="Short code in QR-code scenes and WeCom states: letters, digits, - and _, "
        "at most 16 characters.",
    )
    active = fields.Boolean(default=True)
    store_id = fields.Many2one("mall.store", required=True, index=True, tracking=True)
    company_id = fields.Many2one(related="store_id.company_id", store=True, index=True)
    user_id = fields.Many2one("res.users", string="User", help="The clerk's Odoo user, if any.")
    wecom_userid = fields.Char(
        string="WeCom User ID",
        tracking=True,
        help="The clerk's account in WeCom (通讯录 账号): customers who add it are the clerk's.",
    )
    phone = fields.Char()
    member_count = fields.Integer(compute="_compute_member_count", string="Members")

    _sql_constraints = [
        ("code_company_uniq", "unique(company_id, code)", "A clerk code is unique per company."),
    ]

    @api.constrains("code")
    def _check_code(self):
        for clerk in self:
            if not CODE_PATTERN.match(clerk.code or ""):
                raise ValidationError(
                    self.env._(
                        "The code %(code)s is not valid: letters, digits, - and _, "
                        "at most 16 characters.",
                        code=clerk.code,
                    )
                )

    @api.depends("name", "store_id.name")
    def _compute_display_name(self):
        for clerk in self:
            clerk.display_name = (
                f"{clerk.store_id.name} / {clerk.name}" if clerk.store_id else clerk.name
            )

    def _compute_member_count(self):
        groups = self.env["res.partner"]._read_group(
            [("mall_clerk_id", "in", self.ids)], ["mall_clerk_id"], ["__count"]
        )
        counts = {clerk.id: count for clerk, count in groups}
        for clerk in self:
            clerk.member_count = counts.get(clerk.id, 0)

    def _mall_wecom_state(self):
        return f"clerk_qr:{self.code}"

    def _mall_wecom_userids(self):
        return [self.wecom_userid] if self.wecom_userid else []

    def action_view_members(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("mall_base.action_mall_members")
        action["domain"] = [("mall_clerk_id", "=", self.id)]
        action["context"] = {}
        return action
