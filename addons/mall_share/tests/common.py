import base64
import io
import json
import secrets

from PIL import Image

from odoo import Command, fields
from odoo.addons.mall_api.tests.common import MallApiSimulatorCase
from odoo.addons.mall_base.scene import parse_scene
from odoo.tests import tagged

# a 2x2 PNG picture
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg=="
)


@tagged("post_install", "-at_install")
class ShareCase(MallApiSimulatorCase):
    """The storefront with the WeChat simulator: members log in with a
    mini-program code (and a scene); two published products sold from the
    warehouse with stock (rice 59.90, noodles 12.50); no shipping fee, no
    promotion; referral rewards off unless a test sets them."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        params = cls.env["ir.config_parameter"].sudo()
        params.set_param("mall_api.order_rate_limit", "0")
        params.set_param("mall_api.login_rate_limit", "0")
        cls.env["loyalty.program"].sudo().search([]).active = False
        cls.company.write(
            {
                "mall_delivery_carrier_id": False,
                "mall_delivery_carrier_ids": [Command.clear()],
                "mall_share_invite_reward": "none",
                "mall_share_register_points": 0,
                "mall_share_attribution_days": 7,
                "mall_points_credit_days": 7,
            }
        )
        cls.rice = cls._template("分享测试五常大米", 59.9, image_1920=base64.b64encode(PNG))
        cls.noodle = cls._template("分享测试鸡蛋挂面", 12.5)
        warehouse = cls.env["stock.warehouse"].search([("company_id", "=", cls.company.id)])[:1]
        for template in (cls.rice, cls.noodle):
            cls.env["stock.quant"].with_context(inventory_mode=True).create(
                {
                    "product_id": template.product_variant_id.id,
                    "location_id": warehouse.lot_stock_id.id,
                    "inventory_quantity": 500,
                }
            ).action_apply_inventory()

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

    # shoppers -----------------------------------------------------------

    def shopper(self, scene=None, openid=None):
        """A shopper logs in (with ``scene``): ``(member, token)``."""
        response, openid = self.login(openid=openid, scene=scene)
        self.assertEqual(response.status_code, 200, response.text)
        body = response.json()
        member = self.env["res.partner"].browse(body["member"]["id"])
        return member, body["token"]

    def share(self, token, product=None, channel="link"):
        body = {"channel": channel}
        if product:
            body["product_id"] = product.id
        response = self.api("POST", "/shares", body, token=token)
        self.assertEqual(response.status_code, 200, response.text)
        return response.json()

    def open_share(self, scene, token=None, client_id=None):
        body = {"scene": scene}
        if client_id:
            body["client_id"] = client_id
        return self.api("POST", "/shares/open", body, token=token)

    def my_shares(self, token):
        response = self.api("GET", "/me/shares", token=token)
        self.assertEqual(response.status_code, 200, response.text)
        return response.json()

    def my_invites(self, token):
        response = self.api("GET", "/me/invites", token=token)
        self.assertEqual(response.status_code, 200, response.text)
        return response.json()

    # orders --------------------------------------------------------------

    def address(self, member):
        return self.env["res.partner"].create(
            {
                "name": member.name,
                "parent_id": member.id,
                "type": "delivery",
                "mobile": "13800138000",
                "country_id": self.env.ref("base.cn").id,
                "state_id": self.env.ref("base.state_cn_SH").id,
                "city": "上海市",
                "street": "张杨路 1500 号",
                "company_id": self.company.id,
            }
        )

    def paid_order(self, member, template=None, qty=1):
        """A mall order placed as the storefront places it and confirmed as
        its payment confirms it."""
        template = template or self.rice
        order = self.env["sale.order"]._mall_create_placed_order(
            member, self.address(member), {template.product_variant_id: qty}, None, None, None
        )
        order.action_confirm()
        return order

    def ship(self, order):
        picking = order.picking_ids.filtered(lambda p: p.location_dest_id.usage == "customer")
        for move in picking.move_ids:
            move.quantity = move.product_uom_qty
        picking.move_ids.picked = True
        picking.button_validate()
        self.assertEqual(order.mall_shopper_state, "shipped")

    def receive(self, order, token):
        response = self.api("POST", f"/orders/{order.id}/receive", token=token)
        self.assertEqual(response.status_code, 200, response.text)
        return response.json()

    # points ----------------------------------------------------------------

    def reward_lines(self, member):
        return self.env["mall.points.line"].search(
            [("partner_id", "=", member.id), ("kind", "=", "reward")]
        )

    def balance(self, member):
        return self.env["mall.points.account"]._mall_balance(member, self.company)

    def counts(self):
        return {
            model: self.env[model].search_count([])
            for model in ("mall.share", "mall.share.open", "mall.share.invite")
        }

    @staticmethod
    def scene_parts(scene):
        return parse_scene(scene)

    def assertPoster(self, share):
        """A PNG of the poster's size, the mini-program code of the share's scene in it."""
        image = Image.open(io.BytesIO(base64.b64decode(share.poster)))
        self.assertEqual((image.format, image.size), ("PNG", (750, 1140)))
        return image


def new_client_id():
    return "c" + secrets.token_hex(8)


def now():
    return fields.Datetime.now()


def dumps(value):
    return json.dumps(value, ensure_ascii=False)
