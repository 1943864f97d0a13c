"""What the storefront journeys over HTTP share: one WeChat app and WeChat
Pay merchant of the simulator wired to the storefront's company, JSON-RPC as
the administrator, and polling for what the server does after commit."""

import secrets
import threading
import time
import uuid

import pytest
import requests

try:
    from tests.wechat_simulator.client import MerchantKeys
except ImportError:  # run from inside tests/
    from wechat_simulator.client import MerchantKeys

API = "/mall/v1"


def rpc_result(body):
    assert "error" not in body, body["error"]
    return body.get("result")


def wait(predicate, timeout=60.0, message="condition"):
    """Poll ``predicate`` until it returns something truthy; return that."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"{message} not met within {timeout}s")
        time.sleep(0.2)


def configure_store(odoo_server, sim, mchid, requires=("mall_api", "mall_api_endpoint")):
    """Point the storefront's company (mini-program and WeChat Pay) at a new
    app and merchant of ``sim``; rate limits off. Skips the module's tests
    when the record ``requires`` (module, xmlid name) is not installed."""
    admin = odoo_server.session()

    def call(model, method, *args, **kwargs):
        return rpc_result(odoo_server.call(admin, model, method, *args, **kwargs))

    module, name = requires
    if not call("ir.model.data", "search_count", [["module", "=", module], ["name", "=", name]]):
        pytest.skip(f"{module} is not installed in this database")
    (endpoint_ref,) = call(
        "ir.model.data",
        "search_read",
        [["module", "=", "mall_api"], ["name", "=", "mall_api_endpoint"]],
        ["res_id"],
    )
    endpoint = call("fastapi.endpoint", "read", [endpoint_ref["res_id"]], ["company_id"])[0]
    company_id = endpoint["company_id"][0]
    appid = "wx" + secrets.token_hex(8)
    secret = secrets.token_hex(16)
    merchant = MerchantKeys.generate(mchid, appids=[appid])
    sim.add_app(appid, secret)
    sim.add_merchant(merchant)
    keys = sim.keys()
    call(
        "res.company",
        "write",
        [company_id],
        {
            "wechat_mp_appid": appid,
            "wechat_mp_secret": secret,
            "wechat_mp_api_base_url": sim.base_url,
        },
    )
    (provider_id,) = call(
        "payment.provider",
        "search",
        [["code", "=", "wechatpay"], ["company_id", "=", company_id]],
        limit=1,
    )
    call(
        "payment.provider",
        "write",
        [provider_id],
        {
            "state": "test",
            "wechatpay_mchid": mchid,
            "wechatpay_appid": appid,
            "wechatpay_apiv3_key": merchant.apiv3_key,
            "wechatpay_cert_serial_no": merchant.serial,
            "wechatpay_private_key": merchant.private_key_pem,
            "wechatpay_api_base_url": sim.base_url,
            "wechatpay_verification_mode": "public_key",
            "wechatpay_public_key": keys["public_key_pem"],
            "wechatpay_public_key_id": keys["public_key_id"],
        },
    )
    for param in (
        "mall_api.login_rate_limit",
        "mall_api.order_rate_limit",
        "mall_api.order_ip_rate_limit",
        "mall_api.coupon_rate_limit",
        "mall_after_sale.request_rate_limit",
    ):
        call("ir.config_parameter", "set_param", param, "0")
    return {
        "url": odoo_server.url + API,
        "appid": appid,
        "call": call,
        "server": odoo_server,
        "company_id": company_id,
    }


def login(store, sim, scene=None):
    """A new shopper logs in with a mini-program code: ``(body, auth headers)``."""
    openid = "o" + secrets.token_hex(12)
    body = {"code": sim.add_code(store["appid"], openid)}
    if scene:
        body["scene"] = scene
    response = requests.post(f"{store['url']}/auth/login", json=body, timeout=30)
    assert response.status_code == 200, response.text
    return response.json(), {"Authorization": f"Bearer {response.json()['token']}"}


def add_address(store, auth):
    """The shopper's default delivery address in Shanghai; its id."""
    response = requests.post(
        f"{store['url']}/addresses",
        json={
            "name": "王小二",
            "phone": "13800138000",
            "province": "上海市",
            "city": "上海市",
            "district": "浦东新区",
            "detail": "张杨路 1500 号",
            "default": True,
        },
        headers=auth,
        timeout=30,
    )
    assert response.status_code == 201, response.text
    return response.json()["id"]


