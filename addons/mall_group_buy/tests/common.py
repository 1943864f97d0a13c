import uuid
from datetime import timedelta

from odoo import Command, fields
from odoo.addons.mall_api.tests.common import MallApiCase
from odoo.tests import tagged


@tagged("post_install", "-at_install")
class GroupCase(MallApiCase):
    """A running 3-member offer on a dropshipped rice without taxes (list 30,
    group price 19.9), members with a token and an address, no shipping fee
    and no promotions."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["ir.config_parameter"].sudo().set_param("mall_api.order_rate_limit", "0")
        cls.env["loyalty.program"].sudo().search([]).active = False
        cls.company.mall_delivery_carrier_id = False
        cls.company.mall_delivery_carrier_ids = False
        cls.company.mall_max_unpaid_orders = 0
        cls.supplier = cls.env["res.partner"].create(
            {"name": "拼团测试米业", "mall_is_supplier": True}
        )
        cls.rice = cls._product("拼团测试珍珠米", 30.0)
        cls.noodle = cls._product("拼团测试挂面", 12.5)
        cls.members = [cls._mall_member(name) for name in ("甲", "乙", "丙", "丁", "戊")]
        cls.member, cls.token, cls.address = cls.members[0]
        cls.offer = cls._offer()
        cls.provider = cls.env["payment.provider"].search(
            [("code", "=", "wechatpay"), ("company_id", "=", cls.company.id)], limit=1
        )

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

    @classmethod
    def _offer(cls, **values):
        now = fields.Datetime.now()
        offer = cls.env["mall.group.offer"].create(
            {
                "name": "东北珍珠米 3人团",
                "group_size": 3,
                "time_limit_hours": 24,
                "member_limit": 2,
                "date_start": now - timedelta(hours=1),
                "date_end": now + timedelta(days=7),
                "company_id": cls.company.id,
                "line_ids": [Command.create({"product_id": cls.rice.id, "group_price": 19.9})],
                **values,
            }
        )
        offer.action_start()
        return offer

    def place(self, index=0, group=None, offer=None, qty=1, product=None, key=None):
        """Member ``index`` opens a group (or joins ``group``)."""
        _member, token, address = self.members[index]
        body = {
            "address_id": address.id,
            "product_id": (product or self.rice).id,
            "qty": qty,
        }
        if group:
            body["group_id"] = group.id if hasattr(group, "id") else group
        return self.api(
            "POST",
            f"/group-buys/{(offer or self.offer).id}/orders",
            body,
            token=token,
            headers={"Idempotency-Key": key or uuid.uuid4().hex},
        )

    def placed(self, response):
        self.assertEqual(response.status_code, 201, response.text)
        body = response.json()
        return (
            self.env["mall.group"].browse(body["group_id"]),
            self.env["sale.order"].browse(body["order"]["id"]),
        )

    def pay(self, order):
        """What the payment's post-processing does when WeChat Pay says paid."""
        tx = self.env["payment.transaction"].create(
            {
                "provider_id": self.provider.id,
                "payment_method_id": self.env.ref("payment.payment_method_wechat_pay").id,
                "reference": "GB" + uuid.uuid4().hex[:12].upper(),
                "amount": order.amount_total,
                "currency_id": order.currency_id.id,
                "partner_id": order.partner_id.id,
                "operation": "online_direct",
                "sale_order_ids": [Command.set(order.ids)],
            }
        )
        tx._set_done()
        tx._check_amount_and_confirm_order()
        self.env.invalidate_all()
        return tx

    def open_group(self, index=0):
        group, order = self.placed(self.place(index))
        self.pay(order)
        return group, order
