import uuid
from datetime import timedelta

from odoo import Command, fields
from odoo.addons.mall_api.tests.common import MallApiCase
from odoo.tests import tagged


@tagged("post_install", "-at_install")
class CoinCase(MallApiCase):
    """Two members with a token and an address; a qualifying product (鹿酒,
    earns a coin) and a plain one; no shipping fee, no promotion; coins live
    48 hours."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["ir.config_parameter"].sudo().set_param("mall_api.order_rate_limit", "0")
        cls.env["loyalty.program"].sudo().search([]).active = False
        cls.company.write(
            {
                "mall_delivery_carrier_id": False,
                "mall_delivery_carrier_ids": [Command.clear()],
                "mall_coin_lifetime_hours": 48,
                "mall_coin_all_products": False,
            }
        )
        cls.member, cls.token, cls.address = cls._mall_member("活动币甲")
        cls.other, cls.other_token, cls.other_address = cls._mall_member("活动币乙")
        cls.supplier = cls.env["res.partner"].create(
            {"name": "活动币测试酒业", "mall_is_supplier": True}
        )
        cls.wine = cls._product("活动币测试鹿茸酒", 198.0, qualifying=True)
        cls.tea = cls._product("活动币测试鹿茸茶", 38.0)
        cls.Line = cls.env["mall.coin.line"]
        cls.Account = cls.env["mall.coin.account"]

    @classmethod
    def _product(cls, name, price, qualifying=False):
        template = cls.env["product.template"].create(
            {
                "name": name,
                "list_price": price,
                "is_storable": True,
                "mall_ok": True,
                "mall_published": True,
                "mall_fulfillment": "dropship",
                "mall_coin_qualifying": qualifying,
                "taxes_id": [Command.clear()],
                "seller_ids": [Command.create({"partner_id": cls.supplier.id, "price": price / 2})],
            }
        )
        return template.product_variant_id

    def balance(self, member=None):
        return self.Line._mall_balance(member or self.member, self.company)

    def ledger_balance(self, member=None):
        account = self.Account.search(
            [("partner_id", "=", (member or self.member).id), ("company_id", "=", self.company.id)]
        )
        return account.balance

    def earn(self, coins=1, member=None, key=None, source="lottery"):
        return self.Line._mall_earn(
            member or self.member, coins, source, company=self.company, key=key
        )

    def spend(self, coins, key, member=None):
        return self.Line._mall_spend(member or self.member, coins, company=self.company, key=key)

    def ledger(self, member=None):
        return self.Line.search(
            [("partner_id", "=", (member or self.member).id), ("company_id", "=", self.company.id)]
        )

    def age(self, lines, hours):
        """Move time: the lines were earned ``hours`` earlier (date and expiry)."""
        for line in lines:
            line.sudo().write(
                {
                    "date": line.date - timedelta(hours=hours),
                    "expires_at": line.expires_at - timedelta(hours=hours)
                    if line.expires_at
                    else False,
                }
            )

    def assertLedgerAddsUp(self, member=None):
        """Each line's balance after is the previous one plus its coins, the
        last one is the account's; what is left of earned lines not past
        their expiry is the spendable balance."""
        lines = self.ledger(member).sorted("id")
        running = 0
        for line in lines:
            running += line.coins
            self.assertEqual(line.balance_after, running, line.name)
        self.assertEqual(self.ledger_balance(member), running)
        now = fields.Datetime.now()
        live = lines.filtered(lambda x: x.expires_at and x.expires_at > now)
        self.assertEqual(sum(live.mapped("remaining")), self.balance(member))

    def paid_order(self, lines, member=None):
        """A mall order placed as the API does, then confirmed as the payment
        confirms it."""
        member = member or self.member
        address = self.address if member == self.member else self.other_address
        order = self.env["sale.order"]._mall_place_order(
            member, address, dict(lines), uuid.uuid4().hex
        )
        order.action_confirm()
        return order
