"""The points mall and real names against a real Odoo server with the WeChat
simulator: a shopper verifies a real name through the simulated name + ID
number service (over HTTP, the ID number never echoed), exchanges a product
for coins + points the operator gave (wizards over JSON-RPC), parallel
exchanges of one member never overdraw either balance, and an exchange is
shipped from the normal to-ship workbench.

The server is a real threaded Odoo (fixture ``odoo_server``), started by
scripts/test with an identity key (``MALL_IDENTITY_KEY``)."""

import ast
import secrets
import threading
import uuid

import pytest
import requests

from .storefront import add_address, configure_store, login, random_id_number, stock_up

try:
    from tests.wechat_simulator.client import Simulator
except ImportError:  # run from inside tests/
    from wechat_simulator.client import Simulator

MCHID = "1900000999"
PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgAAACAAEA4iG8MwAAAABJRU5ErkJggg=="


@pytest.fixture(scope="module")
def sim():
    simulator = Simulator.start()
    yield simulator
    simulator.stop()


@pytest.fixture(scope="module")
def store(odoo_server, sim):
    store = configure_store(
        odoo_server, sim, MCHID, requires=("mall_points_mall", "model_sale_order")
    )
    store["call"](
        "res.company",
        "write",
        [store["company_id"]],
        {
            "mall_identity_provider": "idv_http",
            "mall_identity_api_url": sim.base_url,
            "mall_identity_api_appcode": "http-test",
        },
    )
    store["call"]("ir.config_parameter", "set_param", "mall_identity.verify_rate_limit", "0")
    # tracking numbers are not queried at Kuaidi100 (no network in tests)
    store["call"]("ir.config_parameter", "set_param", "mall_fulfillment.kuaidi100_live", "0")
    return store


def _product(store, coins, points, stock):
    call = store["call"]
    supplier_id = call(
        "res.partner",
        "create",
        {"name": f"积分测试酒具厂 {secrets.token_hex(3)}", "mall_is_supplier": True},
    )
    template_id = call(
        "product.template",
        "create",
        {
            "name": f"积分测试定制酒杯 {secrets.token_hex(3)}",
            "seller_ids": [[0, 0, {"partner_id": supplier_id, "price": 12.0}]],
            "list_price": 0,
            "is_storable": True,
            "sale_ok": True,
            "mall_ok": True,
            "mall_fulfillment": "warehouse",
            "image_1920": PNG,
            "taxes_id": [[5, 0, 0]],
            "mall_points_mall": True,
            "mall_pm_coins": coins,
            "mall_pm_points": points,
        },
    )
    call("product.template", "write", [template_id], {"mall_published": True})
    variant_id = call("product.template", "read", [template_id], ["product_variant_ids"])[0][
        "product_variant_ids"
    ][0]
    stock_up(store, variant_id, stock)
    return template_id, variant_id


def _give(store, member_id, coins, points):
    """The operator's wizards: coins and points with a reason."""
    call = store["call"]
    wizard = call(
        "mall.coin.adjust",
        "create",
        {"partner_id": member_id, "coins": coins, "reason": "积分商城测试赠送"},
    )
    call("mall.coin.adjust", "action_confirm", [wizard])
    wizard = call(
        "mall.points.adjust",
        "create",
        {"partner_id": member_id, "points": points, "reason": "积分商城测试赠送"},
    )
    call("mall.points.adjust", "action_confirm", [wizard])


def _balances(store, auth):
    coins = requests.get(f"{store['url']}/me/coins", headers=auth, timeout=120).json()["balance"]
    points = requests.get(f"{store['url']}/me/points", headers=auth, timeout=120).json()["balance"]
    return coins, points


def _verified_shopper(store, sim):
    body, auth = login(store, sim)
    number = random_id_number()
    sim.add_identity("王小二", number)
    response = requests.post(
        f"{store['url']}/me/identity",
        json={"name": "王小二", "id_number": number},
        headers=auth,
        timeout=120,
    )
    assert response.status_code == 201, response.text
    return body["member"]["id"], auth, number, response


def _exchange(store, auth, variant_id, address_id, key=None, session=requests):
    return session.post(
        f"{store['url']}/points-mall/orders",
        json={"product_id": variant_id, "qty": 1, "address_id": address_id},
        headers={**auth, "Idempotency-Key": key or uuid.uuid4().hex},
        timeout=120,
    )


