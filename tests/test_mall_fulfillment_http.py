# ruff: noqa: F811 - the fixtures sim and store come from test_mall_shopper_http
"""Fulfilment against a real Odoo server: a shopper pays, the team is told,
an operator ships from the workbench (or by importing a file), the shopper
gets the subscribe message, WeChat gets the shipping info, the order is done.

The WeChat simulator plays the mini-program, WeChat Pay and the shipping-info
service; the server's queue_job runner sends what is queued after commit.
"""

import ast
import base64
import secrets
import uuid

import pytest
import requests

from .storefront import add_address, login, wait
from .test_mall_shopper_http import MCHID, sim, store  # noqa: F401


def _rpc(store):
    return store["call"]


def _shipped_template(store):
    """A shipping subscribe message for the company, chosen in the settings."""
    call = _rpc(store)
    template_id = call(
        "wechat.subscribe.template",
        "create",
        {
            "name": "发货通知 " + secrets.token_hex(3),
            "template_id": "tmpl-" + secrets.token_hex(6),
            "page": "pages/order/detail",
            "company_id": store["company_id"],
            "keyword_ids": [
                [0, 0, {"key": "character_string1", "name": "订单号", "field_path": "name"}],
                [0, 0, {"key": "thing2", "name": "快递", "field_path": "mall_carrier_names"}],
                [
                    0,
                    0,
                    {
                        "key": "character_string3",
                        "name": "单号",
                        "field_path": "mall_tracking_numbers",
                    },
                ],
            ],
        },
    )
    call("res.company", "write", [store["company_id"]], {"mall_shipped_template_id": template_id})
    template = call("wechat.subscribe.template", "read", [template_id], ["template_id"])[0]
    return template["template_id"]


def _paid_order(store, sim):
    """A member buys the first product of the catalogue and pays on WeChat Pay."""
    installed = _rpc(store)(
        "ir.module.module",
        "search_count",
        [["name", "=", "mall_fulfillment"], ["state", "=", "installed"]],
    )
    if not installed:
        pytest.skip("mall_fulfillment is not installed in this database")
    url = store["url"]
    session, auth = login(store, sim)
    products = requests.get(f"{url}/products", timeout=30).json()["items"]
    detail = requests.get(f"{url}/products/{products[0]['id']}", timeout=30).json()
    address_id = add_address(store, auth)
    response = requests.post(
        f"{url}/orders",
        json={
            "address_id": address_id,
            "lines": [{"product_id": detail["variants"][0]["id"], "qty": 1}],
        },
        headers={**auth, "Idempotency-Key": str(uuid.uuid4())},
        timeout=60,
    )
    assert response.status_code == 201, response.text
    order = response.json()
    response = requests.post(f"{url}/orders/{order['id']}/pay", headers=auth, timeout=60)
    assert response.status_code == 200, response.text
    call = _rpc(store)
    tx_ids = call("sale.order", "read", [order["id"]], ["transaction_ids"])[0]["transaction_ids"]
    reference = call("payment.transaction", "read", tx_ids, ["reference"])[0]["reference"]
    sim.pay(reference, mchid=MCHID)
    wait(
        lambda: call("sale.order", "read", [order["id"]], ["state"])[0]["state"] == "sale",
        message="sale order confirmed by the payment",
    )
    return order, auth, session["member"], reference


def _deliveries(store, order_id):
    call = _rpc(store)
    return call(
        "stock.picking",
        "search_read",
        [["sale_id", "=", order_id], ["location_dest_id.usage", "=", "customer"]],
        ["name", "state"],
    )


def _to_ship_ids(store):
    call = _rpc(store)
    action = call(
        "ir.actions.act_window",
        "search_read",
        [["path", "=", "mall-to-ship"]],
        ["domain"],
    )[0]
    domain = ast.literal_eval(action["domain"])
    return set(call("stock.picking", "search", domain))


def _carrier_id(store, code):
    return _rpc(store)("delivery.carrier", "search", [["mall_kuaidi100_code", "=", code]], limit=1)[
        0
    ]


