import re

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

# store and clerk codes go into scenes and WeCom states (mall_base.scene)
CODE_PATTERN = re.compile(r"^[0-9A-Za-z_-]{1,16}$")


class MallContactWayMixin(models.AbstractModel):
    """A store or a clerk with its WeCom contact way (联系我 QR code)."""

    _name = "mall.contact.way.mixin"
    _description = "Record with a WeCom Contact Way"

    wecom_way_id = fields.Many2one(
        "wecom.contact.way", string="WeCom Contact Way", compute="_compute_wecom_way_id"
    )
    wecom_qr_image = fields.Binary(compute="_compute_wecom_way_id", string="WeCom QR Code")

    def _compute_wecom_way_id(self):
        Way = self.env["wecom.contact.way"]
        for record in self:
            way = Way.search(
                [
                    ("res_model", "=", record._name),
                    ("res_id", "=", record.id or 0),
                    ("status", "!=", "deleted"),
                ],
                limit=1,
            )
            record.wecom_way_id = way
            record.wecom_qr_image = way.qr_image

    def _mall_wecom_state(self):
        """The contact way's ``state``: a scene of ``mall_base.scene``'s
        ``channel:code`` form (no ``&``/``=`` in WeCom's XML events)."""
        raise NotImplementedError

    def _mall_wecom_userids(self):
        raise NotImplementedError

    def action_mall_wecom_way(self):
        """Create (once) the WeCom contact way of this record and open it."""
        self.ensure_one()
        self.check_access("read")
        userids = self._mall_wecom_userids()
        if not userids:
            raise UserError(self.env._("Give the clerks their WeCom user IDs first."))
        way = self.env["wecom.contact.way"]._wecom_way_for(
            record=self,
            state=self._mall_wecom_state(),
            userids=userids,
            name=self.display_name,
            company=self.company_id,
            create_now=True,
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": "wecom.contact.way",
            "res_id": way.id,
            "view_mode": "form",
        }


class MallStore(models.Model):
    _name = "mall.store"
    _description = "Mall Store"
    _inherit = ["mail.thread", "mall.contact.way.mixin"]
    _order = "sequence, code, id"

    name = fields.Char(required=True, tracking=True)
    code = fields.Char(
        required=True,
        tracking=True,
        help="Short code in QR-code scenes and WeCom states: letters, digits, - and _, "
        "at most 16 characters.",
    )
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    address = fields.Char()
    phone = fields.Char()
    manager_ids = fields.Many2many(
        "res.users",
        "mall_store_manager_rel",
        "store_id",
        "user_id",
        string="Managers",
        help="Users with the Store Manager role see this store's members, orders and reports.",
    )
    warehouse_id = fields.Many2one("stock.warehouse", string="Warehouse")
    clerk_ids = fields.One2many("mall.clerk", "store_id", string="Clerks")
    member_count = fields.Integer(compute="_compute_member_count", string="Members")

    _sql_constraints = [
        ("code_company_uniq", "unique(company_id, code)", "A store code is unique per company.")
    ]

    @api.constrains("code")
    def _check_code(self):
        for store in self:
            if not CODE_PATTERN.match(store.code or ""):
                raise ValidationError(
                    self.env._(
                        "The code %(code)s is not valid: letters, digits, - and _, "
                        "at most 16 characters.",
                        code=store.code,
                    )
                )

    def _compute_member_count(self):
        groups = self.env["res.partner"]._read_group(
            [("mall_store_id", "in", self.ids)], ["mall_store_id"], ["__count"]
        )
        counts = {store.id: count for store, count in groups}
        for store in self:
            store.member_count = counts.get(store.id, 0)

    def _mall_wecom_state(self):
        return f"store_qr:{self.code}"

    def _mall_wecom_userids(self):
        return [u for u in self.clerk_ids.mapped("wecom_userid") if u]

    def action_view_members(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("mall_base.action_mall_members")
        action["domain"] = [("mall_store_id", "=", self.id)]
        action["context"] = {}
        return action
