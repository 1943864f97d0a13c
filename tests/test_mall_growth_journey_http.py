"""The growth loop over real HTTP (issue #17): a clerk's WeCom QR code, the
customer adding the clerk (WeCom's signed, encrypted callback from the
simulator), the welcome message with the new-member gift page sent within
WeCom's window, the same person (same UnionID) logging in to the
mini-program, attributed to that store and clerk, holding the new-member
coupon, ordering with it and paying on WeChat Pay; the store report and the
clerk ranking show the order. A forged callback writes nothing, and the
store's manager sees only their store over JSON-RPC."""

import base64
import io
import secrets
import string
import uuid

import pytest
import requests
from PIL import Image

from .storefront import add_address, configure_store, rpc_result, wait

try:
    from tests.wechat_simulator.client import Simulator
except ImportError:  # run from inside tests/
    from wechat_simulator.client import Simulator

MCHID = "1900000917"


def _png():
    out = io.BytesIO()
    Image.new("RGB", (60, 40), (228, 57, 60)).save(out, format="PNG")
    return base64.b64encode(out.getvalue()).decode()


PNG = _png()


@pytest.fixture(scope="module")
def growth(odoo_server):
    sim = Simulator.start()
    store = configure_store(
        odoo_server, sim, MCHID, requires=("mall_campaign", "model_mall_campaign")
    )
    call = store["call"]
    company_id = store["company_id"]
    corpid = "ww" + secrets.token_hex(8)
    secret = secrets.token_hex(16)
    token = secrets.token_hex(8)
    aes_key = "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(43))
    suffix = secrets.token_hex(3)
    clerk_userid = f"zs{suffix}"
    sim.add_corp(
        corpid,
        [secret],
        token,
        aes_key,
        callback_url=f"{odoo_server.url}/wecom/callback/{company_id}",
        users=[clerk_userid, f"ls{suffix}"],
    )
    call(
        "res.company",
        "write",
        [company_id],
        {
            "wecom_corp_id": corpid,
            "wecom_contact_secret": secret,
            "wecom_callback_token": token,
            "wecom_encoding_aes_key": aes_key,
            "wecom_api_base_url": sim.base_url,
            "wecom_welcome_text": "欢迎光临",
            "wecom_welcome_mp_appid": store["appid"],
            "wecom_welcome_mp_image": PNG,
        },
    )
    # no other gift campaign running
    running = call("mall.campaign", "search", [["running", "=", True], ["kind", "=", "new_member"]])
    call("mall.campaign", "write", running, {"state": "closed"})
    store_id = call(
        "mall.store",
        "create",
        {"name": f"南京路店{suffix}", "code": f"N{suffix}", "company_id": company_id},
    )
    other_store_id = call(
        "mall.store",
        "create",
        {"name": f"徐家汇店{suffix}", "code": f"X{suffix}", "company_id": company_id},
    )
    clerk_id = call(
        "mall.clerk",
        "create",
        {"name": "张三", "code": f"Z{suffix}", "store_id": store_id, "wecom_userid": clerk_userid},
    )
    coupon_id = call(
        "mall.coupon",
        "create",
        {
            "name": "新人专享 无门槛5元",
            "kind": "new_member",
            "amount": 5,
            "validity": "days",
            "validity_days": 7,
            "claim_mode": "granted",
            "company_id": company_id,
        },
    )
    campaign_id = call(
        "mall.campaign",
        "create",
        {
            "name": "新人礼",
            "code": f"G{suffix}",
            "kind": "new_member",
            "coupon_id": coupon_id,
            "company_id": company_id,
            "welcome_text": "欢迎！点开小程序领取新人礼。",
            "banner": PNG,
            "state": "published",
        },
    )
    group = call(
        "ir.model.data",
        "search_read",
        [["module", "=", "mall_base"], ["name", "=", "group_mall_store_manager"]],
        ["res_id"],
    )[0]["res_id"]
    password = secrets.token_urlsafe(12)
    manager_id = call(
        "res.users",
        "create",
        {
            "name": "店长",
            "login": f"manager-{suffix}",
            "password": password,
            "company_id": company_id,
            "company_ids": [[6, 0, [company_id]]],
            "groups_id": [[6, 0, [group]]],
        },
    )
    call("mall.store", "write", [store_id], {"manager_ids": [[6, 0, [manager_id]]]})
    yield {
        **store,
        "sim": sim,
        "corpid": corpid,
        "clerk_userid": clerk_userid,
        "store_id": store_id,
        "other_store_id": other_store_id,
        "clerk_id": clerk_id,
        "coupon_id": coupon_id,
        "campaign_id": campaign_id,
        "manager": (f"manager-{suffix}", password),
    }
    call("mall.campaign", "write", [campaign_id], {"state": "closed"})
    sim.stop()


