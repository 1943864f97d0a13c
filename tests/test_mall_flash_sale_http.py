"""Flash sales against a real Odoo server: a burst of buyers on one SKU, one
member tapping many times at once, the unpaid timeout and a payment that
lands after it (codingXiaxw/seckill #41), a paid flash order going on to
fulfilment. The server is a real threaded Odoo with its queue_job runner
(the sale orders are made by jobs after the requests answered), WeChat Pay
is the simulator.
"""

import datetime
import secrets
import threading
import uuid

import pytest
import requests

from .storefront import add_address, configure_store, login, stock_up, wait

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
    store = configure_store(
        odoo_server, sim, MCHID, requires=("mall_flash_sale", "model_mall_flash_sale")
    )
    yield store
    # leave no allotment held for the other tests of the database
    call = store["call"]
    sales = call(
        "mall.flash.sale",
        "search",
        [["name", "like", "HTTP秒杀"], ["state", "in", ["scheduled", "running"]]],
    )
    if sales:
        call("mall.flash.sale", "action_cancel", sales)


def _run_cron(store, xmlid="mall_flash_sale.ir_cron_mall_flash_release"):
    module, name = xmlid.split(".")
    (ref,) = store["call"](
        "ir.model.data", "search_read", [["module", "=", module], ["name", "=", name]], ["res_id"]
    )
    store["call"]("ir.cron", "method_direct_trigger", [ref["res_id"]])


def _product(store, stock):
    """A new published rice variant sold from the warehouse, ``stock`` on hand."""
    call = store["call"]
    template_id = call(
        "product.template",
        "create",
        {
            "name": f"HTTP秒杀大米 {secrets.token_hex(3)}",
            "list_price": 59.9,
            "is_storable": True,
            "mall_ok": True,
            "mall_published": True,
            "sale_ok": True,
            "mall_fulfillment": "warehouse",
            "weight": 1.0,
        },
    )
    variant_id = call("product.template", "read", [template_id], ["product_variant_ids"])[0][
        "product_variant_ids"
    ][0]
    stock_up(store, variant_id, stock)
    return variant_id


def _sale(store, variant_id, allotment, limit=1, price=39.9):
    call = store["call"]
    now = datetime.datetime.utcnow()
    sale_id = call(
        "mall.flash.sale",
        "create",
        {
            "name": "HTTP秒杀",
            "company_id": store["company_id"],
            "date_start": (now - datetime.timedelta(minutes=5)).strftime("%Y-%m-%d %H:%M:%S"),
            "date_end": (now + datetime.timedelta(hours=2)).strftime("%Y-%m-%d %H:%M:%S"),
            "member_limit": limit,
            "payment_timeout": 5,
            "line_ids": [
                [0, 0, {"product_id": variant_id, "flash_price": price, "allotment": allotment}]
            ],
        },
    )
    call("mall.flash.sale", "action_schedule", [sale_id])
    return sale_id


def _shopper(store, sim):
    _body, auth = login(store, sim)
    return auth, add_address(store, auth)


def _buy(store, sale_id, variant_id, shopper, key=None, session=None):
    auth, address_id = shopper
    return (session or requests).post(
        f"{store['url']}/flash-sales/{sale_id}/orders",
        json={"product_id": variant_id, "qty": 1, "address_id": address_id},
        headers={**auth, "Idempotency-Key": key or str(uuid.uuid4())},
        timeout=120,
    )


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
        except ValueError:  # e.g. the HTML page of a 500
            body = response.text[:200]
        results[index] = (response.status_code, body)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(sends))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(180)
    return results


def _db_state(store, sale_id):
    call = store["call"]
    (line,) = call(
        "mall.flash.sale.line", "search_read", [["sale_id", "=", sale_id]], ["sold", "allotment"]
    )
    orders = call(
        "mall.flash.order",
        "search_read",
        [["sale_id", "=", sale_id], ["state", "in", ["pending_payment", "paid"]]],
        ["qty", "member_id", "sale_order_id", "state"],
    )
    return line, orders


def _order_of(store, auth, reservation_id):
    def made():
        body = requests.get(
            f"{store['url']}/flash-orders/{reservation_id}", headers=auth, timeout=30
        ).json()
        return body["order_id"]

    return wait(made, timeout=60, message="the job made the sale order")


