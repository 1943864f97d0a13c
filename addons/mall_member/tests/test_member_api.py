import time
from datetime import timedelta

from odoo import Command, fields
from odoo.tests import tagged

from .common import MemberCase


@tagged("post_install", "-at_install")
class TestMemberApi(MemberCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # a product with two sizes: 500g at 20, 1kg at 35
        size = cls.env["product.attribute"].create(
            {
                "name": "会员测试规格",
                "value_ids": [Command.create({"name": "500g"}), Command.create({"name": "1kg"})],
            }
        )
        template = cls.env["product.template"].create(
            {
                "name": "会员测试小米",
                "list_price": 20.0,
                "is_storable": True,
                "mall_ok": True,
                "mall_published": True,
                "mall_fulfillment": "dropship",
                "categ_id": cls.goods_category.id,
                "taxes_id": [Command.clear()],
                "seller_ids": [Command.create({"partner_id": cls.supplier.id, "price": 8})],
                "attribute_line_ids": [
                    Command.create(
                        {"attribute_id": size.id, "value_ids": [Command.set(size.value_ids.ids)]}
                    )
                ],
            }
        )
        big = template.attribute_line_ids.product_template_value_ids.filtered(
            lambda v: v.name == "1kg"
        )
        big.price_extra = 15.0
        cls.millet = template
        cls.millet_small = template.product_variant_ids.filtered(
            lambda v: v.product_template_attribute_value_ids != big
        )
        cls.millet_big = template.product_variant_ids - cls.millet_small
        cls.gold_member, cls.gold_token, cls.gold_address = cls._mall_member("金")
        cls._set_growth(cls.gold_member, 6000)
        cls._set_growth(cls.other, 1000)  # 银卡

    def products(self, token=None):
        response = self.api("GET", "/products", params={"page_size": 50}, token=token)
        self.assertEqual(response.status_code, 200, response.text)
        body = response.json()
        return body, {item["id"]: item for item in body["items"]}

    def detail(self, template, token=None):
        response = self.api("GET", f"/products/{template.id}", token=token)
        self.assertEqual(response.status_code, 200, response.text)
        body = response.json()
        return body, {variant["id"]: variant for variant in body["variants"]}

    # ------------------------------------------------------------ /me

    def test_me_shows_level_and_what_is_missing(self):
        body = self.api("GET", "/me", token=self.token).json()
        self.assertEqual(body["level"], {"id": self.regular.id, "name": "测试普通"})
        self.assertEqual(body["growth_value"], 0)
        self.assertEqual(body["next_level"], {"name": "测试银卡", "growth_min": 1000})
        self.assertEqual(body["growth_to_next"], 1000)

        body = self.api("GET", "/me", token=self.gold_token).json()
        self.assertEqual(body["level"]["name"], "测试金卡")
        self.assertEqual(
            (body["growth_value"], body["next_level"]["name"], body["growth_to_next"]),
            (6000, "测试黑卡", 14000),
        )
        # growth taken back (a refund) keeps the level: the next one is still 黑卡
        self.gold_member._mall_add_growth(-3000)
        body = self.api("GET", "/me", token=self.gold_token).json()
        self.assertEqual(
            (body["level"]["name"], body["growth_value"], body["growth_to_next"]),
            ("测试金卡", 3000, 17000),
        )
        self._set_growth(self.gold_member, 25000)
        body = self.api("GET", "/me", token=self.gold_token).json()
        self.assertEqual(body["level"]["name"], "测试黑卡")
        self.assertIsNone(body["next_level"])
        self.assertIsNone(body["growth_to_next"])

    # ------------------------------------------------------------ catalogue

    def test_each_member_sees_own_prices_one_after_the_other(self):
        rice, noodle = self.rice.product_tmpl_id.id, self.noodle.product_tmpl_id.id
        millet = self.millet.id
        # the same worker, one after the other: the second call of each is a cache hit
        for _round in range(2):
            body, items = self.products()
            self.assertIsNone(body["member_level"])
            self.assertEqual(
                [items[t]["member_price"] for t in (rice, noodle, millet)], [None, None, None]
            )
            self.assertEqual(items[rice]["price_from"], 100)

            body, items = self.products(self.other_token)  # 银卡: 2% off
            self.assertEqual(body["member_level"], "测试银卡")
            self.assertEqual(
                [items[t]["member_price"] for t in (rice, noodle, millet)], [98, 12.25, 19.6]
            )
            self.assertEqual(items[rice]["price_from"], 100)

            body, items = self.products(self.gold_token)  # 金卡: rice 90, noodles 10% off
            self.assertEqual(body["member_level"], "测试金卡")
            self.assertEqual(
                [items[t]["member_price"] for t in (rice, noodle, millet)], [90, 11.25, None]
            )

            body, items = self.products(self.token)  # 普通: no member prices
            self.assertEqual(body["member_level"], "测试普通")
            self.assertIsNone(items[rice]["member_price"])

        # a stale or forged token on a public route: answered as to anyone
        for bad in (self.token[:-2] + "xx", "not-a-token"):
            body, items = self.products(bad)
            self.assertIsNone(body["member_level"])
            self.assertIsNone(items[rice]["member_price"])

    def test_product_detail_member_prices_per_variant(self):
        for _round in range(2):
            body, variants = self.detail(self.millet, self.other_token)
            self.assertEqual(body["member_level"], "测试银卡")
            self.assertEqual(body["price_from"], 20)
            self.assertEqual(body["member_price"], 19.6)
            self.assertEqual(variants[self.millet_small.id]["price"], 20)
            self.assertEqual(variants[self.millet_small.id]["member_price"], 19.6)
            self.assertEqual(variants[self.millet_big.id]["price"], 35)
            self.assertEqual(variants[self.millet_big.id]["member_price"], 34.3)

            body, variants = self.detail(self.millet)
            self.assertIsNone(body["member_price"])
            self.assertIsNone(body["member_level"])
            self.assertIsNone(variants[self.millet_big.id]["member_price"])

            body, variants = self.detail(self.rice.product_tmpl_id, self.gold_token)
            self.assertEqual(body["member_price"], 90)
            self.assertEqual(variants[self.rice.id]["member_price"], 90)

    def test_member_prices_follow_pricelist_changes(self):
        rice = self.rice.product_tmpl_id.id
        self.assertEqual(self.products(self.other_token)[1][rice]["member_price"], 98)
        # a rule added: shown at once
        item = self.env["product.pricelist.item"].create(
            {
                "pricelist_id": self.silver_prices.id,
                "applied_on": "1_product",
                "product_tmpl_id": rice,
                "compute_price": "fixed",
                "fixed_price": 95,
                "date_end": fields.Datetime.now() + timedelta(seconds=3),
            }
        )
        self.assertEqual(self.products(self.other_token)[1][rice]["member_price"], 95)
        self.assertEqual(
            self.detail(self.rice.product_tmpl_id, self.other_token)[0]["member_price"], 95
        )
        # its end passes without any write: the 2% of the level again
        time.sleep(4)
        self.assertEqual(self.products(self.other_token)[1][rice]["member_price"], 98)
        self.assertEqual(
            self.detail(self.rice.product_tmpl_id, self.other_token)[0]["member_price"], 98
        )
        item.unlink()
        # the member goes up a level: the next request has the new prices
        self._set_growth(self.other, 5000)
        self.assertEqual(self.products(self.other_token)[1][rice]["member_price"], 90)

    # ------------------------------------------------------------ checkout

    def test_quote_and_order_at_member_prices(self):
        quote = self.quote(
            [(self.rice, 2), (self.noodle, 2)], token=self.other_token, address=self.other_address
        )
        self.assertEqual(quote.status_code, 200, quote.text)
        quote = quote.json()
        self.assertMoney(quote["amount_goods"], 2 * 98 + 2 * 12.25)
        self.assertMoney(quote["amount_shipping"], 10)

        quote = self.quote(
            [(self.rice, 2), (self.noodle, 2)], token=self.gold_token, address=self.gold_address
        ).json()
        self.assertMoney(quote["amount_goods"], 2 * 90 + 2 * 11.25)
        self.assertMoney(quote["amount_shipping"], 0)
        self.assertEqual(quote["shipping_method"], "会员测试快递")
        self.assertMoney(quote["amount_total"], 202.5)

        response = self.place(
            [(self.rice, 2), (self.noodle, 2)], token=self.gold_token, address=self.gold_address
        )
        self.assertEqual(response.status_code, 201, response.text)
        placed = response.json()
        self.assertMoney(placed["amount_total"], 202.5)
        self.assertMoney(placed["amount_shipping"], 0)
        order = self.env["sale.order"].browse(placed["id"])
        self.assertEqual(order.pricelist_id, self.gold_prices)
        rice_line = order.order_line.filtered(lambda line: line.product_id == self.rice)
        self.assertMoney(rice_line.price_total / rice_line.product_uom_qty, 90)
        delivery = order.order_line.filtered("is_delivery")
        self.assertEqual(delivery.product_id, self.carrier.product_id)
        self.assertEqual(order.carrier_id, self.carrier)
        self.assertMoney(delivery.price_total, 0)

        # anonymous prices for a member without member prices
        quote = self.quote([(self.rice, 1)]).json()
        self.assertMoney(quote["amount_goods"], 100)
        self.assertMoney(quote["amount_shipping"], 10)

    def test_free_shipping_from_the_level_amount(self):
        # 金卡: free from 99 of goods, at member prices
        quote = self.quote(
            [(self.noodle, 8)], token=self.gold_token, address=self.gold_address
        ).json()
        self.assertMoney(quote["amount_goods"], 90)
        self.assertMoney(quote["amount_shipping"], 10)
        quote = self.quote(
            [(self.noodle, 9)], token=self.gold_token, address=self.gold_address
        ).json()
        self.assertMoney(quote["amount_goods"], 101.25)
        self.assertMoney(quote["amount_shipping"], 0)
        # after discounts: a promotion of 5 off brings 101.25 under 99
        program = self.env["loyalty.program"].create(
            {
                "name": "会员测试满减",
                "program_type": "promotion",
                "trigger": "auto",
                "applies_on": "current",
                "company_id": self.company.id,
                "rule_ids": [Command.create({"minimum_amount": 0})],
                "reward_ids": [
                    Command.create(
                        {
                            "reward_type": "discount",
                            "discount": 5,
                            "discount_mode": "per_order",
                            "discount_applicability": "order",
                        }
                    )
                ],
            }
        )
        quote = self.quote(
            [(self.noodle, 9)], token=self.gold_token, address=self.gold_address
        ).json()
        self.assertMoney(quote["amount_discount"], -5)
        self.assertMoney(quote["amount_shipping"], 10)
        program.active = False
        # 黑卡: always free, at the normal prices (no member prices)
        self._set_growth(self.gold_member, 20000)
        response = self.place([(self.noodle, 1)], token=self.gold_token, address=self.gold_address)
        self.assertEqual(response.status_code, 201, response.text)
        self.assertMoney(response.json()["amount_shipping"], 0)
        self.assertMoney(response.json()["amount_goods"], 12.5)
        # 普通: the shipping fee
        response = self.place([(self.noodle, 1)])
        self.assertMoney(response.json()["amount_shipping"], 10)
