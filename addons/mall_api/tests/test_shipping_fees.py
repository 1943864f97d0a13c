from odoo import Command
from odoo.tests import tagged

from .test_order import MallOrderCase


@tagged("post_install", "-at_install")
class TestShippingFees(MallOrderCase):
    """Shipping fees by destination province and weight or amount, through
    Odoo's "Based on Rules" shipping methods listed on the company."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.shipping_product = cls.env["product.product"].create(
            {"name": "运费（测试）", "type": "service", "taxes_id": [Command.clear()]}
        )
        cn = cls.env.ref("base.cn")
        # 江浙沪: first kg 6, 1/kg beyond, free from 79
        cls.jzh = cls._carrier(
            "江浙沪（测试）",
            1,
            ["SH", "JS", "ZJ"],
            [("price", ">=", 79, 0, 0), ("weight", "<=", 1, 6, 0), ("weight", ">", 1, 5, 1)],
        )
        # remote areas: first kg 20, 8/kg beyond, never free
        cls.remote = cls._carrier(
            "偏远地区（测试）",
            2,
            ["XJ", "XZ", "QH", "NM"],
            [("weight", "<=", 1, 20, 0), ("weight", ">", 1, 12, 8)],
        )
        # the rest of China: first kg 10, 2/kg beyond, free from 99
        cls.national = cls._carrier(
            "全国其他（测试）",
            3,
            [],
            [("price", ">=", 99, 0, 0), ("weight", "<=", 1, 10, 0), ("weight", ">", 1, 8, 2)],
        )
        cls.national.country_ids = cn
        cls.company.write(
            {
                "mall_delivery_carrier_ids": [
                    Command.set((cls.national | cls.remote | cls.jzh).ids)
                ],
                "mall_delivery_carrier_id": False,
            }
        )
        # a mall product at 19.75 yuan (tax excluded, no tax) weighing 0.5 kg
        cls.rice = cls.env["product.product"].create(
            {
                "name": "测试大米 500g",
                "type": "consu",
                "list_price": 19.75,
                "weight": 0.5,
                "taxes_id": [Command.clear()],
                "mall_ok": True,
                "mall_published": True,
                "sale_ok": True,
                "company_id": cls.company.id,
            }
        )
        cls.sh = cls.address  # 上海市
        cls.zj = cls._address("浙江收货人", "ZJ")
        cls.xj = cls._address("新疆收货人", "XJ")
        cls.gd = cls._address("广东收货人", "GD")

    @classmethod
    def _carrier(cls, name, sequence, states, rules):
        return cls.env["delivery.carrier"].create(
            {
                "name": name,
                "sequence": sequence,
                "delivery_type": "base_on_rule",
                "product_id": cls.shipping_product.id,
                "country_ids": [Command.set(cls.env.ref("base.cn").ids)] if states else [],
                "state_ids": [
                    Command.set([cls.env.ref(f"base.state_cn_{code}").id for code in states])
                ],
                "price_rule_ids": [
                    Command.create(
                        {
                            "sequence": index,
                            "variable": variable,
                            "operator": operator,
                            "max_value": max_value,
                            "list_base_price": base,
                            "list_price": per_unit,
                            "variable_factor": "weight",
                        }
                    )
                    for index, (variable, operator, max_value, base, per_unit) in enumerate(rules)
                ],
            }
        )

    @classmethod
    def _address(cls, name, state_code):
        return cls.env["res.partner"].create(
            {
                "name": name,
                "parent_id": cls.member.id,
                "type": "delivery",
                "mobile": "13800138000",
                "country_id": cls.env.ref("base.cn").id,
                "state_id": cls.env.ref(f"base.state_cn_{state_code}").id,
                "city": "某市",
                "street": "某路 1 号",
                "company_id": cls.company.id,
            }
        )

    def order(self, qty, address, weight=None):
        if weight is not None:
            self.rice.weight = weight
        response = self.place([(self.rice, qty)], address=address)
        self.assertEqual(response.status_code, 201, response.text)
        data = response.json()
        self.assertAlmostEqual(data["amount_goods"], round(19.75 * qty, 2), places=2)
        so = self.env["sale.order"].browse(data["id"])
        return data, so

    def assertShipping(self, data, so, carrier, fee):
        self.assertEqual(so.carrier_id, carrier)
        line = so.order_line.filtered("is_delivery")
        self.assertEqual(len(line), 1)
        self.assertEqual(line.product_id, carrier.product_id)
        self.assertEqual(line.price_unit, fee)
        self.assertEqual(data["amount_shipping"], fee)
        self.assertAlmostEqual(data["amount_total"], data["amount_goods"] + fee, places=2)
        # the shipping line is not listed as goods
        self.assertEqual([x["product_id"] for x in data["lines"]], [self.rice.id])

    def test_province_picks_its_zone(self):
        # 0.5 kg, 19.75 yuan: the first kg of each zone
        for address, carrier, fee in (
            (self.sh, self.jzh, 6.0),
            (self.zj, self.jzh, 6.0),
            (self.xj, self.remote, 20.0),
            (self.gd, self.national, 10.0),
        ):
            with self.subTest(province=address.state_id.name):
                data, so = self.order(1, address)
                self.assertShipping(data, so, carrier, fee)
                self.assertEqual(data["address"]["province"], address.state_id.name)

    def test_fee_by_product_weight(self):
        # 3 × 0.8 kg = 2.4 kg to 上海 (59.25 yuan, under 79): 6 + 1.4 × 1
        data, so = self.order(3, self.sh, weight=0.8)
        self.assertAlmostEqual(so.shipping_weight, 2.4)
        self.assertShipping(data, so, self.jzh, 7.4)
        # the same to 广东: 10 + 1.4 × 2
        data, so = self.order(3, self.gd)
        self.assertShipping(data, so, self.national, 12.8)
        # heavier products cost more: 3 × 2 kg = 6 kg to 广东: 10 + 5 × 2
        data, so = self.order(3, self.gd, weight=2.0)
        self.assertShipping(data, so, self.national, 20.0)

    def test_fee_is_rounded_to_the_currency(self):
        self.remote.price_rule_ids.filtered(lambda r: r.operator == ">").list_price = 8.35
        # 3 × 0.45 kg = 1.35 kg to 新疆: 12 + 1.35 × 8.35 = 23.2725 -> 23.27
        data, so = self.order(3, self.xj, weight=0.45)
        self.assertShipping(data, so, self.remote, 23.27)
        self.assertEqual(so.amount_total, so.currency_id.round(3 * 19.75 + 23.27))

    def test_free_from_the_threshold(self):
        self.rice.weight = 0.25
        # 3 × 19.75 = 59.25 to 上海: paid; 4 × 19.75 = 79.00: free from 79
        data, so = self.order(3, self.sh)
        self.assertShipping(data, so, self.jzh, 6.0)
        data, so = self.order(4, self.sh)
        self.assertShipping(data, so, self.jzh, 0.0)
        self.assertEqual(data["amount_total"], 79.0)
        # 广东 is free from 99: 79.00 pays, 98.75 (1.25 kg) pays, 118.50 is free
        data, so = self.order(4, self.gd)
        self.assertShipping(data, so, self.national, 10.0)
        data, so = self.order(5, self.gd)
        self.assertShipping(data, so, self.national, 10.5)
        data, so = self.order(6, self.gd)
        self.assertShipping(data, so, self.national, 0.0)

    def test_remote_area_is_never_free(self):
        # 10 × 19.75 = 197.50 yuan, 5 kg to 新疆: 20 + 4 × 8
        data, so = self.order(10, self.xj)
        self.assertShipping(data, so, self.remote, 52.0)

    def test_weight_limit_falls_through_to_the_next_method(self):
        self.jzh.max_weight = 5.0
        # 12 × 0.5 = 6 kg to 上海 (237 yuan): 江浙沪 is over its limit, 全国 is free
        data, so = self.order(12, self.sh)
        self.assertShipping(data, so, self.national, 0.0)
        data, so = self.order(10, self.sh)
        self.assertShipping(data, so, self.jzh, 0.0)

    def test_default_method_when_no_zone_serves_the_address(self):
        self.company.mall_delivery_carrier_ids = self.jzh | self.remote
        default = self.env["delivery.carrier"].create(
            {
                "name": "默认快递（测试）",
                "delivery_type": "fixed",
                "fixed_price": 12.0,
                "product_id": self.env["product.product"]
                .create({"name": "默认运费", "type": "service", "taxes_id": [Command.clear()]})
                .id,
            }
        )
        self.company.mall_delivery_carrier_id = default
        data, so = self.order(1, self.gd)
        self.assertShipping(data, so, default, 12.0)
        # a zone that serves the address comes before the default
        data, so = self.order(1, self.sh)
        self.assertShipping(data, so, self.jzh, 6.0)
        # an archived method is not used
        self.jzh.active = False
        data, so = self.order(1, self.sh)
        self.assertShipping(data, so, default, 12.0)

    def test_unserved_province_is_refused_and_nothing_written(self):
        self.company.mall_delivery_carrier_ids = self.jzh | self.remote
        before = self.counts()
        self.assertError(self.place([(self.rice, 1)], address=self.gd), 409, "shipping_unavailable")
        # from the cart too: the cart keeps its line
        response = self.api(
            "POST", "/cart/lines", {"product_id": self.rice.id, "qty": 2}, token=self.token
        )
        self.assertEqual(response.status_code, 201, response.text)
        before = self.counts()
        self.assertError(self.place(address=self.gd), 409, "shipping_unavailable")
        self.assertEqual(self.counts(), before)
        cart = self.api("GET", "/cart", token=self.token).json()
        self.assertEqual([(x["product_id"], x["qty"]) for x in cart["lines"]], [(self.rice.id, 2)])
        # the same cart to 浙江 is fine
        response = self.place(address=self.zj)
        self.assertEqual(response.status_code, 201, response.text)
        self.assertEqual(response.json()["amount_shipping"], 6.0)

    def test_no_shipping_method_means_no_fee(self):
        self.company.mall_delivery_carrier_ids = False
        data, so = self.order(1, self.gd)
        self.assertFalse(so.order_line.filtered("is_delivery"))
        self.assertEqual(data["amount_shipping"], 0.0)
        self.assertEqual(data["amount_total"], 19.75)

    def quote(self, lines=None, address=None, token=None, **extra):
        body = {"address_id": (address or self.address).id, **extra}
        if lines is not None:
            body["lines"] = [{"product_id": p.id, "qty": q} for p, q in lines]
        return self.api("POST", "/orders/quote", body, token=token or self.token)

    def written(self):
        return (
            *self.counts(),
            self.env["mail.message"].sudo().search_count([]),
            self.env["loyalty.card"].sudo().search_count([]),
        )

    def test_quote_answers_the_amounts_of_the_order_and_writes_nothing(self):
        self.rice.weight = 0.8
        for lines, address, fee, method in (
            ([(self.rice, 3)], self.sh, 7.4, self.jzh),
            ([(self.rice, 3)], self.gd, 12.8, self.national),
            ([(self.rice, 6)], self.gd, 0.0, self.national),
            ([(self.rice, 6)], self.xj, 50.4, self.remote),
        ):
            with self.subTest(province=address.state_id.name, lines=lines):
                before = self.written()
                response = self.quote(lines, address=address)
                self.assertEqual(response.status_code, 200, response.text)
                quote = response.json()
                self.assertEqual(self.written(), before)
                goods = round(19.75 * lines[0][1], 2)
                self.assertEqual(
                    quote,
                    {
                        "amount_goods": goods,
                        "amount_discount": 0.0,
                        "amount_shipping": fee,
                        "amount_total": round(goods + fee, 2),
                        "currency": quote["currency"],
                        "shipping_method": method.name,
                        # no coupon of the member applies (none without mall_coupon)
                        "coupons": [],
                        # the member has no points (none without mall_member)
                        "points": None,
                    },
                )
                placed = self.place(lines, address=address).json()
                for key in ("amount_goods", "amount_discount", "amount_shipping", "amount_total"):
                    self.assertEqual(placed[key], quote[key], key)
                self.assertEqual(placed["currency"], quote["currency"])

    def test_quote_of_the_cart_keeps_the_cart(self):
        self.api("POST", "/cart/lines", {"product_id": self.rice.id, "qty": 2}, token=self.token)
        before = self.written()
        response = self.quote(address=self.zj)
        self.assertEqual(response.status_code, 200, response.text)
        self.assertEqual(response.json()["amount_total"], 39.5 + 6.0)
        self.assertEqual(self.written(), before)
        cart = self.api("GET", "/cart", token=self.token).json()
        self.assertEqual([(x["product_id"], x["qty"]) for x in cart["lines"]], [(self.rice.id, 2)])

    def test_quote_errors(self):
        self.company.mall_delivery_carrier_ids = self.jzh
        before = self.written()
        self.assertError(self.quote([(self.rice, 1)], address=self.gd), 409, "shipping_unavailable")
        self.assertError(self.quote(), 409, "cart_empty")
        self.assertError(self.quote([(self.rice, 1)], address=self.other_address), 404, "not_found")
        self.assertError(self.quote([(self.hot, 50)]), 409, "out_of_stock")
        self.assertError(
            self.quote([(self.rice, 1)], coupon_codes=["NO-SUCH-CODE"]), 404, "invalid_coupon"
        )
        self.assertError(
            self.api("POST", "/orders/quote", {"address_id": self.address.id}), 401, "unauthorized"
        )
        self.assertError(
            self.api(
                "POST",
                "/orders/quote",
                {"address_id": self.address.id, "lines": [{"product_id": 1, "qty": 1, "price": 1}]},
                token=self.token,
            ),
            422,
            "validation_error",
        )
        self.assertEqual(self.written(), before)
        # "quote" is no order id: other methods are 405, not 422
        for method in ("GET", "PUT", "DELETE"):
            response = self.api(method, "/orders/quote", token=self.token)
            self.assertError(response, 405, "method_not_allowed")
            self.assertEqual(response.headers.get("Allow"), "POST")


@tagged("post_install", "-at_install")
class TestShippingDemoData(MallOrderCase):
    def test_demo_zones(self):
        jzh = self.env.ref("mall_sale.carrier_mall_jzh", raise_if_not_found=False)
        main = self.env.ref("base.main_company")
        if not jzh or self.company != main:
            self.skipTest("mall_api demo data not loaded")
        remote = self.env.ref("mall_sale.carrier_mall_remote")
        national = self.env.ref("mall_sale.carrier_mall_national")
        # MallOrderCase empties the company's list: put the demo's zones back
        main.mall_delivery_carrier_ids = jzh | remote | national
        self.assertEqual(main._mall_shipping_carriers()[:3], jzh | remote | national)
        product = self.env["product.product"].create(
            {
                "name": "测试面粉 2.5kg",
                "type": "consu",
                "list_price": 30.0,
                "weight": 2.5,
                "taxes_id": [Command.clear()],
                "mall_ok": True,
                "mall_published": True,
                "sale_ok": True,
                "company_id": main.id,
            }
        )
        for state, qty, carrier, fee in (
            ("SH", 1, jzh, 7.5),  # 6 + 1.5 × 1
            ("SH", 3, jzh, 0.0),  # 90 yuan: free from 79
            ("XZ", 3, remote, 72.0),  # 7.5 kg, 90 yuan: 12 + 7.5 × 8, never free
            ("GD", 1, national, 13.0),  # 10 + 1.5 × 2
            ("GD", 4, national, 0.0),  # 120 yuan: free from 99
        ):
            with self.subTest(state=state, qty=qty):
                address = self.env["res.partner"].create(
                    {
                        "name": "收货人",
                        "parent_id": self.member.id,
                        "type": "delivery",
                        "mobile": "13800138000",
                        "country_id": self.env.ref("base.cn").id,
                        "state_id": self.env.ref(f"base.state_cn_{state}").id,
                        "city": "某市",
                        "street": "某路 1 号",
                    }
                )
                response = self.place([(product, qty)], address=address)
                self.assertEqual(response.status_code, 201, response.text)
                self.assertEqual(response.json()["amount_shipping"], fee)
                so = self.env["sale.order"].browse(response.json()["id"])
                self.assertEqual(so.carrier_id, carrier)
