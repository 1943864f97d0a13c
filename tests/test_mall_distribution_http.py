"""Two-level distribution over real HTTP with the WeChat simulator (issue
#16's distribution journey).

A promotes B through a shared scene, B promotes C; C orders and pays: B
earns the level 1 commission, A the level 2 one. A partial refund reverses
them in proportion; once the order is received and the after-sales window
has passed (time moved: the receipt date written as the administrator, the
cron run) they become withdrawable. B's withdrawal is approved by two finance
users at the same moment and paid once by WeChat Pay's merchant transfer
(one bill at the simulator); A's transfer fails and the amount comes back; a
refund after settlement claws the commissions back, below zero.
"""

import datetime
import secrets
import threading
import uuid

import pytest
import requests

from .storefront import add_address, configure_store, login, ship_order, stock_up, wait

try:
    from tests.wechat_simulator.client import Simulator
except ImportError:  # run from inside tests/
    from wechat_simulator.client import Simulator

MCHID = "1900000616"
# a 2x2 PNG: a product is published with a picture
PNG = (
    "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasK"
    "b6QAAAABJRU5ErkJggg=="
)


@pytest.fixture(scope="module")
def sim():
    simulator = Simulator.start(
        time_scale=0.001, settings={"refund_delay": 0.3, "transfer_delay": 0.3}
    )
    yield simulator
    simulator.stop()


@pytest.fixture(scope="module")
def store(odoo_server, sim):
    store = configure_store(
        odoo_server, sim, MCHID, requires=("mall_distribution", "model_mall_promoter")
    )
    store["call"](
        "res.company",
        "write",
        [store["company_id"]],
        {
            # shipping free: the commissions are on the goods anyway
            "mall_delivery_carrier_id": False,
            "mall_delivery_carrier_ids": [[5, 0, 0]],
            "mall_dist_everyone": False,
            "mall_dist_rate_l1": 10.0,
            "mall_dist_rate_l2": 5.0,
            "mall_dist_settle_days": 7,
            "mall_dist_binding_days": 0,
            "mall_dist_min_withdrawal": 1.0,
            "mall_dist_daily_withdrawals": 5,
        },
    )
    return store


def _product(store, price, stock=10):
    """A published product sold from the warehouse, without taxes: its variant id."""
    call = store["call"]
    tag = secrets.token_hex(3)
    supplier_id = call(
        "res.partner", "create", {"name": f"分销米业 {tag}", "mall_is_supplier": True}
    )
    template_id = call(
        "product.template",
        "create",
        {
            "name": f"分销旅程香米 {tag}",
            "list_price": price,
            "is_storable": True,
            "sale_ok": True,
            "mall_ok": True,
            "mall_fulfillment": "warehouse",
            "image_1920": PNG,
            "taxes_id": [[5, 0, 0]],
            "seller_ids": [[0, 0, {"partner_id": supplier_id, "price": price / 2}]],
        },
    )
    call("product.template", "write", [template_id], {"mall_published": True})
    variant_id = call("product.template", "read", [template_id], ["product_variant_ids"])[0][
        "product_variant_ids"
    ][0]
    stock_up(store, variant_id, stock)
    return variant_id


def _me(store, auth):
    response = requests.get(f"{store['url']}/me/promoter", headers=auth, timeout=30)
    assert response.status_code == 200, response.text
    return response.json()


def _ledger(store, auth):
    response = requests.get(
        f"{store['url']}/me/promoter/commissions?page_size=50", headers=auth, timeout=30
    )
    assert response.status_code == 200, response.text
    return response.json()["items"]


def _become_promoter(store, auth, member_id, real_name):
    response = requests.post(
        f"{store['url']}/me/promoter/apply", json={"real_name": real_name}, headers=auth, timeout=30
    )
    assert response.status_code == 201, response.text
    assert response.json()["state"] == "applied"
    call = store["call"]
    (promoter_id,) = call("mall.promoter", "search", [["partner_id", "=", member_id]])
    call("mall.promoter", "action_approve", [promoter_id])
    me = _me(store, auth)
    assert me["state"] == "approved" and me["code"]
    return me["code"]


def _refund(store, auth, order_id, line_id, qty):
    url = store["url"]
    response = requests.post(
        f"{url}/after-sales",
        json={
            "order_id": order_id,
            "lines": [{"order_line_id": line_id, "qty": qty}],
            "type": "refund_only",
            "reason_code": "quality",
            "description": "有一袋受潮了",
        },
        headers=auth,
        timeout=60,
    )
    assert response.status_code == 201, response.text
    request = response.json()
    store["call"]("mall.after.sale", "action_approve", [request["id"]])

    def refunded():
        body = requests.get(f"{url}/after-sales/{request['id']}", headers=auth, timeout=30).json()
        return body if body["state"] == "refunded" else None

    wait(refunded, message="refunded")
    return request


