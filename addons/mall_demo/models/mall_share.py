from odoo import api, models


class MallShare(models.Model):
    _inherit = "mall.share"

    @api.model
    def _mall_demo_shares(self, rows):
        """Shares of the demo members with their opens and registrations
        (called from demo data only). ``rows``: ``(sharer, product template
        or False, [members who opened it], anonymous opens, [members who
        registered through it])``."""
        Partner = self.env["res.partner"]
        Open = self.env["mall.share.open"]
        Invite = self.env["mall.share.invite"]
        for sharer_id, product_id, opener_ids, anonymous, invitee_ids in rows:
            sharer = Partner.browse(sharer_id)
            share = self._mall_share(sharer, product_id or None)
            for opener in Partner.browse(opener_ids):
                Open._mall_record(share, member=opener)
            for index in range(anonymous):
                Open._mall_record(share, client_id=f"demo-{share.id}-{index:03d}")
            for invitee in Partner.browse(invitee_ids):
                Invite.create(
                    {
                        "inviter_id": sharer.id,
                        "invitee_id": invitee.id,
                        "company_id": share.company_id.id,
                        "share_id": share.id,
                        "scene": share.scene,
                    }
                )
