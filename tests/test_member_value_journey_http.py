"""Member value over real HTTP with the WeChat simulator (issue #15's journey).

A member claims a 满减 coupon in the coupon center, sees it usable at
checkout for a qualifying cart and not for another, pays with the coupon,
points and WeChat Pay for the rest, receives the order, earns points,
reaches a level whose member prices the catalogue then shows, reviews the
order with a photo (and gets the review's points), and a partial refund
gives back the right points and only cash through WeChat Pay.

Every amount asserted is what the rules make of the order's own figures:
the product costs 300 without taxes, two of them (600), 满500减50, 100
points at ¥1 (the cap, 50% of the goods after coupons, is 275), so 450 goes
to WeChat Pay when the store ships free.
"""

import base64
import math
import secrets
import uuid

import pytest
import requests

from .storefront import add_address, configure_store, login, ship_order, stock_up, wait

try:
    from tests.wechat_simulator.client import Simulator
except ImportError:  # run from inside tests/
    from wechat_simulator.client import Simulator

MCHID = "1900000888"
# a 2x2 PNG photo
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg=="
)


@pytest.fixture(scope="module")
def sim():
    simulator = Simulator.start(time_scale=0.001, settings={"refund_delay": 0.3})
    yield simulator
    simulator.stop()


@pytest.fixture(scope="module")
def store(odoo_server, sim):
    store = configure_store(
        odoo_server, sim, MCHID, requires=("mall_member", "model_mall_member_level")
    )
    call = store["call"]
    for module, name in (
        ("mall_coupon", "model_mall_coupon"),
        ("mall_review", "model_mall_review"),
    ):
        if not call(
            "ir.model.data", "search_count", [["module", "=", module], ["name", "=", name]]
        ):
            pytest.skip(f"{module} is not installed in this database")
    call("ir.config_parameter", "set_param", "mall_review.post_rate_limit", "0")
    call(
        "res.company",
        "write",
        [store["company_id"]],
        {
            # shipping free, so that every amount below is the goods'
            "mall_delivery_carrier_id": False,
            "mall_delivery_carrier_ids": [[5, 0, 0]],
            "mall_points_per_100": 1.0,
            "mall_points_value": 1.0,
            "mall_points_max_percent": 50.0,
            "mall_growth_per_yuan": 1.0,
            "mall_review_reward": "points",
            "mall_review_reward_points": 10,
            "mall_review_moderate_all": False,
            "mall_review_sensitive_words": False,
        },
    )
    return store


def _product(store, price, stock=10):
    """A new published product sold from the warehouse, without taxes, with
    ``stock`` on hand: ``(template id, variant id)``."""
    call = store["call"]
    tag = secrets.token_hex(3)
    supplier_id = call(
        "res.partner", "create", {"name": f"会员旅程米业 {tag}", "mall_is_supplier": True}
    )
    template_id = call(
        "product.template",
        "create",
        {
            "name": f"会员旅程五常米 {tag}",
            "list_price": price,
            "is_storable": True,
            "sale_ok": True,
            "mall_ok": True,
            "mall_fulfillment": "warehouse",
            "image_1920": base64.b64encode(PNG).decode(),
            "taxes_id": [[5, 0, 0]],
            "seller_ids": [[0, 0, {"partner_id": supplier_id, "price": price / 2}]],
        },
    )
    call("product.template", "write", [template_id], {"mall_published": True})
    variant_id = call("product.template", "read", [template_id], ["product_variant_ids"])[0][
        "product_variant_ids"
    ][0]
    stock_up(store, variant_id, stock)
    return template_id, variant_id


def _ledger(store, auth):
    response = requests.get(f"{store['url']}/me/points?page_size=50", headers=auth, timeout=30)
    assert response.status_code == 200, response.text
    return response.json()


