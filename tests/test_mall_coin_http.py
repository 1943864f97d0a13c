"""Activity coins against a real Odoo server with the WeChat simulator: a paid
order of a qualifying product earns one coin, once, however many times
WeChat Pay's notify arrives; coins expire 48 hours later (time moved by
writing the ledger's dates as the administrator, then running the cron,
never by waiting); parallel spends of one member, racing the expiry job,
never spend more than the member has nor a coin past its expiry.

The server is a real threaded Odoo (fixture ``odoo_server``): every request
runs in its own PostgreSQL transaction, so the locks and guards are really
raced.
"""

import secrets
import threading
import uuid
from datetime import datetime, timedelta

import pytest
import requests

from .storefront import (
    add_address,
    configure_store,
    login,
    move_coin_time,
    rpc_result,
    run_code,
    run_cron,
    wait,
)

try:
    from tests.wechat_simulator.client import Simulator
except ImportError:  # run from inside tests/
    from wechat_simulator.client import Simulator

MCHID = "1900000888"
# a 1x1 PNG
PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgAAACAAEA4iG8MwAAAABJRU5ErkJggg=="


@pytest.fixture(scope="module")
def sim():
    simulator = Simulator.start(time_scale=0.001)
    yield simulator
    simulator.stop()


@pytest.fixture(scope="module")
def store(odoo_server, sim):
    store = configure_store(odoo_server, sim, MCHID, requires=("mall_coin", "model_mall_coin_line"))
    store["call"](
        "res.company",
        "write",
        [store["company_id"]],
        {"mall_coin_lifetime_hours": 48, "mall_coin_all_products": False},
    )
    return store


def _variant(store, price, qualifying):
    call = store["call"]
    tag = secrets.token_hex(3)
    supplier_id = call(
        "res.partner", "create", {"name": f"活动币测试酒业 {tag}", "mall_is_supplier": True}
    )
    template_id = call(
        "product.template",
        "create",
        {
            "name": f"活动币测试鹿茸酒 {tag}",
            "list_price": price,
            "is_storable": True,
            "sale_ok": True,
            "mall_ok": True,
            "mall_fulfillment": "dropship",
            "mall_coin_qualifying": qualifying,
            "image_1920": PNG,
            "taxes_id": [[5, 0, 0]],
            "seller_ids": [[0, 0, {"partner_id": supplier_id, "price": price / 2}]],
        },
    )
    call("product.template", "write", [template_id], {"mall_published": True})
    return call("product.template", "read", [template_id], ["product_variant_ids"])[0][
        "product_variant_ids"
    ][0]


def _run_expiry(store):
    run_cron(store, "mall_coin", "ir_cron_mall_coin_expire")


def _ledger(store, member_id):
    return store["call"](
        "mall.coin.line",
        "search_read",
        [["partner_id", "=", member_id]],
        ["kind", "coins", "balance_after", "remaining", "expires_at", "date"],
        order="id",
    )


def _assert_ledger_adds_up(store, member_id):
    running = 0
    for line in _ledger(store, member_id):
        running += line["coins"]
        assert line["balance_after"] == running, line
        assert line["balance_after"] >= 0
        assert line["remaining"] >= 0
    (account,) = store["call"](
        "mall.coin.account", "search_read", [["partner_id", "=", member_id]], ["balance"]
    )
    assert account["balance"] == running
    return running


def _pay(store, sim, auth, address_id, variant_id):
    url = store["url"]
    response = requests.post(
        f"{url}/orders",
        json={"address_id": address_id, "lines": [{"product_id": variant_id, "qty": 1}]},
        headers={**auth, "Idempotency-Key": str(uuid.uuid4())},
        timeout=60,
    )
    assert response.status_code == 201, response.text
    order = response.json()
    response = requests.post(f"{url}/orders/{order['id']}/pay", headers=auth, timeout=60)
    assert response.status_code == 200, response.text
    call = store["call"]
    tx_ids = call("sale.order", "read", [order["id"]], ["transaction_ids"])[0]["transaction_ids"]
    reference = call("payment.transaction", "read", tx_ids, ["reference"])[0]["reference"]
    # WeChat Pay sends the notify three times at once
    sim.pay(reference, mchid=MCHID, duplicate=2, duplicate_delay=0)
    wait(
        lambda: call("sale.order", "read", [order["id"]], ["state"])[0]["state"] == "sale",
        message="sale order confirmed",
    )
    return order, reference


