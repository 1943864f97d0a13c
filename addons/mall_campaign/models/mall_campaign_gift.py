import logging

from odoo import fields, models
from odoo.addons.mall_base.exceptions import MallError
from odoo.addons.mall_base.locking import lock_rows

_logger = logging.getLogger(__name__)

INSERT_GIFT = """
    INSERT INTO mall_campaign_gift
           (campaign_id, partner_id, company_id, create_uid, write_uid, create_date, write_date)
    VALUES (%s, %s, %s, %s, %s, now() at time zone 'UTC', now() at time zone 'UTC')
    ON CONFLICT (partner_id) DO NOTHING
    RETURNING id
"""


class MallCampaignGift(models.Model):
    """The new-member gift of a member: one row per member, ever (the key
    that makes parallel logins grant one coupon)."""

    _name = "mall.campaign.gift"
    _description = "New-member Gift"
    _order = "id desc"

    campaign_id = fields.Many2one("mall.campaign", required=True, index=True, readonly=True)
    partner_id = fields.Many2one("res.partner", string="Member", required=True, readonly=True)
    company_id = fields.Many2one("res.company", readonly=True, index=True)
    card_id = fields.Many2one("loyalty.card", string="Coupon", readonly=True)
    error = fields.Char(readonly=True, help="Why no coupon was given (sold out, archived).")

    _sql_constraints = [
        ("partner_uniq", "unique(partner_id)", "A member gets one new-member gift."),
    ]

    def _mall_grant_new_member(self, member):
        """Promise ``member`` the running new-member campaign's coupon, once
        per member: the gift row is inserted (``ON CONFLICT DO NOTHING``; a
        second login finds it and adds nothing) and the coupon is given by a
        job after the login commits. Not in the login itself: the coupon's
        row is shared by every registering member, and a login re-run after a
        serialization failure would send WeChat's single-use code again."""
        company = member.company_id or self.env.company
        campaign = self.env["mall.campaign"]._mall_running_gift(company)
        if not campaign:
            return self.browse()
        self.env.flush_all()
        self.env.cr.execute(
            INSERT_GIFT,
            [campaign.id, member.id, company.id, self.env.uid, self.env.uid],
        )
        row = self.env.cr.fetchone()
        if not row:
            return self.browse()
        gift = self.browse(row[0])
        gift.with_delay(priority=5, description=f"New-member gift {member.id}")._job_grant()
        return gift

    def _job_grant(self):
        """Give the coupon of each gift not given yet (the gift row, locked,
        is the key: a re-run job gives nothing twice). A coupon that cannot be
        given (sold out, archived) leaves the reason on the gift."""
        for gift in lock_rows(self):
            if gift.card_id or gift.error:
                continue
            try:
                with self.env.cr.savepoint():
                    card = gift.campaign_id.coupon_id._mall_grant(gift.partner_id)
                    gift.card_id = card[:1]
            except MallError as error:
                _logger.info(
                    "new-member gift of member %s not given: %s", gift.partner_id.id, error
                )
                gift.error = str(error.args[0] if error.args else error)
        return True
