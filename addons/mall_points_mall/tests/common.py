import uuid

from odoo import Command
from odoo.addons.mall_api.tests.common import MallApiCase
from odoo.tests import tagged


@tagged("post_install", "-at_install")
class PointsMallCase(MallApiCase):
    """A verified member with coins and points, another without a verified
    identity; a points-mall product from the warehouse (5 in stock, 2 coins
    + 30 points) and a normal product."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, lang="en_US"))
        cls.env["ir.config_parameter"].sudo().set_param("mall_api.order_rate_limit", "0")
        cls.member, cls.token, cls.address = cls._mall_member("甲")
        cls.other, cls.other_token, cls.other_address = cls._mall_member("乙")
        cls._verified(cls.member, "a" * 64)
        cls.warehouse = cls.env["stock.warehouse"].search(
            [("company_id", "=", cls.company.id)], limit=1
        )
        cls.cup = cls._product("测试定制酒杯", coins=2, points=30, stock=5)
        cls.wine = cls.env["product.template"].create(
            {
                "name": "测试鹿茸酒",
                "list_price": 168.0,
                "mall_ok": True,
                "mall_published": True,
                "mall_fulfillment": "warehouse",
                "is_storable": True,
                "taxes_id": [Command.clear()],
            }
        )

    @classmethod
    def _verified(cls, member, index):
        # a verified identity as mall_identity stores it (its own tests verify)
        return (
            cls.env["mall.identity"]
            .sudo()
            .create(
                {
                    "partner_id": member.id,
                    "company_id": cls.company.id,
                    "real_name": "张三",
                    "id_number_masked": "3301**********1234",
                    "id_number_encrypted": "v1:test",
                    "id_index": index,
                    "provider": "test",
                }
            )
        )

    @classmethod
    def _product(cls, name, coins, points, stock):
        template = cls.env["product.template"].create(
            {
                "name": name,
                "list_price": 0.0,
                "mall_ok": True,
                "mall_published": True,
                "mall_fulfillment": "warehouse",
                "is_storable": True,
                "taxes_id": [Command.clear()],
                "mall_points_mall": True,
                "mall_pm_coins": coins,
                "mall_pm_points": points,
            }
        )
        product = template.product_variant_id
        cls.env["stock.quant"]._update_available_quantity(
            product, cls.warehouse.lot_stock_id, stock
        )
        return product

    def give(self, member, coins=0, points=0):
        if coins:
            self.env["mall.coin.line"]._mall_earn(
                member, coins, "adjust", company=self.company, reason="测试"
            )
        if points:
            self.env["mall.points.line"]._mall_post(
                member, points, "adjust", company=self.company, reason="测试"
            )

    def balances(self, member=None):
        member = member or self.member
        coins = self.env["mall.coin.line"]._mall_balance(member, self.company)
        points = self.env["mall.points.account"]._mall_balance(member, self.company)
        return coins, points

    def exchange(self, product=None, qty=1, token=None, address=None, key=None):
        return self.api(
            "POST",
            "/points-mall/orders",
            {
                "product_id": (product or self.cup).id,
                "qty": qty,
                "address_id": (address or self.address).id,
            },
            token=token or self.token,
            headers={"Idempotency-Key": key or uuid.uuid4().hex},
        )

    def orders(self, member=None):
        return self.env["sale.order"].search(
            [("partner_id", "=", (member or self.member).id), ("mall_points_mall", "=", True)]
        )
