import uuid
from datetime import timedelta

from odoo import Command, fields
from odoo.addons.mall_api.tests.common import MallApiCase
from odoo.tests import tagged


@tagged("post_install", "-at_install")
class CouponCase(MallApiCase):
    """Members with a token and an address; two dropshipped products without
    taxes at known prices (rice 100, noodles 12.50, the noodles in their own
    category); no other loyalty program active."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["ir.config_parameter"].sudo().set_param("mall_api.order_rate_limit", "0")
        cls.env["loyalty.program"].sudo().search([]).active = False
        cls.company.mall_delivery_carrier_id = False
        cls.company.mall_delivery_carrier_ids = False
        cls.member, cls.token, cls.address = cls._mall_member("甲")
        cls.other, cls.other_token, cls.other_address = cls._mall_member("乙")
        cls.supplier = cls.env["res.partner"].create(
            {"name": "券测试米业", "mall_is_supplier": True}
        )
        cls.noodle_category = cls.env["product.category"].create({"name": "券测试面条"})
        cls.rice = cls._product("券测试大米", 100.0)
        cls.noodle = cls._product("券测试挂面", 12.5, cls.noodle_category)
        cls.today = fields.Date.today()

    @classmethod
    def _product(cls, name, price, category=None):
        template = cls.env["product.template"].create(
            {
                "name": name,
                "list_price": price,
                "is_storable": True,
                "mall_ok": True,
                # created published: the publish checks (image...) are not this addon's
                "mall_published": True,
                "mall_fulfillment": "dropship",
                "taxes_id": [Command.clear()],
                "categ_id": (category or cls.env.ref("product.product_category_all")).id,
                "seller_ids": [Command.create({"partner_id": cls.supplier.id, "price": price / 2})],
            }
        )
        return template.product_variant_id

    @classmethod
    def _coupon(cls, **values):
        return cls.env["mall.coupon"].create(
            {
                "name": "满100减10",
                "kind": "threshold",
                "amount": 10,
                "min_amount": 100,
                "date_to": fields.Date.today() + timedelta(days=30),
                "total_qty": 100,
                "member_limit": 1,
                "company_id": cls.company.id,
                **values,
            }
        )

    def quote(self, lines, token=None, address=None, codes=()):
        body = {
            "address_id": (address or self.address).id,
            "lines": [{"product_id": p.id, "qty": q} for p, q in lines],
            "coupon_codes": list(codes),
        }
        return self.api("POST", "/orders/quote", body, token=token or self.token)

    def place(self, lines, token=None, address=None, codes=()):
        body = {
            "address_id": (address or self.address).id,
            "lines": [{"product_id": p.id, "qty": q} for p, q in lines],
            "coupon_codes": list(codes),
        }
        return self.api(
            "POST",
            "/orders",
            body,
            token=token or self.token,
            headers={"Idempotency-Key": uuid.uuid4().hex},
        )

    def quote_model(self, member, lines, codes=()):
        """``sale.order._mall_quote`` as the API calls it."""
        Order = self.env["sale.order"].sudo()
        address = self.address if member == self.member else self.other_address
        return Order._mall_quote(member, address, dict(lines), list(codes))

    def assertMoney(self, amount, expected):
        currency = self.company.currency_id
        self.assertEqual(currency.compare_amounts(amount, expected), 0, f"{amount} != {expected}")
