"""After-sales against a real Odoo server: a shopper pays through the WeChat
simulator, asks for a refund or a return, an operator approves over JSON-RPC,
WeChat Pay's refund notify closes the request. Parallel approvals of one
request send one refund.
"""

import secrets
import threading
import uuid

import pytest
import requests

from .storefront import add_address, configure_store, login, wait

try:
    from tests.wechat_simulator.client import Simulator
except ImportError:  # run from inside tests/
    from wechat_simulator.client import Simulator

MCHID = "1900000777"
# a 1x1 PNG
PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgAAACAAEA4iG8MwAAAABJRU5ErkJggg=="


@pytest.fixture(scope="module")
def sim():
    simulator = Simulator.start(time_scale=0.001, settings={"refund_delay": 0.3})
    yield simulator
    simulator.stop()


@pytest.fixture(scope="module")
def store(odoo_server, sim):
    """The storefront's company and WeChat Pay pointed at one simulated app."""
    return configure_store(
        odoo_server, sim, MCHID, requires=("mall_after_sale", "action_mall_after_sale")
    )


def _shopper(store, sim):
    _body, auth = login(store, sim)
    return auth, add_address(store, auth)


def _dropship_variants(store, count):
    """``count`` new products of a new supplier, published, dropshipped."""
    call = store["call"]
    tag = secrets.token_hex(3)
    supplier_id = call(
        "res.partner",
        "create",
        {"name": f"售后测试供应商 {tag}", "mall_is_supplier": True, "street": "退货路 1 号"},
    )
    variants = []
    for index in range(count):
        template_id = call(
            "product.template",
            "create",
            {
                "name": f"售后测试大米 {tag}-{index}",
                "list_price": 19.9 + index * 10,
                "is_storable": True,
                "sale_ok": True,
                "mall_ok": True,
                "mall_fulfillment": "dropship",
                "image_1920": PNG,
                "seller_ids": [[0, 0, {"partner_id": supplier_id, "price": 8.0 + index}]],
            },
        )
        call("product.template", "write", [template_id], {"mall_published": True})
        variants.append(
            call("product.template", "read", [template_id], ["product_variant_ids"])[0][
                "product_variant_ids"
            ][0]
        )
    return variants


