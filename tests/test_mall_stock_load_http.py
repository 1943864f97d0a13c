"""Stock and money under load, against real Odoo servers.

- A burst of buyers larger than the server's connection pool: a threaded Odoo
  with ``db_maxconn`` 8 and as many HTTP threads (``ODOO_MAX_HTTP_THREADS``,
  one pool connection per request), 40 buyers of one SKU at once. Every
  answer is 201, 409 ``out_of_stock`` or 503 ``busy`` with ``Retry-After``;
  never a 5xx otherwise, never oversold. The stock holds' own cursors come
  from a pool of their own (``mall_api/models/mall_stock_hold.py``): before,
  they came out of the request pool and a third of the buyers got 500.
- Payments landing together: every paid order is confirmed by its
  post-processing job within seconds, and no job fails (sequence collisions
  of the first payment entry of a journal are retried).
"""

import secrets
import threading
import time
import uuid

import pytest
import requests

from .conftest import start_odoo
from .storefront import (
    add_address,
    configure_store,
    limited_variant,
    login,
    parallel_orders,
    wait,
)

try:
    from tests.wechat_simulator.client import Simulator
except ImportError:  # run from inside tests/
    from wechat_simulator.client import Simulator

MCHID = "1900000999"
POOL = 8


@pytest.fixture(scope="module")
def sim():
    simulator = Simulator.start(time_scale=0.001)
    yield simulator
    simulator.stop()


@pytest.fixture(scope="module")
def small_pool_server():
    """A threaded server whose pool has 8 connections and 8 HTTP threads; no
    job runner (the session server's runs the jobs when it is up)."""
    server, stop = start_odoo(
        "http-tests-small-pool-server",
        extra_args=["--db_maxconn", str(POOL), "--load", "base,web"],
        extra_env={"ODOO_MAX_HTTP_THREADS": str(POOL)},
    )
    yield server
    stop()


def test_burst_of_buyers_larger_than_the_pool(small_pool_server, sim):
    """5 left, 40 buyers at once on a pool of 8: no 5xx but 503 busy, 0 oversold."""
    store = configure_store(small_pool_server, sim, MCHID)
    stock, buyers = 5, 40
    variant_id = limited_variant(store, stock)
    shoppers, member_ids = [], []
    for _i in range(buyers):
        body, auth = login(store, sim)
        shoppers.append((auth, add_address(store, auth)))
        member_ids.append(body["member"]["id"])
    results = parallel_orders(store["url"], shoppers, variant_id, timeout=180)
    statuses = [status for status, _body, _headers in results]
    assert set(statuses) <= {201, 409, 503}, [(s, b) for s, b, _h in results if s >= 500]
    for status, body, headers in results:
        if status == 409:
            assert body["error"]["code"] == "out_of_stock", body
        if status == 503:
            assert body["error"]["code"] == "busy", body
            assert int(headers["Retry-After"]) >= 1
    placed = [body["id"] for status, body, _headers in results if status == 201]
    assert len(placed) <= stock
    if 503 not in statuses:
        assert len(placed) == stock
    holds = store["call"](
        "mall.stock.hold",
        "search_read",
        [
            ["product_id", "=", variant_id],
            ["state", "=", "active"],
            ["member_id", "in", member_ids],
        ],
        ["qty"],
    )
    assert sum(h["qty"] for h in holds) == len(placed) <= stock  # never oversold
    if len(placed) == stock:  # nothing more is free
        auth, address_id = shoppers[0]
        response = requests.post(
            f"{store['url']}/orders",
            json={"address_id": address_id, "lines": [{"product_id": variant_id, "qty": 1}]},
            headers={**auth, "Idempotency-Key": str(uuid.uuid4())},
            timeout=60,
        )
        assert response.status_code == 409, response.text
    with open(small_pool_server.log_path) as log:
        assert "Connection Pool Is Full" not in log.read()


def test_payments_landing_together_confirm_every_order(odoo_server, sim):
    """8 orders paid at once, the first payments of a new journal: every order
    is confirmed within seconds and no post-processing job failed."""
    store = configure_store(odoo_server, sim, MCHID)
    call = store["call"]
    (provider_id,) = call(
        "payment.provider",
        "search",
        [["code", "=", "wechatpay"], ["company_id", "=", store["company_id"]]],
        limit=1,
    )
    journal_id = call(
        "account.journal",
        "create",
        {
            "name": f"微信支付 {secrets.token_hex(3)}",
            "type": "bank",
            "code": "W" + secrets.token_hex(2).upper(),
            "company_id": store["company_id"],
        },
    )
    call("payment.provider", "write", [provider_id], {"journal_id": journal_id})
    # a variant of its own with the stock the 8 orders need (the catalogue's
    # first product may be another test's flash-sale rice, its stock allotted)
    variant = {"id": limited_variant(store, 8)}
    orders = []
    for _i in range(8):
        _body, auth = login(store, sim)
        address_id = add_address(store, auth)
        response = requests.post(
            f"{store['url']}/orders",
            json={"address_id": address_id, "lines": [{"product_id": variant["id"], "qty": 1}]},
            headers={**auth, "Idempotency-Key": str(uuid.uuid4())},
            timeout=60,
        )
        assert response.status_code == 201, response.text
        order_id = response.json()["id"]
        response = requests.post(f"{store['url']}/orders/{order_id}/pay", headers=auth, timeout=60)
        assert response.status_code == 200, response.text
        tx_ids = call("sale.order", "read", [order_id], ["transaction_ids"])[0]["transaction_ids"]
        orders.append((order_id, call("payment.transaction", "read", tx_ids, ["reference"])))
    references = [txs[0]["reference"] for _order_id, txs in orders]
    barrier = threading.Barrier(len(references))

    def pay(reference):
        barrier.wait()
        sim.pay(reference, mchid=MCHID)

    threads = [threading.Thread(target=pay, args=(ref,)) for ref in references]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    paid_at = time.monotonic()
    order_ids = [order_id for order_id, _txs in orders]

    def confirmed():
        states = call("sale.order", "read", order_ids, ["state"])
        return all(o["state"] == "sale" for o in states)

    wait(confirmed, timeout=30, message="every paid order confirmed")
    assert time.monotonic() - paid_at < 30
    tx_ids = {txs[0]["id"] for _order_id, txs in orders}
    jobs = call(
        "queue.job",
        "search_read",
        [["method_name", "=", "_wechatpay_post_process"]],
        ["func_string", "state", "retry", "exc_info"],
    )
    ours = [
        job
        for job in jobs
        if any(f"payment.transaction({tx_id},)" in job["func_string"] for tx_id in tx_ids)
    ]
    assert ours and all(job["state"] == "done" for job in ours), [
        (job["state"], job["retry"], job["exc_info"]) for job in ours if job["state"] != "done"
    ]
    payments = call(
        "account.payment",
        "search_count",
        [["journal_id", "=", journal_id], ["state", "!=", "draft"]],
    )
    assert payments == len(order_ids)
