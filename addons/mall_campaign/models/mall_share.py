"""A member's share of a running campaign: a link or a poster whose scene
names the campaign and the sharer (``m=<code>&u=<share code>``, and the
share when it fits), opening the campaign page."""

import base64
from urllib.parse import quote

from odoo import api, fields, models
from odoo.addons.mall_base.exceptions import MallError
from odoo.addons.mall_base.poster import compose_poster
from odoo.addons.mall_base.scene import format_scene

from .mall_campaign import CAMPAIGN_PAGE


class MallShare(models.Model):
    _inherit = "mall.share"
    _rec_names_search = ["member_id", "product_tmpl_id", "campaign_id"]

    campaign_id = fields.Many2one(
        "mall.campaign",
        string="Campaign",
        readonly=True,
        index="btree_not_null",
        ondelete="cascade",
        help="The campaign shared (its page opens); empty for a product or an invitation.",
    )

    @api.model
    def _mall_target_index(self):
        return "mall_share_member_target_campaign_uniq", [
            *super()._mall_target_index()[1],
            "campaign_id",
        ]

    @api.depends("campaign_id")
    def _compute_display_name(self):
        res = super()._compute_display_name()
        for share in self.filtered("campaign_id"):
            share.display_name = f"{share.member_id.name} · {share.campaign_id.name}"
        return res

    @api.model
    def _mall_share_targets(self, company, campaign_id=None):
        if not campaign_id:
            return dict(super()._mall_share_targets(company), campaign_id=None)
        # running campaigns of the member's company only, whoever asks
        campaign = (
            self.env["mall.campaign"]
            .sudo()
            .search(
                [("id", "=", campaign_id), ("company_id", "=", company.id), ("running", "=", True)],
                limit=1,
            )
        )
        if not campaign:
            raise MallError("not_found", "活动不存在或已结束。", kind="not_found")
        return dict(super()._mall_share_targets(company), campaign_id=campaign.id)

    def _mall_make_scene(self, code):
        self.ensure_one()
        if not self.campaign_id:
            return super()._mall_make_scene(code)
        campaign = self.campaign_id.sudo().code
        try:
            return format_scene(campaign=campaign, sharer=code, share=self.id)
        except ValueError:
            # a long campaign code leaves no room for the share: the campaign
            # and the sharer name it (the link before the poster)
            return format_scene(campaign=campaign, sharer=code)

    @api.model
    def _mall_scene_target_domain(self, parts):
        domain = super()._mall_scene_target_domain(parts)
        if parts.get("campaign"):
            return [
                ("product_tmpl_id", "=", False),
                ("campaign_id.code", "=", parts["campaign"]),
            ]
        return [*domain, ("campaign_id", "=", False)]

    def _mall_page(self):
        self.ensure_one()
        return CAMPAIGN_PAGE if self.campaign_id else super()._mall_page()

    def _mall_path(self):
        self.ensure_one()
        if not self.campaign_id:
            return super()._mall_path()
        scene = quote(self.scene or "", safe="")
        return f"/{CAMPAIGN_PAGE}?id={self.campaign_id.id}&scene={scene}"

    def _mall_item_values(self):
        values = super()._mall_item_values()
        if self.campaign_id:
            values.update(campaign_id=self.campaign_id.id, campaign_name=self.campaign_id.name)
        return values

    def _mall_poster_stale(self):
        return super()._mall_poster_stale() or bool(
            self.campaign_id and self.campaign_id.write_date > self.poster_date
        )

    def _mall_compose_poster(self, code_png):
        self.ensure_one()
        if not self.campaign_id:
            return super()._mall_compose_poster(code_png)
        # the campaign's pictures are public on its page: read as superuser
        campaign = self.campaign_id.sudo()
        picture = campaign.banner
        if not picture:
            picture = campaign.product_tmpl_ids.filtered("image_1024")[:1].image_1024
        nickname = self.member_id.name or "微信用户"
        return compose_poster(
            code_png,
            campaign.name,
            picture=base64.b64decode(picture) if picture else None,
            byline=f"{nickname} 邀请你参加",
            caption="长按识别小程序码",
        )
