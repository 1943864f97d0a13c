"""A shopper against a real Odoo server: end to end, and parallel buyers.

The server is a real threaded Odoo (fixture ``odoo_server``): every request
gets its own PostgreSQL transaction, so the stock holds of ``mall_api`` are
really raced. The WeChat simulator plays the mini-program login and WeChat Pay.
"""

import threading
import uuid

import pytest
import requests

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

MCHID = "1900000888"


@pytest.fixture(scope="module")
def sim():
    simulator = Simulator.start(time_scale=0.001)
    yield simulator
    simulator.stop()


@pytest.fixture(scope="module")
def store(odoo_server, sim):
    """The storefront's company and WeChat Pay pointed at one simulated app."""
    return configure_store(odoo_server, sim, MCHID)


def test_shopper_end_to_end(store, sim):
    """Login with a scene, browse, cart, order, pay on WeChat Pay, see it paid."""
    url = store["url"]
    body, auth = login(store, sim, scene="store_qr:SH001")
    assert body["member"]["register_channel"] == "store_qr"

    categories = requests.get(f"{url}/categories", timeout=30).json()["items"]
    products = requests.get(
        f"{url}/products", params={"category_id": categories[0]["id"]}, timeout=30
    ).json()["items"]
    detail = requests.get(f"{url}/products/{products[0]['id']}", timeout=30).json()
    variant = detail["variants"][0]

    response = requests.post(
        f"{url}/cart/lines", json={"product_id": variant["id"], "qty": 2}, headers=auth, timeout=30
    )
    assert response.status_code == 201, response.text
    cart = requests.get(f"{url}/cart", headers=auth, timeout=30).json()
    assert [(line["product_id"], line["qty"]) for line in cart["lines"]] == [(variant["id"], 2)]

    address_id = add_address(store, auth)
    key = str(uuid.uuid4())
    response = requests.post(
        f"{url}/orders",
        json={"address_id": address_id, "note": "放门口"},
        headers={**auth, "Idempotency-Key": key},
        timeout=60,
    )
    assert response.status_code == 201, response.text
    order = response.json()
    assert order["state"] == "pending_payment"
    assert order["amount_goods"] == pytest.approx(variant["price"] * 2)
    assert order["amount_total"] == pytest.approx(
        order["amount_goods"] + order["amount_shipping"] + order["amount_discount"]
    )
    assert requests.get(f"{url}/cart", headers=auth, timeout=30).json()["lines"] == []
    # the same key again: the same order, nothing new
    again = requests.post(
        f"{url}/orders",
        json={"address_id": address_id},
        headers={**auth, "Idempotency-Key": key},
        timeout=60,
    )
    assert again.status_code == 200 and again.json()["id"] == order["id"], again.text

    response = requests.post(f"{url}/orders/{order['id']}/pay", headers=auth, timeout=60)
    assert response.status_code == 200, response.text
    params = response.json()
    assert set(params) == {"timeStamp", "nonceStr", "package", "signType", "paySign"}
    assert params["package"].startswith("prepay_id=")
    # paying twice is the same payment (same out_trade_no)
    second = requests.post(f"{url}/orders/{order['id']}/pay", headers=auth, timeout=60).json()
    assert second["package"] == params["package"]

    call = store["call"]
    tx_ids = call("sale.order", "read", [order["id"]], ["transaction_ids"])[0]["transaction_ids"]
    assert len(tx_ids) == 1
    reference = call("payment.transaction", "read", tx_ids, ["reference"])[0]["reference"]
    sim.pay(reference, mchid=MCHID)

    def paid():
        body = requests.get(f"{url}/orders/{order['id']}", headers=auth, timeout=30).json()
        return body if body["state"] == "paid" else None

    body = wait(paid, message="order paid")
    assert body["expires_at"] is None
    listed = requests.get(f"{url}/orders", params={"state": "paid"}, headers=auth, timeout=30)
    assert [o["id"] for o in listed.json()["items"]] == [order["id"]]
    # the payment confirms the Odoo order (post-processing job)
    wait(
        lambda: call("sale.order", "read", [order["id"]], ["state"])[0]["state"] == "sale",
        message="sale order confirmed",
    )
    # a paid order cannot be cancelled by the shopper
    response = requests.post(f"{url}/orders/{order['id']}/cancel", headers=auth, timeout=30)
    assert response.status_code == 409, response.text
    assert response.json()["error"]["code"] == "invalid_state"


def test_cancel_closes_the_payment(store, sim):
    url = store["url"]
    auth, order = _unpaid_order(store, sim)
    assert requests.post(f"{url}/orders/{order['id']}/pay", headers=auth, timeout=60).ok
    response = requests.post(f"{url}/orders/{order['id']}/cancel", headers=auth, timeout=60)
    assert response.status_code == 200, response.text
    assert response.json()["state"] == "cancelled"
    tx_ids = store["call"]("sale.order", "read", [order["id"]], ["transaction_ids"])[0][
        "transaction_ids"
    ]
    tx = store["call"]("payment.transaction", "read", tx_ids, ["reference", "state"])[0]
    assert tx["state"] == "cancel"
    assert sim.transaction(tx["reference"])["trade_state"] == "CLOSED"


