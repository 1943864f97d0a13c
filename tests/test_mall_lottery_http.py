"""The lottery (抢签) against a real Odoo server with the WeChat simulator:
64 verified members register at once (none lost, none twice), the draw runs
from the scheduled action once time has moved (window times written over
JSON-RPC as admin), winners get an activity coin and a subscribe message,
the others a "not drawn" message, a winner buys at the lottery price within
the validity and pays on the simulator, and scripts/lottery_verify.py
re-computes the published winners.

The server is a real threaded Odoo (fixture ``odoo_server``): every request
runs in its own PostgreSQL transaction."""

import datetime
import json
import os
import secrets
import subprocess
import sys
import threading
import uuid

import pytest
import requests

from .conftest import start_odoo
from .storefront import (
    add_address,
    configure_store,
    id_number,
    login,
    run_cron,
    stock_up,
    subscribe_template,
    wait,
)

try:
    from tests.wechat_simulator.client import Simulator
except ImportError:  # run from inside tests/
    from wechat_simulator.client import Simulator

MCHID = "1900000818"
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.fixture(scope="module")
def sim():
    simulator = Simulator.start()
    yield simulator
    simulator.stop()


@pytest.fixture(scope="module")
def store(odoo_server, sim):
    store = configure_store(
        odoo_server, sim, MCHID, requires=("mall_lottery", "model_mall_lottery")
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
    return store


@pytest.fixture(scope="module")
def burst_server():
    """A second server on the same database for the burst, its HTTP threads
    bounded below its pool (64 requests at once wait for a thread instead of
    finding Odoo's pool full); no job runner (the session server's runs the
    jobs)."""
    server, stop = start_odoo(
        "http-tests-lottery-burst-server",
        extra_args=["--db_maxconn", "48", "--load", "base,web"],
        extra_env={"ODOO_MAX_HTTP_THREADS": "24"},
    )
    # one request first: the registry and the app are loaded by one thread,
    # not by the burst's 24 at once (Python 3.11.7 parsing the manifests in
    # several threads at once once failed one of them: "AST constructor
    # recursion depth mismatch", a 500)
    requests.get(f"{server.url}/mall/v1/lotteries", timeout=120)
    yield server
    stop()


def _utc(minutes=0, seconds=0):
    moment = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(
        minutes=minutes, seconds=seconds
    )
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _verified_shopper(store, sim, index):
    body, auth = login(store, sim)
    birth = datetime.date(1960, 1, 1) + datetime.timedelta(days=index)
    number = id_number(f"330106{birth:%Y%m%d}{secrets.randbelow(1000):03d}")
    sim.add_identity("王小二", number)
    response = requests.post(
        f"{store['url']}/me/identity",
        json={"name": "王小二", "id_number": number},
        headers=auth,
        timeout=30,
    )
    assert response.status_code == 201, response.text
    return body["member"]["id"], auth


def _all_at_once(sends):
    barrier = threading.Barrier(len(sends))
    results = [None] * len(sends)

    def run(index):
        session = requests.Session()
        session.trust_env = False
        barrier.wait()
        response = sends[index](session)
        try:
            body = response.json()
        except ValueError:
            body = response.text[:200]
        results[index] = (response.status_code, body)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(sends))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(180)
    return results


def _wine(store, stock):
    """A deer wine sold from the warehouse (only by lottery: not published), ``stock`` on hand."""
    call = store["call"]
    template_id = call(
        "product.template",
        "create",
        {
            "name": "鹿茸酒 500ml " + secrets.token_hex(2),
            "list_price": 1288,
            "is_storable": True,
            "mall_ok": True,
            "mall_fulfillment": "warehouse",
            "taxes_id": [[5, 0, 0]],
        },
    )
    variant_id = call("product.template", "read", [template_id], ["product_variant_id"])[0][
        "product_variant_id"
    ][0]
    stock_up(store, variant_id, stock)
    return variant_id