def _prepay(store, auth, order_id):
    response = requests.post(f"{store['url']}/orders/{order_id}/pay", headers=auth, timeout=60)
    assert response.status_code == 200, response.text
    call = store["call"]
    tx_ids = call("sale.order", "read", [order_id], ["transaction_ids"])[0]["transaction_ids"]
    return call("payment.transaction", "read", tx_ids, ["reference"])[0]["reference"]


def test_a_burst_of_buyers_takes_exactly_the_allotment(store, sim):
    variant_id = _product(store, 20)
    sale_id = _sale(store, variant_id, allotment=5)
    shoppers = [_shopper(store, sim) for _i in range(12)]
    results = _all_at_once(
        [
            (lambda session, s=shopper: _buy(store, sale_id, variant_id, s, session=session))
            for shopper in shoppers
        ]
    )
    statuses = sorted(status for status, _body in results)
    assert statuses == [201] * 5 + [409] * 7, results
    assert all(body["error"]["code"] == "flash_sold_out" for s, body in results if s == 409)
    assert all(body["state"] == "pending_payment" for s, body in results if s == 201)
    line, orders = _db_state(store, sale_id)
    assert line["sold"] == 5
    assert sum(order["qty"] for order in orders) == 5  # 0 oversold in the database
    # the sale orders follow, made by the jobs
    for status, body in results:
        if status == 201:
            auth = shoppers[results.index((status, body))][0]
            assert _order_of(store, auth, body["id"])
    # normal sales see the allotment gone: 20 on hand, 5 in the flash sale
    outsider = _shopper(store, sim)
    response = requests.post(
        f"{store['url']}/orders",
        json={"address_id": outsider[1], "lines": [{"product_id": variant_id, "qty": 16}]},
        headers={**outsider[0], "Idempotency-Key": str(uuid.uuid4())},
        timeout=60,
    )
    assert response.status_code == 409, response.text
    assert response.json()["error"]["code"] == "out_of_stock"


def test_one_member_tapping_at_once_gets_the_limit(store, sim):
    variant_id = _product(store, 20)
    sale_id = _sale(store, variant_id, allotment=10, limit=2)
    shopper = _shopper(store, sim)
    results = _all_at_once(
        [
            (lambda session: _buy(store, sale_id, variant_id, shopper, session=session))
            for _i in range(6)
        ]
    )
    statuses = sorted(status for status, _body in results)
    assert statuses == [201] * 2 + [409] * 4, results
    assert all(body["error"]["code"] == "flash_limit_reached" for s, body in results if s == 409)
    line, orders = _db_state(store, sale_id)
    assert line["sold"] == 2
    assert len(orders) == 2
    # one key sent at once: one flash order
    key = str(uuid.uuid4())
    other = _shopper(store, sim)
    results = _all_at_once(
        [
            (lambda session: _buy(store, sale_id, variant_id, other, key=key, session=session))
            for _i in range(4)
        ]
    )
    assert sorted(status for status, _body in results) == [200] * 3 + [201], results
    assert len({body["id"] for _status, body in results}) == 1
    assert _db_state(store, sale_id)[0]["sold"] == 3


def test_paid_flash_order_goes_on_to_fulfilment(store, sim):
    variant_id = _product(store, 10)
    sale_id = _sale(store, variant_id, allotment=3)
    shopper = _shopper(store, sim)
    body = _buy(store, sale_id, variant_id, shopper).json()
    order_id = _order_of(store, shopper[0], body["id"])
    reference = _prepay(store, shopper[0], order_id)
    sim.pay(reference, mchid=MCHID)
    call = store["call"]
    wait(
        lambda: call("sale.order", "read", [order_id], ["state"])[0]["state"] == "sale",
        message="order paid and confirmed",
    )
    order = requests.get(f"{store['url']}/orders/{order_id}", headers=shopper[0], timeout=30).json()
    assert order["state"] == "paid"
    assert order["amount_total"] == body["amount_total"] == 39.9
    (reservation,) = call("mall.flash.order", "read", [body["id"]], ["state"])
    assert reservation["state"] == "paid"
    pickings = call(
        "stock.picking",
        "search_read",
        [["sale_id", "=", order_id], ["state", "not in", ["cancel", "draft"]]],
        ["id"],
    )
    assert pickings, "the paid flash order has its delivery to ship"


