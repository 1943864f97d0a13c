import uuid
from datetime import timedelta

from odoo import Command, fields
from odoo.addons.mall_api.tests.common import MallApiCase
from odoo.tests import tagged


def new_key():
    return uuid.uuid4().hex


@tagged("post_install", "-at_install")
class FlashCase(MallApiCase):
    """Members with a token and an address; a rice variant sold from the
    warehouse with 10 on hand, no taxes, normal price 59.9; a running flash
    sale of it at 39.9, allotment 5, limit 2 per member."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["ir.config_parameter"].sudo().set_param("mall_api.order_rate_limit", "0")
        cls.company.mall_delivery_carrier_id = False
        cls.company.mall_delivery_carrier_ids = False
        cls.member, cls.token, cls.address = cls._mall_member("甲")
        cls.other, cls.other_token, cls.other_address = cls._mall_member("乙")
        cls.rice = cls._product("秒杀测试大米", 59.9)
        cls.noodle = cls._product("秒杀测试挂面", 12.5)
        cls._set_stock(cls.rice, 10)
        cls._set_stock(cls.noodle, 10)
        cls.sale = cls._sale(cls.rice, 39.9, 5)

    @classmethod
    def _product(cls, name, price):
        template = cls.env["product.template"].create(
            {
                "name": name,
                "list_price": price,
                "is_storable": True,
                "mall_ok": True,
                "mall_published": True,
                "mall_fulfillment": "warehouse",
                "taxes_id": [Command.clear()],
            }
        )
        return template.product_variant_id

    @classmethod
    def _set_stock(cls, product, qty):
        warehouse = cls.env["stock.warehouse"].search([("company_id", "=", cls.company.id)])[:1]
        cls.env["stock.quant"].with_context(inventory_mode=True).create(
            {
                "product_id": product.id,
                "location_id": warehouse.lot_stock_id.id,
                "inventory_quantity": qty,
            }
        ).action_apply_inventory()

    @classmethod
    def _sale(cls, product, price, allotment, start=-1, end=2, limit=2, schedule=True, **values):
        now = fields.Datetime.now()
        sale = cls.env["mall.flash.sale"].create(
            {
                "name": "大米秒杀",
                "company_id": cls.company.id,
                "date_start": now + timedelta(hours=start),
                "date_end": now + timedelta(hours=end),
                "member_limit": limit,
                "line_ids": [
                    Command.create(
                        {"product_id": product.id, "flash_price": price, "allotment": allotment}
                    )
                ],
                **values,
            }
        )
        if schedule:
            sale.action_schedule()
        return sale

    def buy(self, sale=None, product=None, qty=1, token=None, address=None, key=None):
        sale = sale or self.sale
        if token == self.other_token and address is None:
            address = self.other_address
        return self.api(
            "POST",
            f"/flash-sales/{sale.id}/orders",
            {
                "product_id": (product or self.rice).id,
                "qty": qty,
                "address_id": (address or self.address).id,
            },
            token=token or self.token,
            headers={"Idempotency-Key": key or new_key()},
        )

    def free(self, product):
        self.env.flush_all()
        return self.env["mall.stock.hold"]._free_quantities([product.id], self.company)[product.id]

    def expire(self, reservation_ids):
        self.env.cr.execute(
            "UPDATE mall_flash_order SET expires_at = now() at time zone 'UTC' "
            "- interval '1 minute' WHERE id = ANY(%s)",
            [list(reservation_ids)],
        )
        self.env.cr.execute(
            "UPDATE sale_order SET mall_expires_at = now() at time zone 'UTC' - interval '1 minute'"
            " WHERE mall_flash_order_id = ANY(%s)",
            [list(reservation_ids)],
        )
        self.env.invalidate_all()