def test_burst_draw_win_buy_and_verify(store, sim, burst_server):
    call, url = store["call"], store["url"]
    variant_id = _wine(store, 20)
    won_tmpl, won_wechat_id = subscribe_template(store, "中签通知 " + secrets.token_hex(3))
    lost_tmpl, lost_wechat_id = subscribe_template(store, "未中签通知 " + secrets.token_hex(3))
    lottery_id = call(
        "mall.lottery",
        "create",
        {
            "name": "鹿茸酒 限量抢签",
            "product_id": variant_id,
            "quantity": 3,
            "price": 688,
            "win_mode": "quantity",
            "require_real_name": True,
            "company_id": store["company_id"],
            "won_template_id": won_tmpl,
            "lost_template_id": lost_tmpl,
            "window_ids": [
                [0, 0, {"date_start": _utc(-1), "date_end": _utc(10), "draw_at": _utc(15)}]
            ],
        },
    )
    call("mall.lottery", "action_schedule", [lottery_id])
    base = secrets.randbelow(10000)
    shoppers = [_verified_shopper(store, sim, base + i) for i in range(64)]
    register = f"{url}/lotteries/{lottery_id}/registrations"
    burst = f"{burst_server.url}/mall/v1/lotteries/{lottery_id}/registrations"

    def send(auth):
        return lambda session: session.post(burst, headers=auth, timeout=180)

    # 64 members at once
    results = _all_at_once([send(auth) for _member, auth in shoppers])
    refused = [(i, body) for i, (status, body) in enumerate(results) if status != 201]
    assert not refused, refused
    # 16 of them tap again, twice at once
    results = _all_at_once([send(auth) for _m, auth in shoppers[:16] for _i in (1, 2)])
    assert [status for status, _body in results] == [409] * 32, results
    assert {body["error"]["code"] for _status, body in results} == {"already_registered"}
    registrations = call(
        "mall.lottery.registration", "search_read", [["lottery_id", "=", lottery_id]], ["member_id"]
    )
    assert sorted(r["member_id"][0] for r in registrations) == sorted(m for m, _a in shoppers)

    # a member without a verified real name: 403
    _body, stranger = login(store, sim)
    response = requests.post(register, headers=stranger, timeout=30)
    assert (response.status_code, response.json()["error"]["code"]) == (403, "real_name_required")

    # time moves: the window closed, its draw time came; the scheduled action draws
    (window_id,) = call("mall.lottery", "read", [lottery_id], ["window_ids"])[0]["window_ids"]
    seed_hash = requests.get(f"{url}/lotteries/{lottery_id}", headers=shoppers[0][1], timeout=30)
    seed_hash = seed_hash.json()["windows"][0]["draw"]["seed_hash"]
    call(
        "mall.lottery.window",
        "write",
        [window_id],
        {"date_start": _utc(-5), "date_end": _utc(seconds=-1), "draw_at": _utc(seconds=-1)},
    )
    response = requests.post(register, headers=stranger, timeout=30)
    assert (response.status_code, response.json()["error"]["code"]) == (409, "not_open")
    run_cron(store, "mall_lottery", "ir_cron_mall_lottery")
    run_cron(store, "mall_lottery", "ir_cron_mall_lottery")  # a second run draws nothing again
    detail = requests.get(f"{url}/lotteries/{lottery_id}", headers=shoppers[0][1], timeout=30)
    draw = detail.json()["windows"][0]["draw"]
    assert draw["seed_hash"] == seed_hash
    assert len(draw["registrations"]) == 64
    assert len(draw["winners"]) == 3
    # the verify script (standard library only) re-computes the winners
    verified = subprocess.run(
        [sys.executable, os.path.join(REPO, "scripts", "lottery_verify.py"), "-"],
        input=detail.text,
        capture_output=True,
        text=True,
        check=False,
    )
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "OK, 3 winners of 64 registrations" in verified.stdout
    tampered = dict(detail.json())
    tampered["windows"][0]["draw"]["winners"] = draw["registrations"][:3]
    if tampered["windows"][0]["draw"]["winners"] != draw["winners"]:
        assert (
            subprocess.run(
                [sys.executable, os.path.join(REPO, "scripts", "lottery_verify.py"), "-"],
                input=json.dumps(tampered),
                capture_output=True,
                text=True,
                check=False,
            ).returncode
            == 1
        )

    # each member sees the result; winners got a coin and the won message
    by_member = dict(shoppers)
    results = {}
    for member_id, auth in shoppers:
        (mine,) = requests.get(f"{url}/me/lottery-registrations", headers=auth, timeout=30).json()[
            "items"
        ]
        results[member_id] = mine
    winners = [m for m, r in results.items() if r["result"] == "won"]
    assert len(winners) == 3
    assert sorted(results[m]["id"] for m in winners) == sorted(draw["winners"])
    assert all(r["result"] == "lost" for m, r in results.items() if m not in winners)
    for member_id in winners:
        coins = requests.get(f"{url}/me/coins", headers=by_member[member_id], timeout=30).json()
        assert coins["balance"] == 1
    loser = next(m for m in results if m not in winners)
    coins = requests.get(f"{url}/me/coins", headers=by_member[loser], timeout=30).json()
    assert coins["balance"] == 0

    def messages(template_id):
        rows = sim.control("GET", "messages")["subscribe_messages"]
        return [m for m in rows if m["template_id"] == template_id]

    wait(lambda: len(messages(won_wechat_id)) == 3, message="3 won messages")
    wait(lambda: len(messages(lost_wechat_id)) == 61, message="61 not-drawn messages")
    assert {m["data"]["phrase2"]["value"] for m in messages(won_wechat_id)} == {"已中签"}

    # a loser cannot buy; the winner buys at the lottery price and pays
    loser_auth = by_member[loser]
    loser_address = add_address(store, loser_auth)
    response = requests.post(
        f"{url}/me/lottery-registrations/{results[loser]['id']}/order",
        json={"address_id": loser_address},
        headers={**loser_auth, "Idempotency-Key": uuid.uuid4().hex},
        timeout=60,
    )
    assert (response.status_code, response.json()["error"]["code"]) == (409, "not_won")
    winner = winners[0]
    auth = by_member[winner]
    address_id = add_address(store, auth)
    response = requests.post(
        f"{url}/me/lottery-registrations/{results[winner]['id']}/order",
        json={"address_id": address_id},
        headers={**auth, "Idempotency-Key": uuid.uuid4().hex},
        timeout=60,
    )
    assert response.status_code == 201, response.text
    order = response.json()
    assert order["amount_goods"] == 688.0
    # to be paid within the qualification's validity
    assert datetime.datetime.fromisoformat(order["expires_at"]) <= datetime.datetime.fromisoformat(
        results[winner]["qualified_until"]
    )
    response = requests.post(f"{url}/orders/{order['id']}/pay", headers=auth, timeout=60)
    assert response.status_code == 200, response.text
    tx_ids = call("sale.order", "read", [order["id"]], ["transaction_ids"])[0]["transaction_ids"]
    reference = call("payment.transaction", "read", tx_ids, ["reference"])[0]["reference"]
    sim.pay(reference, mchid=MCHID)
    wait(
        lambda: requests.get(f"{url}/orders/{order['id']}", headers=auth, timeout=30).json()[
            "state"
        ]
        == "paid",
        message="lottery order paid",
    )
    # once Odoo confirms the paid order, the qualification is used
    wait(
        lambda: requests.get(f"{url}/me/lottery-registrations", headers=auth, timeout=30).json()[
            "items"
        ][0]["qualification"]
        == "used",
        message="qualification used",
    )
