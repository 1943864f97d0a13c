"""Seed 003's journey (issue #18) over real HTTP with the WeChat simulator, as
one story of one shopper of the deer-wine shop:

browse the catalogue → buy a qualifying wine and pay on the simulator → one
activity coin → register in the open window of a lottery (抢签) → time moves
(the window's times written over JSON-RPC as admin) and the scheduled
action draws → won: +1 coin and the won subscribe message on the simulator
→ buy at the lottery price within the qualification's 30 minutes and pay →
the points mall refuses without a real name → real name verified through
the simulator's name + ID-number service → a points-mall order paid with
coins + points (the oldest coin first) → 48 hours later (the coin ledger's
dates moved over JSON-RPC) the expiry job expires the coin left.

The points come from an operator's gift (points earned on orders are credited
only after receipt, see test_member_value_journey_http.py). The server is a
real threaded Odoo (fixture ``odoo_server``)."""

import datetime
import secrets
import uuid

import pytest
import requests

from .storefront import (
    add_address,
    configure_store,
    login,
    move_coin_time,
    pay_on_simulator,
    random_id_number,
    run_cron,
    stock_up,
    subscribe_template,
    wait,
)

try:
    from tests.wechat_simulator.client import Simulator
except ImportError:  # run from inside tests/
    from wechat_simulator.client import Simulator

MCHID = "1900000803"
PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgAAACAAEA4iG8MwAAAABJRU5ErkJggg=="


@pytest.fixture(scope="module")
def sim():
    simulator = Simulator.start(time_scale=0.001)
    yield simulator
    simulator.stop()


@pytest.fixture(scope="module")
def store(odoo_server, sim):
    store = configure_store(
        odoo_server, sim, MCHID, requires=("mall_lottery", "model_mall_lottery")
    )
    call = store["call"]
    if not call(
        "ir.model.data",
        "search_count",
        [["module", "=", "mall_points_mall"], ["name", "=", "model_sale_order"]],
    ):
        pytest.skip("mall_points_mall is not installed in this database")
    call(
        "res.company",
        "write",
        [store["company_id"]],
        {
            "mall_coin_lifetime_hours": 48,
            "mall_coin_all_products": False,
            "mall_identity_provider": "idv_http",
            "mall_identity_api_url": sim.base_url,
            "mall_identity_api_appcode": "http-test",
        },
    )
    call("ir.config_parameter", "set_param", "mall_identity.verify_rate_limit", "0")
    return store


def _utc(minutes=0, seconds=0):
    moment = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(
        minutes=minutes, seconds=seconds
    )
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _product(store, name, values):
    """A published storable product of a mall supplier, from the warehouse, 10
    on hand: its template and variant."""
    call = store["call"]
    supplier_id = call(
        "res.partner",
        "create",
        {"name": f"吉林梅花鹿酒业 {secrets.token_hex(3)}", "mall_is_supplier": True},
    )
    template_id = call(
        "product.template",
        "create",
        {
            "name": f"{name} {secrets.token_hex(2)}",
            "seller_ids": [
                [0, 0, {"partner_id": supplier_id, "price": values["list_price"] / 2 or 12.0}]
            ],
            "is_storable": True,
            "sale_ok": True,
            "mall_ok": True,
            "mall_fulfillment": "warehouse",
            "image_1920": PNG,
            "taxes_id": [[5, 0, 0]],
            **values,
        },
    )
    call("product.template", "write", [template_id], {"mall_published": True})
    variant_id = call("product.template", "read", [template_id], ["product_variant_id"])[0][
        "product_variant_id"
    ][0]
    stock_up(store, variant_id, 10)
    return template_id, variant_id


def _wait_paid(store, auth, order_id):
    wait(
        lambda: requests.get(f"{store['url']}/orders/{order_id}", headers=auth, timeout=30).json()[
            "state"
        ]
        == "paid",
        message=f"order {order_id} paid",
    )


def _coins(store, auth):
    return requests.get(f"{store['url']}/me/coins", headers=auth, timeout=30).json()


def _points(store, auth):
    return requests.get(f"{store['url']}/me/points", headers=auth, timeout=30).json()["balance"]


