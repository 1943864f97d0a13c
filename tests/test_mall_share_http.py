"""Sharing and referral rewards over real HTTP with the WeChat simulator.

A member shares a product; a new shopper opens the link, registers through
it and buys: paid on the simulator, shipped by the warehouse over JSON-RPC,
received over the API. Then, and only then, the inviter and the invitee
each get their referral points, once: receiving another order, and two
orders of another invitee received at the same moment, give nothing more.
A member who opens their own link and a member who existed before the
invitation get nothing.
"""

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

MCHID = "1900000777"
# a 2x2 PNG: the product's picture (a mall product is published with one)
PNG_B64 = (
    "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5"
    "ErkJggg=="
)
INVITER_POINTS = 100
INVITEE_POINTS = 50


@pytest.fixture(scope="module")
def sim():
    simulator = Simulator.start(time_scale=0.001)
    yield simulator
    simulator.stop()


@pytest.fixture(scope="module")
def store(odoo_server, sim):
    store = configure_store(odoo_server, sim, MCHID, requires=("mall_share", "model_mall_share"))
    store["call"](
        "res.company",
        "write",
        [store["company_id"]],
        {
            "mall_delivery_carrier_id": False,
            "mall_delivery_carrier_ids": [[5, 0, 0]],
            "mall_share_invite_reward": "points",
            "mall_share_inviter_points": INVITER_POINTS,
            "mall_share_invitee_points": INVITEE_POINTS,
            "mall_share_register_points": 0,
        },
    )
    return store


def _product(store, price=39.9, stock=50):
    """A published product sold from the warehouse, without taxes: its
    ``(template id, variant id)``."""
    call = store["call"]
    tag = secrets.token_hex(3)
    supplier_id = call(
        "res.partner", "create", {"name": f"分享旅程米业 {tag}", "mall_is_supplier": True}
    )
    template_id = call(
        "product.template",
        "create",
        {
            "name": f"分享旅程小站稻 {tag}",
            "list_price": price,
            "is_storable": True,
            "sale_ok": True,
            "mall_ok": True,
            "mall_fulfillment": "warehouse",
            "image_1920": PNG_B64,
            "taxes_id": [[5, 0, 0]],
            "seller_ids": [[0, 0, {"partner_id": supplier_id, "price": price / 2}]],
        },
    )
    call("product.template", "write", [template_id], {"mall_published": True})
    (variant_id,) = call("product.template", "read", [template_id], ["product_variant_ids"])[0][
        "product_variant_ids"
    ][:1]
    stock_up(store, variant_id, stock)
    return template_id, variant_id


def _login_as(store, sim, openid, scene=None):
    """The shopper of ``openid`` logs in (again): auth headers."""
    body = {"code": sim.add_code(store["appid"], openid)}
    if scene:
        body["scene"] = scene
    response = requests.post(f"{store['url']}/auth/login", json=body, timeout=30)
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['token']}"}


def _paid_shipped_order(store, sim, auth, address_id, variant_id):
    """An order placed, paid on the simulator and shipped by the warehouse: its id."""
    url, call = store["url"], store["call"]
    response = requests.post(
        f"{url}/orders",
        json={"address_id": address_id, "lines": [{"product_id": variant_id, "qty": 1}]},
        headers={**auth, "Idempotency-Key": uuid.uuid4().hex},
        timeout=60,
    )
    assert response.status_code == 201, response.text
    order_id = response.json()["id"]
    response = requests.post(f"{url}/orders/{order_id}/pay", headers=auth, timeout=60)
    assert response.status_code == 200, response.text
    tx_ids = call("sale.order", "read", [order_id], ["transaction_ids"])[0]["transaction_ids"]
    (tx,) = call("payment.transaction", "read", tx_ids, ["reference"])
    sim.pay(tx["reference"], mchid=MCHID)
    wait(
        lambda: call("sale.order", "read", [order_id], ["state"])[0]["state"] == "sale",
        message="order paid and confirmed",
    )
    ship_order(store, order_id)
    return order_id


def _receive(store, auth, order_id):
    response = requests.post(f"{store['url']}/orders/{order_id}/receive", headers=auth, timeout=60)
    assert response.status_code == 200, response.text
    assert response.json()["state"] == "done"


def _rewards(store, auth):
    response = requests.get(f"{store['url']}/me/points?page_size=50", headers=auth, timeout=30)
    assert response.status_code == 200, response.text
    return sorted(line["points"] for line in response.json()["items"] if line["kind"] == "reward")


