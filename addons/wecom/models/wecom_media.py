import base64
import hashlib
from datetime import timedelta

from odoo import api, fields, models

from ..const import MEDIA_REUSE_SECONDS


class WeComMedia(models.Model):
    """Temporary media uploaded to WeCom (images of welcome messages and pushes).

    A media id lives 3 days at WeCom, in the corp that uploaded it; the same
    picture is uploaded again only after 2.5 days, or when the company's corp
    changed (keyed by company, corp id and content checksum)."""

    _name = "wecom.media"
    _description = "WeCom Media"
    _order = "id desc"
    _rec_name = "media_id"

    company_id = fields.Many2one("res.company", required=True, index=True, ondelete="cascade")
    corp_id = fields.Char(string="Corp ID", index=True)
    checksum = fields.Char(required=True, index=True)
    media_id = fields.Char(string="Media ID", required=True)
    uploaded_at = fields.Datetime(required=True)

    @api.model
    def _media_id(self, company, content, filename="image.png"):
        """A valid media id of ``content`` (bytes or base64 of a Binary field)."""
        if isinstance(content, str):
            content = base64.b64decode(content)
        checksum = hashlib.sha1(content).hexdigest()  # noqa: S324 - a cache key, not security
        fresh_after = fields.Datetime.now() - timedelta(seconds=MEDIA_REUSE_SECONDS)
        # a media id is valid in the corp it was uploaded to only
        corp_id = company.sudo().wecom_corp_id or False
        # media ids are the connector's own cache, shared by every user of the company
        media = self.sudo().search(
            [
                ("company_id", "=", company.id),
                ("corp_id", "=", corp_id),
                ("checksum", "=", checksum),
                ("uploaded_at", ">", fresh_after),
            ],
            limit=1,
        )
        if media:
            return media.media_id
        media_id = self.env["wecom.api"]._upload_media(company, content, filename)
        self.sudo().create(
            {
                "company_id": company.id,
                "corp_id": corp_id,
                "checksum": checksum,
                "media_id": media_id,
                "uploaded_at": fields.Datetime.now(),
            }
        )
        return media_id

    @api.model
    def _attachments(self, company, image=None, miniprogram=None):
        """WeCom ``attachments`` of a message: an image (bytes/base64) and a
        mini-program card ``{appid, page, title, pic}``."""
        attachments = []
        if image:
            attachments.append(
                {"msgtype": "image", "image": {"media_id": self._media_id(company, image)}}
            )
        if miniprogram:
            attachments.append(
                {
                    "msgtype": "miniprogram",
                    "miniprogram": {
                        "title": miniprogram["title"],
                        "pic_media_id": self._media_id(company, miniprogram["pic"], "card.png"),
                        "appid": miniprogram["appid"],
                        "page": miniprogram["page"],
                    },
                }
            )
        return attachments