def limited_variant(store, stock):
    """A published variant sold from the warehouse with exactly ``stock`` free."""
    call = store["call"]
    templates = call(
        "product.template",
        "search",
        [["mall_ok", "=", True], ["mall_published", "=", True], ["sale_ok", "=", True]],
        order="id desc",
    )
    template_id = templates[len(templates) // 2]
    call("product.template", "write", [template_id], {"mall_fulfillment": "warehouse"})
    variant_id = call("product.template", "read", [template_id], ["product_variant_ids"])[0][
        "product_variant_ids"
    ][-1]
    (warehouse,) = call(
        "stock.warehouse",
        "search_read",
        [["company_id", "=", store["company_id"]]],
        ["lot_stock_id"],
        limit=1,
    )
    # on hand = what is already promised (holds, deliveries to do) + stock
    held = call(
        "mall.stock.hold",
        "search_read",
        [["product_id", "=", variant_id], ["state", "=", "active"]],
        ["qty"],
    )
    outgoing = call("product.product", "read", [variant_id], ["outgoing_qty"])[0]["outgoing_qty"]
    quant_id = call(
        "stock.quant",
        "create",
        {
            "product_id": variant_id,
            "location_id": warehouse["lot_stock_id"][0],
            "inventory_quantity": stock + outgoing + sum(h["qty"] for h in held),
        },
        context={"inventory_mode": True},
    )
    call("stock.quant", "action_apply_inventory", [quant_id], context={"inventory_mode": True})
    return variant_id


def parallel_orders(url, shoppers, variant_id, timeout=120):
    """Every shopper ``(auth headers, address id)`` orders one unit of the
    variant at the same moment: ``[(status, body, headers)]`` in shopper
    order (the body is text when it is not JSON, e.g. the HTML page of a 500)."""
    barrier = threading.Barrier(len(shoppers))
    results = [None] * len(shoppers)

    def buy(index):
        auth, address_id = shoppers[index]
        session = requests.Session()
        session.trust_env = False
        barrier.wait()
        response = session.post(
            f"{url}/orders",
            json={"address_id": address_id, "lines": [{"product_id": variant_id, "qty": 1}]},
            headers={**auth, "Idempotency-Key": str(uuid.uuid4())},
            timeout=timeout,
        )
        try:
            body = response.json()
        except ValueError:  # e.g. the HTML page of a 500
            body = response.text[:200]
        results[index] = (response.status_code, body, response.headers)

    threads = [threading.Thread(target=buy, args=(i,)) for i in range(len(shoppers))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


# GB 11643 check digit weights of an ID number's first 17 digits
ID_WEIGHTS = [pow(2, 17 - i, 11) for i in range(17)]


def id_number(first17):
    """The ID number of these 17 digits with its GB 11643 check digit."""
    return (
        first17
        + "10X98765432"[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS, strict=False)) % 11]
    )


def random_id_number():
    """A well-formed ID number unlikely to be used already in the database."""
    year, month, day = (
        1960 + secrets.randbelow(40),
        1 + secrets.randbelow(12),
        1 + secrets.randbelow(28),
    )
    born = f"{year}{month:02d}{day:02d}"
    return id_number(f"330106{born}{secrets.randbelow(1000):03d}")


def run_cron(store, module, name):
    """Run the scheduled action ``module.name`` now (as the administrator)."""
    call = store["call"]
    (ref,) = call(
        "ir.model.data",
        "search_read",
        [["module", "=", module], ["name", "=", name]],
        ["res_id"],
    )
    call("ir.cron", "method_direct_trigger", [ref["res_id"]])


