import json

from odoo.tests import tagged

from ..const import PUSH_ROUTE
from ..kuaidi100 import push_sign
from .common import SF_NUMBER, TIMELINE, FulfillmentCase


@tagged("post_install", "-at_install")
class TestTrackingPush(FulfillmentCase):
    def push_param(self, state="3"):
        delivered = {
            "time": "2026-11-22 10:00:00",
            "ftime": "2026-11-22 10:00:00",
            "context": "已签收，签收人：本人",
            "location": "上海市",
            "status": "签收",
        }
        return json.dumps(
            {
                "status": "shutdown",
                "billstatus": "check",
                "message": "",
                "autoCheck": "0",
                "comOld": "",
                "comNew": "",
                "lastResult": {
                    "message": "ok",
                    "state": state,
                    "status": "200",
                    "condition": "F00",
                    "ischeck": "1",
                    "com": "shunfeng",
                    "nu": SF_NUMBER,
                    "data": [delivered, *TIMELINE],
                },
            },
            ensure_ascii=False,
        )

    def post_push(self, data):
        return self.url_open(PUSH_ROUTE, data=data, timeout=30)

    def test_forged_push_refused(self):
        param = self.push_param()
        for data in (
            {"param": param},
            {"param": param, "sign": ""},
            {"param": param, "sign": push_sign(param, "not-our-salt")},
            {"param": param + " ", "sign": push_sign(param, self.tracking._push_salt())},
        ):
            response = self.post_push(data)
            self.assertEqual(response.status_code, 403, response.text)
            self.assertEqual(response.json()["result"], False)
        self.tracking.invalidate_recordset()
        self.assertEqual(self.tracking.state, "unknown")
        self.assertFalse(self.tracking.event_ids)
        self.assertFalse(self.tracking.last_push_at)

    def test_signed_push_updates_state(self):
        param = self.push_param()
        response = self.post_push(
            {"param": param, "sign": push_sign(param, self.tracking._push_salt())}
        )
        self.assertEqual(response.status_code, 200, response.text)
        self.assertEqual(response.json(), {"result": True, "returnCode": "200", "message": "成功"})
        self.tracking.invalidate_recordset()
        self.assertEqual(self.tracking.state, "delivered")
        self.assertEqual(self.tracking.kuaidi100_state, "3")
        self.assertTrue(self.tracking.last_push_at)
        self.assertEqual(len(self.tracking.event_ids), 3)
        self.assertEqual(
            self.tracking.event_ids.sorted("sequence")[0].context, "已签收，签收人：本人"
        )
        # the storefront shows it without a paid query
        response = self.api("GET", f"/orders/{self.order.id}/tracking", token=self.token)
        self.assertEqual(response.json()["shipments"][0]["state"], "delivered")
        self.assertEqual(self.sim.query_count(), 0)
        self.assertEqual(self.logs().mapped("cost"), [0.0])

    def test_push_from_simulator(self):
        """The simulator's own signature (MD5(param + salt)) is accepted."""
        answer = self.sim.push(
            SF_NUMBER,
            url=self.base_url() + PUSH_ROUTE,
            salt=self.tracking._push_salt(),
        )
        self.assertEqual(answer["status"], 200, answer)
        self.tracking.invalidate_recordset()
        self.assertEqual(self.tracking.state, "in_transit")
        self.assertEqual(len(self.tracking.event_ids), 2)
        forged = self.sim.push(SF_NUMBER, url=self.base_url() + PUSH_ROUTE, salt="guess")
        self.assertEqual(forged["status"], 403, forged)
