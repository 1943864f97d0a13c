from datetime import timedelta

from odoo.addons.mall_base.exceptions import MallError
from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import CouponCase


@tagged("post_install", "-at_install")
class TestCouponApi(CouponCase):
    def counts(self, coupon):
        coupon.invalidate_recordset()
        cards = self.env["loyalty.card"].search_count([("mall_coupon_id", "=", coupon.id)])
        return coupon.issued_count, cards

    def center(self, token=None):
        body = self.api("GET", "/coupons", token=token or self.token).json()
        return {item["id"]: item for item in body["items"]}

    def test_coupon_center_and_claim(self):
        coupon = self._coupon(total_qty=3, member_limit=1)
        granted = self._coupon(name="定向券", claim_mode="granted")
        ended = self._coupon(name="已结束", date_from=self.today - timedelta(days=9))
        ended.date_to = self.today - timedelta(days=1)
        center = self.center()
        self.assertIn(coupon.id, center)
        self.assertNotIn(granted.id, center)
        self.assertNotIn(ended.id, center)
        item = center[coupon.id]
        self.assertEqual(
            {k: item[k] for k in ("name", "kind", "rule", "remaining", "claimed", "can_claim")},
            {
                "name": "满100减10",
                "kind": "threshold",
                "rule": "满100减10",
                "remaining": 3,
                "claimed": 0,
                "can_claim": True,
            },
        )
        self.assertEqual(item["valid_to"], str(self.today + timedelta(days=30)))

        response = self.api("POST", f"/coupons/{coupon.id}/claim", token=self.token)
        self.assertEqual(response.status_code, 201, response.text)
        claimed = response.json()
        self.assertEqual(claimed["state"], "usable")
        self.assertEqual(claimed["coupon_id"], coupon.id)
        self.assertEqual(claimed["expires_on"], str(self.today + timedelta(days=30)))
        card = self.env["loyalty.card"].search([("code", "=", claimed["code"])])
        self.assertEqual(card.partner_id, self.member)

        item = self.center()[coupon.id]
        self.assertEqual(
            (item["remaining"], item["claimed"], item["can_claim"], item["reason"]),
            (2, 1, False, "limit_reached"),
        )
        # the other member sees the same stock, and can still claim
        other_item = self.center(self.other_token)[coupon.id]
        self.assertEqual((other_item["remaining"], other_item["can_claim"]), (2, True))

    def test_claim_limit_reached_writes_nothing(self):
        coupon = self._coupon(member_limit=1)
        self.assertEqual(
            self.api("POST", f"/coupons/{coupon.id}/claim", token=self.token).status_code, 201
        )
        before = self.counts(coupon)
        self.assertError(
            self.api("POST", f"/coupons/{coupon.id}/claim", token=self.token),
            409,
            "coupon_limit_reached",
        )
        self.assertEqual(self.counts(coupon), before)

    def test_claim_sold_out_writes_nothing(self):
        coupon = self._coupon(total_qty=1)
        self.assertEqual(
            self.api("POST", f"/coupons/{coupon.id}/claim", token=self.other_token).status_code,
            201,
        )
        self.assertEqual(self.center()[coupon.id]["reason"], "sold_out")
        self.assertError(
            self.api("POST", f"/coupons/{coupon.id}/claim", token=self.token),
            409,
            "coupon_sold_out",
        )
        self.assertEqual(self.counts(coupon), (1, 1))

    def test_unknown_and_granted_only_coupons_are_not_found(self):
        granted = self._coupon(claim_mode="granted")
        for coupon_id in (granted.id, 2**31 - 1):
            self.assertError(
                self.api("POST", f"/coupons/{coupon_id}/claim", token=self.token),
                404,
                "not_found",
            )
        self.assertEqual(self.counts(granted), (0, 0))
        self.assertEqual(self.api("GET", "/coupons").status_code, 401)
        self.assertEqual(self.api("POST", f"/coupons/{granted.id}/claim").status_code, 401)

    def test_my_coupons_by_state(self):
        usable = self._coupon(name="可用")._mall_claim(self.member)
        expired = self._coupon(name="过期")._mall_claim(self.member)
        expired.expiration_date = self.today - timedelta(days=1)
        used = self._coupon(name="已用")._mall_claim(self.member)
        used.points = 0
        self._coupon(name="别人的")._mall_claim(self.other)

        def codes(state=None):
            params = {"state": state} if state else None
            response = self.api("GET", "/me/coupons", token=self.token, params=params)
            self.assertEqual(response.status_code, 200, response.text)
            return [item["code"] for item in response.json()["items"]]

        self.assertEqual(codes("usable"), [usable.code])
        self.assertEqual(codes("expired"), [expired.code])
        self.assertEqual(codes("used"), [used.code])
        self.assertEqual(codes(), [used.code, expired.code, usable.code])
        self.assertEqual(
            self.api("GET", "/me/coupons", token=self.token, params={"state": "x"}).status_code,
            422,
        )

    def test_routes_are_in_the_openapi_document(self):
        paths = self.api("GET", "/openapi.json").json()["paths"]
        self.assertIn("get", paths["/coupons"])
        self.assertIn("post", paths["/coupons/{coupon_id}/claim"])
        self.assertIn("get", paths["/me/coupons"])
        quote = paths["/orders/quote"]["post"]["responses"]["200"]["content"]["application/json"]
        self.assertIn("OrderQuote", quote["schema"]["$ref"])

    # code batches and segments -------------------------------------------------

    def test_code_batch_redeemed_once_within_the_member_limit(self):
        coupon = self._coupon(name="门店券", claim_mode="granted", total_qty=3, member_limit=1)
        cards = coupon._mall_generate_codes(2)
        self.assertEqual((len(cards), coupon.issued_count, coupon.remaining_qty), (2, 2, 1))
        self.assertFalse(cards.partner_id)
        with self.assertRaises(MallError):  # 2 more would exceed the total of 3: none made
            coupon._mall_generate_codes(2)
        self.assertEqual(coupon.code_count, 2)
        first, second = cards
        # not redeemed: refused at checkout with a message saying what to do
        unredeemed = self.quote([(self.rice, 1)], codes=[first.code])
        self.assertError(unredeemed, 409, "coupon_not_redeemed")
        redeem = self.api("POST", "/me/coupons/redeem", {"code": first.code}, token=self.token)
        self.assertEqual(redeem.status_code, 200, redeem.text)
        self.assertEqual(
            (redeem.json()["code"], redeem.json()["state"], redeem.json()["rule"]),
            (first.code, "usable", "满100减10"),
        )
        self.assertEqual(first.partner_id, self.member)
        # again: the same coupon; another member: already redeemed
        again = self.api("POST", "/me/coupons/redeem", {"code": first.code}, token=self.token)
        self.assertEqual(again.json()["code"], first.code)
        self.assertError(
            self.api("POST", "/me/coupons/redeem", {"code": first.code}, token=self.other_token),
            409,
            "coupon_code_used",
        )
        # a second code of the same coupon: beyond the per-member limit
        self.assertError(
            self.api("POST", "/me/coupons/redeem", {"code": second.code}, token=self.token),
            409,
            "coupon_limit_reached",
        )
        self.assertFalse(second.partner_id)
        self.assertError(
            self.api("POST", "/me/coupons/redeem", {"code": "NOPE-123"}, token=self.token),
            404,
            "coupon_code_not_found",
        )
        self.assertEqual(
            self.api("POST", "/me/coupons/redeem", {"code": ""}, token=self.token).status_code, 422
        )
        # the redeemed code is the member's coupon: listed and usable at checkout
        mine = self.api("GET", "/me/coupons?state=usable", token=self.token).json()["items"]
        self.assertIn(first.code, [item["code"] for item in mine])
        quote = self.quote([(self.rice, 1)], codes=[first.code]).json()
        self.assertMoney(quote["amount_discount"], -10)
        # statistics: generated codes are issued, a redeemed one is claimed
        self.env.flush_all()
        row = self.env["mall.coupon.report"].read_group(
            [("coupon_id", "=", coupon.id)], ["issued:sum", "claimed:sum"], ["coupon_id"]
        )[0]
        self.assertEqual((row["issued"], row["claimed"]), (2, 1))

    def test_expired_code_cannot_be_redeemed(self):
        coupon = self._coupon(name="过期码", claim_mode="granted")
        card = coupon._mall_generate_codes(1)
        card.expiration_date = self.today - timedelta(days=1)
        self.assertError(
            self.api("POST", "/me/coupons/redeem", {"code": card.code}, token=self.token),
            409,
            "coupon_expired",
        )
        self.assertFalse(card.partner_id)

    def test_grant_to_a_member_segment(self):
        coupon = self._coupon(name="老客券", claim_mode="granted", total_qty=0, member_limit=0)
        self.member.mobile = "13800000001"
        wizard = self.env["mall.coupon.grant"].create(
            {
                "coupon_id": coupon.id,
                "target": "segment",
                "member_domain": repr([("mobile", "=", "13800000001")]),
            }
        )
        self.assertEqual(wizard.match_count, 1)
        wizard.action_grant()
        self.assertEqual(coupon.card_ids.partner_id, self.member)
        empty = self.env["mall.coupon.grant"].create(
            {"coupon_id": coupon.id, "target": "segment", "member_domain": repr([("id", "=", 0)])}
        )
        with self.assertRaises(UserError):
            empty.action_grant()

    def test_demo_coupons(self):
        center = self.center()
        for xmlid in ("demo_coupon_99_10", "demo_coupon_new_member", "demo_coupon_percent"):
            self.assertIn(self.env.ref(f"mall_coupon.{xmlid}").id, center)
        store = self.env.ref("mall_coupon.demo_coupon_store_codes")
        self.assertNotIn(store.id, center)
        self.assertEqual((store.code_count, store.issued_count), (20, 20))
        self.assertEqual(
            center[self.env.ref("mall_coupon.demo_coupon_percent").id]["rule"], "满50 9折，最多减20"
        )
