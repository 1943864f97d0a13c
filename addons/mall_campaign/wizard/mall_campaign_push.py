from odoo import api, fields, models
from odoo.exceptions import UserError

from ..models.mall_campaign import CAMPAIGN_PAGE


class MallCampaignPush(models.TransientModel):
    """A WeCom push (群发) of a campaign to a member segment: members of some
    stores, by their last paid order and what they spent; sent to the WeCom
    customers bound to those members, through ``wecom.push``."""

    _name = "mall.campaign.push"
    _description = "Push a Campaign to Members"

    campaign_id = fields.Many2one("mall.campaign", required=True)
    store_ids = fields.Many2many("mall.store", string="Stores", help="Empty: every store.")
    last_order_after = fields.Date(help="Members whose last paid order is on or after this day.")
    last_order_before = fields.Date(help="Members whose last paid order is before this day.")
    no_order = fields.Boolean(string="Never Ordered", help="Members without a paid order only.")
    min_spend = fields.Float(string="Minimum Spend", help="Total of their paid orders, at least.")
    text = fields.Text(required=True)
    image = fields.Binary()
    member_count = fields.Integer(compute="_compute_members", string="Members")
    contact_count = fields.Integer(compute="_compute_members", string="WeCom Customers")

    @api.model
    def default_get(self, fields_list):
        res = super().default_get(fields_list)
        campaign = self.env["mall.campaign"].browse(res.get("campaign_id"))
        if campaign and "text" in fields_list and not res.get("text"):
            res["text"] = campaign.welcome_text or campaign.name
        return res

    def _members(self):
        self.ensure_one()
        company = self.campaign_id.company_id
        domain = [("mall_member_since", "!=", False), ("company_id", "=", company.id)]
        if self.store_ids:
            domain.append(("mall_store_id", "in", self.store_ids.ids))
        members = self.env["res.partner"].search(domain)
        if not (self.last_order_after or self.last_order_before or self.no_order or self.min_spend):
            return members
        groups = self.env["sale.order"]._read_group(
            [
                ("partner_id", "in", members.ids),
                ("mall_order", "=", True),
                ("mall_paid_at", "!=", False),
                ("state", "=", "sale"),
            ],
            ["partner_id"],
            ["mall_paid_at:max", "amount_total:sum"],
        )
        stats = {partner.id: (last, spend) for partner, last, spend in groups}

        def keep(member):
            last, spend = stats.get(member.id, (None, 0.0))
            if self.no_order:
                return last is None
            if last is None:
                return False
            if self.last_order_after and last.date() < self.last_order_after:
                return False
            if self.last_order_before and last.date() >= self.last_order_before:
                return False
            return spend >= (self.min_spend or 0.0)

        return members.filtered(keep)

    def _contacts(self, members):
        return self.env["wecom.external.contact"].search(
            [("mall_partner_id", "in", members.ids), ("deleted", "=", False)]
        )

    @api.depends(
        "campaign_id", "store_ids", "last_order_after", "last_order_before", "no_order", "min_spend"
    )
    def _compute_members(self):
        for wizard in self:
            if not wizard.campaign_id:
                wizard.member_count = wizard.contact_count = 0
                continue
            members = wizard._members()
            wizard.member_count = len(members)
            wizard.contact_count = len(wizard._contacts(members))

    def action_create_push(self):
        """The push, with its recipients, as a draft to check and send."""
        self.ensure_one()
        campaign = self.campaign_id
        contacts = self._contacts(self._members())
        if not contacts:
            raise UserError(self.env._("No WeCom customer among these members."))
        company = campaign.company_id
        appid = company.wecom_welcome_mp_appid or company.sudo().wechat_mp_appid
        pic = campaign.banner or company.wecom_welcome_mp_image
        values = {
            "name": campaign.name,
            "company_id": company.id,
            "text": self.text,
            "image": self.image or False,
        }
        if appid and pic:
            values.update(
                mp_appid=appid,
                mp_page=f"{CAMPAIGN_PAGE}?id={campaign.id}",
                mp_title=campaign.name,
                mp_image=pic,
            )
        push = self.env["wecom.push"].create(values)
        push._wecom_add_recipients(contacts)
        return {
            "type": "ir.actions.act_window",
            "res_model": "wecom.push",
            "res_id": push.id,
            "view_mode": "form",
        }