def run_code(store, code, session=None):
    """Run Python ``code`` as a server action of the administrator (``Coins`` is
    the coins ledger, as superuser: no group may write it): how the tests move
    time and run the expiry job. (A server action runs only on a model its user
    may write: the contacts.)"""
    call = store["call"]
    (model_id,) = call("ir.model", "search", [["model", "=", "res.partner"]])
    code = "Coins = env['mall.coin.line'].sudo()\n" + code
    action_id = call(
        "ir.actions.server",
        "create",
        {
            "name": f"coin test {secrets.token_hex(3)}",
            "model_id": model_id,
            "state": "code",
            "code": code,
        },
    )
    if session is None:
        return call("ir.actions.server", "run", [action_id])
    server = store["server"]
    return server.call(session, "ir.actions.server", "run", [action_id])


def move_coin_time(store, member_id, hours):
    """The member's activity coins were earned ``hours`` earlier (dates and
    expiries of the ledger's lines)."""
    run_code(
        store,
        f"""
for line in Coins.search([('partner_id', '=', {member_id})]):
    values = {{'date': line.date - datetime.timedelta(hours={hours})}}
    if line.expires_at:
        values['expires_at'] = line.expires_at - datetime.timedelta(hours={hours})
    line.write(values)
""",
    )


def subscribe_template(store, name, page="pages/lottery/mine"):
    """A subscribe message template of the store's company (activity name and
    result): ``(record id, WeChat template id)``."""
    call = store["call"]
    template_id = call(
        "wechat.subscribe.template",
        "create",
        {
            "name": name,
            "template_id": "tmpl-" + secrets.token_hex(6),
            "page": page,
            "company_id": store["company_id"],
            "keyword_ids": [
                [0, 0, {"key": "thing1", "name": "活动", "field_path": "lottery_name"}],
                [0, 0, {"key": "phrase2", "name": "结果", "field_path": "result_label"}],
            ],
        },
    )
    return template_id, call("wechat.subscribe.template", "read", [template_id], ["template_id"])[
        0
    ]["template_id"]


def stock_up(store, variant_id, qty):
    """Put ``qty`` of the variant on hand in the company's warehouse."""
    call = store["call"]
    (warehouse,) = call(
        "stock.warehouse",
        "search_read",
        [["company_id", "=", store["company_id"]]],
        ["lot_stock_id"],
        limit=1,
    )
    quant_id = call(
        "stock.quant",
        "create",
        {
            "product_id": variant_id,
            "location_id": warehouse["lot_stock_id"][0],
            "inventory_quantity": qty,
        },
        context={"inventory_mode": True},
    )
    call("stock.quant", "action_apply_inventory", [quant_id], context={"inventory_mode": True})


def ship_order(store, order_id):
    """The warehouse ships the order: its deliveries validated, as an
    operator (with ``skip_sms``: stock_sms would ask whether to text the
    customer first). Every delivery ends done."""
    call = store["call"]
    pickings = call(
        "stock.picking",
        "search_read",
        [["sale_id", "=", order_id], ["location_dest_id.usage", "=", "customer"]],
        ["move_ids"],
    )
    assert pickings, "the paid order has a delivery"
    for picking in pickings:
        for move in call("stock.move", "read", picking["move_ids"], ["product_uom_qty"]):
            call(
                "stock.move",
                "write",
                [move["id"]],
                {"quantity": move["product_uom_qty"], "picked": True},
            )
        done = call("stock.picking", "button_validate", [picking["id"]], context={"skip_sms": True})
        assert done is True, done
    states = call("stock.picking", "read", [p["id"] for p in pickings], ["state"])
    assert {p["state"] for p in states} == {"done"}, (pickings, states)


def pay_on_simulator(store, sim, mchid, order_id, auth, **pay_kwargs):
    """The shopper asks to pay the order and pays it on the simulator; the
    order's WeChat Pay reference."""
    response = requests.post(f"{store['url']}/orders/{order_id}/pay", headers=auth, timeout=60)
    assert response.status_code == 200, response.text
    call = store["call"]
    tx_ids = call("sale.order", "read", [order_id], ["transaction_ids"])[0]["transaction_ids"]
    reference = call("payment.transaction", "read", tx_ids, ["reference"])[0]["reference"]
    sim.pay(reference, mchid=mchid, **pay_kwargs)
    return reference
