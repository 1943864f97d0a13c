from odoo.addons.queue_job.tests.common import trap_jobs
from odoo.tests import tagged

from ..const import CALLBACK_URL_PARAM, LIVE_PARAM, PUSH_ROUTE
from .common import FulfillmentCase

YT_NUMBER = "YT9693083639795"


@tagged("post_install", "-at_install")
class TestSubscribe(FulfillmentCase):
    def setUp(self):
        super().setUp()
        self.set_params({CALLBACK_URL_PARAM: "https://mall.example.com" + PUSH_ROUTE})
        self.order2 = self._order(self.member, self.address)
        self.picking2 = self.order2.picking_ids.filtered(
            lambda p: p.location_dest_id.usage == "customer"
        )

    def ship(self):
        with trap_jobs() as trap:
            self.picking2.write(
                {
                    "carrier_id": self.env.ref("mall_fulfillment.carrier_yto").id,
                    "carrier_tracking_ref": YT_NUMBER,
                }
            )
            # the same number written again: the pending job is not doubled
            self.picking2.write({"carrier_tracking_ref": YT_NUMBER})
        return trap

    def test_subscribe_job(self):
        trap = self.ship()
        tracking = self.picking2.mall_tracking_ids
        self.assertEqual(len(tracking), 1)
        self.assertEqual(tracking.carrier_code, "yuantong")
        trap.assert_jobs_count(1, only=tracking._job_subscribe)
        [job] = trap.enqueued_jobs
        job.perform()
        self.assertEqual(tracking.subscription_state, "subscribed")
        [sub] = self.sim.subscriptions()
        self.assertEqual(sub["company"], "yuantong")
        self.assertEqual(sub["number"], YT_NUMBER)
        self.assertEqual(sub["callbackurl"], "https://mall.example.com" + PUSH_ROUTE)
        self.assertEqual(sub["salt"], tracking._push_salt())
        self.assertIsNone(sub["phone"])  # only SF and ZTO want it
        # a repeat is harmless: no second subscription, still subscribed
        job.perform()
        tracking.subscription_state = "none"
        job.perform()  # Kuaidi100 answers 501 (duplicate): subscribed
        self.assertEqual(tracking.subscription_state, "subscribed")
        self.assertEqual(len(self.sim.subscriptions()), 1)
        # no paid query was made by shipping
        self.assertEqual(self.sim.query_count(), 0)

    def test_subscribe_sends_phone_for_sf(self):
        self.tracking.subscription_state = "none"
        self.tracking._job_subscribe()
        [sub] = self.sim.subscriptions()
        self.assertEqual((sub["company"], sub["phone"]), ("shunfeng", "5678"))

    def test_subscribe_skipped_when_live_off(self):
        self.set_params({LIVE_PARAM: "0"})
        trap = self.ship()
        [job] = trap.enqueued_jobs
        job.perform()
        self.assertEqual(self.picking2.mall_tracking_ids.subscription_state, "none")
        self.assertEqual(self.sim.subscriptions(), [])
