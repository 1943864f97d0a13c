from odoo import fields, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    mall_campaign_id = fields.Many2one(
        "mall.campaign",
        string="Campaign",
        readonly=True,
        copy=False,
        index="btree_not_null",
        help="The campaign whose poster or link the member first came in through.",
    )

    def _mall_attr_values(self, parts, company):
        values = super()._mall_attr_values(parts, company)
        campaign = self.env["mall.campaign"]
        if parts.get("campaign"):
            campaign = campaign.search(
                [("code", "=", parts["campaign"]), ("company_id", "=", company.id)], limit=1
            )
        values["campaign"] = campaign
        if values["source"] == "campaign" and not campaign:
            values["source"] = "referrer" if values["referrer"] else "organic"
        return values

    def _mall_attr_partner_vals(self, values):
        return dict(super()._mall_attr_partner_vals(values), mall_campaign_id=values["campaign"].id)

    def _mall_attr_log_vals(self, values):
        return dict(super()._mall_attr_log_vals(values), campaign_id=values["campaign"].id)

    def _mall_on_login(self, scene, created):
        res = super()._mall_on_login(scene, created)
        if created:
            # the gift is the mall's: granted as superuser (the login route is public)
            self.env["mall.campaign.gift"].sudo()._mall_grant_new_member(self)
        return res
