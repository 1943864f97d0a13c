import importlib.util
import os
import socket
import sys
import time
import uuid
from contextlib import contextmanager

from odoo.addons.payment.tests.http_common import PaymentHttpCommon
from odoo.fields import Command

APPID = "wxtestmallapp0001"
MCHID = "1900000109"
OPENID = "o-test-payer-0001"


def load_simulator_client():
    """The WeChat simulator's client.py (tests/wechat_simulator), loaded by path:
    $MALL_WECHAT_SIM set by scripts/test, else found relative to this addon."""
    here = os.path.dirname(os.path.abspath(__file__))
    candidates = [
        os.environ.get("MALL_WECHAT_SIM") or "",
        os.path.join(here, "..", "..", "..", "tests", "wechat_simulator"),
    ]
    for folder in candidates:
        path = os.path.join(folder, "client.py")
        if folder and os.path.isfile(path):
            spec = importlib.util.spec_from_file_location("mall_wechat_sim_client", path)
            module = importlib.util.module_from_spec(spec)
            # dataclasses look the module up while it is being executed
            sys.modules[spec.name] = module
            spec.loader.exec_module(module)
            return module
    raise RuntimeError("the WeChat simulator (tests/wechat_simulator) was not found")


sim_client = load_simulator_client()


def closed_port_url():
    """A local URL nobody answers on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


class WechatpayCommon(PaymentHttpCommon):
    """A WeChat Pay provider configured against a local WeChat simulator.

    The simulator runs once per class; it is reset before each test (the
    database is rolled back, so references come back) and the app and merchant
    are registered again.
    """

    sim_mode = "public_key"
    provider_mode = "public_key"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.sim = sim_client.Simulator.start(
            time_scale=0.001, mode=cls.sim_mode, settings={"refund_delay": 0.2}
        )
        cls.addClassCleanup(cls.sim.stop)
        cls.merchant = sim_client.MerchantKeys.generate(MCHID, appids=[APPID])
        cls.platform = cls.sim.keys()
        cls.cny = cls._prepare_currency("CNY")
        cls.currency = cls.cny
        cls.wechatpay = cls._prepare_provider(
            "wechatpay",
            update_values={
                "wechatpay_mchid": MCHID,
                "wechatpay_appid": APPID,
                "wechatpay_apiv3_key": cls.merchant.apiv3_key,
                "wechatpay_cert_serial_no": cls.merchant.serial,
                "wechatpay_private_key": cls.merchant.private_key_pem,
                "wechatpay_api_base_url": cls.sim.base_url,
                "wechatpay_verification_mode": cls.provider_mode,
                "wechatpay_public_key": cls.platform["public_key_pem"],
                "wechatpay_public_key_id": cls.platform["public_key_id"],
                "available_currency_ids": [Command.set(cls.cny.ids)],
            },
        )
        cls.provider = cls.wechatpay
        cls.payment_method = cls.env.ref("payment.payment_method_wechat_pay")
        cls.payment_method_id = cls.payment_method.id
        cls.payment_method_code = cls.payment_method.code
        cls.amount = 128.8

    def setUp(self):
        super().setUp()
        self._reset_sim()
        # The test server handles the simulator's notifies in this test's
        # transaction, on this test's connection: the test thread holds the
        # registry's test lock and releases it only while it waits (_unlocked),
        # so that it never runs a query while a request runs one.
        self.registry.test_lock.acquire()
        self.addCleanup(self._end_requests)

    def _end_requests(self):
        """No more notifies; let the requests in flight end before the rollback."""
        self._reset_sim()
        self.registry.test_lock.release()
        self._wait_remaining_requests()

    @contextmanager
    def _unlocked(self):
        """Let the test server handle requests (notifies) meanwhile."""
        self.env.flush_all()
        self.registry.test_lock.release()
        try:
            yield
        finally:
            self.registry.test_lock.acquire()
            self.env.invalidate_all()

    def _reset_sim(self):
        """Forget orders and refunds, stop pending notifies."""
        self.sim.reset()
        self.sim.add_app(APPID, "app-secret")
        self.sim.add_merchant(self.merchant)

    # --- helpers ---------------------------------------------------------------

    def _new_tx(self, amount=None, **values):
        values.setdefault("reference", "WX" + uuid.uuid4().hex[:10].upper())
        return self._create_transaction(
            "direct", amount=amount if amount is not None else self.amount, **values
        )

    def _paid_tx(self, amount=None, **values):
        """A transaction paid through the simulator's notify."""
        tx = self._new_tx(amount=amount, **values)
        tx._wechatpay_prepay(OPENID)
        self._pay(tx)
        self._wait_state(tx, "done")
        return tx

    def _pay(self, tx, **options):
        """The shopper pays (/_sim/pay); the simulator sends the notify to Odoo."""
        self.env.flush_all()
        return self.sim.pay(tx.reference, mchid=MCHID, **options)

    def _read(self, records):
        """Reload records changed by requests the test server handled."""
        with self.registry.test_lock:
            self.env.invalidate_all()
            records.mapped("state")
        return records

    def _wait_state(self, tx, state, timeout=15):
        deadline = time.monotonic() + timeout
        while True:
            self._read(tx)
            if tx.state == state:
                return tx
            if time.monotonic() > deadline:
                self.fail(
                    f"{tx.reference} is {tx.state} ({tx.state_message}) after {timeout}s, "
                    f"expected {state}"
                )
            with self._unlocked():
                time.sleep(0.05)

    def _wait_notifies(self, predicate=None, timeout=15, **filters):
        """Wait until every matching notify is delivered or given up; return them."""

        def done():
            notifies = self.sim.notifies(**filters)
            finished = notifies and all(n["delivered"] or n["given_up"] for n in notifies)
            if finished and (predicate is None or predicate(notifies)):
                return notifies
            return None

        with self._unlocked():
            return self.sim.wait_for(done, timeout=timeout, message=f"notifies {filters}")

    def _wait_attempts(self, count, timeout=15, **filters):
        """Wait until ``count`` delivery attempts are recorded; return them."""

        def attempts():
            notifies = self.sim.notifies(**filters)
            log = [a for n in notifies for a in n.get("attempt_log", [])]
            return log if len(log) >= count else None

        with self._unlocked():
            return self.sim.wait_for(attempts, timeout=timeout, message=f"attempts {filters}")
