"""Reviews against a real Odoo server: a shopper tapping 发布评价 (and 追评)
many times at once gets one review of the line (and one follow-up).

The server is a real threaded Odoo (fixture ``odoo_server``): every request
runs in its own PostgreSQL transaction, so the order line's row lock (and the
review's, for the follow-up) and the unique indexes are really raced.
"""

import threading
import uuid

import pytest
import requests

from .storefront import add_address, configure_store, limited_variant, login, ship_order

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
    store = configure_store(odoo_server, sim, MCHID, requires=("mall_review", "model_mall_review"))
    admin = odoo_server.session()

    def call(model, method, *args, **kwargs):
        """Admin JSON-RPC that fails on an error (the store's own call returns None)."""
        body = odoo_server.call(admin, model, method, *args, **kwargs)
        assert not body.get("error"), body["error"]
        return body.get("result")

    store["checked_call"] = call
    call("ir.config_parameter", "set_param", "mall_review.post_rate_limit", "0")
    return store


def _all_at_once(sends):
    barrier = threading.Barrier(len(sends))
    results = []

    def run(send):
        barrier.wait()
        response = send()
        results.append((response.status_code, response.json()))

    threads = [threading.Thread(target=run, args=(send,)) for send in sends]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    return results


def _received_line(store, sim):
    """A shopper's order placed through the API, paid (confirmed as the
    payment confirms it), shipped from the warehouse, received through the
    API: ``(auth headers, order line id)``."""
    call, url = store["checked_call"], store["url"]
    _member, auth = login(store, sim)
    address_id = add_address(store, auth)
    variant_id = limited_variant(store, 5)
    response = requests.post(
        f"{url}/orders",
        json={"address_id": address_id, "lines": [{"product_id": variant_id, "qty": 1}]},
        headers={**auth, "Idempotency-Key": uuid.uuid4().hex},
        timeout=60,
    )
    assert response.status_code == 201, response.text
    order_id = response.json()["id"]
    call("sale.order", "action_confirm", [order_id])
    ship_order(store, order_id)
    response = requests.post(f"{url}/orders/{order_id}/receive", headers=auth, timeout=60)
    assert response.status_code == 200, response.text
    (line,) = response.json()["lines"]
    assert line["review_status"] == "to_review"
    return auth, line["id"]


def test_parallel_posts_make_one_review_and_one_follow_up(store, sim):
    auth, line_id = _received_line(store, sim)
    url = store["url"]

    def post(rating):
        return lambda: requests.post(
            f"{url}/reviews",
            json={"order_line_id": line_id, "rating": rating, "text": f"{rating} 星"},
            headers=auth,
            timeout=120,
        )

    results = _all_at_once([post(rating) for rating in (5, 4, 3, 5, 4, 3)])
    statuses = sorted(status for status, _body in results)
    assert statuses == [201] + [409] * 5, results
    assert all(body["error"]["code"] == "already_reviewed" for s, body in results if s == 409)
    reviews = store["call"](
        "mall.review", "search_read", [["order_line_id", "=", line_id]], ["parent_id", "rating"]
    )
    assert len(reviews) == 1
    (created,) = [body for status, body in results if status == 201]
    assert reviews[0]["rating"] == created["rating"]

    def follow_up(text):
        return lambda: requests.post(
            f"{url}/reviews/{created['id']}/follow-up",
            json={"text": text},
            headers=auth,
            timeout=120,
        )

    results = _all_at_once([follow_up(f"追评 {i}") for i in range(4)])
    statuses = sorted(status for status, _body in results)
    assert statuses == [201] + [409] * 3, results
    assert all(body["error"]["code"] == "follow_up_exists" for s, body in results if s == 409)
    assert store["call"]("mall.review", "search_count", [["parent_id", "=", created["id"]]]) == 1
    mine = requests.get(f"{url}/me/reviews", headers=auth, timeout=30).json()["items"]
    assert [(item["id"], item["can_follow_up"]) for item in mine] == [(created["id"], False)]
