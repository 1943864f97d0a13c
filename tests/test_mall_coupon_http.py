"""Coupon claims against a real Odoo server: parallel members racing for the
last coupon, and one member tapping 领取 many times at once.

The server is a real threaded Odoo (fixture ``odoo_server``): every request
runs in its own PostgreSQL transaction, so the coupon's row lock and its
guarded count are really raced.
"""

import datetime
import threading

import pytest
import requests

from .storefront import configure_store, login

try:
    from tests.wechat_simulator.client import Simulator
except ImportError:  # run from inside tests/
    from wechat_simulator.client import Simulator

MCHID = "1900000777"


@pytest.fixture(scope="module")
def sim():
    simulator = Simulator.start(time_scale=0.001)
    yield simulator
    simulator.stop()


@pytest.fixture(scope="module")
def store(odoo_server, sim):
    return configure_store(odoo_server, sim, MCHID, requires=("mall_coupon", "model_mall_coupon"))


def _coupon(store, **values):
    date_to = (datetime.date.today() + datetime.timedelta(days=30)).isoformat()
    return store["call"](
        "mall.coupon",
        "create",
        {
            "name": "并发测试券",
            "kind": "no_threshold",
            "amount": 5,
            "date_to": date_to,
            "company_id": store["company_id"],
            **values,
        },
    )


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


def _claim(store, coupon_id, auth):
    return lambda: requests.post(
        f"{store['url']}/coupons/{coupon_id}/claim", headers=auth, timeout=120
    )


def _issued(store, coupon_id):
    coupon = store["call"]("mall.coupon", "read", [coupon_id], ["issued_count"])[0]
    cards = store["call"](
        "loyalty.card", "search_read", [["mall_coupon_id", "=", coupon_id]], ["partner_id"]
    )
    return coupon["issued_count"], cards


def test_the_last_coupon_goes_to_one_member(store, sim):
    coupon_id = _coupon(store, total_qty=1, member_limit=1)
    shoppers = [login(store, sim)[1] for _i in range(6)]
    results = _all_at_once([_claim(store, coupon_id, auth) for auth in shoppers])
    statuses = sorted(status for status, _body in results)
    assert statuses == [201] + [409] * 5, results
    assert all(body["error"]["code"] == "coupon_sold_out" for s, body in results if s == 409)
    issued, cards = _issued(store, coupon_id)
    assert issued == 1
    assert len(cards) == 1
    (winner,) = [body for status, body in results if status == 201]
    # the winner's coupon is in their list, nobody else's (a new-member gift
    # coupon, when a campaign gives one, is another coupon)
    mine = [
        [
            item
            for item in requests.get(f"{store['url']}/me/coupons", headers=auth, timeout=30).json()[
                "items"
            ]
            if item["coupon_id"] == coupon_id
        ]
        for auth in shoppers
    ]
    assert sorted(len(items) for items in mine) == [0] * 5 + [1]
    assert [item["code"] for items in mine for item in items] == [winner["code"]]
    # the center says it is gone
    center = requests.get(f"{store['url']}/coupons", headers=shoppers[0], timeout=30).json()
    (item,) = [c for c in center["items"] if c["id"] == coupon_id]
    assert (item["remaining"], item["can_claim"], item["reason"]) == (0, False, "sold_out")


def test_one_member_tapping_at_once_gets_the_limit(store, sim):
    coupon_id = _coupon(store, total_qty=10, member_limit=2)
    auth = login(store, sim)[1]
    results = _all_at_once([_claim(store, coupon_id, auth) for _i in range(6)])
    statuses = sorted(status for status, _body in results)
    assert statuses == [201] * 2 + [409] * 4, results
    assert all(body["error"]["code"] == "coupon_limit_reached" for s, body in results if s == 409)
    issued, cards = _issued(store, coupon_id)
    assert issued == 2
    assert len(cards) == 2
