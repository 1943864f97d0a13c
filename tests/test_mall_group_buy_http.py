"""Group buying against a real Odoo server and the WeChat simulator: a
3-member group succeeds (three payments, the orders go to fulfilment, three
subscribe messages); another fails at its deadline (time moved over JSON-RPC,
the cron run twice) and every payment is refunded exactly once at the
simulator; the last seats paid in parallel never make more than N paid
members, the extra payments are refunded automatically; no 5xx anywhere.
"""

import secrets
import threading
import uuid
from collections import Counter

import pytest
import requests

from .storefront import add_address, configure_store, login, wait

try:
    from tests.wechat_simulator.client import Simulator
except ImportError:  # run from inside tests/
    from wechat_simulator.client import Simulator

MCHID = "1900000616"
PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgAAACAAEA4iG8MwAAAABJRU5ErkJggg=="


@pytest.fixture(scope="module")
def sim():
    simulator = Simulator.start(time_scale=0.001, settings={"refund_delay": 0.3})
    yield simulator
    simulator.stop()


@pytest.fixture(scope="module")
def store(odoo_server, sim):
    store = configure_store(
        odoo_server, sim, MCHID, requires=("mall_group_buy", "mall_group_offer_action")
    )
    call = store["call"]
    call("res.company", "write", [store["company_id"]], {"mall_max_unpaid_orders": 0})
    tag = secrets.token_hex(3)
    templates = {}
    for kind in ("success", "fail"):
        template_id = f"gb-{kind}-{tag}"
        templates[kind] = template_id
        call(
            "wechat.subscribe.template",
            "create",
            {
                "name": f"拼团{kind}",
                "template_id": template_id,
                "page": "pages/group/detail",
                "company_id": store["company_id"],
                "keyword_ids": [
                    [
                        0,
                        0,
                        {
                            "key": "thing1",
                            "name": "拼团商品",
                            "field_path": "group_id.offer_id.name",
                        },
                    ],
                    [0, 0, {"key": "phrase3", "name": "拼团结果"}],
                    [0, 0, {"key": "thing4", "name": "温馨提示"}],
                ],
            },
        )
    ids = {
        kind: call("wechat.subscribe.template", "search", [["template_id", "=", tid]])[0]
        for kind, tid in templates.items()
    }
    call(
        "res.company",
        "write",
        [store["company_id"]],
        {
            "mall_group_success_template_id": ids["success"],
            "mall_group_fail_template_id": ids["fail"],
        },
    )
    store["templates"] = templates
    return store


def _offer(store, size=3):
    """A running offer of a new dropshipped rice (list 39.9, group price 29.9)."""
    call = store["call"]
    tag = secrets.token_hex(3)
    supplier_id = call(
        "res.partner", "create", {"name": f"拼团供应商 {tag}", "mall_is_supplier": True}
    )
    template_id = call(
        "product.template",
        "create",
        {
            "name": f"东北珍珠米 {tag}",
            "list_price": 39.9,
            "is_storable": True,
            "sale_ok": True,
            "mall_ok": True,
            "mall_fulfillment": "dropship",
            "image_1920": PNG,
            "taxes_id": [[5, 0, 0]],
            "seller_ids": [[0, 0, {"partner_id": supplier_id, "price": 18.0}]],
        },
    )
    call("product.template", "write", [template_id], {"mall_published": True})
    variant = call("product.template", "read", [template_id], ["product_variant_ids"])[0][
        "product_variant_ids"
    ][0]
    offer_id = call(
        "mall.group.offer",
        "create",
        {
            "name": f"东北珍珠米 {size}人团 {tag}",
            "group_size": size,
            "time_limit_hours": 24,
            "member_limit": 0,
            "date_start": "2020-01-01 00:00:00",
            "date_end": "2099-01-01 00:00:00",
            "company_id": store["company_id"],
            "line_ids": [[0, 0, {"product_id": variant, "group_price": 29.9}]],
        },
    )
    call("mall.group.offer", "action_start", [offer_id])
    return offer_id, variant


class Shopper:
    def __init__(self, store, sim):
        self.store, self.sim = store, sim
        body, self.auth = login(store, sim)
        self.member_id = body["member"]["id"]
        self.address_id = add_address(store, self.auth)
        self.url = store["url"]

    def get(self, path):
        response = requests.get(f"{self.url}{path}", headers=self.auth, timeout=60)
        assert response.status_code < 500, response.text
        return response

    def place(self, offer_id, variant, group_id=None):
        body = {"address_id": self.address_id, "product_id": variant}
        if group_id:
            body["group_id"] = group_id
        response = requests.post(
            f"{self.url}/group-buys/{offer_id}/orders",
            json=body,
            headers={**self.auth, "Idempotency-Key": str(uuid.uuid4())},
            timeout=60,
        )
        assert response.status_code < 500, response.text
        return response

    def prepay(self, order_id):
        """Tap *Pay*: the WeChat Pay order is created; its out_trade_no."""
        response = requests.post(f"{self.url}/orders/{order_id}/pay", headers=self.auth, timeout=60)
        assert response.status_code == 200, response.text
        call = self.store["call"]
        tx_ids = call("sale.order", "read", [order_id], ["transaction_ids"])[0]["transaction_ids"]
        return call("payment.transaction", "read", tx_ids, ["reference"])[0]["reference"]

    def pay(self, order_id):
        reference = self.prepay(order_id)
        self.sim.pay(reference, mchid=MCHID)
        return reference


