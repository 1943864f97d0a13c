"""WeChat Pay against a real Odoo server: parallel refunds and concurrent notifies.

The test-mode server of HttpCase runs one request at a time; here every request
gets its own PostgreSQL transaction, so the row locks of payment_wechatpay are
really exercised. The WeChat simulator (tests/wechat_simulator) plays WeChat Pay.
"""

import threading
import time
import uuid

import pytest

try:
    from tests.wechat_simulator.client import MerchantKeys, Simulator
except ImportError:  # pytest run from inside tests/
    from wechat_simulator.client import MerchantKeys, Simulator

APPID = "wxparallelapp0001"
MCHID = "1900000777"
OPENID = "o-parallel-payer"


@pytest.fixture(scope="module")
def sim():
    simulator = Simulator.start(time_scale=0.001, settings={"refund_delay": 0.3})
    yield simulator
    simulator.stop()


def _result(body):
    assert "error" not in body, body["error"]
    return body["result"]


@pytest.fixture(scope="module")
def shop(odoo_server, sim):
    """The WeChat Pay provider configured over JSON-RPC, pointed at the simulator."""
    admin = odoo_server.session()  # an admin login sets web.base.url to this server
    merchant = MerchantKeys.generate(MCHID, appids=[APPID])
    sim.add_app(APPID, "secret")
    sim.add_merchant(merchant)
    keys = sim.keys()

    def call(model, method, *args, **kwargs):
        return _result(odoo_server.call(admin, model, method, *args, **kwargs))

    (provider_id,) = call("payment.provider", "search", [["code", "=", "wechatpay"]], limit=1)
    cny = call("res.currency", "search", [["name", "=", "CNY"]], limit=1)[0]
    call(
        "payment.provider",
        "write",
        [provider_id],
        {
            "state": "test",
            "wechatpay_mchid": MCHID,
            "wechatpay_appid": APPID,
            "wechatpay_apiv3_key": merchant.apiv3_key,
            "wechatpay_cert_serial_no": merchant.serial,
            "wechatpay_private_key": merchant.private_key_pem,
            "wechatpay_api_base_url": sim.base_url,
            "wechatpay_verification_mode": "public_key",
            "wechatpay_public_key": keys["public_key_pem"],
            "wechatpay_public_key_id": keys["public_key_id"],
        },
    )
    (method_id,) = call(
        "payment.method",
        "search",
        [["code", "=", "wechat_pay"]],
        context={"active_test": False},
    )
    partner_id = call("res.partner", "search", [["id", "!=", 0]], limit=1)[0]
    return {
        "admin": admin,
        "call": call,
        "provider_id": provider_id,
        "method_id": method_id,
        "currency_id": cny,
        "partner_id": partner_id,
    }


def _wait(predicate, timeout=30.0, message="condition"):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"{message} not met within {timeout}s")
        time.sleep(0.1)


def _tx(shop, tx_id, fields=("state", "amount", "provider_reference", "is_post_processed")):
    return shop["call"]("payment.transaction", "read", [tx_id], list(fields))[0]


def _new_paid_tx(shop, sim, amount, **pay_options):
    reference = "PAR" + uuid.uuid4().hex[:12].upper()
    tx_id = shop["call"](
        "payment.transaction",
        "create",
        {
            "provider_id": shop["provider_id"],
            "payment_method_id": shop["method_id"],
            "currency_id": shop["currency_id"],
            "partner_id": shop["partner_id"],
            "amount": amount,
            "reference": reference,
            "operation": "online_direct",
        },
    )
    params = shop["call"]("payment.transaction", "wechatpay_request_payment", [tx_id], OPENID)
    assert params["package"].startswith("prepay_id=")
    sim.pay(reference, mchid=MCHID, **pay_options)
    _wait(lambda: _tx(shop, tx_id)["state"] == "done", message=f"{reference} done")
    return tx_id, reference


