import base64
import io
import secrets
from datetime import timedelta

from PIL import Image

from odoo import Command, fields
from odoo.addons.mall_api.tests.common import MallApiSimulatorCase
from odoo.addons.mall_attribution.tests.common import AttributionMixin
from odoo.exceptions import UserError
from odoo.tests import tagged


def _png():
    out = io.BytesIO()
    Image.new("RGB", (60, 40), (228, 57, 60)).save(out, format="PNG")
    return base64.b64encode(out.getvalue())


PNG = _png()


@tagged("post_install", "-at_install")
class TestCampaign(AttributionMixin, MallApiSimulatorCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._attribution_setup(cls.company)
        cls.env["mall.campaign"].search([]).write({"state": "closed"})
        cls.coupon = cls.env["mall.coupon"].create(
            {
                "name": "新人专享 无门槛5元",
                "kind": "new_member",
                "amount": 5,
                "date_to": fields.Date.today() + timedelta(days=30),
                "total_qty": 0,
                "member_limit": 1,
                "claim_mode": "granted",
                "company_id": cls.company.id,
            }
        )
        cls.product = cls.env["product.template"].create(
            {
                "name": "活动测试东北大米 5kg",
                "list_price": 59.9,
                "mall_ok": True,
                "mall_published": True,
                "company_id": False,
            }
        )
        cls.hidden = cls.env["product.template"].create(
            {"name": "未上架测试米", "list_price": 9.9, "mall_ok": True}
        )
        cls.gift = cls.env["mall.campaign"].create(
            {
                "name": "新人礼",
                "code": "NEW1",
                "kind": "new_member",
                "coupon_id": cls.coupon.id,
                "company_id": cls.company.id,
                "date_from": fields.Datetime.now() - timedelta(days=1),
                "welcome_text": "欢迎来到米面小铺！点开小程序领取新人礼。",
                "banner": PNG,
                "product_tmpl_ids": [Command.set((cls.product | cls.hidden).ids)],
                "state": "published",
            }
        )
        cls.draft = cls.env["mall.campaign"].create(
            {"name": "未发布", "code": "DRAFT1", "company_id": cls.company.id}
        )
        cls.ended = cls.env["mall.campaign"].create(
            {
                "name": "已结束",
                "code": "END1",
                "company_id": cls.company.id,
                "state": "published",
                "date_from": fields.Datetime.now() - timedelta(days=10),
                "date_to": fields.Datetime.now() - timedelta(days=1),
            }
        )

    def _grant_gifts(self):
        """The job queued by the login (run here; the job runner runs it after commit)."""
        self.env["mall.campaign.gift"].search(
            [("card_id", "=", False), ("error", "=", False)]
        )._job_grant()

    def test_list_and_detail(self):
        response = self.api("GET", "/campaigns")
        self.assertEqual(response.status_code, 200, response.text)
        codes = [item["code"] for item in response.json()["items"]]
        self.assertEqual(codes, ["NEW1"])
        response = self.api("GET", "/campaigns", params={"code": "NEW1"})
        self.assertEqual(response.json()["items"][0]["id"], self.gift.id)
        self.assertEqual(self.api("GET", "/campaigns", params={"code": "END1"}).json()["items"], [])
        detail = self.api("GET", f"/campaigns/{self.gift.id}").json()
        self.assertEqual([p["id"] for p in detail["products"]], [self.product.id])
        self.assertEqual(detail["products"][0]["price_from"], 59.9)
        self.assertEqual(detail["gift"]["coupon_id"], self.coupon.id)
        self.assertIn("/mall/campaign/", detail["banner_url"])
        for campaign in (self.draft, self.ended):
            self.assertError(self.api("GET", f"/campaigns/{campaign.id}"), 404, "not_found")
        self.assertError(self.api("GET", "/campaigns/999999999"), 404, "not_found")
        # its banner is public while it runs; one published to start tomorrow keeps it
        Campaign = self.env["mall.campaign"]
        self.assertEqual(Campaign._mall_public_banner(self.gift.id), self.gift)
        self.gift.date_from = fields.Datetime.now() + timedelta(days=1)
        for campaign_id in (self.gift.id, self.ended.id, self.draft.id, 999999999):
            self.assertFalse(Campaign._mall_public_banner(campaign_id))

    def test_member_prices_on_the_campaign_products(self):
        """A logged-in member sees the campaign's products at the member's
        prices, exactly as the catalogue's list shows them."""
        response, _o = self.login()
        token = response.json()["token"]
        member = self.env["res.partner"].browse(response.json()["member"]["id"])
        pricelist = self.env["product.pricelist"].create(
            {
                "name": "活动测试会员价",
                "currency_id": self.company.currency_id.id,
                "company_id": self.company.id,
                "item_ids": [
                    Command.create(
                        {
                            "applied_on": "1_product",
                            "product_tmpl_id": self.product.id,
                            "compute_price": "fixed",
                            "fixed_price": 49.9,
                        }
                    )
                ],
            }
        )
        member.with_company(self.company).specific_property_product_pricelist = pricelist
        path = f"/campaigns/{self.gift.id}"
        item = self.api("GET", path, token=token).json()["products"][0]
        self.assertEqual((item["price_from"], item["member_price"]), (59.9, 49.9))
        listed = self.api("GET", "/products", params={"q": "活动测试东北大米"}, token=token).json()
        self.assertEqual(listed["items"][0]["member_price"], item["member_price"])
        # anonymous shoppers (and an invalid token, ignored) see no member price
        self.assertIsNone(self.api("GET", path).json()["products"][0]["member_price"])
        anonymous = self.api("GET", path, token="not-a-token").json()
        self.assertIsNone(anonymous["products"][0]["member_price"])

    def test_poster_has_the_campaign_code(self):
        calls = self.sim.request_count("/wxa/getwxacodeunlimit")
        self.gift.poster_text = "米面小铺 新人专享"
        self.gift.action_generate_poster()
        self.assertEqual(self.sim.request_count("/wxa/getwxacodeunlimit"), calls + 1)
        self.assertEqual(self.gift.poster_filename, "poster-NEW1.png")
        image = Image.open(io.BytesIO(base64.b64decode(self.gift.poster)))
        self.assertEqual((image.format, image.size), ("PNG", (750, 1140)))
        image = image.convert("RGB")
        # the banner (red) fills the top
        self.assertEqual(image.getpixel((375, 375)), (228, 57, 60))
        # bottom right: the code WeChat makes for the campaign page and scene m=NEW1
        self.assertEqual(self.gift._mall_scene(), "m=NEW1")
        code = self.env["wechat.miniprogram"]._get_unlimited_qrcode(
            "m=NEW1", page="pages/campaign/detail", check_path=False
        )
        expected = Image.open(io.BytesIO(code)).convert("RGB").resize((220, 220))
        found = image.crop((490, 840, 710, 1060))
        self.assertEqual(list(found.getdata()), list(expected.getdata()))
        # scanning it: a new member logging in with that scene is the campaign's
        response, _o = self.login(scene=self.gift._mall_scene())
        member = self.env["res.partner"].browse(response.json()["member"]["id"])
        self.assertEqual(member.mall_campaign_id, self.gift)
        self.assertEqual(member.mall_attr_source, "campaign")

    def test_poster_without_banner_uses_a_product_picture(self):
        self.gift.banner = False
        green = io.BytesIO()
        Image.new("RGB", (80, 80), (20, 160, 60)).save(green, format="PNG")
        self.product.image_1920 = base64.b64encode(green.getvalue())
        self.gift.action_generate_poster()
        image = Image.open(io.BytesIO(base64.b64decode(self.gift.poster))).convert("RGB")
        self.assertEqual(image.getpixel((375, 375)), (20, 160, 60))

    def test_poster_background_made_by_a_campaign_operator(self):
        """The operator picks a background; a campaign operator (not an
        administrator) generates the poster."""
        blue = io.BytesIO()
        Image.new("RGB", (80, 80), (30, 90, 200)).save(blue, format="PNG")
        operator = self.env["res.users"].create(
            {
                "name": "活动运营",
                "login": "campaign-operator-" + secrets.token_hex(4),
                "company_id": self.company.id,
                "company_ids": [Command.set(self.company.ids)],
                "groups_id": [Command.set([self.env.ref("mall_base.group_mall_campaign").id])],
            }
        )
        campaign = self.gift.with_user(operator)
        campaign.poster_background = base64.b64encode(blue.getvalue())
        campaign.action_generate_poster()
        image = Image.open(io.BytesIO(base64.b64decode(self.gift.poster))).convert("RGB")
        self.assertEqual(image.getpixel((375, 375)), (30, 90, 200))

    def test_poster_of_a_clerk_attributes_to_the_clerk_and_the_campaign(self):
        self.gift.poster_clerk_id = self.clerk
        self.assertEqual(self.gift._mall_scene(), "m=NEW1&c=ZS01")
        self.gift.action_generate_poster()
        self.assertEqual(self.gift.poster_filename, "poster-NEW1-ZS01.png")
        response, _o = self.login(scene=self.gift._mall_scene())
        member = self.env["res.partner"].browse(response.json()["member"]["id"])
        self.assertEqual(member.mall_clerk_id, self.clerk)
        self.assertEqual(member.mall_store_id, self.store)
        self.assertEqual(member.mall_campaign_id, self.gift)
        # a scene over WeChat's 32 characters: refused before WeChat is called
        calls = self.sim.request_count("/wxa/getwxacodeunlimit")
        store = self.env["mall.store"].create(
            {"name": "长码门店", "code": "S" * 16, "company_id": self.company.id}
        )
        clerk = self.env["mall.clerk"].create(
            {"name": "长码店员", "code": "C" * 16, "store_id": store.id}
        )
        self.gift.write({"poster_store_id": store.id, "poster_clerk_id": clerk.id})
        with self.assertRaises(UserError):
            self.gift.action_generate_poster()
        self.assertEqual(self.sim.request_count("/wxa/getwxacodeunlimit"), calls)
        self.assertEqual(self.gift.poster_filename, "poster-NEW1-ZS01.png")

    def test_poster_refused_by_wechat_writes_nothing(self):
        self.sim.fault("/wxa/getwxacodeunlimit", "errcode", errcode=45009)
        with self.assertRaises(UserError):
            self.gift.action_generate_poster()
        self.assertFalse(self.gift.poster)

    def test_new_member_gift_once_and_campaign_attribution(self):
        response, openid = self.login(scene="m=NEW1&s=NJL")
        self.assertEqual(response.status_code, 200, response.text)
        token = response.json()["token"]
        member = self.env["res.partner"].browse(response.json()["member"]["id"])
        self.assertEqual(member.mall_campaign_id, self.gift)
        self.assertEqual(member.mall_store_id, self.store)
        self.assertEqual(member.mall_attr_source, "store")
        self._grant_gifts()
        self._grant_gifts()  # a re-run job gives nothing more
        coupons = self.api("GET", "/me/coupons", token=token).json()["items"]
        self.assertEqual([c["coupon_id"] for c in coupons], [self.coupon.id])
        # logging in again gives nothing more
        again, _o = self.login(openid=openid, scene="m=NEW1")
        self.assertEqual(again.status_code, 200, again.text)
        self._grant_gifts()
        self.assertEqual(len(self.api("GET", "/me/coupons", token=token).json()["items"]), 1)
        self.assertEqual(self.gift.gift_count, 1)
        # a member who came in through a campaign only
        response, _o = self.login(scene="m=NEW1")
        other = self.env["res.partner"].browse(response.json()["member"]["id"])
        self.assertEqual((other.mall_attr_source, other.mall_campaign_id), ("campaign", self.gift))

    def test_no_gift_without_running_campaign(self):
        self.gift.action_close()
        response, _o = self.login()
        member = self.env["res.partner"].browse(response.json()["member"]["id"])
        self.assertFalse(self.env["mall.campaign.gift"].search([("partner_id", "=", member.id)]))

    def test_sold_out_gift_does_not_block_login(self):
        self.coupon.total_qty = 1
        self.coupon.issued_count = 1
        response, _o = self.login()
        self.assertEqual(response.status_code, 200, response.text)
        member = self.env["res.partner"].browse(response.json()["member"]["id"])
        self._grant_gifts()
        gift = self.env["mall.campaign.gift"].search([("partner_id", "=", member.id)])
        self.assertFalse(gift.card_id)
        self.assertTrue(gift.error)

    def test_welcome_message_carries_the_gift_page(self):
        self.company.write({"wecom_welcome_mp_appid": "wxmall0001", "wecom_welcome_text": "你好"})
        contact, event = self._wecom_event(
            self.company, "wm" + secrets.token_hex(6), "clerk_qr:ZS01", "zhangsan"
        )
        message = contact._wecom_welcome_message(event)
        self.assertEqual(message["text"], self.gift.welcome_text)
        card = message["miniprogram"]
        self.assertEqual(card["appid"], "wxmall0001")
        self.assertEqual(card["page"], f"pages/campaign/gift?id={self.gift.id}&scene=clerk_qr:ZS01")
        self.assertEqual(card["title"], "新人礼")
        self.gift.action_close()
        self.assertEqual(contact._wecom_welcome_message(event)["text"], "你好")

    def test_push_to_a_segment(self):
        members = [self._member(self.company, f"推送会员{i}") for i in range(3)]
        members[0]._mall_attribute("s=NJL", "miniprogram")
        members[1]._mall_attribute("c=LS02", "miniprogram")
        members[2]._mall_attribute("s=XJH", "miniprogram")
        for index, member in enumerate(members):
            contact = self.env["wecom.external.contact"]._wecom_upsert(
                self.company, f"wm-push-{index}"
            )
            contact.mall_partner_id = member
            self.env["wecom.follow.user"]._wecom_upsert(contact, "zhangsan", state="x")
        wizard = self.env["mall.campaign.push"].create(
            {
                "campaign_id": self.gift.id,
                "store_ids": [Command.set(self.store.ids)],
                "no_order": True,
                "text": "新人礼限时领取",
            }
        )
        self.assertEqual((wizard.member_count, wizard.contact_count), (2, 2))
        action = wizard.action_create_push()
        push = self.env["wecom.push"].browse(action["res_id"])
        self.assertEqual(
            set(push.recipient_ids.contact_id.mapped("external_userid")),
            {"wm-push-0", "wm-push-1"},
        )
        self.assertEqual(push.text, "新人礼限时领取")