def _expire(store, reservation_id, order_id):
    """Time moved: the flash order's payment time is over."""
    past = (datetime.datetime.utcnow() - datetime.timedelta(minutes=1)).strftime(
        "%Y-%m-%d %H:%M:%S"
    )
    store["call"]("mall.flash.order", "write", [reservation_id], {"expires_at": past})
    store["call"]("sale.order", "write", [order_id], {"mall_expires_at": past})


def test_unpaid_flash_order_released_at_its_timeout(store, sim):
    variant_id = _product(store, 10)
    sale_id = _sale(store, variant_id, allotment=1)
    first = _shopper(store, sim)
    body = _buy(store, sale_id, variant_id, first).json()
    order_id = _order_of(store, first[0], body["id"])
    reference = _prepay(store, first[0], order_id)
    second = _shopper(store, sim)
    assert _buy(store, sale_id, variant_id, second).status_code == 409
    _expire(store, body["id"], order_id)
    _run_cron(store)
    call = store["call"]
    assert call("mall.flash.order", "read", [body["id"]], ["state"])[0]["state"] == "released"
    assert call("sale.order", "read", [order_id], ["state"])[0]["state"] == "cancel"
    assert sim.transaction(reference)["trade_state"] == "CLOSED"
    # the unit is back in the sale: the next member gets it
    assert _buy(store, sale_id, variant_id, second).status_code == 201
    # and the first one can no longer pay (WeChat Pay closed it, the order is cancelled)
    response = requests.post(f"{store['url']}/orders/{order_id}/pay", headers=first[0], timeout=60)
    assert response.status_code == 409


def _late_payment(store, sim, allotment, taken_meanwhile):
    """A flash order prepaid, its time over while WeChat Pay cannot be reached
    (the units are released on time anyway), then the shopper's payment lands."""
    variant_id = _product(store, 10)
    sale_id = _sale(store, variant_id, allotment=allotment)
    first = _shopper(store, sim)
    body = _buy(store, sale_id, variant_id, first).json()
    order_id = _order_of(store, first[0], body["id"])
    reference = _prepay(store, first[0], order_id)
    _expire(store, body["id"], order_id)
    sim.fault(f"/v3/pay/transactions/out-trade-no/{reference}", "http_500", count=2)
    _run_cron(store)
    call = store["call"]
    assert call("mall.flash.order", "read", [body["id"]], ["state"])[0]["state"] == "released"
    others = []
    for _i in range(taken_meanwhile):
        other = _shopper(store, sim)
        assert _buy(store, sale_id, variant_id, other).status_code == 201
        others.append(other)
    sim.pay(reference, mchid=MCHID)
    return sale_id, body, order_id, reference


def test_late_payment_takes_a_unit_left(store, sim):
    sale_id, body, order_id, _reference = _late_payment(store, sim, allotment=2, taken_meanwhile=1)
    call = store["call"]
    wait(
        lambda: call("sale.order", "read", [order_id], ["state"])[0]["state"] == "sale",
        message="the late payment confirmed the order",
    )
    assert call("mall.flash.order", "read", [body["id"]], ["state"])[0]["state"] == "paid"
    line, orders = _db_state(store, sale_id)
    assert line["sold"] == 2 == sum(order["qty"] for order in orders)


def test_late_payment_refunded_when_sold_out(store, sim):
    sale_id, body, order_id, reference = _late_payment(store, sim, allotment=1, taken_meanwhile=1)
    call = store["call"]
    wait(
        lambda: call("mall.flash.order", "read", [body["id"]], ["state"])[0]["state"] == "refunded",
        message="the late payment refunded",
    )
    refunds = wait(
        lambda: sim.control("GET", "refunds", params={"out_trade_no": reference})["refunds"],
        message="the refund at WeChat Pay",
    )
    assert len(refunds) == 1
    assert refunds[0]["amount"]["refund"] == 3990
    assert call("sale.order", "read", [order_id], ["state"])[0]["state"] == "cancel"
    line, orders = _db_state(store, sale_id)
    assert line["sold"] == 1 == sum(order["qty"] for order in orders)  # never oversold
