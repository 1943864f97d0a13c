from odoo import http
from odoo.http import request


class MallCampaignController(http.Controller):
    @http.route(
        "/mall/campaign/<int:campaign_id>/banner",
        type="http",
        auth="public",
        methods=["GET"],
        readonly=True,
    )
    def campaign_banner(self, campaign_id, unique=None, **_kwargs):
        """The banner of a running campaign (the mini-program shows it)."""
        campaign = request.env["mall.campaign"]._mall_public_banner(campaign_id)
        if not campaign:
            raise request.not_found()
        stream = request.env["ir.binary"]._get_stream_from(campaign, "banner")
        return stream.get_response(max_age=86400 if unique else 0)