def test_member_value_journey(store, sim):
    call, url = store["call"], store["url"]
    template_id, variant_id = _product(store, 300.0)
    _cheap_template, cheap_id = _product(store, 60.0)
    # a level reached at 400 of growth, with a member price of 270 on the product
    pricelist_id = call(
        "product.pricelist",
        "create",
        {
            "name": "旅程测试会员价",
            "company_id": store["company_id"],
            "item_ids": [
                [
                    0,
                    0,
                    {
                        "applied_on": "1_product",
                        "product_tmpl_id": template_id,
                        "compute_price": "fixed",
                        "fixed_price": 270.0,
                    },
                ]
            ],
        },
    )
    level_id = call(
        "mall.member.level",
        "create",
        {
            "name": "旅程银卡",
            "growth_min": 400,
            "pricelist_id": pricelist_id,
            "company_id": store["company_id"],
        },
    )
    coupon_id = call(
        "mall.coupon",
        "create",
        {
            "name": "满500减50",
            "kind": "threshold",
            "amount": 50,
            "min_amount": 500,
            "date_to": "2099-12-31",
            "total_qty": 10,
            "member_limit": 1,
            "company_id": store["company_id"],
        },
    )
    member, auth = login(store, sim)
    member_id = member["member"]["id"]
    address_id = add_address(store, auth)
    # the member's points: an operator's adjustment (logged, with its reason)
    wizard_id = call(
        "mall.points.adjust",
        "create",
        {"partner_id": member_id, "points": 100, "reason": "老客回馈"},
    )
    call("mall.points.adjust", "action_confirm", [wizard_id])
    assert _ledger(store, auth)["balance"] == 100

    # 1. the coupon center: claim the 满减 coupon
    center = requests.get(f"{url}/coupons", headers=auth, timeout=30).json()["items"]
    assert next(c for c in center if c["id"] == coupon_id)["can_claim"] is True
    response = requests.post(f"{url}/coupons/{coupon_id}/claim", headers=auth, timeout=30)
    assert response.status_code == 201, response.text
    code = response.json()["code"]

    # 2. usable at checkout for a qualifying cart, not for another
    def quote(lines, codes=(), use_points=False):
        response = requests.post(
            f"{url}/orders/quote",
            json={
                "address_id": address_id,
                "lines": [{"product_id": p, "qty": q} for p, q in lines],
                "coupon_codes": list(codes),
                "use_points": use_points,
            },
            headers=auth,
            timeout=60,
        )
        assert response.status_code == 200, response.text
        return response.json()

    small = quote([(cheap_id, 1)])
    assert code not in [c["code"] for c in small["coupons"]]
    big = quote([(variant_id, 2)])
    (option,) = [c for c in big["coupons"] if c["code"] == code]
    assert (option["discount"], option["preselected"]) == (50.0, True)
    assert big["points"]["balance"] == 100
    assert big["points"]["usable"] == 100  # within 50% of 550
    chosen = quote([(variant_id, 2)], [code], use_points=True)
    assert chosen["amount_shipping"] == 0
    assert chosen["amount_total"] == pytest.approx(450.0)

    # 3. the order: coupon + points + WeChat Pay for the rest
    response = requests.post(
        f"{url}/orders",
        json={
            "address_id": address_id,
            "lines": [{"product_id": variant_id, "qty": 2}],
            "coupon_codes": [code],
            "use_points": True,
        },
        headers={**auth, "Idempotency-Key": uuid.uuid4().hex},
        timeout=60,
    )
    assert response.status_code == 201, response.text
    order = response.json()
    assert order["amount_total"] == pytest.approx(450.0)
    assert (order["points_used"], order["amount_points"]) == (100, -100.0)
    assert _ledger(store, auth)["balance"] == 0  # reserved by the unpaid order
    response = requests.post(f"{url}/orders/{order['id']}/pay", headers=auth, timeout=60)
    assert response.status_code == 200, response.text
    tx_ids = call("sale.order", "read", [order["id"]], ["transaction_ids"])[0]["transaction_ids"]
    (tx,) = call("payment.transaction", "read", tx_ids, ["reference", "amount"])
    reference = tx["reference"]
    assert tx["amount"] == pytest.approx(450.0)  # WeChat Pay is asked for the cash only
    sim.pay(reference, mchid=MCHID)
    wait(
        lambda: call("sale.order", "read", [order["id"]], ["state"])[0]["state"] == "sale",
        message="order paid and confirmed",
    )

    # 4. the level: growth from the paid amount; the member's prices shown
    me = requests.get(f"{url}/me", headers=auth, timeout=30).json()
    assert me["growth_value"] == 450
    assert me["level"] == {"id": level_id, "name": "旅程银卡"}
    detail = requests.get(f"{url}/products/{template_id}", headers=auth, timeout=30).json()
    assert detail["member_price"] == pytest.approx(270.0)
    assert detail["member_level"] == "旅程银卡"
    anonymous = requests.get(f"{url}/products/{template_id}", timeout=30).json()
    assert anonymous["member_price"] is None
    assert anonymous["price_from"] == pytest.approx(300.0)

    # 5. shipped, received: the points earned are credited (450 of goods paid: 4)
    ledger = _ledger(store, auth)
    (earn,) = [line for line in ledger["items"] if line["kind"] == "earn"]
    assert (earn["points"], earn["pending"]) == (4, True)
    ship_order(store, order["id"])
    response = requests.post(f"{url}/orders/{order['id']}/receive", headers=auth, timeout=60)
    assert response.status_code == 200, response.text
    (line,) = response.json()["lines"]
    assert _ledger(store, auth)["balance"] == 4

    # 6. a review with a photo: published, shown on the product, 10 points once;
    # what is to review is the goods line, not the line the points paid
    pending = requests.get(f"{url}/me/reviews/pending", headers=auth, timeout=30).json()
    assert [item["order_line_id"] for item in pending["items"]] == [line["id"]]
    response = requests.post(
        f"{url}/reviews",
        json={
            "order_line_id": line["id"],
            "rating": 5,
            "text": "米香浓郁，煮粥很好喝",
            "images": [base64.b64encode(PNG).decode()],
        },
        headers=auth,
        timeout=60,
    )
    assert response.status_code == 201, response.text
    assert response.json()["state"] == "published"
    pending = requests.get(f"{url}/me/reviews/pending", headers=auth, timeout=30).json()
    assert pending["items"] == []
    reviews = requests.get(f"{url}/products/{template_id}/reviews", timeout=30).json()
    (shown,) = reviews["items"]
    assert shown["text"] == "米香浓郁，煮粥很好喝"
    assert len(shown["images"]) == 1
    assert requests.get(shown["images"][0]["url"], timeout=30).status_code == 200
    rewards = [x for x in _ledger(store, auth)["items"] if x["kind"] == "reward"]
    assert [x["points"] for x in rewards] == [10]
    assert _ledger(store, auth)["balance"] == 14

    # 7. a partial refund: one of the two units; cash back through WeChat Pay,
    # the points spent on it back, the points it earned taken back
    response = requests.post(
        f"{url}/after-sales",
        json={
            "order_id": order["id"],
            "lines": [{"order_line_id": line["id"], "qty": 1}],
            "type": "refund_only",
            "reason_code": "quality",
            "description": "有一袋破了",
        },
        headers=auth,
        timeout=60,
    )
    assert response.status_code == 201, response.text
    request = response.json()
    # its share of the cash: (600 - 50 - 100) / 2
    assert request["amount"] == pytest.approx(225.0)
    call("mall.after.sale", "action_approve", [request["id"]])

    def refunded():
        body = requests.get(f"{url}/after-sales/{request['id']}", headers=auth, timeout=30).json()
        return body if body["state"] == "refunded" else None

    wait(refunded, message="refunded")
    refunds = sim.control("GET", "refunds", params={"out_trade_no": reference})["refunds"]
    assert [r["amount"]["refund"] for r in refunds] == [22500]
    ledger = wait(
        lambda: (lambda body: body if any(x["kind"] == "refund" for x in body["items"]) else None)(
            _ledger(store, auth)
        ),
        message="points given back",
    )
    by_kind = {}
    for item in ledger["items"]:
        by_kind.setdefault(item["kind"], []).append(item["points"])
    assert by_kind["refund"] == [50]  # half of the 100 spent
    assert by_kind["reverse"] == [-math.floor(4 * 225 / 450)]
    assert ledger["balance"] == 4 + 10 - 2 + 50
