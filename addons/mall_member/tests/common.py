import uuid

from odoo import Command
from odoo.addons.mall_api.tests.common import MallApiCase
from odoo.tests import tagged


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