def _paid_order(store, sim, auth, address_id, lines):
    url = store["url"]
    response = requests.post(
        f"{url}/orders",
        json={
            "address_id": address_id,
            "lines": [{"product_id": p, "qty": q} for p, q in lines],
        },
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
    sim.pay(reference, mchid=MCHID)
    wait(
        lambda: call("sale.order", "read", [order["id"]], ["state"])[0]["state"] == "sale",
        message="order paid and confirmed",
    )
    body = requests.get(f"{url}/orders/{order['id']}", headers=auth, timeout=30).json()
    # what the mini-program sees: the lines of the order, with their ids and
    # what is still refundable on them (all of it, once paid)
    assert [(x["product_id"], x["refundable_quantity"]) for x in body["lines"]] == list(lines)
    body["line_ids"] = {line["product_id"]: line["id"] for line in body["lines"]}
    body["reference"] = reference
    return body


def _refundable(store, auth, order):
    """``{product id: refundable quantity}`` of the order, as the API shows it."""
    response = requests.get(f"{store['url']}/orders/{order['id']}", headers=auth, timeout=30)
    assert response.status_code == 200, response.text
    return {line["product_id"]: line["refundable_quantity"] for line in response.json()["lines"]}


def _ask(store, auth, order, lines, type_="refund_only"):
    response = requests.post(
        f"{store['url']}/after-sales",
        json={
            "order_id": order["id"],
            "lines": [{"order_line_id": order["line_ids"][p], "qty": q} for p, q in lines],
            "type": type_,
            "reason_code": "quality",
            "description": "米有虫",
        },
        headers=auth,
        timeout=60,
    )
    assert response.status_code == 201, response.text
    return response.json()


def _wait_request(store, auth, request_id, state, timeout=60):
    def reached():
        body = requests.get(
            f"{store['url']}/after-sales/{request_id}", headers=auth, timeout=30
        ).json()
        return body if body["state"] == state else None

    return wait(reached, timeout=timeout, message=f"after-sales {request_id} {state}")


def _refunds(sim, reference):
    return sim.control("GET", "refunds", params={"out_trade_no": reference})["refunds"]


def test_refund_only_and_partial_refunds_of_a_multi_line_order(store, sim):
    call = store["call"]
    auth, address_id = _shopper(store, sim)
    first, second = _dropship_variants(store, 2)
    order = _paid_order(store, sim, auth, address_id, [(first, 2), (second, 1)])
    request = _ask(store, auth, order, [(first, 1)])
    assert request["state"] == "requested"
    state = requests.get(f"{store['url']}/orders/{order['id']}", headers=auth, timeout=30)
    assert state.json()["state"] == "after_sale"
    assert _refundable(store, auth, order) == {first: 1, second: 1}
    call("mall.after.sale", "action_approve", [request["id"]])
    body = _wait_request(store, auth, request["id"], "refunded")
    assert body["refunded_amount"] == pytest.approx(request["amount"])
    # the rest of the order, in a second request: what is left of the payment
    rest = _ask(store, auth, order, [(first, 1), (second, 1)])
    assert request["amount"] + rest["amount"] == pytest.approx(order["amount_total"])
    call("mall.after.sale", "action_approve", [rest["id"]])
    _wait_request(store, auth, rest["id"], "refunded")
    assert _refundable(store, auth, order) == {first: 0, second: 0}
    refunds = _refunds(sim, order["reference"])
    assert sum(r["amount"]["refund"] for r in refunds) == round(order["amount_total"] * 100)
    assert len(refunds) == 2
    # nothing is left to ask for
    response = requests.post(
        f"{store['url']}/after-sales",
        json={
            "order_id": order["id"],
            "lines": [{"order_line_id": order["line_ids"][second], "qty": 1}],
            "type": "refund_only",
            "reason_code": "other",
        },
        headers=auth,
        timeout=30,
    )
    assert response.status_code == 409, response.text
    assert response.json()["error"]["code"] == "exceeds_refundable"


def test_return_and_refund_journey(store, sim):
    call = store["call"]
    auth, address_id = _shopper(store, sim)
    (variant,) = _dropship_variants(store, 1)
    order = _paid_order(store, sim, auth, address_id, [(variant, 1)])
    request = _ask(store, auth, order, [(variant, 1)], "return_refund")
    call("mall.after.sale", "action_approve", [request["id"]])
    body = requests.get(f"{store['url']}/after-sales/{request['id']}", headers=auth, timeout=30)
    body = body.json()
    assert body["state"] == "awaiting_return"
    assert body["return_address"] and body["return_address"]["name"]
    response = requests.post(
        f"{store['url']}/after-sales/{request['id']}/return-shipment",
        json={"carrier": "顺丰速运", "tracking_number": "SF1234567890"},
        headers=auth,
        timeout=30,
    )
    assert response.status_code == 200, response.text
    assert response.json()["state"] == "return_shipped"
    assert _refunds(sim, order["reference"]) == []
    call("mall.after.sale", "action_confirm_received", [request["id"]])
    body = _wait_request(store, auth, request["id"], "refunded")
    # the job after the refund posts the credit note of the refunded goods
    note = wait(
        lambda: call("mall.after.sale", "read", [request["id"]], ["credit_note_id"])[0][
            "credit_note_id"
        ],
        message="credit note",
    )
    (credit_note,) = call("account.move", "read", [note[0]], ["state", "amount_total"])
    assert credit_note["state"] == "posted"
    assert credit_note["amount_total"] == pytest.approx(body["refunded_amount"])
    assert [e["state"] for e in body["timeline"]] == [
        "requested",
        "awaiting_return",
        "return_shipped",
        "received",
        "refunding",
        "refunded",
    ]


def test_rejection_and_failed_then_retried_refund(store, sim):
    call = store["call"]
    auth, address_id = _shopper(store, sim)
    first, second = _dropship_variants(store, 2)
    order = _paid_order(store, sim, auth, address_id, [(first, 1), (second, 1)])
    rejected = _ask(store, auth, order, [(first, 1)])
    call("mall.after.sale", "action_reject", [rejected["id"]], reason="已超过售后期")
    body = requests.get(f"{store['url']}/after-sales/{rejected['id']}", headers=auth, timeout=30)
    assert body.json()["state"] == "rejected"
    assert body.json()["rejection_reason"] == "已超过售后期"

    request = _ask(store, auth, order, [(first, 1)])
    sim.refund_outcome("CLOSED")
    try:
        call("mall.after.sale", "action_approve", [request["id"]])
        _wait_request(store, auth, request["id"], "refund_failed")
    finally:
        sim.refund_outcome("SUCCESS")
    (failed,) = call(
        "mall.after.sale", "read", [request["id"]], ["refund_failure_reason", "activity_ids"]
    )
    assert "CLOSED" in failed["refund_failure_reason"]
    assert failed["activity_ids"], "finance has an activity"
    call("mall.after.sale", "action_retry_refund", [request["id"]])
    _wait_request(store, auth, request["id"], "refunded")
    statuses = [r["status"] for r in _refunds(sim, order["reference"])]
    assert sorted(statuses) == ["CLOSED", "SUCCESS"]


def test_parallel_approvals_send_one_refund(store, sim):
    auth, address_id = _shopper(store, sim)
    (variant,) = _dropship_variants(store, 1)
    order = _paid_order(store, sim, auth, address_id, [(variant, 2)])
    request = _ask(store, auth, order, [(variant, 2)])
    server = store["server"]
    sessions = [server.session() for _ in range(4)]
    barrier = threading.Barrier(len(sessions))
    answers = []

    def approve(session):
        barrier.wait()
        answers.append(server.call(session, "mall.after.sale", "action_approve", [request["id"]]))

    threads = [threading.Thread(target=approve, args=(s,)) for s in sessions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    succeeded = [a for a in answers if "error" not in a]
    assert len(answers) == len(sessions)
    assert len(succeeded) == 1, answers
    _wait_request(store, auth, request["id"], "refunded")
    refunds = _refunds(sim, order["reference"])
    assert len(refunds) == 1
    assert refunds[0]["amount"]["refund"] == round(order["amount_total"] * 100)


def test_parallel_requests_never_exceed_the_paid_quantity(store, sim):
    auth, address_id = _shopper(store, sim)
    (variant,) = _dropship_variants(store, 1)
    order = _paid_order(store, sim, auth, address_id, [(variant, 2)])
    barrier = threading.Barrier(4)
    answers = []

    def ask():
        barrier.wait()
        answers.append(
            requests.post(
                f"{store['url']}/after-sales",
                json={
                    "order_id": order["id"],
                    "lines": [{"order_line_id": order["line_ids"][variant], "qty": 2}],
                    "type": "refund_only",
                    "reason_code": "quality",
                },
                headers=auth,
                timeout=120,
            )
        )

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    statuses = sorted(a.status_code for a in answers)
    assert statuses == [201, 409, 409, 409], [a.text for a in answers]
    assert {a.json()["error"]["code"] for a in answers if a.status_code == 409} == {
        "exceeds_refundable"
    }
    assert _refundable(store, auth, order) == {variant: 0}
    listed = requests.get(
        f"{store['url']}/after-sales", params={"order_id": order["id"]}, headers=auth, timeout=30
    )
    assert listed.json()["total"] == 1


def test_service_qr_code_loads_without_a_session(store, sim):
    """The customer-service QR code of GET /service/contact is a picture the
    shopper's client loads without an Odoo session."""
    call = store["call"]
    call("res.company", "write", [store["company_id"]], {"mall_service_qr": PNG})
    auth, _address_id = _shopper(store, sim)
    body = requests.get(f"{store['url']}/service/contact", headers=auth, timeout=30).json()
    assert "/mall/image/res.company/" in body["qr_image_url"]
    picture = requests.get(body["qr_image_url"], timeout=30)
    assert picture.status_code == 200
    assert picture.headers["Content-Type"].startswith("image/")
    call("res.company", "write", [store["company_id"]], {"mall_service_qr": False})