def _seat_states(store, group_id):
    rows = store["call"](
        "mall.group.member", "search_read", [["group_id", "=", group_id]], ["state", "order_id"]
    )
    return Counter(row["state"] for row in rows)


def _group(store, group_id, fields=("state", "paid_count", "refunded_amount")):
    return store["call"]("mall.group", "read", [group_id], list(fields))[0]


def _refunds_by_trade(sim, references):
    """``{out_trade_no: refunds at the simulator}``."""
    return {
        ref: sim.control("GET", "refunds", params={"out_trade_no": ref})["refunds"]
        for ref in references
    }


def _messages(sim, template_id):
    rows = sim.control("GET", "messages")["subscribe_messages"]
    return [m for m in rows if m["template_id"] == template_id]


def _run_deadline_cron(store):
    call = store["call"]
    (ref,) = call(
        "ir.model.data",
        "search_read",
        [["module", "=", "mall_group_buy"], ["name", "=", "ir_cron_mall_group_deadlines"]],
        ["res_id"],
    )
    call("ir.cron", "method_direct_trigger", [ref["res_id"]])


def _open_group(store, sim, offer_id, variant):
    leader = Shopper(store, sim)
    response = leader.place(offer_id, variant)
    assert response.status_code == 201, response.text
    body = response.json()
    # the group price (the shipping fee comes on top, by destination)
    assert body["order"]["amount_goods"] == 29.9
    assert [line["price_unit"] for line in body["order"]["lines"]] == [29.9]
    reference = leader.pay(body["order"]["id"])
    group_id = body["group_id"]
    wait(
        lambda: leader.get(f"/groups/{group_id}").status_code == 200,
        message="the leader's payment opens the group",
    )
    return leader, group_id, body["order"]["id"], reference


def test_a_three_member_group_succeeds(store, sim):
    offer_id, variant = _offer(store)
    leader, group_id, leader_order, _ref = _open_group(store, sim, offer_id, variant)
    page = leader.get(f"/groups/{group_id}").json()
    assert (page["state"], page["seats_left"], page["paid_count"]) == ("open", 2, 1)
    assert page["share_scene"].startswith(f"o={offer_id}&g={group_id}&u=")

    friends = [Shopper(store, sim) for _ in range(2)]
    orders = [leader_order]
    for friend in friends:
        # the friend opens the mini-program with the shared scene
        assert friend.get(f"/groups/{group_id}").json()["can_join"] is True
        response = friend.place(offer_id, variant, group_id)
        assert response.status_code == 201, response.text
        orders.append(response.json()["order"]["id"])
    call = store["call"]
    friends[0].pay(orders[1])
    wait(lambda: _group(store, group_id)["paid_count"] == 2, message="second member paid")
    # nothing of the group is confirmed (so nothing ships) before it succeeds
    states = call("sale.order", "read", orders[:2], ["state", "picking_ids", "mall_shopper_state"])
    assert [(s["state"], s["picking_ids"], s["mall_shopper_state"]) for s in states] == [
        ("draft", [], "paid")
    ] * 2
    friends[1].pay(orders[2])
    wait(lambda: _group(store, group_id)["state"] == "succeeded", message="group succeeded")
    wait(
        lambda: all(s["state"] == "sale" for s in call("sale.order", "read", orders, ["state"])),
        message="every order confirmed",
    )
    # the supplier is asked to ship each order (dropship purchase orders)
    lines = call(
        "purchase.order.line",
        "search_read",
        [["sale_line_id.order_id", "in", orders]],
        ["order_id"],
    )
    assert len(lines) == 3
    page = leader.get(f"/groups/{group_id}").json()
    assert (page["state"], page["seats_left"], len(page["members"])) == ("succeeded", 0, 3)
    assert all(m["nickname"].endswith("**") for m in page["members"])
    sent = wait(
        lambda: len(_messages(sim, store["templates"]["success"])) >= 3
        and _messages(sim, store["templates"]["success"]),
        message="three success messages",
    )
    assert len(sent) == 3
    assert {m["page"] for m in sent} == {f"pages/group/detail?id={group_id}"}
    assert {m["data"]["phrase3"]["value"] for m in sent} == {"拼团成功"}
    mine = friends[1].get("/me/groups").json()["items"]
    assert [(g["id"], g["state"], g["seat_state"]) for g in mine] == [
        (group_id, "succeeded", "paid")
    ]


