"""The suite as a newcomer meets it: a running server with the demo shop."""

import requests


def test_login_page_is_served(odoo_server):
    r = requests.get(f"{odoo_server.url}/web/login", timeout=30)
    assert r.status_code == 200
    assert 'name="login"' in r.text and 'name="password"' in r.text


def test_admin_sees_the_demo_catalogue_in_chinese(odoo_server):
    s = odoo_server.session()
    info = s.post(
        f"{odoo_server.url}/web/session/get_session_info",
        json={"jsonrpc": "2.0", "params": {}},
        timeout=30,
    ).json()["result"]
    assert info["user_context"]["lang"] == "zh_CN"
    result = odoo_server.call(
        s,
        "product.template",
        "search_read",
        [["categ_id.name", "in", ["大米", "面条", "杂粮"]]],
        fields=["name", "categ_id", "list_price", "product_variant_count"],
        context=info["user_context"],
    )["result"]
    assert len(result) >= 12
    names = {p["name"] for p in result}
    assert "五常稻花香大米" in names
    assert all(p["product_variant_count"] == 4 for p in result)
    # the web client itself answers in Chinese: the mall menu and its sections
    menus = s.get(f"{odoo_server.url}/web/webclient/load_menus/test", timeout=30).json()
    labels = {m["name"] for m in menus.values() if isinstance(m, dict) and "name" in m}
    assert "微信商城" in labels
    assert {"商品", "订单", "会员"} <= labels


def test_company_is_a_chinese_shop(odoo_server):
    s = odoo_server.session()
    company = odoo_server.call(
        s, "res.company", "search_read", [["id", "=", 1]], fields=["currency_id", "country_id"]
    )["result"][0]
    assert company["currency_id"][1] == "CNY"
    assert company["country_id"][1] in ("China", "中国")


def test_role_user_cannot_read_what_the_role_does_not_grant(odoo_server):
    admin = odoo_server.session()
    group = odoo_server.call(
        admin, "ir.model.data", "check_object_reference", "mall_base", "group_mall_product"
    )["result"][1]
    odoo_server.call(
        admin,
        "res.users",
        "create",
        {
            "name": "商品运营",
            "login": "http_product_op",
            "password": "op-pass-1234",
            "groups_id": [[6, 0, [group]]],
        },
    )
    op = odoo_server.session("http_product_op", "op-pass-1234")
    ok = odoo_server.call(op, "product.template", "search_count", [])
    assert ok["result"] >= 12
    denied = odoo_server.call(op, "account.move", "search_read", [], fields=["name"])
    assert denied["error"]["data"]["name"] == "odoo.exceptions.AccessError"
