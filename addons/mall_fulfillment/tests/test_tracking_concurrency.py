import threading

from psycopg2 import errors

from odoo import api
from odoo.tests import TransactionCase, tagged

from ..const import BASE_URL_PARAM, CUSTOMER_PARAM, KEY_PARAM, LIVE_PARAM
from .common import CUSTOMER, KEY, TIMELINE, load_kuaidi100_simulator

NUMBER = "YT7700112233445"


@tagged("post_install", "-at_install")
class TestTrackingConcurrency(TransactionCase):
    """Two transactions refresh one number at once: Kuaidi100 is called once.

    Runs on real committed transactions (the rows are removed afterwards);
    a serialization failure is retried like Odoo retries a request."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.sim = load_kuaidi100_simulator().Simulator.start()
        cls.addClassCleanup(cls.sim.stop)
        cls.sim.add_account(CUSTOMER, KEY)
        cls.sim.add_waybill("yuantong", NUMBER, state="0", data=TIMELINE)
        picking_id = cls.env["stock.picking"].search([], limit=1).id
        with cls.registry.cursor() as cr:
            env = api.Environment(cr, api.SUPERUSER_ID, {})
            cls.old_params = {}
            for key, value in {
                CUSTOMER_PARAM: CUSTOMER,
                KEY_PARAM: KEY,
                BASE_URL_PARAM: cls.sim.base_url,
                LIVE_PARAM: "1",
            }.items():
                cls.old_params[key] = env["ir.config_parameter"].get_param(key)
                env["ir.config_parameter"].set_param(key, value)
            cls.tracking_id = (
                env["mall.tracking"]
                .create({"picking_id": picking_id, "carrier_code": "yuantong", "number": NUMBER})
                .id
            )
        cls.addClassCleanup(cls._cleanup)

    @classmethod
    def _cleanup(cls):
        with cls.registry.cursor() as cr:
            cr.execute("DELETE FROM mall_tracking_query_log WHERE number = %s", [NUMBER])
            cr.execute("DELETE FROM mall_tracking WHERE id = %s", [cls.tracking_id])
            env = api.Environment(cr, api.SUPERUSER_ID, {})
            for key, value in cls.old_params.items():
                env["ir.config_parameter"].set_param(key, value or False)

    def _refresh(self, barrier, results):
        for attempt in range(5):
            try:
                with self.registry.cursor() as cr:
                    env = api.Environment(cr, api.SUPERUSER_ID, {})
                    if not attempt:
                        cr.execute("SELECT 1")  # the snapshot, before the other commits
                        barrier.wait(timeout=10)
                    log = env["mall.tracking"].browse(self.tracking_id)._mall_refresh()
                    results.append(log.source)
                return
            except errors.SerializationFailure:
                results.append("retried")

    def test_parallel_refresh_queries_once(self):
        barrier = threading.Barrier(2)
        results = []
        threads = [
            threading.Thread(target=self._refresh, args=(barrier, results)) for _i in range(2)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        # the second waited on the row lock, failed to serialize, and its
        # retry found the first one's answer in the cache
        self.assertEqual(sorted(results), ["cache", "live", "retried"])
        self.assertEqual(self.sim.query_count(NUMBER), 1)