def test_a_group_fails_at_its_deadline_and_every_payment_is_refunded_once(store, sim):
    offer_id, variant = _offer(store)
    leader, group_id, leader_order, leader_ref = _open_group(store, sim, offer_id, variant)
    friend = Shopper(store, sim)
    response = friend.place(offer_id, variant, group_id)
    assert response.status_code == 201, response.text
    friend_order = response.json()["order"]["id"]
    total = response.json()["order"]["amount_total"]
    friend_ref = friend.pay(friend_order)
    wait(lambda: _group(store, group_id)["paid_count"] == 2, message="two members paid")
    call = store["call"]
    # time moved: the deadline is over
    call("mall.group", "write", [group_id], {"deadline": "2021-01-01 00:00:00"})
    _run_deadline_cron(store)
    _run_deadline_cron(store)
    assert _group(store, group_id)["state"] == "failed"
    wait(
        lambda: _seat_states(store, group_id) == Counter({"refunded": 2}),
        message="both members refunded",
    )
    _run_deadline_cron(store)
    refunds = _refunds_by_trade(sim, [leader_ref, friend_ref])
    for reference, rows in refunds.items():
        assert len(rows) == 1, (reference, rows)
        # in full: goods and shipping, from each member's own payment
        assert rows[0]["amount"]["refund"] == round(total * 100)
        assert rows[0]["out_trade_no"] == reference
        assert rows[0]["status"] == "SUCCESS"
    group = _group(store, group_id)
    assert group["refunded_amount"] == pytest.approx(2 * total)
    orders = call(
        "sale.order", "read", [leader_order, friend_order], ["state", "mall_shopper_state"]
    )
    assert [(o["state"], o["mall_shopper_state"]) for o in orders] == [("cancel", "cancelled")] * 2
    # the refund is on the order (its transactions) and on the group
    txs = call(
        "payment.transaction",
        "search_read",
        [["sale_order_ids", "in", [leader_order]], ["operation", "=", "refund"]],
        ["state", "amount"],
    )
    assert [(t["state"], t["amount"]) for t in txs] == [("done", -total)]
    page = leader.get(f"/groups/{group_id}").json()
    assert page["state"] == "failed"
    mine = leader.get("/me/groups").json()["items"]
    assert (mine[0]["seat_state"], mine[0]["refunded_amount"]) == ("refunded", total)
    sent = wait(
        lambda: len(_messages(sim, store["templates"]["fail"])) >= 2
        and _messages(sim, store["templates"]["fail"]),
        message="two failure messages",
    )
    assert {m["data"]["phrase3"]["value"] for m in sent} == {"拼团失败"}
    # a group closed to newcomers
    late = Shopper(store, sim)
    assert late.place(offer_id, variant, group_id).json()["error"]["code"] in (
        "group_closed",
        "not_found",
    )


def test_the_last_seats_paid_in_parallel_never_overfill_the_group(store, sim):
    offer_id, variant = _offer(store)
    _leader, group_id, _order, _ref = _open_group(store, sim, offer_id, variant)
    call = store["call"]
    # two members take the last two seats and tap Pay
    early = [Shopper(store, sim) for _ in range(2)]
    early_orders = []
    for shopper in early:
        response = shopper.place(offer_id, variant, group_id)
        assert response.status_code == 201, response.text
        early_orders.append(response.json()["order"]["id"])
    early_refs = [s.prepay(o) for s, o in zip(early, early_orders, strict=True)]
    # a third member finds the group full
    third = Shopper(store, sim)
    assert third.place(offer_id, variant, group_id).json()["error"]["code"] == "group_full"
    # time moved: their seats' holds ran out, two others take the seats
    seats = call("mall.group.member", "search", [["order_id", "in", early_orders]])
    call("mall.group.member", "write", seats, {"hold_until": "2021-01-01 00:00:00"})
    late = [Shopper(store, sim) for _ in range(2)]
    late_orders = []
    for shopper in late:
        response = shopper.place(offer_id, variant, group_id)
        assert response.status_code == 201, response.text
        late_orders.append(response.json()["order"]["id"])
    late_refs = [s.prepay(o) for s, o in zip(late, late_orders, strict=True)]
    # all four pay at the same moment
    barrier = threading.Barrier(4)
    errors = []

    def pay(reference):
        barrier.wait()
        try:
            sim.pay(reference, mchid=MCHID)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=pay, args=(r,)) for r in early_refs + late_refs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    wait(
        lambda: _seat_states(store, group_id) == Counter({"paid": 3, "refunded": 2}),
        timeout=90,
        message="three paid, two refunded",
    )
    group = _group(store, group_id)
    assert (group["state"], group["paid_count"]) == ("succeeded", 3)
    refunds = _refunds_by_trade(sim, early_refs + late_refs)
    assert sorted(len(rows) for rows in refunds.values()) == [0, 0, 1, 1]
    assert all(len(refunds[ref]) == 1 for ref in early_refs), refunds
    # the server logged no error
    with open(store["server"].log_path) as log:
        text = log.read()
    assert "Traceback" not in text, text[-3000:]
