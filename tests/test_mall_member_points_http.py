"""Points against a real Odoo server: one member placing orders with
``use_points`` at the same moment cannot spend the same points twice.

The server is a real threaded Odoo (fixture ``odoo_server``): every request
runs in its own PostgreSQL transaction, so the guarded balance statement is
really raced (the loser fails to serialize and Odoo re-runs it on a fresh
snapshot).
"""

import secrets
import threading
import uuid

import pytest
import requests

from .storefront import add_address, configure_store, login

try:
    from tests.wechat_simulator.client import Simulator
except ImportError:  # run from inside tests/
    from wechat_simulator.client import Simulator

MCHID = "1900000777"
# a 1x1 PNG
PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgAAACAAEA4iG8MwAAAABJRU5ErkJggg=="


@pytest.fixture(scope="module")
def sim():
    simulator = Simulator.start(time_scale=0.001)
    yield simulator
    simulator.stop()


@pytest.fixture(scope="module")
def store(odoo_server, sim):
    store = configure_store(
        odoo_server, sim, MCHID, requires=("mall_member", "model_mall_points_line")
    )
    store["call"](
        "res.company",
        "write",
        [store["company_id"]],
        {"mall_points_value": 1.0, "mall_points_max_percent": 50.0},
    )
    return store


def _variant(store, price):
    """A new published dropshipped product without taxes at ``price``."""
    call = store["call"]
    tag = secrets.token_hex(3)
    supplier_id = call(
        "res.partner", "create", {"name": f"积分测试供应商 {tag}", "mall_is_supplier": True}
    )
    template_id = call(
        "product.template",
        "create",
        {
            "name": f"积分测试大米 {tag}",
            "list_price": price,
            "is_storable": True,
            "sale_ok": True,
            "mall_ok": True,
            "mall_fulfillment": "dropship",
            "image_1920": PNG,
            "taxes_id": [[5, 0, 0]],
            "seller_ids": [[0, 0, {"partner_id": supplier_id, "price": price / 2}]],
        },
    )
    call("product.template", "write", [template_id], {"mall_published": True})
    return call("product.template", "read", [template_id], ["product_variant_ids"])[0][
        "product_variant_ids"
    ][0]


def test_parallel_orders_never_spend_the_same_points_twice(store, sim):
    call = store["call"]
    body, auth = login(store, sim)
    member_id = body["member"]["id"]
    address_id = add_address(store, auth)
    wizard_id = call(
        "mall.points.adjust",
        "create",
        {"partner_id": member_id, "points": 60, "reason": "并发测试"},
    )
    call("mall.points.adjust", "action_confirm", [wizard_id])
    variant = _variant(store, 100.0)
    url = store["url"]
    quote = requests.post(
        f"{url}/orders/quote",
        json={"address_id": address_id, "lines": [{"product_id": variant, "qty": 1}]},
        headers=auth,
        timeout=60,
    ).json()
    assert (quote["points"]["balance"], quote["points"]["usable"]) == (60, 50)

    count = 4
    barrier = threading.Barrier(count)
    results = [None] * count

    def buy(index):
        session = requests.Session()
        session.trust_env = False
        barrier.wait()
        response = session.post(
            f"{url}/orders",
            json={
                "address_id": address_id,
                "lines": [{"product_id": variant, "qty": 1}],
                "use_points": True,
            },
            headers={**auth, "Idempotency-Key": str(uuid.uuid4())},
            timeout=120,
        )
        results[index] = (response.status_code, response.json())

    threads = [threading.Thread(target=buy, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(180)
    assert [status for status, _body in results] == [201] * count, results
    used = sorted(order["points_used"] for _status, order in results)
    # the first order placed takes 50 (half of 100), the next what is left
    assert used == [0, 0, 10, 50], results
    for _status, order in results:
        assert order["amount_total"] == 100.0 - order["points_used"]

    mine = requests.get(f"{url}/me/points", headers=auth, timeout=30).json()
    assert mine["balance"] == 0
    spends = [line for line in mine["items"] if line["kind"] == "spend"]
    assert sorted(line["points"] for line in spends) == [-50, -10]
    assert {line["order_id"] for line in spends} == {
        order["id"] for _status, order in results if order["points_used"]
    }
    (account,) = call(
        "mall.points.account", "search_read", [["partner_id", "=", member_id]], ["balance"]
    )
    assert account["balance"] == 0
    lines = call(
        "mall.points.line",
        "search_read",
        [["partner_id", "=", member_id], ["state", "=", "posted"]],
        ["points"],
    )
    assert sum(line["points"] for line in lines) == account["balance"]
