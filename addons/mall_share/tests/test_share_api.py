from urllib.parse import quote

from odoo.addons.mall_base.exceptions import MallError
from odoo.tests import tagged

from ..models.mall_share import MallShare
from .common import ShareCase, new_client_id


@tagged("post_install", "-at_install")
class TestShares(ShareCase):
    def test_a_link_names_the_product_and_the_sharer_and_is_the_same_share_again(self):
        sharer, token = self.shopper()
        body = self.share(token, self.rice)
        share = self.env["mall.share"].browse(body["id"])
        self.assertEqual(
            self.scene_parts(body["scene"]),
            {"sharer": sharer.mall_share_code, "product": self.rice.id, "share": share.id},
        )
        self.assertLessEqual(len(body["scene"]), 32)
        self.assertEqual(
            body["path"],
            f"/pages/product/detail?id={self.rice.id}&scene={quote(body['scene'], safe='')}",
        )
        self.assertEqual((body["channel"], body["poster_url"]), ("link", None))
        self.assertEqual((body["opens"], body["registrations"], body["orders"]), (0, 0, 0))
        self.assertEqual(body["product_name"], "分享测试五常大米")
        self.assertEqual(self.share(token, self.rice)["id"], share.id, "tapping again: same share")
        invitation = self.share(token)
        self.assertIsNone(invitation["product_id"])
        self.assertEqual(
            self.scene_parts(invitation["scene"]),
            {"sharer": sharer.mall_share_code, "share": invitation["id"]},
        )
        self.assertTrue(invitation["path"].startswith("/pages/index/index?scene="))

    def test_a_poster_is_the_code_of_the_share_with_the_product(self):
        _sharer, token = self.shopper()
        calls = self.sim.request_count("/wxa/getwxacodeunlimit")
        body = self.share(token, self.rice, channel="poster")
        share = self.env["mall.share"].browse(body["id"])
        self.assertEqual(share.channel, "poster")
        self.assertEqual(self.sim.request_count("/wxa/getwxacodeunlimit"), calls + 1)
        self.assertIn(f"/mall/share/poster/{share.id}/", body["poster_url"])
        image = self.assertPoster(share)
        # the product's picture fills the top, the price is written in red below it
        self.assertNotEqual(image.convert("RGB").getpixel((375, 375)), (255, 255, 255))
        below = image.convert("RGB").crop((0, 750, 460, 1140)).getcolors(2**20)
        self.assertTrue(any(color == (228, 57, 60) for _count, color in below))
        again = self.share(token, self.rice, channel="poster")
        self.assertEqual(again["poster_url"], body["poster_url"])
        self.assertEqual(self.sim.request_count("/wxa/getwxacodeunlimit"), calls + 1, "made once")
        self.rice.name = "分享测试五常大米 新米"
        # (one transaction here: the poster's date before the product's change)
        self.env.cr.execute(
            "UPDATE mall_share SET poster_date = poster_date - interval '1 minute' WHERE id = %s",
            [share.id],
        )
        share.invalidate_recordset(["poster_date"])
        self.share(token, self.rice, channel="poster")
        self.assertEqual(self.sim.request_count("/wxa/getwxacodeunlimit"), calls + 2, "made again")
        self.assertNotEqual(
            body["id"], self.share(token, self.rice)["id"], "a link is another share"
        )

    def test_a_campaign_is_refused_without_the_campaigns_addon(self):
        # the addon's own rule, under the campaigns addon's override
        Shares = self.env["mall.share"]
        self.assertEqual(MallShare._mall_share_targets(Shares, self.company), {})
        with self.assertRaises(MallError) as caught:
            MallShare._mall_share_targets(Shares, self.company, campaign_id=1)
        self.assertEqual(
            (caught.exception.code, caught.exception.kind), ("campaigns_unavailable", "invalid")
        )

    def test_refusals_write_nothing(self):
        _sharer, token = self.shopper()
        before = self.counts()
        unpublished = self._template("分享测试下架米", 10.0)
        unpublished.mall_published = False
        for product_id in (unpublished.id, 2**31 - 1):
            response = self.api(
                "POST", "/shares", {"product_id": product_id, "channel": "link"}, token=token
            )
            self.assertError(response, 404, "not_found")
        response = self.api(
            "POST", "/shares", {"product_id": self.rice.id, "channel": "qq"}, token=token
        )
        self.assertError(response, 422, "validation_error")
        response = self.api("POST", "/shares", {"product_id": self.rice.id})
        self.assertError(response, 401, "unauthorized")
        self.sim.fault("/wxa/getwxacodeunlimit", "errcode", errcode=45009)
        response = self.api(
            "POST", "/shares", {"product_id": self.rice.id, "channel": "poster"}, token=token
        )
        self.assertError(response, 503, "wechat_unavailable")
        for path in ("/me/shares", "/me/invites"):
            self.assertError(self.api("GET", path), 401, "unauthorized")
        self.assertEqual(self.counts(), before)

    def test_opens_count_each_opener_once_and_never_the_sharer(self):
        sharer, token = self.shopper()
        scene = self.share(token, self.rice)["scene"]
        reader, reader_token = self.shopper()
        anonymous = new_client_id()
        results = [
            self.open_share(scene, client_id=anonymous),
            self.open_share(scene, client_id=anonymous),
            self.open_share(scene, token=reader_token),
            self.open_share(scene, token=reader_token, client_id=new_client_id()),
            self.open_share(scene, token=token),
            self.open_share(scene, token=token, client_id=new_client_id()),
        ]
        for response in results:
            self.assertEqual(response.status_code, 200, response.text)
            self.assertEqual(response.json()["product_id"], self.rice.id)
        self.assertEqual(
            [r.json()["counted"] for r in results], [True, False, True, False, False, False]
        )
        mine = self.my_shares(token)
        self.assertEqual(mine["items"][0]["opens"], 2)
        self.assertEqual(mine["totals"], {"opens": 2, "registrations": 0, "orders": 0})
        # an anonymous opener logging in on the same client: still one open, now theirs
        later, later_token = self.shopper()
        self.assertFalse(
            self.open_share(scene, token=later_token, client_id=anonymous).json()["counted"]
        )
        opens = self.env["mall.share.open"].search([("share_id.member_id", "=", sharer.id)])
        self.assertEqual(opens.member_id, reader | later)
        self.assertEqual(len(opens), 2)

    def test_open_refusals(self):
        _sharer, token = self.shopper()
        scene = self.share(token, self.rice)["scene"]
        before = self.counts()
        self.assertError(self.open_share(scene), 422, "client_id_required")
        self.assertError(self.open_share("p=12", client_id=new_client_id()), 422, "invalid_scene")
        self.assertError(
            self.open_share("u=NOSUCHCD&p=12", client_id=new_client_id()), 404, "share_not_found"
        )
        self.assertError(
            self.api("POST", "/shares/open", {"scene": scene, "client_id": "短"}),
            422,
            "validation_error",
        )
        self.assertEqual(self.counts(), before)
        # a scene built by the client without the share's id: the sharer's link of it
        code = scene.split("&")[0]
        response = self.open_share(f"{code}&p={self.rice.id}", client_id=new_client_id())
        self.assertEqual(response.json()["counted"], True)

    def test_registrations_only_for_members_the_login_created(self):
        sharer, token = self.shopper()
        scene = self.share(token, self.rice)["scene"]
        invitee, _invitee_token = self.shopper(scene=scene)
        invite = self.env["mall.share.invite"].search([("invitee_id", "=", invitee.id)])
        self.assertEqual((invite.inviter_id, invite.share_id.scene), (sharer, scene))
        self.assertEqual(invite.state, "registered")
        # a member who was a member before: logging in again with the scene
        existing, _existing_token = self.shopper()
        self.shopper(scene=scene, openid=existing.mall_openid)
        # the sharer opening their own link
        self.shopper(scene=scene, openid=sharer.mall_openid)
        invites = self.env["mall.share.invite"].search([("inviter_id", "=", sharer.id)])
        self.assertEqual(invites, invite)
        self.assertEqual(self.my_shares(token)["items"][0]["registrations"], 1)
        # an invitation link (no product) counts too, without a share of a product
        other, other_token = self.shopper()
        invite_scene = self.share(other_token)["scene"]
        second, _t = self.shopper(scene=invite_scene)
        self.assertEqual(
            self.env["mall.share.invite"].search([("invitee_id", "=", second.id)]).inviter_id,
            other,
        )
        # a scene naming nobody, or a store: nobody invited
        third, _t = self.shopper(scene="u=NOSUCHCD&p=1")
        fourth, _t = self.shopper(scene="store_qr:S01")
        self.assertFalse(
            self.env["mall.share.invite"].search([("invitee_id", "in", (third | fourth).ids)])
        )

    def test_paid_orders_count_for_the_share_opened_before_else_the_registration(self):
        sharer, token = self.shopper()
        scene = self.share(token, self.rice)["scene"]
        noodle_scene = self.share(token, self.noodle)["scene"]
        invitee, invitee_token = self.shopper(scene=scene)
        order = self.paid_order(invitee)
        self.assertEqual(order.mall_share_id.scene, scene)
        self.assertEqual(order.mall_share_attribution, "registration")
        # a member who opened the noodle share before paying
        reader, reader_token = self.shopper()
        self.open_share(noodle_scene, token=reader_token)
        read_order = self.paid_order(reader, self.noodle)
        self.assertEqual(read_order.mall_share_id.scene, noodle_scene)
        self.assertEqual(read_order.mall_share_attribution, "open")
        # the invitee opens the noodle share too: the last open wins
        self.open_share(noodle_scene, token=invitee_token)
        self.assertEqual(self.paid_order(invitee).mall_share_attribution, "open")
        # an unpaid order counts nothing; the sharer's own orders never
        self.env["sale.order"]._mall_create_placed_order(
            reader, self.address(reader), {self.rice.product_variant_id: 1}, None, None, None
        )
        self.assertFalse(self.paid_order(sharer).mall_share_id)
        totals = self.my_shares(token)["totals"]
        self.assertEqual(totals, {"opens": 2, "registrations": 1, "orders": 3})
        items = {item["product_id"]: item for item in self.my_shares(token)["items"]}
        self.assertEqual(items[self.rice.id]["orders"], 1)
        self.assertEqual(items[self.noodle.id]["orders"], 2)
        # outside the window: the registration share again
        self.env.cr.execute(
            "UPDATE mall_share_open SET create_date = '2020-01-01' WHERE member_id = %s",
            [invitee.id],
        )
        self.env["mall.share.open"].invalidate_model()
        self.assertEqual(self.paid_order(invitee).mall_share_attribution, "registration")