def test_parallel_refund_clicks_never_refund_more_than_paid(odoo_server, sim, shop):
    tx_id, reference = _new_paid_tx(shop, sim, 100.0)
    clicks = 8
    barrier = threading.Barrier(clicks)
    answers = [None] * clicks
    sessions = [odoo_server.session() for _i in range(clicks)]

    def click(i):
        barrier.wait()
        answers[i] = odoo_server.call(
            sessions[i], "payment.transaction", "action_refund", [tx_id], amount_to_refund=30.0
        )

    threads = [threading.Thread(target=click, args=(i,)) for i in range(clicks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)

    accepted = [a for a in answers if a and "error" not in a]
    refused = [a for a in answers if a and "error" in a]
    assert len(accepted) + len(refused) == clicks
    # 3 x 30 fit into 100, a fourth does not
    assert len(accepted) == 3, answers
    for answer in refused:
        assert answer["error"]["data"]["name"] == "odoo.exceptions.UserError", answer

    refunds = shop["call"](
        "payment.transaction",
        "search_read",
        [["source_transaction_id", "=", tx_id], ["operation", "=", "refund"]],
        ["reference", "amount", "state"],
    )
    assert len(refunds) == 3
    assert sum(-r["amount"] for r in refunds) <= 100.0
    sent = sim.control("GET", "refunds", params={"out_trade_no": reference})["refunds"]
    assert sorted(r["out_refund_no"] for r in sent) == sorted(r["reference"] for r in refunds)
    assert sum(r["amount"]["refund"] for r in sent) == 9000
    # each out_refund_no reached WeChat Pay exactly once
    assert sim.request_count("/v3/refund/domestic/refunds") == 3

    # the refund notifies confirm them
    def all_done():
        states = shop["call"]("payment.transaction", "read", [r["id"] for r in refunds], ["state"])
        return all(s["state"] == "done" for s in states)

    _wait(all_done, message="refunds done")


def test_concurrent_duplicate_notifies_apply_once(odoo_server, sim, shop):
    tx_id, reference = _new_paid_tx(shop, sim, 58.8, duplicate=4, duplicate_delay=0)

    def delivered():
        (notify,) = sim.notifies(out_trade_no=reference)
        return notify if notify["attempts"] >= 5 and notify["delivered"] else None

    notify = _wait(delivered, message="all copies answered")
    assert all(a["status"] == 200 for a in notify["attempt_log"]), notify["attempt_log"]
    tx = _tx(shop, tx_id)
    assert tx["state"] == "done"
    assert tx["provider_reference"] == sim.transaction(reference)["transaction_id"]
    # one state change, so one post-processing job
    jobs = shop["call"](
        "queue.job",
        "search_read",
        [["func_string", "like", f"payment.transaction({tx_id},)._wechatpay_post_process"]],
        ["state"],
    )
    assert len(jobs) == 1, jobs
    # the job runs after commit (queue_job's runner) and post-processes the payment
    _wait(lambda: _tx(shop, tx_id)["is_post_processed"], message="post-processed")


def test_shopper_journey_login_pay_refund(odoo_server, sim, shop):
    """Prepay -> the shopper pays -> notify -> done -> partial and full refund.

    Every step crosses real HTTP: the suite's server calls the simulator through
    wechatpayv3, and the simulator's signed notifies come back. The login is
    server-side code (the storefront's ``/auth/login``, tested over HTTP in
    test_mall_api_http.py): JSON-RPC refuses the connector's methods, even to
    the administrator.
    """
    call = shop["call"]
    # the admin's current company: the one the mini-program calls run for
    (admin,) = call("res.users", "search_read", [["login", "=", "admin"]], ["company_id"])
    company_id = admin["company_id"][0]
    call(
        "res.company",
        "write",
        [company_id],
        {
            "wechat_mp_appid": APPID,
            "wechat_mp_secret": "secret",
            "wechat_mp_api_base_url": sim.base_url,
        },
    )
    code = sim.add_code(APPID, "o-journey-shopper", unionid="u-journey-shopper")
    for method in ("code2session", "_code2session"):
        refused = odoo_server.call(shop["admin"], "wechat.miniprogram", method, code)
        assert refused["error"]["data"]["name"] in (
            "odoo.exceptions.AccessError",
            "builtins.AttributeError",
        ), refused
    assert sim.request_count("/sns/jscode2session") == 0
    session = {"openid": "o-journey-shopper"}

    reference = "JRN" + uuid.uuid4().hex[:12].upper()
    tx_id = call(
        "payment.transaction",
        "create",
        {
            "provider_id": shop["provider_id"],
            "payment_method_id": shop["method_id"],
            "currency_id": shop["currency_id"],
            "partner_id": shop["partner_id"],
            "amount": 19.99,
            "reference": reference,
            "operation": "online_direct",
        },
    )
    params = call("payment.transaction", "wechatpay_request_payment", [tx_id], session["openid"])
    assert set(params) >= {"timeStamp", "nonceStr", "package", "signType", "paySign"}
    assert sim.transaction(reference)["amount"]["total"] == 1999
    sim.pay(reference, mchid=MCHID)
    _wait(lambda: _tx(shop, tx_id)["state"] == "done", message="paid")

    for kwargs in ({"amount_to_refund": 5.0}, {}):
        # action_refund returns nothing: JSON-RPC then has no "result" key
        answer = odoo_server.call(
            shop["admin"], "payment.transaction", "action_refund", [tx_id], **kwargs
        )
        assert "error" not in answer, answer
    refunds = call(
        "payment.transaction",
        "search_read",
        [["source_transaction_id", "=", tx_id], ["operation", "=", "refund"]],
        ["amount", "state"],
    )
    assert sorted(-r["amount"] for r in refunds) == [5.0, 14.99]

    def refunded():
        states = call("payment.transaction", "read", [r["id"] for r in refunds], ["state"])
        return all(s["state"] == "done" for s in states)

    _wait(refunded, message="refund notifies applied")
    sent = sim.control("GET", "refunds", params={"out_trade_no": reference})["refunds"]
    assert sum(r["amount"]["refund"] for r in sent) == 1999