def _finance_user(store, login_name):
    call = store["call"]
    group = call(
        "ir.model.data",
        "search_read",
        [["module", "=", "mall_base"], ["name", "=", "group_mall_finance"]],
        ["res_id"],
    )[0]["res_id"]
    call(
        "res.users",
        "create",
        {
            "name": f"财务 {login_name}",
            "login": login_name,
            "password": login_name,
            "company_id": store["company_id"],
            "company_ids": [[6, 0, [store["company_id"]]]],
            "groups_id": [[6, 0, [group]]],
        },
    )
    return store["server"].session(login_name, login_name)


def _settle(store):
    call = store["call"]
    (cron,) = call(
        "ir.model.data",
        "search_read",
        [["module", "=", "mall_distribution"], ["name", "=", "cron_mall_commission_settle"]],
        ["res_id"],
    )
    call("ir.cron", "method_direct_trigger", [cron["res_id"]])


def test_two_level_distribution_journey(store, sim):
    call, url = store["call"], store["url"]
    variant_id = _product(store, 100.0)

    # 1. A is a promoter; B comes through A's share and becomes one; C through B's
    a_body, a_auth = login(store, sim)
    a_code = _become_promoter(store, a_auth, a_body["member"]["id"], "王大")
    b_body, b_auth = login(store, sim, scene=f"p=1&u={a_code}")
    b_code = _become_promoter(store, b_auth, b_body["member"]["id"], "李二")
    c_body, c_auth = login(store, sim, scene=f"u={b_code}")
    c_id = c_body["member"]["id"]
    bound = call("res.partner", "read", [c_id, b_body["member"]["id"]], ["mall_dist_parent_id"])
    assert [p["mall_dist_parent_id"][0] for p in bound] == [
        b_body["member"]["id"],
        a_body["member"]["id"],
    ]
    assert (_me(store, a_auth)["team_level1"], _me(store, a_auth)["team_level2"]) == (1, 1)
    # C logging in again through A's share changes nothing: first binding wins
    c_scene = call("res.partner", "read", [c_id], ["mall_openid"])[0]["mall_openid"]
    response = requests.post(
        f"{url}/auth/login",
        json={"code": sim.add_code(store["appid"], c_scene), "scene": f"u={a_code}"},
        timeout=30,
    )
    assert response.status_code == 200, response.text
    assert (
        call("res.partner", "read", [c_id], ["mall_dist_parent_id"])[0]["mall_dist_parent_id"][0]
        == b_body["member"]["id"]
    )

    # 2. C orders two bags at 100 and pays with WeChat Pay
    address_id = add_address(store, c_auth)
    response = requests.post(
        f"{url}/orders",
        json={"address_id": address_id, "lines": [{"product_id": variant_id, "qty": 2}]},
        headers={**c_auth, "Idempotency-Key": uuid.uuid4().hex},
        timeout=60,
    )
    assert response.status_code == 201, response.text
    order = response.json()
    assert order["amount_total"] == pytest.approx(200.0)
    response = requests.post(f"{url}/orders/{order['id']}/pay", headers=c_auth, timeout=60)
    assert response.status_code == 200, response.text
    tx_ids = call("sale.order", "read", [order["id"]], ["transaction_ids"])[0]["transaction_ids"]
    (tx,) = call("payment.transaction", "read", tx_ids, ["reference"])
    sim.pay(tx["reference"], mchid=MCHID)
    wait(
        lambda: call("sale.order", "read", [order["id"]], ["state"])[0]["state"] == "sale",
        message="order paid and confirmed",
    )
    b_me, a_me = _me(store, b_auth), _me(store, a_auth)
    assert (b_me["pending"], a_me["pending"]) == (20.0, 10.0)
    (b_line,) = _ledger(store, b_auth)
    assert (b_line["kind"], b_line["level"], b_line["order_name"]) == ("pending", 1, order["name"])
    assert _ledger(store, a_auth)[0]["level"] == 2
    # C is no promoter
    response = requests.get(f"{url}/me/promoter/commissions", headers=c_auth, timeout=30)
    assert response.status_code == 409 and response.json()["error"]["code"] == "not_promoter"

    # 3. shipped and received; a partial refund (one bag) reverses half
    ship_order(store, order["id"])
    response = requests.post(f"{url}/orders/{order['id']}/receive", headers=c_auth, timeout=60)
    assert response.status_code == 200, response.text
    (line,) = response.json()["lines"]
    _refund(store, c_auth, order["id"], line["id"], 1)
    wait(
        lambda: any(x["kind"] == "reversed" for x in _ledger(store, b_auth)),
        message="commissions reversed",
    )
    wait(
        lambda: any(x["kind"] == "reversed" for x in _ledger(store, a_auth)), message="L2 reversed"
    )
    assert (_me(store, b_auth)["pending"], _me(store, a_auth)["pending"]) == (10.0, 5.0)

    # 4. time moved: received 8 days ago, the cron settles
    _settle(store)
    assert _me(store, b_auth)["settleable"] == 0.0  # the window is still open
    eight_days_ago = (datetime.datetime.utcnow() - datetime.timedelta(days=8)).strftime(
        "%Y-%m-%d %H:%M:%S"
    )
    call("sale.order", "write", [order["id"]], {"mall_received_at": eight_days_ago})
    _settle(store)
    b_me, a_me = _me(store, b_auth), _me(store, a_auth)
    assert (b_me["pending"], b_me["settleable"]) == (0.0, 10.0)
    assert (a_me["pending"], a_me["settleable"]) == (0.0, 5.0)

    # 5. B withdraws 10; two finance users approve at the same moment: paid once
    response = requests.post(
        f"{url}/me/promoter/withdrawals", json={"amount": 10}, headers=b_auth, timeout=30
    )
    assert response.status_code == 201, response.text
    withdrawal = response.json()
    assert withdrawal["state"] == "requested"
    assert _me(store, b_auth)["settleable"] == 0.0
    finance = [_finance_user(store, f"fin{secrets.token_hex(3)}") for _i in range(2)]
    barrier = threading.Barrier(2)
    results = []

    def approve(session):
        barrier.wait()
        results.append(
            store["server"].call(session, "mall.withdrawal", "action_approve", [withdrawal["id"]])
        )

    threads = [threading.Thread(target=approve, args=(s,)) for s in finance]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert sorted("error" in r for r in results) == [False, True], results
    (refused,) = [r for r in results if "error" in r]
    message = refused["error"]["data"]["message"]
    assert "already handled" in message or "已被处理" in message, refused
    (record,) = call("mall.withdrawal", "read", [withdrawal["id"]], ["transfer_id"])
    (transfer,) = call(
        "payment.wechatpay.transfer", "read", [record["transfer_id"][0]], ["out_bill_no"]
    )
    bills = sim.transfers(transfer["out_bill_no"])
    assert len(bills) == 1 and bills[0]["create_requests"] == 1, bills
    assert (bills[0]["transfer_amount"], bills[0]["user_name"]) == (1000, "李二")

    def paid():
        items = requests.get(f"{url}/me/promoter/withdrawals", headers=b_auth, timeout=30).json()
        return items["items"][0] if items["items"][0]["state"] == "paid" else None

    assert wait(paid, message="transfer notify applied")["transfer_state"] == "success"
    b_me = _me(store, b_auth)
    assert (b_me["settleable"], b_me["withdrawn"]) == (0.0, 10.0)
    assert [t["state"] for t in sim.transfers()] == ["SUCCESS"]

    # 6. A's transfer fails at WeChat Pay: the amount comes back, the reason shows
    response = requests.post(
        f"{url}/me/promoter/withdrawals", json={"amount": 5}, headers=a_auth, timeout=30
    )
    assert response.status_code == 201, response.text
    sim.transfer_outcome("FAIL", fail_reason="REAL_NAME_CHECK_FAIL")
    call("mall.withdrawal", "action_approve", [response.json()["id"]])

    def failed():
        items = requests.get(f"{url}/me/promoter/withdrawals", headers=a_auth, timeout=30).json()
        return items["items"][0] if items["items"][0]["state"] == "failed" else None

    assert wait(failed, message="transfer failure applied")["fail_reason"] == "REAL_NAME_CHECK_FAIL"
    assert _me(store, a_auth)["settleable"] == 5.0
    assert [x["kind"] for x in _ledger(store, a_auth)][:2] == ["returned", "withdrawal"]

    # 7. a refund after settlement (the other bag): clawed back, below zero for B
    _refund(store, c_auth, order["id"], line["id"], 1)
    wait(lambda: any(x["kind"] == "clawback" for x in _ledger(store, b_auth)), message="clawback")
    wait(
        lambda: any(x["kind"] == "clawback" for x in _ledger(store, a_auth)), message="L2 clawback"
    )
    (claw,) = [x for x in _ledger(store, b_auth) if x["kind"] == "clawback"]
    assert claw["amount"] == -10.0
    b_me, a_me = _me(store, b_auth), _me(store, a_auth)
    assert (b_me["settleable"], b_me["withdrawn"]) == (-10.0, 10.0)
    assert a_me["settleable"] == 0.0
    # a transfer is sent once per withdrawal in all: B's paid, A's failed
    assert sorted(t["state"] for t in sim.transfers()) == ["FAIL", "SUCCESS"]