def _login(growth, unionid=None, scene=None):
    sim = growth["sim"]
    openid = "o" + secrets.token_hex(12)
    extra = {"unionid": unionid} if unionid else {}
    body = {"code": sim.add_code(growth["appid"], openid, **extra)}
    if scene:
        body["scene"] = scene
    response = requests.post(f"{growth['url']}/auth/login", json=body, timeout=30)
    assert response.status_code == 200, response.text
    return response.json(), {"Authorization": f"Bearer {response.json()['token']}"}


def test_growth_journey(growth, odoo_server):
    sim, call, url = growth["sim"], growth["call"], growth["url"]
    # the clerk's contact-way QR code, created at WeCom
    action = call("mall.clerk", "action_mall_wecom_way", [growth["clerk_id"]])
    (way,) = call(
        "wecom.contact.way", "read", [action["res_id"]], ["state", "config_id", "qr_image"]
    )
    assert way["config_id"] and way["qr_image"]
    assert way["state"].startswith("clerk_qr:")
    assert way["config_id"] in [w["config_id"] for w in sim.wecom_contact_ways()]

    # the customer adds the clerk in WeCom
    unionid = "union-" + secrets.token_hex(6)
    added = sim.wecom_add_contact(
        growth["corpid"], growth["clerk_userid"], state=way["state"], unionid=unionid, name="李雷"
    )
    assert added["callback"]["status"] == 200

    def processed():
        rows = call(
            "wecom.event",
            "search_read",
            [["external_userid", "=", added["external_userid"]]],
            ["welcome_status", "status", "contact_id"],
        )
        return rows if rows and rows[0]["status"] == "processed" else None

    (event,) = wait(processed, timeout=60, message="welcome sent and event processed")
    assert event["welcome_status"] == "sent"
    (send,) = [
        s for s in sim.wecom_welcome()["sends"] if s["welcome_code"] == added["welcome_code"]
    ]
    assert send["errcode"] == 0 and send["within_window"]
    assert send["payload"]["text"]["content"] == "欢迎！点开小程序领取新人礼。"
    (card,) = [a for a in send["payload"]["attachments"] if a["msgtype"] == "miniprogram"]
    assert card["miniprogram"]["page"].startswith(
        f"pages/campaign/gift?id={growth['campaign_id']}&scene=clerk_qr:"
    )
    (contact,) = call(
        "wecom.external.contact", "read", [event["contact_id"][0]], ["unionid", "mall_partner_id"]
    )
    assert contact["unionid"] == unionid and not contact["mall_partner_id"], "pending"

    # the same person opens the mini-program from the card
    body, auth = _login(growth, unionid=unionid, scene=None)
    member_id = body["member"]["id"]
    (member,) = call(
        "res.partner",
        "read",
        [member_id],
        ["mall_attr_source", "mall_store_id", "mall_clerk_id", "wecom_contact_ids"],
    )
    assert member["mall_attr_source"] == "clerk"
    assert member["mall_store_id"][0] == growth["store_id"]
    assert member["mall_clerk_id"][0] == growth["clerk_id"]
    assert member["wecom_contact_ids"] == [event["contact_id"][0]]

    # the new-member coupon, once (given by a job right after the login)
    coupons = wait(
        lambda: requests.get(f"{url}/me/coupons", headers=auth, timeout=30).json()["items"],
        message="the new-member coupon",
    )
    assert [c["coupon_id"] for c in coupons] == [growth["coupon_id"]]
    code = coupons[0]["code"]

    # order with it and pay
    products = requests.get(f"{url}/products", timeout=30).json()["items"]
    product = max(products, key=lambda p: p["price_from"])
    detail = requests.get(f"{url}/products/{product['id']}", timeout=30).json()
    address_id = add_address(growth, auth)
    response = requests.post(
        f"{url}/orders",
        json={
            "address_id": address_id,
            "lines": [{"product_id": detail["variants"][0]["id"], "qty": 1}],
            "coupon_codes": [code],
        },
        headers={**auth, "Idempotency-Key": str(uuid.uuid4())},
        timeout=60,
    )
    assert response.status_code == 201, response.text
    order = response.json()
    assert order["amount_discount"] == -5.0
    assert requests.post(f"{url}/orders/{order['id']}/pay", headers=auth, timeout=60).ok
    tx_ids = call("sale.order", "read", [order["id"]], ["transaction_ids"])[0]["transaction_ids"]
    reference = call("payment.transaction", "read", tx_ids, ["reference"])[0]["reference"]
    sim.pay(reference, mchid=MCHID)
    wait(
        lambda: call("sale.order", "read", [order["id"]], ["state"])[0]["state"] == "sale",
        message="order paid",
    )
    (sale,) = call(
        "sale.order",
        "read",
        [order["id"]],
        ["mall_member_store_id", "mall_member_clerk_id", "amount_total"],
    )
    assert sale["mall_member_store_id"][0] == growth["store_id"]
    assert sale["mall_member_clerk_id"][0] == growth["clerk_id"]
    coupons = requests.get(f"{url}/me/coupons", headers=auth, timeout=30).json()["items"]
    assert [c["state"] for c in coupons] == ["used"]

    # the store report and the clerk ranking
    rows = call(
        "mall.attribution.report",
        "read_group",
        [["store_id", "=", growth["store_id"]]],
        ["new_members:sum", "first_orders:sum", "orders:sum", "gmv:sum"],
        [],
    )
    assert (rows[0]["new_members"], rows[0]["first_orders"], rows[0]["orders"]) == (1, 1, 1)
    assert rows[0]["gmv"] == pytest.approx(sale["amount_total"])
    (rank,) = call(
        "mall.clerk.ranking",
        "search_read",
        [["clerk_id", "=", growth["clerk_id"]]],
        ["orders", "gmv", "new_members"],
    )
    assert (rank["orders"], rank["new_members"]) == (1, 1)
    assert rank["gmv"] == pytest.approx(sale["amount_total"])

    # a forged callback writes nothing
    events = call("wecom.event", "search_count", [])
    contacts = call("wecom.external.contact", "search_count", [])
    logs = call("mall.attribution.log", "search_count", [])
    forged = sim.wecom_add_contact(
        growth["corpid"],
        growth["clerk_userid"],
        state=way["state"],
        unionid=unionid,
        forge="signature",
    )
    assert forged["callback"]["status"] == 403
    assert call("wecom.event", "search_count", []) == events
    assert call("wecom.external.contact", "search_count", []) == contacts
    assert call("mall.attribution.log", "search_count", []) == logs

    # the store manager, over JSON-RPC: their store's member and order only
    other, _auth = _login(
        growth,
        scene=f"s={call('mall.store', 'read', [growth['other_store_id']], ['code'])[0]['code']}",
    )
    session = odoo_server.session(*growth["manager"])

    def as_manager(model, method, *args, **kwargs):
        return rpc_result(odoo_server.call(session, model, method, *args, **kwargs))

    members = as_manager(
        "res.partner", "search", [["id", "in", [member_id, other["member"]["id"]]]]
    )
    assert members == [member_id]
    assert as_manager("sale.order", "search", [["id", "=", order["id"]]]) == [order["id"]]
    assert as_manager("mall.store", "search", []) == [growth["store_id"]]
    denied = odoo_server.call(session, "res.partner", "read", [other["member"]["id"]], ["name"])
    assert "error" in denied
    report = as_manager("mall.attribution.report", "read_group", [], ["orders:sum"], ["store_id"])
    assert [row["store_id"][0] for row in report] == [growth["store_id"]]


