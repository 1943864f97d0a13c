from datetime import timedelta

from odoo import fields
from odoo.addons.mall_base.scene import parse_scene
from odoo.tests import tagged

from .common import GroupCase


@tagged("post_install", "-at_install")
class TestGroupApi(GroupCase):
    def test_offers_and_offer_detail(self):
        draft = self.env["mall.group.offer"].create(
            {
                "name": "草稿团",
                "date_start": fields.Datetime.now(),
                "date_end": fields.Datetime.now() + timedelta(days=1),
                "line_ids": [(0, 0, {"product_id": self.rice.id, "group_price": 9.9})],
            }
        )
        body = self.api("GET", "/group-buys", token=self.token).json()
        ids = [item["id"] for item in body["items"]]
        self.assertIn(self.offer.id, ids)
        self.assertNotIn(draft.id, ids)
        item = next(i for i in body["items"] if i["id"] == self.offer.id)
        self.assertEqual(item["group_size"], 3)
        self.assertTrue(item["active"])
        self.assertEqual(
            [(v["product_id"], v["list_price"], v["group_price"]) for v in item["variants"]],
            [(self.rice.id, 30.0, 19.9)],
        )
        self.assertError(
            self.api("GET", f"/group-buys/{draft.id}", token=self.token), 404, "not_found"
        )
        self.assertError(
            self.api("GET", "/group-buys/999999999", token=self.token), 404, "not_found"
        )
        self.assertError(
            self.api("GET", "/group-buys/0", token=self.token), 422, "validation_error"
        )
        self.assertError(
            self.api("GET", "/group-buys/abc", token=self.token), 422, "validation_error"
        )
        self.assertError(self.api("GET", "/group-buys"), 401, "unauthorized")

        group, _order = self.open_group()
        detail = self.api("GET", f"/group-buys/{self.offer.id}", token=self.members[1][1]).json()
        self.assertEqual(
            [(g["id"], g["seats_left"], g["leader_nickname"]) for g in detail["open_groups"]],
            [(group.id, 2, "会**")],
        )

    def test_open_pay_and_group_page(self):
        response = self.place(0)
        group, order = self.placed(response)
        body = response.json()
        self.assertEqual(body["order"]["state"], "pending_payment")
        self.assertEqual(body["order"]["amount_total"], 19.9)
        self.assertEqual(order.order_line.price_unit, 19.9)
        self.assertEqual(group.state, "draft")
        # nobody sees (or joins) a group whose leader has not paid
        self.assertError(self.api("GET", f"/groups/{group.id}", token=self.token), 404, "not_found")
        self.assertError(self.place(1, group=group), 404, "not_found")

        self.pay(order)
        self.assertEqual(group.state, "open")
        self.assertEqual(order.state, "draft", "a group order is not confirmed before success")
        self.assertEqual(order.mall_shopper_state, "paid")
        page = self.api("GET", f"/groups/{group.id}", token=self.members[1][1]).json()
        self.assertEqual(page["state"], "open")
        self.assertEqual(page["seats_left"], 2)
        self.assertEqual(page["paid_count"], 1)
        self.assertEqual([m["nickname"] for m in page["members"]], ["会**"])
        self.assertTrue(page["can_join"])
        self.assertFalse(page["joined"])
        scene = parse_scene(page["share_scene"])
        self.assertEqual(scene["group"], group.id)
        self.assertEqual(scene["group_offer"], self.offer.id)
        self.assertEqual(scene["sharer"], self.members[1][0].mall_share_code)
        mine = self.api("GET", "/me/groups", token=self.token).json()["items"]
        self.assertEqual(
            [(g["id"], g["is_leader"], g["seat_state"], g["order_id"]) for g in mine],
            [(group.id, True, "paid", order.id)],
        )
        self.assertError(self.api("GET", "/groups/999999999", token=self.token), 404, "not_found")
        self.assertError(self.api("GET", "/groups/-1", token=self.token), 422, "validation_error")

    def test_refusals_write_nothing(self):
        group, _order = self.open_group()
        orders_before = self.env["sale.order"].search_count([("mall_order", "=", True)])

        def refused(response, status, code):
            self.assertError(response, status, code)
            self.assertEqual(
                self.env["sale.order"].search_count([("mall_order", "=", True)]), orders_before
            )

        # own group twice
        refused(self.place(0, group=group), 409, "already_joined")
        # a product that is not in the offer
        refused(self.place(1, group=group, product=self.noodle), 404, "product_not_found")
        # another offer's group
        other = self._offer(name="别的团")
        refused(self.place(1, group=group, offer=other), 404, "not_found")
        # unknown group, unknown offer, bad body
        refused(self.place(1, group=999999999), 404, "not_found")
        refused(
            self.place(1, offer=self.env["mall.group.offer"].browse(999999999)), 404, "not_found"
        )
        refused(self.place(1, qty=0), 422, "validation_error")
        refused(self.place(1, qty=100), 422, "validation_error")
        response = self.api(
            "POST",
            f"/group-buys/{self.offer.id}/orders",
            {"address_id": self.members[1][2].id, "product_id": self.rice.id, "price": 1},
            token=self.members[1][1],
            headers={"Idempotency-Key": "k" * 12},
        )
        refused(response, 422, "validation_error")
        # the per-member limit (2 units; the leader holds 1)
        refused(self.place(0, qty=2), 409, "member_limit_reached")
        # the offer ended
        self.offer.action_end()
        refused(self.place(1, group=group), 409, "offer_not_active")
        refused(self.place(1), 409, "offer_not_active")

    def test_group_full_and_closed(self):
        group, _order = self.open_group()
        _g, order_b = self.placed(self.place(1, group=group))
        _g, _order_c = self.placed(self.place(2, group=group))
        # both seats are held by members paying: nobody else gets in
        self.assertEqual(group._mall_seats_left(), 0)
        self.assertError(self.place(3, group=group), 409, "group_full")
        # a hold that ran out frees its seat
        order_b.mall_group_member_id.hold_until = fields.Datetime.now() - timedelta(seconds=1)
        _g, order_d = self.placed(self.place(3, group=group))
        self.assertEqual(order_d.mall_group_id, group)
        self.assertError(self.place(4, group=group), 409, "group_full")
        # past the deadline, the group is closed to newcomers
        group.deadline = fields.Datetime.now() - timedelta(seconds=1)
        self.assertError(self.place(4, group=group), 409, "group_closed")
        # and its unpaid orders cannot be paid any more
        response = self.api("POST", f"/orders/{order_d.id}/pay", token=self.members[3][1])
        self.assertError(response, 409, "group_closed")

    def test_sold_out_and_same_key(self):
        self.offer.allotment = 2
        group, _order = self.open_group()
        response = self.place(1, group=group, key="same-key-0001")
        _g, order = self.placed(response)
        again = self.place(1, group=group, key="same-key-0001")
        self.assertEqual(again.status_code, 200, again.text)
        self.assertEqual(again.json()["order"]["id"], order.id)
        self.assertError(self.place(2, group=group), 409, "sold_out")
        self.assertEqual(self.offer.taken_qty, 2)
        # an unpaid order cancelled gives its unit back
        self.api("POST", f"/orders/{order.id}/cancel", token=self.members[1][1])
        self.env.invalidate_all()
        self.assertEqual(order.mall_group_member_id.state, "released")
        self.assertEqual(self.offer.taken_qty, 1)
        self.placed(self.place(2, group=group))