def test_parallel_buyers_never_oversell(store, sim):
    """5 left, 20 buyers at once: exactly 5 orders, 15 answers 409 out_of_stock."""
    stock, buyers = 5, 20
    variant_id = limited_variant(store, stock)
    shoppers = []
    for _i in range(buyers):
        _body, auth = login(store, sim)
        shoppers.append((auth, add_address(store, auth)))
    results = [
        (status, body)
        for status, body, _headers in parallel_orders(store["url"], shoppers, variant_id)
    ]
    statuses = sorted(status for status, _body in results)
    assert statuses.count(201) == stock, results
    assert statuses.count(409) == buyers - stock, results
    assert all(body["error"]["code"] == "out_of_stock" for status, body in results if status == 409)
    order_ids = [body["id"] for status, body in results if status == 201]
    holds = store["call"](
        "mall.stock.hold",
        "search_read",
        [["product_id", "=", variant_id], ["state", "=", "active"]],
        ["qty", "member_id"],
    )
    buyers_held = {h["member_id"][0] for h in holds}
    orders = store["call"]("sale.order", "read", order_ids, ["partner_id"])
    assert {o["partner_id"][0] for o in orders} <= buyers_held
    # nothing more is free: one more buyer is refused
    auth, address_id = shoppers[0]
    response = requests.post(
        f"{store['url']}/orders",
        json={"address_id": address_id, "lines": [{"product_id": variant_id, "qty": 1}]},
        headers={**auth, "Idempotency-Key": str(uuid.uuid4())},
        timeout=60,
    )
    assert response.status_code == 409, response.text


def test_parallel_requests_with_one_idempotency_key_place_one_order(store, sim):
    _body, auth = login(store, sim)
    address_id = add_address(store, auth)
    products = requests.get(f"{store['url']}/products", timeout=30).json()["items"]
    variant = requests.get(f"{store['url']}/products/{products[0]['id']}", timeout=30).json()[
        "variants"
    ][0]
    key = str(uuid.uuid4())
    barrier = threading.Barrier(6)
    results = []

    def send():
        barrier.wait()
        response = requests.post(
            f"{store['url']}/orders",
            json={"address_id": address_id, "lines": [{"product_id": variant["id"], "qty": 1}]},
            headers={**auth, "Idempotency-Key": key},
            timeout=120,
        )
        results.append((response.status_code, response.json()))

    threads = [threading.Thread(target=send) for _i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(status for status, _body in results) == [200] * 5 + [201], results
    assert len({body["id"] for _status, body in results}) == 1
    orders = requests.get(f"{store['url']}/orders", headers=auth, timeout=30).json()
    assert orders["total"] == 1


def _unpaid_order(store, sim):
    url = store["url"]
    _body, auth = login(store, sim)
    address_id = add_address(store, auth)
    products = requests.get(f"{url}/products", timeout=30).json()["items"]
    variant = requests.get(f"{url}/products/{products[1]['id']}", timeout=30).json()["variants"][0]
    response = requests.post(
        f"{url}/orders",
        json={"address_id": address_id, "lines": [{"product_id": variant["id"], "qty": 1}]},
        headers={**auth, "Idempotency-Key": str(uuid.uuid4())},
        timeout=60,
    )
    assert response.status_code == 201, response.text
    return auth, response.json()


def _all_at_once(count, send):
    barrier = threading.Barrier(count)
    results = []

    def run():
        barrier.wait()
        response = send()
        results.append((response.status_code, response.json()))

    threads = [threading.Thread(target=run) for _i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    return results


def test_parallel_pay_is_one_prepay(store, sim):
    """Six taps on 支付 at once: one Odoo transaction and one WeChat Pay order
    (one out_trade_no), every answer the same prepay_id, no 5xx (the order's
    lock is touched, so a tap that waited is re-run and sees the first one's
    transaction instead of creating a second payment)."""
    url = store["url"]
    auth, order = _unpaid_order(store, sim)
    results = _all_at_once(
        6, lambda: requests.post(f"{url}/orders/{order['id']}/pay", headers=auth, timeout=120)
    )
    assert [status for status, _body in results] == [200] * 6, results
    assert len({body["package"] for _status, body in results}) == 1, results
    tx_ids = store["call"]("sale.order", "read", [order["id"]], ["transaction_ids"])[0][
        "transaction_ids"
    ]
    assert len(tx_ids) == 1
    # every tap prepaid the same out_trade_no (a repeated prepay is keyed by
    # it): one WeChat Pay order, whose prepay_id every answer carries
    (tx,) = store["call"]("payment.transaction", "read", tx_ids, ["reference"])
    assert sim.transaction(tx["reference"])["trade_state"] == "NOTPAY"


def test_parallel_cancel_is_one_cancellation(store, sim):
    """Five cancels at once of a prepaid order: one closes the payment and
    cancels, the others answer 409 invalid_state (it is cancelled), no 5xx,
    one close at WeChat Pay, one message in the chatter."""
    url = store["url"]
    auth, order = _unpaid_order(store, sim)
    assert requests.post(f"{url}/orders/{order['id']}/pay", headers=auth, timeout=60).ok
    tx_ids = store["call"]("sale.order", "read", [order["id"]], ["transaction_ids"])[0][
        "transaction_ids"
    ]
    (tx,) = store["call"]("payment.transaction", "read", tx_ids, ["reference"])
    close_path = f"/v3/pay/transactions/out-trade-no/{tx['reference']}/close"
    results = _all_at_once(
        5, lambda: requests.post(f"{url}/orders/{order['id']}/cancel", headers=auth, timeout=120)
    )
    statuses = sorted(status for status, _body in results)
    assert statuses == [200] + [409] * 4, results
    assert all(body["error"]["code"] == "invalid_state" for s, body in results if s == 409)
    assert (
        requests.get(f"{url}/orders/{order['id']}", headers=auth, timeout=30).json()["state"]
        == "cancelled"
    )
    assert sim.transaction(tx["reference"])["trade_state"] == "CLOSED"
    assert sim.request_count(close_path) == 1
