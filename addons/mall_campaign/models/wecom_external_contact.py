from odoo import models

from .mall_campaign import GIFT_PAGE


class WeComExternalContact(models.Model):
    _inherit = "wecom.external.contact"

    def _wecom_welcome_message(self, event):
        """While a new-member campaign runs: its welcome text and a
        mini-program card to the gift page, carrying the contact way's state
        as the scene (the same store / clerk attribution in the mini-program)."""
        message = super()._wecom_welcome_message(event)
        company = self.company_id
        campaign = self.env["mall.campaign"]._mall_running_gift(company)
        if not campaign or not campaign.welcome_text:
            return message
        appid = company.wecom_welcome_mp_appid or company.sudo().wechat_mp_appid
        pic = campaign.banner or company.wecom_welcome_mp_image or company.wecom_welcome_image
        page = f"{GIFT_PAGE}?id={campaign.id}"
        if event.state:
            page += f"&scene={event.state}"
        miniprogram = (
            {"appid": appid, "page": page, "title": campaign.name, "pic": pic}
            if appid and pic
            else None
        )
        return {
            "text": campaign.welcome_text,
            "image": (message or {}).get("image"),
            "miniprogram": miniprogram,
        }