def _check_shipped(store, sim, order, auth, reference, template_id, numbers):
    """The shopper sees it shipped, got the message, WeChat got the parcels."""
    url = store["url"]
    body = requests.get(f"{url}/orders/{order['id']}", headers=auth, timeout=30).json()
    assert body["state"] == "shipped", body
    assert sorted(s["tracking_ref"] for s in body["shipments"]) == sorted(numbers)

    def message():
        rows = sim.control("GET", "messages")["subscribe_messages"]
        return [m for m in rows if m["template_id"] == template_id]

    (sent,) = wait(message, message="subscribe message sent")
    assert sent["touser"].startswith("o")
    assert sent["page"] == f"pages/order/detail?id={order['id']}"
    assert sent["data"]["character_string3"]["value"] == " ".join(numbers)

    def upload():
        rows = sim.control("GET", "shipping")["shipping_uploads"]
        return [u for u in rows if u["out_trade_no"] == reference]

    (uploaded,) = wait(upload, message="shipping info uploaded")
    assert uploaded["mchid"] == MCHID
    parcels = uploaded["body"]["shipping_list"]
    assert sorted(p["tracking_no"] for p in parcels) == sorted(numbers)
    assert all(p["express_company"] for p in parcels)

    # the shopper confirms receipt: done
    response = requests.post(f"{url}/orders/{order['id']}/receive", headers=auth, timeout=30)
    assert response.status_code == 200, response.text
    assert response.json()["state"] == "done"


def test_paid_order_is_announced_then_shipped_from_the_workbench(store, sim):
    call = _rpc(store)
    template_id = _shipped_template(store)
    order, auth, _member, reference = _paid_order(store, sim)

    # the fulfilment team is told: an activity on the order, a channel message
    activities = call(
        "mail.activity",
        "search_read",
        [["res_model", "=", "sale.order"], ["res_id", "=", order["id"]]],
        ["activity_type_id", "summary"],
    )
    assert any(order["name"] in (a["summary"] or "") for a in activities), activities
    messages = call(
        "mail.message",
        "search_read",
        [["model", "=", "discuss.channel"], ["body", "ilike", order["name"]]],
        ["body"],
    )
    assert len(messages) == 1, messages

    # the order waits in the workbench; the operator fills in the row and ships
    deliveries = _deliveries(store, order["id"])
    assert deliveries and {d["id"] for d in deliveries} <= _to_ship_ids(store)
    numbers = []
    for delivery in deliveries:
        number = "SF" + secrets.token_hex(5).upper()
        numbers.append(number)
        call(
            "stock.picking",
            "write",
            [delivery["id"]],
            {"carrier_id": _carrier_id(store, "shunfeng"), "carrier_tracking_ref": number},
        )
        call("stock.picking", "action_mall_ship", [delivery["id"]])
    assert not {d["id"] for d in deliveries} & _to_ship_ids(store)
    _check_shipped(store, sim, order, auth, reference, template_id, numbers)

    # the chatter tells who shipped what
    bodies = [
        m["body"]
        for m in call(
            "mail.message",
            "search_read",
            [["model", "=", "sale.order"], ["res_id", "=", order["id"]]],
            ["body"],
        )
    ]
    assert all(any(n in b for b in bodies) for n in numbers), bodies
    # and the shopper status changes are tracked fields (paid -> shipped -> done)
    changes = call(
        "mail.tracking.value",
        "search_read",
        [
            ["mail_message_id.model", "=", "sale.order"],
            ["mail_message_id.res_id", "=", order["id"]],
            ["field_id.name", "=", "mall_shopper_state"],
        ],
        ["new_value_char"],
    )
    assert len(changes) >= 2, changes


def test_paid_order_shipped_by_importing_a_file(store, sim):
    """The operator imports a CSV (as saved by Excel in China: GBK): the good
    row ships the order, the bad row is reported and changes nothing."""
    call = _rpc(store)
    template_id = _shipped_template(store)
    order, auth, _member, reference = _paid_order(store, sim)
    deliveries = _deliveries(store, order["id"])
    assert len(deliveries) == 1, deliveries
    number = "YT" + secrets.token_hex(5).upper()
    content = (
        "订单号,快递公司,快递单号\n"
        f"{order['name']},圆通速递,{number}\n"
        "NO-SUCH-ORDER,圆通速递,YT1234567890\n"
    ).encode("gbk")
    wizard_id = call(
        "mall.ship.import",
        "create",
        {"file": base64.b64encode(content).decode(), "filename": "发货.csv"},
    )
    call("mall.ship.import", "action_import", [wizard_id])
    result = call(
        "mall.ship.import", "read", [wizard_id], ["shipped_count", "failed_count", "line_ids"]
    )[0]
    assert (result["shipped_count"], result["failed_count"]) == (1, 1), result
    lines = call("mall.ship.import.line", "read", result["line_ids"], ["row", "status", "reason"])
    failed = [line for line in lines if line["status"] == "failed"]
    assert failed[0]["row"] == 3 and "NO-SUCH-ORDER" in failed[0]["reason"], failed
    picking = call("stock.picking", "read", [deliveries[0]["id"]], ["state"])[0]
    assert picking["state"] == "done"
    _check_shipped(store, sim, order, auth, reference, template_id, [number])
