import uuid

from odoo import Command
from odoo.addons.mall_api.tests.common import MallApiCase
from odoo.tests import tagged


@tagged("post_install", "-at_install")
class MemberCase(MallApiCase):
    """Four levels of the test's own (the demo's archived): 普通 0, 银卡 1000
    (2% off the goods' category), 金卡 5000 (rice at 90, noodles 10% off, free
    shipping from 99, ×1.5 points), 黑卡 20000 (no member prices, free
    shipping always, ×2); two products without taxes (rice 100, noodles
    12.50 in their own category), a fixed shipping fee of 10, no promotions."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["ir.config_parameter"].sudo().set_param("mall_api.order_rate_limit", "0")
        cls.env["loyalty.program"].sudo().search([]).active = False
        Level = cls.env["mall.member.level"]
        Level.search([("company_id", "=", cls.company.id)]).active = False
        cls.company.write({"mall_growth_per_yuan": 1.0, "mall_level_downgrade": "never"})
        cls.supplier = cls.env["res.partner"].create(
            {"name": "会员测试米业", "mall_is_supplier": True}
        )
        cls.goods_category = cls.env["product.category"].create({"name": "会员测试商品"})
        cls.noodle_category = cls.env["product.category"].create(
            {"name": "会员测试面条", "parent_id": cls.goods_category.id}
        )
        cls.rice = cls._product("会员测试大米", 100.0)
        cls.noodle = cls._product("会员测试挂面", 12.5, cls.noodle_category)
        cls.carrier = cls.env["delivery.carrier"].create(
            {
                "name": "会员测试快递",
                "delivery_type": "fixed",
                "fixed_price": 10.0,
                "product_id": cls.env["product.product"]
                .create({"name": "会员测试运费", "type": "service", "taxes_id": [Command.clear()]})
                .id,
            }
        )
        cls.company.mall_delivery_carrier_ids = False
        cls.company.mall_delivery_carrier_id = cls.carrier
        cny = cls.company.currency_id
        cls.silver_prices = cls.env["product.pricelist"].create(
            {
                "name": "测试银卡价",
                "currency_id": cny.id,
                "company_id": cls.company.id,
                "item_ids": [
                    Command.create(
                        {
                            "applied_on": "2_product_category",
                            "categ_id": cls.goods_category.id,
                            "compute_price": "percentage",
                            "percent_price": 2,
                        }
                    )
                ],
            }
        )
        cls.gold_prices = cls.env["product.pricelist"].create(
            {
                "name": "测试金卡价",
                "currency_id": cny.id,
                "company_id": cls.company.id,
                "item_ids": [
                    Command.create(
                        {
                            "applied_on": "1_product",
                            "product_tmpl_id": cls.rice.product_tmpl_id.id,
                            "compute_price": "fixed",
                            "fixed_price": 90,
                        }
                    ),
                    Command.create(
                        {
                            "applied_on": "2_product_category",
                            "categ_id": cls.noodle_category.id,
                            "compute_price": "percentage",
                            "percent_price": 10,
                        }
                    ),
                ],
            }
        )
        values = {"company_id": cls.company.id}
        cls.regular = Level.create({**values, "name": "测试普通", "growth_min": 0})
        cls.silver = Level.create(
            {**values, "name": "测试银卡", "growth_min": 1000, "pricelist_id": cls.silver_prices.id}
        )
        cls.gold = Level.create(
            {
                **values,
                "name": "测试金卡",
                "growth_min": 5000,
                "pricelist_id": cls.gold_prices.id,
                "free_shipping": True,
                "free_shipping_threshold": 99,
                "points_multiplier": 1.5,
            }
        )
        cls.black = Level.create(
            {
                **values,
                "name": "测试黑卡",
                "growth_min": 20000,
                "free_shipping": True,
                "free_shipping_threshold": 0,
                "points_multiplier": 2,
            }
        )
        cls.member, cls.token, cls.address = cls._mall_member("甲")
        cls.other, cls.other_token, cls.other_address = cls._mall_member("乙")

    @classmethod
    def _product(cls, name, price, category=None):
        template = cls.env["product.template"].create(
            {
                "name": name,
                "list_price": price,
                "is_storable": True,
                "mall_ok": True,
                "mall_published": True,
                "mall_fulfillment": "dropship",
                "taxes_id": [Command.clear()],
                "categ_id": (category or cls.goods_category).id,
                "seller_ids": [Command.create({"partner_id": cls.supplier.id, "price": price / 2})],
            }
        )
        return template.product_variant_id

    @classmethod
    def _set_growth(cls, member, growth):
        """The member reaches ``growth`` (and the level it gives, upwards)."""
        member._mall_add_growth(growth - member.mall_growth_value)
        member._mall_sync_level(cls.company)

    def pricelist_of(self, member):
        return member.with_company(self.company).property_product_pricelist

    def placed_order(self, member, lines, address=None):
        """A mall order placed as the storefront places it (not paid)."""
        address = address or (self.address if member == self.member else self.other_address)
        return self.env["sale.order"]._mall_place_order(
            member, address, dict(lines), uuid.uuid4().hex
        )

    def quote(self, lines, token=None, address=None):
        body = {
            "address_id": (address or self.address).id,
            "lines": [{"product_id": p.id, "qty": q} for p, q in lines],
        }
        return self.api("POST", "/orders/quote", body, token=token or self.token)

    def place(self, lines, token=None, address=None):
        body = {
            "address_id": (address or self.address).id,
            "lines": [{"product_id": p.id, "qty": q} for p, q in lines],
        }
        return self.api(
            "POST",
            "/orders",
            body,
            token=token or self.token,
            headers={"Idempotency-Key": uuid.uuid4().hex},
        )

    def assertMoney(self, amount, expected):
        currency = self.company.currency_id
        self.assertEqual(currency.compare_amounts(amount, expected), 0, f"{amount} != {expected}")


@tagged("post_install", "-at_install")
class PointsCase(MallApiCase):
    """Members with a token and an address; two dropshipped products without
    taxes at known prices (rice 100, noodles 12.50); no shipping fee, no
    promotion; the company's points settings at their defaults (1 point per
    100 paid, credited after 7 days, 1 point = 1.00, at most 50% of the
    goods, no expiry)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["ir.config_parameter"].sudo().set_param("mall_api.order_rate_limit", "0")
        cls.env["loyalty.program"].sudo().search([]).active = False
        cls.company.write(
            {
                "mall_delivery_carrier_id": False,
                "mall_delivery_carrier_ids": [Command.clear()],
                "mall_points_per_100": 1.0,
                "mall_points_credit_days": 7,
                "mall_points_value": 1.0,
                "mall_points_max_percent": 50.0,
                "mall_points_expiry": False,
            }
        )
        cls.member, cls.token, cls.address = cls._mall_member("积分甲")
        cls.other, cls.other_token, cls.other_address = cls._mall_member("积分乙")
        cls.supplier = cls.env["res.partner"].create(
            {"name": "积分测试米业", "mall_is_supplier": True}
        )
        cls.rice = cls._product("积分测试大米", 100.0)
        cls.noodle = cls._product("积分测试挂面", 12.5)
        cls.Line = cls.env["mall.points.line"]
        cls.Account = cls.env["mall.points.account"]

    @classmethod
    def _product(cls, name, price):
        template = cls.env["product.template"].create(
            {
                "name": name,
                "list_price": price,
                "is_storable": True,
                "mall_ok": True,
                "mall_published": True,
                "mall_fulfillment": "dropship",
                "taxes_id": [Command.clear()],
                "seller_ids": [Command.create({"partner_id": cls.supplier.id, "price": price / 2})],
            }
        )
        return template.product_variant_id

    def balance(self, member=None):
        return self.Account._mall_balance(member or self.member, self.company)

    def give(self, points, member=None):
        return self.Line._mall_post(
            member or self.member, points, "adjust", reason="测试发放", company=self.company
        )

    def ledger(self, member=None):
        return self.Line.search(
            [("partner_id", "=", (member or self.member).id), ("company_id", "=", self.company.id)]
        )

    def assertLedgerMatches(self, member=None):
        """The balance is the sum of the member's posted lines."""
        posted = self.ledger(member).filtered(lambda line: line.state == "posted")
        self.assertEqual(sum(posted.mapped("points")), self.balance(member))

    def place_model(self, lines, member=None, use_points=True):
        """``sale.order._mall_place_order`` as the API calls it."""
        member = member or self.member
        address = self.address if member == self.member else self.other_address
        Order = self.env["sale.order"].with_context(mall_use_points=use_points)
        return Order._mall_place_order(member, address, dict(lines), uuid.uuid4().hex)

    def quote(self, lines, use_points=False, token=None):
        body = {
            "address_id": self.address.id,
            "lines": [{"product_id": p.id, "qty": q} for p, q in lines],
            "use_points": use_points,
        }
        return self.api("POST", "/orders/quote", body, token=token or self.token)

    def place(self, lines, use_points=False, token=None):
        body = {
            "address_id": self.address.id,
            "lines": [{"product_id": p.id, "qty": q} for p, q in lines],
            "use_points": use_points,
        }
        return self.api(
            "POST",
            "/orders",
            body,
            token=token or self.token,
            headers={"Idempotency-Key": uuid.uuid4().hex},
        )

    def assertMoney(self, amount, expected, msg=None):
        currency = self.company.currency_id
        self.assertEqual(
            currency.compare_amounts(amount, expected), 0, msg or f"{amount} != {expected}"
        )
