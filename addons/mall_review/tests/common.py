import base64

from odoo import Command
from odoo.addons.mall_api.tests.common import MallApiCase
from odoo.tests import new_test_user, tagged

# a 1x1 PNG and the first bytes of a JPEG
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082"
)
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64 + b"\xff\xd9"


def b64(raw):
    return base64.b64encode(raw).decode()


@tagged("post_install", "-at_install")
class ReviewCase(MallApiCase):
    """Members with a token and an address (张小米, 李大米), two products sold
    from our warehouse with stock (rice with two 规格 variants, noodles),
    received orders made as the storefront and the warehouse make them, an
    after-sales operator and a product operator; no moderation and no reward
    unless a test sets them."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        params = cls.env["ir.config_parameter"].sudo()
        params.set_param("mall_api.order_rate_limit", "0")
        params.set_param("mall_review.post_rate_limit", "0")
        cls.env["loyalty.program"].sudo().search([]).active = False
        cls.company.write(
            {
                "mall_delivery_carrier_id": False,
                "mall_delivery_carrier_ids": False,
                "mall_review_moderate_all": False,
                "mall_review_sensitive_words": False,
                "mall_review_reward": "none",
            }
        )
        cls.member, cls.token, cls.address = cls._mall_member("甲")
        cls.member.write(
            {"name": "张小米", "mall_avatar_url": "https://thirdwx.qlogo.cn/zhang.png"}
        )
        cls.other, cls.other_token, cls.other_address = cls._mall_member("乙")
        cls.other.name = "李大米"
        size = cls.env["product.attribute"].create(
            {
                "name": "评价测试规格",
                "create_variant": "always",
                "value_ids": [Command.create({"name": "1kg"}), Command.create({"name": "5kg"})],
            }
        )
        cls.rice_template = cls._template(
            "评价测试大米",
            50.0,
            attribute_line_ids=[
                Command.create(
                    {"attribute_id": size.id, "value_ids": [Command.set(size.value_ids.ids)]}
                )
            ],
        )
        cls.rice, cls.rice_5kg = cls.rice_template.product_variant_ids
        cls.noodle_template = cls._template("评价测试挂面", 12.5)
        cls.noodle = cls.noodle_template.product_variant_id
        warehouse = cls.env["stock.warehouse"].search([("company_id", "=", cls.company.id)])[:1]
        for product in (cls.rice, cls.rice_5kg, cls.noodle):
            cls.env["stock.quant"].with_context(inventory_mode=True).create(
                {
                    "product_id": product.id,
                    "location_id": warehouse.lot_stock_id.id,
                    "inventory_quantity": 500,
                }
            ).action_apply_inventory()
        cls.operator = new_test_user(
            cls.env, login="review_operator", groups="mall_base.group_mall_after_sale"
        )
        cls.product_operator = new_test_user(
            cls.env, login="review_product_operator", groups="mall_base.group_mall_product"
        )

    @classmethod
    def _template(cls, name, price, **values):
        return cls.env["product.template"].create(
            {
                "name": name,
                "list_price": price,
                "is_storable": True,
                "mall_ok": True,
                # created published: the publish checks (image...) are not this addon's
                "mall_published": True,
                "mall_fulfillment": "warehouse",
                "taxes_id": [Command.clear()],
                **values,
            }
        )

    @classmethod
    def paid_order(cls, member, lines):
        """A mall order of ``member`` placed as the storefront places it and
        confirmed as its payment confirms it."""
        address = cls.address if member == cls.member else cls.other_address
        order = cls.env["sale.order"]._mall_create_placed_order(
            member, address, dict(lines), None, None, None
        )
        order.action_confirm()
        return order

    @classmethod
    def ship(cls, order):
        """The warehouse ships the whole order."""
        picking = order.picking_ids.filtered(lambda p: p.location_dest_id.usage == "customer")
        for move in picking.move_ids:
            move.quantity = move.product_uom_qty
        picking.move_ids.picked = True
        picking.button_validate()

    @classmethod
    def received_order(cls, member, lines):
        """Paid, shipped and received by ``member``: ``(order, {product: line})``."""
        order = cls.paid_order(member, lines)
        cls.ship(order)
        order._mall_receive()
        assert order.mall_shopper_state == "done", order.mall_shopper_state
        return order, {line.product_id: line for line in order._mall_product_lines()}

    def post(self, line, rating=5, token=None, **extra):
        body = {"order_line_id": line.id, "rating": rating, **extra}
        return self.api("POST", "/reviews", body, token=token or self.token)

    def review_model(self, member, line, rating=5, **extra):
        """``mall.review._mall_post_review`` as the API calls it."""
        return self.env["mall.review"]._mall_post_review(member, line.id, rating, **extra)

    def count_reviews(self):
        """Reviews and follow-ups of the test's members (the demo has its own)."""
        members = (self.member | self.other).ids
        return self.env["mall.review"].search_count([("partner_id", "in", members)])