def test_paid_order_earns_one_coin_that_expires_after_48_hours(store, sim):
    url = store["url"]
    body, auth = login(store, sim)
    member_id = body["member"]["id"]
    address_id = add_address(store, auth)
    wine = _variant(store, 198.0, qualifying=True)
    plain = _variant(store, 38.0, qualifying=False)

    order, reference = _pay(store, sim, auth, address_id, wine)
    # and once more, later (a notify re-sent for a paid order)
    sim.pay(reference, mchid=MCHID, resend=True)

    def answered():
        notifies = sim.notifies(out_trade_no=reference)
        attempts = [a for n in notifies for a in n["attempt_log"]]
        done = len(attempts) >= 4 and all(n["delivered"] for n in notifies)
        return attempts if done else None

    # (a copy that timed out on a busy machine is re-sent: delivered in the end)
    wait(answered, message="every copy of the notify answered")
    _pay(store, sim, auth, address_id, plain)  # earns nothing

    mine = requests.get(f"{url}/me/coins", headers=auth, timeout=30).json()
    assert mine["balance"] == 1, mine
    (earned,) = mine["items"]
    assert (earned["kind"], earned["source"], earned["coins"], earned["order_id"]) == (
        "earn",
        "order",
        1,
        order["id"],
    )
    assert mine["next_expiry"] == {"coins": 1, "expires_at": earned["expires_at"]}
    (line,) = _ledger(store, member_id)
    # exactly 48 hours
    expires = datetime.fromisoformat(line["expires_at"])
    assert expires - datetime.fromisoformat(line["date"]) == timedelta(hours=48)

    # 47 hours later: still there, even after the job
    move_coin_time(store, member_id, 47)
    _run_expiry(store)
    assert requests.get(f"{url}/me/coins", headers=auth, timeout=30).json()["balance"] == 1
    # 48 hours later: gone, the job writes one expire line, once
    move_coin_time(store, member_id, 1)
    assert requests.get(f"{url}/me/coins", headers=auth, timeout=30).json()["balance"] == 0
    _run_expiry(store)
    _run_expiry(store)
    mine = requests.get(f"{url}/me/coins", headers=auth, timeout=30).json()
    assert [(i["kind"], i["coins"]) for i in mine["items"]] == [("expire", -1), ("earn", 1)]
    assert mine["items"][0]["description"] == "1 个活动币已过期"
    assert (mine["balance"], mine["next_expiry"]) == (0, None)
    assert _assert_ledger_adds_up(store, member_id) == 0


def test_parallel_spends_racing_the_expiry_never_go_negative(store, sim):
    """Four live coins and two due ones; six spends of one coin each and two
    runs of the expiry job, all at once: four spends pass, two are refused,
    the two due coins expire, once; nothing goes below zero."""
    call = store["call"]
    server = store["server"]
    body, _auth = login(store, sim)
    member_id = body["member"]["id"]
    for reason in ("即将过期一", "即将过期二"):
        wizard = call(
            "mall.coin.adjust", "create", {"partner_id": member_id, "coins": 1, "reason": reason}
        )
        call("mall.coin.adjust", "action_confirm", [wizard])
    move_coin_time(store, member_id, 48)  # these two are due now
    for index in range(4):
        wizard = call(
            "mall.coin.adjust",
            "create",
            {"partner_id": member_id, "coins": 1, "reason": f"并发测试 {index}"},
        )
        call("mall.coin.adjust", "action_confirm", [wizard])

    spends, expiries = 6, 2
    sessions = [server.session() for _ in range(spends + expiries)]
    wizards = [
        rpc_result(
            server.call(
                sessions[i],
                "mall.coin.adjust",
                "create",
                {"partner_id": member_id, "coins": -1, "reason": f"并发扣减 {i}"},
            )
        )
        for i in range(spends)
    ]
    barrier = threading.Barrier(spends + expiries)
    results = [None] * (spends + expiries)

    def spend(index):
        barrier.wait()
        results[index] = server.call(
            sessions[index], "mall.coin.adjust", "action_confirm", [wizards[index]]
        )

    def expire(index):
        barrier.wait()
        results[index] = run_code(store, "Coins._cron_mall_expire()", session=sessions[index])

    threads = [threading.Thread(target=spend, args=(i,)) for i in range(spends)] + [
        threading.Thread(target=expire, args=(spends + i,)) for i in range(expiries)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(180)
    spent = [r for r in results[:spends] if "error" not in r]
    refused = [r for r in results[:spends] if "error" in r]
    assert len(spent) == 4, results
    assert len(refused) == 2, results
    for r in refused:
        assert "cannot be taken off" in r["error"]["data"]["message"], r
    for r in results[spends:]:
        assert "error" not in r, r
    _run_expiry(store)  # whatever a run left (none or all), and again: nothing more
    _run_expiry(store)

    lines = _ledger(store, member_id)
    assert sum(line["coins"] for line in lines if line["kind"] == "expire") == -2
    spend_lines = [line for line in lines if line["kind"] == "adjust" and line["coins"] < 0]
    assert len(spend_lines) == 4
    assert all(line["remaining"] == 0 for line in lines)
    assert _assert_ledger_adds_up(store, member_id) == 0
    # the coins spent were the live ones, never a due one
    allocations = call(
        "mall.coin.allocation",
        "search_read",
        [["spend_line_id", "in", [line["id"] for line in spend_lines]]],
        ["earned_line_id", "coins"],
    )
    due_ids = {line["id"] for line in lines[:2]}
    assert sum(a["coins"] for a in allocations) == 4
    assert not {a["earned_line_id"][0] for a in allocations} & due_ids