def test_seed003_journey(store, sim):
    call, url = store["call"], store["url"]
    # the shop: a qualifying wine on sale, a lottery wine, a points-mall cup
    wine_tmpl, wine = _product(
        store, "梅花鹿茸酒 500ml", {"list_price": 198.0, "mall_coin_qualifying": True}
    )
    _lot_tmpl, lot_wine = _product(
        store, "鹿茸酒 珍藏版", {"list_price": 1288.0, "mall_coin_qualifying": False}
    )
    cup_tmpl, cup = _product(
        store,
        "定制鹿角酒杯",
        {"list_price": 0, "mall_points_mall": True, "mall_pm_coins": 1, "mall_pm_points": 30},
    )
    won_tmpl, won_wechat_id = subscribe_template(store, "中签通知 " + secrets.token_hex(3))
    lost_tmpl, _lost_wechat_id = subscribe_template(store, "未中签通知 " + secrets.token_hex(3))
    lottery_id = call(
        "mall.lottery",
        "create",
        {
            "name": "鹿茸酒 珍藏版 限量抢签",
            "product_id": lot_wine,
            "quantity": 1,
            "price": 688,
            "win_mode": "quantity",
            "require_real_name": False,
            "company_id": store["company_id"],
            "won_template_id": won_tmpl,
            "lost_template_id": lost_tmpl,
            "window_ids": [
                [0, 0, {"date_start": _utc(-1), "date_end": _utc(30), "draw_at": _utc(35)}]
            ],
        },
    )
    call("mall.lottery", "action_schedule", [lottery_id])

    body, auth = login(store, sim)
    member_id = body["member"]["id"]
    address_id = add_address(store, auth)

    # 1. browse: the wine is in the catalogue at its price; the cup is not
    listed = requests.get(f"{url}/products", params={"q": "梅花鹿茸酒"}, timeout=30).json()
    assert wine_tmpl in [p["id"] for p in listed["items"]]
    detail = requests.get(f"{url}/products/{wine_tmpl}", timeout=30).json()
    assert [(v["id"], v["price"]) for v in detail["variants"]] == [(wine, 198.0)]
    assert requests.get(f"{url}/products/{cup_tmpl}", timeout=30).status_code == 404

    # 2. buy and pay: one activity coin, expiring 48 hours later
    assert _coins(store, auth)["balance"] == 0
    response = requests.post(
        f"{url}/orders",
        json={"address_id": address_id, "lines": [{"product_id": wine, "qty": 1}]},
        headers={**auth, "Idempotency-Key": str(uuid.uuid4())},
        timeout=60,
    )
    assert response.status_code == 201, response.text
    first = response.json()
    assert first["amount_goods"] == 198.0
    pay_on_simulator(store, sim, MCHID, first["id"], auth)
    _wait_paid(store, auth, first["id"])
    mine = wait(lambda: (c := _coins(store, auth))["balance"] == 1 and c, message="coin earned")
    (earned,) = mine["items"]
    assert (earned["kind"], earned["source"], earned["order_id"]) == ("earn", "order", first["id"])
    first_expiry = datetime.datetime.fromisoformat(earned["expires_at"])

    # 3. the lottery is open: register (once)
    lotteries = requests.get(f"{url}/lotteries", headers=auth, timeout=30).json()["items"]
    (lottery,) = [x for x in lotteries if x["id"] == lottery_id]
    assert (lottery["price"], lottery["validity_minutes"]) == (688.0, 30)
    assert lottery["next_window"]["phase"] == "open"
    register = f"{url}/lotteries/{lottery_id}/registrations"
    response = requests.post(register, headers=auth, timeout=30)
    assert response.status_code == 201, response.text
    assert response.json()["result"] == "pending"
    response = requests.post(register, headers=auth, timeout=30)
    assert (response.status_code, response.json()["error"]["code"]) == (409, "already_registered")

    # 4. time moves: the window closed, its draw time came; the scheduled action draws
    (window_id,) = call("mall.lottery", "read", [lottery_id], ["window_ids"])[0]["window_ids"]
    call(
        "mall.lottery.window",
        "write",
        [window_id],
        {"date_start": _utc(-40), "date_end": _utc(seconds=-1), "draw_at": _utc(seconds=-1)},
    )
    run_cron(store, "mall_lottery", "ir_cron_mall_lottery")

    # 5. won: the qualification for 30 minutes, +1 coin, the won message
    (registration,) = requests.get(
        f"{url}/me/lottery-registrations", headers=auth, timeout=30
    ).json()["items"]
    assert (registration["result"], registration["qualification"]) == ("won", "active")
    assert registration["price"] == 688.0
    drawn_at = datetime.datetime.fromisoformat(
        requests.get(f"{url}/lotteries/{lottery_id}", headers=auth, timeout=30).json()["windows"][
            0
        ]["draw"]["drawn_at"]
    )
    until = datetime.datetime.fromisoformat(registration["qualified_until"])
    assert until - drawn_at == datetime.timedelta(minutes=30)
    mine = _coins(store, auth)
    assert mine["balance"] == 2
    assert [(i["kind"], i["source"]) for i in mine["items"]] == [
        ("earn", "lottery"),
        ("earn", "order"),
    ]
    openid = call("res.partner", "read", [member_id], ["mall_openid"])[0]["mall_openid"]

    def won_messages():
        rows = sim.control("GET", "messages")["subscribe_messages"]
        return [m for m in rows if m["template_id"] == won_wechat_id]

    (message,) = wait(won_messages, message="the won subscribe message")
    assert message["touser"] == openid
    assert message["data"]["phrase2"]["value"] == "已中签"

    # 6. buy at the lottery price within the validity, and pay
    response = requests.post(
        f"{url}/me/lottery-registrations/{registration['id']}/order",
        json={"address_id": address_id},
        headers={**auth, "Idempotency-Key": uuid.uuid4().hex},
        timeout=60,
    )
    assert response.status_code == 201, response.text
    lottery_order = response.json()
    assert lottery_order["amount_goods"] == 688.0
    assert datetime.datetime.fromisoformat(lottery_order["expires_at"]) <= until
    pay_on_simulator(store, sim, MCHID, lottery_order["id"], auth)
    _wait_paid(store, auth, lottery_order["id"])
    wait(
        lambda: requests.get(f"{url}/me/lottery-registrations", headers=auth, timeout=30).json()[
            "items"
        ][0]["qualification"]
        == "used",
        message="qualification used",
    )
    assert _coins(store, auth)["balance"] == 2  # the lottery wine is not a qualifying product

    # 7. the points mall: the cup for 1 coin + 30 points; no real name yet: 403
    wizard = call(
        "mall.points.adjust",
        "create",
        {"partner_id": member_id, "points": 100, "reason": "抢签活动赠送"},
    )
    call("mall.points.adjust", "action_confirm", [wizard])
    offers = requests.get(f"{url}/points-mall/products", headers=auth, timeout=30).json()["items"]
    (offer,) = [o for o in offers if o["id"] == cup_tmpl]
    assert (offer["coins"], offer["points"], offer["product_id"]) == (1, 30, cup)

    def exchange():
        return requests.post(
            f"{url}/points-mall/orders",
            json={"product_id": cup, "qty": 1, "address_id": address_id},
            headers={**auth, "Idempotency-Key": uuid.uuid4().hex},
            timeout=120,
        )

    response = exchange()
    assert (response.status_code, response.json()["error"]["code"]) == (403, "real_name_required")
    assert (_coins(store, auth)["balance"], _points(store, auth)) == (2, 100)

    # 8. the real name, verified by the simulator's name + ID-number service
    number = random_id_number()
    sim.add_identity("王小二", number)
    response = requests.post(
        f"{url}/me/identity",
        json={"name": "王小二", "id_number": number},
        headers=auth,
        timeout=120,
    )
    assert response.status_code == 201, response.text
    assert response.json()["id_number"] == number[:4] + "*" * 10 + number[-4:]
    identity = requests.get(f"{url}/me/identity", headers=auth, timeout=30).json()
    assert identity["state"] == "verified"
    assert sim.identity_checks()[-1]["result"] == 1

    # 9. the points-mall order: coins + points, no cash; the oldest coin goes
    response = exchange()
    assert response.status_code == 201, response.text
    exchanged = response.json()
    assert (
        exchanged["state"],
        exchanged["amount_total"],
        exchanged["coins_used"],
        exchanged["points_used"],
    ) == ("paid", 0.0, 1, 30)
    assert _points(store, auth) == 70
    mine = _coins(store, auth)
    assert mine["balance"] == 1
    left = next(i for i in mine["items"] if i["source"] == "lottery")
    assert mine["next_expiry"] == {"coins": 1, "expires_at": left["expires_at"]}
    assert datetime.datetime.fromisoformat(left["expires_at"]) >= first_expiry

    # 10. 48 hours later: the expiry job expires the coin left, once
    move_coin_time(store, member_id, 48)
    run_cron(store, "mall_coin", "ir_cron_mall_coin_expire")
    run_cron(store, "mall_coin", "ir_cron_mall_coin_expire")
    mine = _coins(store, auth)
    assert (mine["balance"], mine["next_expiry"]) == (0, None)
    assert [(i["kind"], i["coins"]) for i in mine["items"] if i["kind"] == "expire"] == [
        ("expire", -1)
    ]
    # the points and the orders are untouched by the coins' expiry
    assert _points(store, auth) == 70
    orders = {first["id"], lottery_order["id"], exchanged["id"]}
    for order_id in orders:
        state = requests.get(f"{url}/orders/{order_id}", headers=auth, timeout=30).json()["state"]
        assert state == "paid", (order_id, state)
