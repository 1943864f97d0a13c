import base64
import io
from datetime import timedelta
from urllib.parse import quote

from PIL import Image

from odoo import Command, fields
from odoo.addons.mall_api.tests.common import MallApiSimulatorCase
from odoo.addons.mall_base.scene import parse_scene
from odoo.tests import tagged

from .test_campaign import PNG


@tagged("post_install", "-at_install")
class TestCampaignShare(MallApiSimulatorCase):
    """A member shares a running campaign as a link or a poster: the scene
    names the campaign and the sharer, the campaign page opens, opens and
    registrations are counted on the share and a new member is the
    campaign's and the sharer's invitee."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        params = cls.env["ir.config_parameter"].sudo()
        params.set_param("mall_api.login_rate_limit", "0")
        cls.company.write({"mall_share_invite_reward": "none", "mall_share_register_points": 0})
        cls.env["mall.campaign"].search([]).write({"state": "closed"})
        cls.product = cls.env["product.template"].create(
            {
                "name": "分享活动测试挂面",
                "list_price": 12.5,
                "mall_ok": True,
                "mall_published": True,
            }
        )
        now = fields.Datetime.now()
        cls.campaign = cls.env["mall.campaign"].create(
            {
                "name": "双十二囤货节",
                "code": "D12",
                "kind": "theme",
                "company_id": cls.company.id,
                "date_from": now - timedelta(days=1),
                "banner": PNG,
                "product_tmpl_ids": [Command.set(cls.product.ids)],
                "state": "published",
            }
        )
        cls.draft = cls.env["mall.campaign"].create(
            {"name": "未发布活动", "code": "DRAFT2", "company_id": cls.company.id}
        )
        cls.ended = cls.env["mall.campaign"].create(
            {
                "name": "已结束活动",
                "code": "END2",
                "company_id": cls.company.id,
                "state": "published",
                "date_from": now - timedelta(days=10),
                "date_to": now - timedelta(days=1),
            }
        )

    def shopper(self, scene=None):
        response, _openid = self.login(scene=scene)
        self.assertEqual(response.status_code, 200, response.text)
        body = response.json()
        return self.env["res.partner"].browse(body["member"]["id"]), body["token"]

    def share(self, token, channel="link", campaign=None):
        campaign = campaign or self.campaign
        return self.api(
            "POST", "/shares", {"campaign_id": campaign.id, "channel": channel}, token=token
        )

    def test_share_a_running_campaign_as_link_and_poster(self):
        sharer, token = self.shopper()
        response = self.share(token)
        self.assertEqual(response.status_code, 200, response.text)
        link = response.json()
        share = self.env["mall.share"].browse(link["id"])
        self.assertEqual(share.campaign_id, self.campaign)
        self.assertEqual(
            parse_scene(link["scene"]),
            {"campaign": "D12", "sharer": sharer.mall_share_code, "share": share.id},
        )
        self.assertTrue(link["scene"].startswith(f"m=D12&u={sharer.mall_share_code}"))
        self.assertEqual(
            link["path"],
            f"/pages/campaign/detail?id={self.campaign.id}&scene={quote(link['scene'], safe='')}",
        )
        self.assertEqual(
            (link["campaign_id"], link["campaign_name"]), (self.campaign.id, "双十二囤货节")
        )
        self.assertIsNone(link["product_id"])
        self.assertIsNone(link["poster_url"])
        self.assertEqual(self.share(token).json()["id"], share.id, "tapping again: same share")
        # the shop's invitation is another share
        invitation = self.api("POST", "/shares", {"channel": "link"}, token=token).json()
        self.assertNotEqual(invitation["id"], share.id)
        self.assertNotIn("campaign", parse_scene(invitation["scene"]))

        calls = self.sim.request_count("/wxa/getwxacodeunlimit")
        response = self.share(token, channel="poster")
        self.assertEqual(response.status_code, 200, response.text)
        poster = response.json()
        self.assertNotEqual(poster["id"], share.id)
        self.assertEqual(self.sim.request_count("/wxa/getwxacodeunlimit"), calls + 1)
        self.assertIn(f"/mall/share/poster/{poster['id']}/", poster["poster_url"])
        poster_share = self.env["mall.share"].browse(poster["id"])
        image = Image.open(io.BytesIO(base64.b64decode(poster_share.poster)))
        self.assertEqual((image.format, image.size), ("PNG", (750, 1140)))
        # the banner (red) fills the top of the poster (without a picture: white at 600)
        self.assertEqual(image.convert("RGB").getpixel((375, 600)), (228, 57, 60))
        again = self.share(token, channel="poster").json()
        self.assertEqual(again["poster_url"], poster["poster_url"])
        self.assertEqual(self.sim.request_count("/wxa/getwxacodeunlimit"), calls + 1, "made once")
        mine = self.api("GET", "/me/shares", token=token).json()["items"]
        self.assertIn(self.campaign.id, [item["campaign_id"] for item in mine])

    def test_refused_for_a_campaign_not_running_or_with_a_product(self):
        _sharer, token = self.shopper()
        before = self.env["mall.share"].search_count([])
        calls = self.sim.request_count("/wxa/getwxacodeunlimit")
        for campaign in (self.draft, self.ended):
            for channel in ("link", "poster"):
                self.assertError(self.share(token, channel, campaign), 404, "not_found")
        self.assertError(
            self.api("POST", "/shares", {"campaign_id": 2**31 - 1}, token=token), 404, "not_found"
        )
        response = self.api(
            "POST",
            "/shares",
            {"campaign_id": self.campaign.id, "product_id": self.product.id},
            token=token,
        )
        self.assertError(response, 422, "invalid_target")
        self.assertEqual(self.env["mall.share"].search_count([]), before)
        self.assertEqual(self.sim.request_count("/wxa/getwxacodeunlimit"), calls)

    def test_opens_and_a_new_member_through_the_share(self):
        sharer, token = self.shopper()
        link = self.share(token).json()
        share = self.env["mall.share"].browse(link["id"])
        # a shopper opens it: counted once, never for the sharer
        _friend, friend_token = self.shopper()
        opened = self.api("POST", "/shares/open", {"scene": link["scene"]}, token=friend_token)
        self.assertEqual(opened.status_code, 200, opened.text)
        self.assertEqual(opened.json(), {"counted": True, "product_id": None})
        again = self.api("POST", "/shares/open", {"scene": link["scene"]}, token=friend_token)
        self.assertFalse(again.json()["counted"])
        own = self.api("POST", "/shares/open", {"scene": link["scene"]}, token=token)
        self.assertFalse(own.json()["counted"])
        # a new member logs in with the share's scene: the campaign's, the sharer's invitee
        member, _token = self.shopper(scene=link["scene"])
        self.assertEqual(member.mall_campaign_id, self.campaign)
        self.assertEqual(member.mall_referrer_id, sharer)
        invite = self.env["mall.share.invite"].search([("invitee_id", "=", member.id)])
        self.assertEqual((invite.inviter_id, invite.share_id), (sharer, share))
        item = next(
            i
            for i in self.api("GET", "/me/shares", token=token).json()["items"]
            if i["id"] == share.id
        )
        self.assertEqual((item["opens"], item["registrations"]), (1, 1))

    def test_a_long_campaign_code_names_campaign_and_sharer(self):
        self.campaign.code = "SPRING-FESTIVAL26"[:16]
        sharer, token = self.shopper()
        link = self.share(token).json()
        self.assertEqual(
            parse_scene(link["scene"]),
            {"campaign": self.campaign.code, "sharer": sharer.mall_share_code},
        )
        self.assertLessEqual(len(link["scene"]), 32)
        # the scene without the share still finds the campaign's link, not the invitation
        self.api("POST", "/shares", {"channel": "link"}, token=token)
        member, _token = self.shopper(scene=link["scene"])
        invite = self.env["mall.share.invite"].search([("invitee_id", "=", member.id)])
        self.assertEqual(invite.share_id.id, link["id"])
        self.assertEqual(member.mall_campaign_id, self.campaign)
