import base64

from odoo import Command
from odoo.tests.common import HttpCase, TransactionCase, new_test_user

# a 1x1 PNG
PNG = base64.b64encode(
    bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082"
    )
)


class MallSupplierMixin:
    """Two suppliers, each with a portal user and a dropship product."""

    @classmethod
    def _setup_suppliers(cls):
        cls.size = cls.env["product.attribute"].create(
            {
                "name": "规格",
                "create_variant": "always",
                "value_ids": [Command.create({"name": "1kg"}), Command.create({"name": "5kg"})],
            }
        )
        cls.supplier_a = cls.env["res.partner"].create(
            {"name": "甲米业", "mall_is_supplier": True, "phone": "0451-1"}
        )
        cls.supplier_b = cls.env["res.partner"].create(
            {"name": "乙面业", "mall_is_supplier": True, "phone": "0373-1"}
        )
        cls.rice = cls._make_product("测试大米", 20.0, cls.supplier_a, {"1kg": 12.0, "5kg": 60.0})
        cls.noodle = cls._make_product("测试挂面", 10.0, cls.supplier_b, {"1kg": 6.0, "5kg": 30.0})
        cls.shopper = cls.env["res.partner"].create(
            {
                "name": "王小二",
                "mobile": "13812341234",
                "street": "南京西路 1 号",
                "city": "上海市",
                "state_id": cls.env.ref("base.state_cn_SH").id,
                "country_id": cls.env.ref("base.cn").id,
                "mall_openid": "o-supplier-tests",
                "mall_member_since": "2026-11-01",
            }
        )
        cls.carrier = cls.env["delivery.carrier"].create(
            {
                "name": "测试快递",
                "product_id": cls.env["product.product"]
                .create({"name": "运费", "type": "service"})
                .id,
            }
        )
        cls.user_a = cls._portal_user(cls.supplier_a, "supplier_a")
        cls.user_b = cls._portal_user(cls.supplier_b, "supplier_b")

    @classmethod
    def _make_product(cls, name, price, supplier, settlement):
        template = cls.env["product.template"].create(
            {
                "name": name,
                "list_price": price,
                "is_storable": True,
                "mall_ok": True,
                "image_1920": PNG,
                "attribute_line_ids": [
                    Command.create(
                        {
                            "attribute_id": cls.size.id,
                            "value_ids": [Command.set(cls.size.value_ids.ids)],
                        }
                    )
                ],
            }
        )
        for ptav in template.attribute_line_ids.product_template_value_ids:
            if ptav.name == "5kg":
                ptav.price_extra = price * 4
        for variant in template.product_variant_ids:
            size = variant.product_template_attribute_value_ids.name
            cls.env["product.supplierinfo"].create(
                {
                    "partner_id": supplier.id,
                    "product_tmpl_id": template.id,
                    "product_id": variant.id,
                    "price": settlement[size],
                }
            )
        return template

    @classmethod
    def _portal_user(cls, supplier, login):
        contact = cls.env["res.partner"].create(
            {
                "name": f"{supplier.name}发货员",
                "parent_id": supplier.id,
                "email": f"{login}@example.cn",
            }
        )
        return new_test_user(
            cls.env,
            login=login,
            password=f"{login}-pass-2026",
            groups="mall_base.group_mall_supplier",
            partner_id=contact.id,
        )

    def variant(self, template, size):
        return template.product_variant_ids.filtered(
            lambda v: v.product_template_attribute_value_ids.name == size
        )

    def make_order(self, lines):
        return self.env["sale.order"].create(
            {
                "partner_id": self.shopper.id,
                "order_line": [
                    Command.create({"product_id": product.id, "product_uom_qty": qty})
                    for product, qty in lines
                ],
            }
        )


class MallSupplierCase(MallSupplierMixin, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_suppliers()


class MallSupplierHttpCase(MallSupplierMixin, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_suppliers()