def test_identity_then_exchange(store, sim):
    body, auth = login(store, sim)
    address_id = add_address(store, auth)
    _template_id, variant_id = _product(store, coins=2, points=30, stock=10)
    member_id = body["member"]["id"]
    _give(store, member_id, coins=3, points=100)

    # no real name yet: 403, nothing spent
    response = _exchange(store, auth, variant_id, address_id)
    assert response.status_code == 403, response.text
    assert response.json()["error"]["code"] == "real_name_required"
    assert _balances(store, auth) == (3, 100)

    # the simulated service says the name does not match, then it is down
    number = random_id_number()
    sim.add_identity("王小二", number)
    url = f"{store['url']}/me/identity"
    response = requests.post(
        url, json={"name": "王小三", "id_number": number}, headers=auth, timeout=120
    )
    assert (response.status_code, response.json()["error"]["code"]) == (422, "identity_mismatch")
    sim.fault("/idv/", "http_500", count=1)
    response = requests.post(
        url, json={"name": "王小二", "id_number": number}, headers=auth, timeout=120
    )
    assert (response.status_code, response.json()["error"]["code"]) == (
        503,
        "identity_unavailable",
    )
    assert "请稍后重试" in response.json()["error"]["message"]
    assert requests.get(url, headers=auth, timeout=120).json()["state"] == "unverified"
    # verified through the service, over HTTP
    response = requests.post(
        url, json={"name": "王小二", "id_number": number}, headers=auth, timeout=120
    )
    assert response.status_code == 201, response.text
    assert response.json()["id_number"] == number[:4] + "*" * 10 + number[-4:]
    assert number not in response.text
    # the service was asked twice (the fault answered before it): mismatch, match
    assert [c["result"] for c in sim.identity_checks()][-2:] == [2, 1]
    # another WeChat account with the same ID number: 409
    _body2, auth2 = login(store, sim)
    response = requests.post(
        url, json={"name": "王小二", "id_number": number}, headers=auth2, timeout=120
    )
    assert (response.status_code, response.json()["error"]["code"]) == (409, "identity_in_use")

    # the exchange: coins AND points, no cash
    response = _exchange(store, auth, variant_id, address_id)
    assert response.status_code == 201, response.text
    order = response.json()
    assert (order["state"], order["amount_total"], order["coins_used"], order["points_used"]) == (
        "paid",
        0.0,
        2,
        30,
    )
    assert _balances(store, auth) == (1, 70)
    # not enough coins for a second one: 409, nothing spent
    response = _exchange(store, auth, variant_id, address_id)
    assert (response.status_code, response.json()["error"]["code"]) == (409, "insufficient_coins")
    assert _balances(store, auth) == (1, 70)
    # cancelled before shipping: both come back
    response = requests.post(
        f"{store['url']}/points-mall/orders/{order['id']}/cancel", headers=auth, timeout=120
    )
    assert response.status_code == 200, response.text
    assert _balances(store, auth) == (3, 100)

    # the server's log never saw the ID number
    with open(store["server"].log_path, encoding="utf-8", errors="replace") as log:
        assert number not in log.read()


def test_parallel_exchanges_never_overdraw(store, sim):
    member_id, auth, _number, _response = _verified_shopper(store, sim)
    address_id = add_address(store, auth)
    _template_id, variant_id = _product(store, coins=1, points=40, stock=50)
    # enough coins for 5, points for 3: exactly 3 exchanges go through
    _give(store, member_id, coins=5, points=120)
    barrier = threading.Barrier(6)
    results = [None] * 6

    def exchange(index):
        session = requests.Session()
        session.trust_env = False
        barrier.wait()
        response = _exchange(store, auth, variant_id, address_id, session=session)
        try:
            results[index] = (response.status_code, response.json())
        except ValueError:
            results[index] = (response.status_code, response.text[:200])

    threads = [threading.Thread(target=exchange, args=(i,)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    statuses = sorted(status for status, _body in results)
    assert statuses == [201, 201, 201, 409, 409, 409], results
    refused = {body["error"]["code"] for status, body in results if status == 409}
    assert refused == {"insufficient_points"}, results
    assert _balances(store, auth) == (2, 0)
    call = store["call"]
    orders = call(
        "sale.order",
        "search_read",
        [["partner_id", "=", member_id], ["mall_points_mall", "=", True]],
        ["state", "mall_pm_coins", "mall_pm_points"],
    )
    assert len(orders) == 3 and {o["state"] for o in orders} == {"sale"}
    # the ledgers add up to the balances, never below zero on the way
    lines = call(
        "mall.coin.line", "search_read", [["partner_id", "=", member_id]], ["balance_after"]
    )
    assert min(line["balance_after"] for line in lines) >= 0
    points = call(
        "mall.points.line",
        "search_read",
        [["partner_id", "=", member_id], ["state", "=", "posted"]],
        ["points"],
    )
    assert sum(line["points"] for line in points) == 0


def test_exchange_shipped_from_the_workbench(store, sim):
    member_id, auth, _number, _response = _verified_shopper(store, sim)
    address_id = add_address(store, auth)
    _template_id, variant_id = _product(store, coins=1, points=10, stock=5)
    _give(store, member_id, coins=1, points=10)
    response = _exchange(store, auth, variant_id, address_id)
    assert response.status_code == 201, response.text
    order = response.json()
    call = store["call"]
    (delivery,) = call(
        "stock.picking",
        "search_read",
        [["sale_id", "=", order["id"]], ["picking_type_code", "=", "outgoing"]],
        ["id", "state"],
    )
    # the to-ship workbench lists its delivery like any paid order's
    assert delivery["id"] in _to_ship_ids(store)
    (carrier_id,) = call("delivery.carrier", "search", [["mall_kuaidi100_code", "=", "shunfeng"]])
    number = "SF" + secrets.token_hex(5).upper()
    call(
        "stock.picking",
        "write",
        [delivery["id"]],
        {"carrier_id": carrier_id, "carrier_tracking_ref": number},
    )
    call("stock.picking", "action_mall_ship", [delivery["id"]])
    shipped = requests.get(f"{store['url']}/orders/{order['id']}", headers=auth, timeout=120).json()
    assert shipped["state"] == "shipped"
    assert shipped["shipments"][0]["tracking_ref"] == number
    # too late to cancel: 409, coins and points stay spent
    response = requests.post(
        f"{store['url']}/points-mall/orders/{order['id']}/cancel", headers=auth, timeout=120
    )
    assert (response.status_code, response.json()["error"]["code"]) == (409, "already_shipped")
    assert _balances(store, auth) == (0, 0)
    assert delivery["id"] not in _to_ship_ids(store)


def _to_ship_ids(store):
    call = store["call"]
    (action,) = call(
        "ir.actions.act_window", "search_read", [["path", "=", "mall-to-ship"]], ["domain"]
    )
    return set(call("stock.picking", "search", ast.literal_eval(action["domain"])))
