from odoo.tests import tagged

from ..const import LIVE_PARAM, RATE_LIMIT_PARAM
from .common import KEY, SF_NUMBER, FulfillmentCase


@tagged("post_install", "-at_install")
class TestTrackingApi(FulfillmentCase):
    def tracking_of(self, order, token=None):
        return self.api("GET", f"/orders/{order.id}/tracking", token=token or self.token)

    def test_query_stores_timeline_and_logs_cost(self):
        self.assertEqual(self.tracking.carrier_code, "shunfeng")
        response = self.tracking_of(self.order)
        self.assertEqual(response.status_code, 200, response.text)
        body = response.json()
        self.assertEqual(body["order_id"], self.order.id)
        [shipment] = body["shipments"]
        self.assertEqual(shipment["carrier"], "顺丰速运")
        self.assertEqual(shipment["carrier_code"], "shunfeng")
        self.assertEqual(shipment["tracking_number"], SF_NUMBER)
        self.assertEqual(shipment["state"], "in_transit")
        self.assertEqual(
            [e["context"] for e in shipment["events"]],
            ["快件已到达【上海浦东转运中心】", "顺丰速运 已收取快件"],
        )
        # China time 18:30 is 10:30 UTC
        self.assertTrue(shipment["events"][0]["time"].startswith("2026-11-21T10:30:00"))
        self.assertEqual(self.sim.query_count(SF_NUMBER), 1)
        self.assertEqual(len(self.tracking.event_ids), 2)
        self.assertTrue(self.tracking.last_query_at)
        [log] = self.logs()
        self.assertEqual(log.source, "live")
        self.assertFalse(log.cached)
        self.assertAlmostEqual(log.cost, 0.10)
        self.assertEqual(log.member_id, self.member)
        self.assertEqual(log.number, SF_NUMBER)
        self.assertEqual(log.carrier_id, self.carrier_sf)
        self.assertEqual(log.currency_id.name, "CNY")

        # within the cache window: no call to Kuaidi100, a free log row
        response = self.tracking_of(self.order)
        self.assertEqual(response.status_code, 200, response.text)
        self.assertEqual(len(response.json()["shipments"][0]["events"]), 2)
        self.assertEqual(self.sim.query_count(SF_NUMBER), 1)
        logs = self.logs()
        self.assertEqual(len(logs), 2)
        self.assertEqual(logs[-1].source, "cache")
        self.assertTrue(logs[-1].cached)
        self.assertEqual(logs[-1].cost, 0.0)

    def test_live_switch_off_answers_stored(self):
        self.set_params({LIVE_PARAM: "0"})
        response = self.tracking_of(self.order)
        self.assertEqual(response.status_code, 200, response.text)
        self.assertEqual(response.json()["shipments"][0]["events"], [])
        self.assertEqual(self.sim.query_count(), 0)
        [log] = self.logs()
        self.assertEqual((log.source, log.cost, log.cached), ("offline", 0.0, True))

    def test_kuaidi100_error_is_logged_free(self):
        self.sim.reset()
        self.sim.add_account("TESTCUSTOMER0001", KEY + "-other")  # our sign is now wrong
        response = self.tracking_of(self.order)
        self.assertEqual(response.status_code, 200, response.text)
        self.assertEqual(response.json()["shipments"][0]["state"], "unknown")
        [log] = self.logs()
        self.assertEqual((log.result, log.error_code, log.cost), ("error", "503", 0.0))

    def test_rate_limit(self):
        self.set_params({RATE_LIMIT_PARAM: "2"})
        for _i in range(2):
            self.assertEqual(self.tracking_of(self.order).status_code, 200)
        self.assertError(self.tracking_of(self.order), 429, "rate_limited")
        # another member has their own budget (404: not their order)
        self.assertError(self.tracking_of(self.order, self.other_token), 404, "not_found")

    def test_other_member_and_unknown_order(self):
        self.assertError(self.tracking_of(self.order, self.other_token), 404, "not_found")
        response = self.api("GET", "/orders/2147483000/tracking", token=self.token)
        self.assertError(response, 404, "not_found")
        self.assertError(self.api("GET", f"/orders/{self.order.id}/tracking"), 401, "unauthorized")
        self.assertEqual(self.sim.query_count(), 0)
        self.assertFalse(self.logs())

    def test_order_without_shipments(self):
        order = self._order(self.member, self.address, confirm=False)
        response = self.tracking_of(order)
        self.assertEqual(response.status_code, 200, response.text)
        self.assertEqual(response.json(), {"order_id": order.id, "shipments": []})

    def test_operator_query_button(self):
        self.tracking.action_query()
        self.assertEqual(self.sim.query_count(SF_NUMBER), 1)
        self.assertEqual(self.tracking.state, "in_transit")
        [log] = self.logs()
        self.assertEqual(log.user_id, self.env.user)
        self.assertFalse(log.member_id)