def test_parallel_registrations_share_a_limited_gift(growth):
    """Six new people register at the same moment while the gift coupon has
    three left: every login succeeds, three members get the coupon, each
    member has one gift row (the others with the reason), nothing oversold."""
    import threading

    sim, call, company_id = growth["sim"], growth["call"], growth["company_id"]
    call("mall.campaign", "write", [growth["campaign_id"]], {"state": "closed"})
    coupon_id = call(
        "mall.coupon",
        "create",
        {
            "name": "新人专享 限量3张",
            "kind": "new_member",
            "amount": 3,
            "validity": "days",
            "validity_days": 7,
            "total_qty": 3,
            "claim_mode": "granted",
            "company_id": company_id,
        },
    )
    campaign_id = call(
        "mall.campaign",
        "create",
        {
            "name": "限量新人礼",
            "code": "L" + secrets.token_hex(4),
            "kind": "new_member",
            "coupon_id": coupon_id,
            "company_id": company_id,
            "state": "published",
        },
    )
    codes = [sim.add_code(growth["appid"], "o" + secrets.token_hex(12)) for _ in range(6)]
    barrier = threading.Barrier(len(codes))
    results = []

    def login(code):
        session = requests.Session()
        session.trust_env = False
        barrier.wait()
        response = session.post(f"{growth['url']}/auth/login", json={"code": code}, timeout=120)
        results.append((response.status_code, response.json()))

    threads = [threading.Thread(target=login, args=(code,)) for code in codes]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert [status for status, _body in results] == [200] * 6, results
        member_ids = sorted(body["member"]["id"] for _status, body in results)

        def gifts_done():
            rows = call(
                "mall.campaign.gift",
                "search_read",
                [["partner_id", "in", member_ids]],
                ["partner_id", "card_id", "error"],
            )
            return rows if all(r["card_id"] or r["error"] for r in rows) else None

        gifts = wait(gifts_done, message="the gifts given by the jobs")
        assert sorted(g["partner_id"][0] for g in gifts) == member_ids
        assert len([g for g in gifts if g["card_id"]]) == 3
        assert all(g["error"] for g in gifts if not g["card_id"])
        cards = call("loyalty.card", "search", [["mall_coupon_id", "=", coupon_id]])
        assert len(cards) == 3
        assert call("mall.coupon", "read", [coupon_id], ["issued_count"])[0]["issued_count"] == 3
    finally:
        call("mall.campaign", "write", [campaign_id], {"state": "closed"})