def _invites(store, auth):
    response = requests.get(f"{store['url']}/me/invites", headers=auth, timeout=30)
    assert response.status_code == 200, response.text
    return response.json()


def test_an_invite_rewards_both_members_once(store, sim):
    url = store["url"]
    _template_id, variant_id = _product(store)
    template_id = _template_id

    # the inviter shares the product
    inviter, inviter_auth = login(store, sim)
    inviter_openid = store["call"](
        "res.partner", "read", [inviter["member"]["id"]], ["mall_openid"]
    )[0]["mall_openid"]
    inviter_address = add_address(store, inviter_auth)
    response = requests.post(
        f"{url}/shares", json={"product_id": template_id}, headers=inviter_auth, timeout=30
    )
    assert response.status_code == 200, response.text
    scene = response.json()["scene"]
    assert scene.startswith(f"u={inviter['member']['share_code']}&p={template_id}&h=")

    # a new shopper opens it, registers through it, and is counted once
    client_id = "c" + secrets.token_hex(8)
    response = requests.post(
        f"{url}/shares/open", json={"scene": scene, "client_id": client_id}, timeout=30
    )
    assert response.json() == {"counted": True, "product_id": template_id}
    _invitee, invitee_auth = login(store, sim, scene=scene)
    response = requests.post(
        f"{url}/shares/open",
        json={"scene": scene, "client_id": client_id},
        headers=invitee_auth,
        timeout=30,
    )
    assert response.json()["counted"] is False
    invitee_address = add_address(store, invitee_auth)

    # a member from before opens the link and logs in with it; the inviter too
    existing_openid = "o" + secrets.token_hex(12)
    existing_auth = _login_as(store, sim, existing_openid)
    existing_auth = _login_as(store, sim, existing_openid, scene=scene)
    existing_address = add_address(store, existing_auth)
    inviter_auth = _login_as(store, sim, inviter_openid, scene=scene)

    # the invitee's first order: paid and shipped is not enough
    first = _paid_shipped_order(store, sim, invitee_auth, invitee_address, variant_id)
    assert _rewards(store, inviter_auth) == []
    assert _invites(store, inviter_auth)["items"][0]["state"] == "registered"
    _receive(store, invitee_auth, first)
    assert _rewards(store, inviter_auth) == [INVITER_POINTS]
    assert _rewards(store, invitee_auth) == [INVITEE_POINTS]
    invites = _invites(store, inviter_auth)
    assert (invites["invited"], invites["rewarded"]) == (1, 1)
    assert invites["items"][0]["reward"] == f"{INVITER_POINTS} 积分"

    # another order of the invitee received: nothing more
    second = _paid_shipped_order(store, sim, invitee_auth, invitee_address, variant_id)
    _receive(store, invitee_auth, second)
    assert _rewards(store, inviter_auth) == [INVITER_POINTS]
    assert _rewards(store, invitee_auth) == [INVITEE_POINTS]

    # the member from before and the inviter's own orders: nothing
    for auth, address_id in ((existing_auth, existing_address), (inviter_auth, inviter_address)):
        order_id = _paid_shipped_order(store, sim, auth, address_id, variant_id)
        _receive(store, auth, order_id)
    assert _rewards(store, existing_auth) == []
    assert _rewards(store, inviter_auth) == [INVITER_POINTS]

    # another invitee's two orders received at the same moment: rewarded once
    _other, other_auth = login(store, sim, scene=scene)
    other_address = add_address(store, other_auth)
    orders = [
        _paid_shipped_order(store, sim, other_auth, other_address, variant_id) for _i in range(2)
    ]
    barrier = threading.Barrier(len(orders))
    statuses = []

    def receive(order_id):
        session = requests.Session()
        session.trust_env = False
        barrier.wait()
        response = session.post(f"{url}/orders/{order_id}/receive", headers=other_auth, timeout=120)
        statuses.append(response.status_code)

    threads = [threading.Thread(target=receive, args=(order_id,)) for order_id in orders]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [200, 200]
    assert _rewards(store, other_auth) == [INVITEE_POINTS]
    assert _rewards(store, inviter_auth) == [INVITER_POINTS, INVITER_POINTS]

    # what the inviter's share brought
    shares = requests.get(f"{url}/me/shares", headers=inviter_auth, timeout=30).json()
    (item,) = [s for s in shares["items"] if s["scene"] == scene]
    assert (item["opens"], item["registrations"]) == (1, 2)
    # the invitees' orders (2 + 2) count for the share they registered through
    assert item["orders"] == 4
