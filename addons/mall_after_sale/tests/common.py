import base64
import uuid

from odoo import Command, fields
from odoo.addons.mall_api import ratelimit
from odoo.addons.mall_api.tests.common import MallApiCase
from odoo.addons.mall_api.tokens import issue_token
from odoo.addons.payment_wechatpay.tests.common import OPENID, WechatpayCommon
from odoo.tests import new_test_user, tagged

# a 1x1 PNG and the first bytes of a JPEG
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082"
)
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64 + b"\xff\xd9"
REFUND_PATH = "/v3/refund/domestic/refunds"


def b64(raw):
    return base64.b64encode(raw).decode()


def recorded_refund(order, quantities):
    """A refund-only request of ``order`` for ``{product (variant): qty}``,
    recorded as refunded as the refund notify records it (no WeChat Pay: for
    the tests of what other addons do after a refund)."""
    lines = []
    for product, qty in quantities.items():
        line = order.order_line.filtered(lambda x, p=product: x.product_id == p)
        lines.append(
            Command.create(
                {"order_line_id": line.id, "qty": qty, "amount": line._mall_paid_amount(qty)}
            )
        )
    request = (
        order.env["mall.after.sale"]
        .sudo()
        .create(
            {
                "order_id": order.id,
                "type": "refund_only",
                "reason_code": "quality",
                "line_ids": lines,
            }
        )
    )
    request.state = "refunded"
    return request


@tagged("post_install", "-at_install")
class AfterSaleCase(WechatpayCommon):
    """A WeChat Pay provider on the simulator, two suppliers (one with a
    portal user each), a dropshipped and a warehouse product, members with
    tokens, and paid orders made through the simulator."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.env.ref("mall_api.mall_api_endpoint").company_id
        cls.env["ir.config_parameter"].sudo().set_param("mall_api.order_rate_limit", "0")
        # the payment tests activate other currencies: orders get an explicit
        # CNY pricelist with the products' prices
        cls.pricelist = cls.env["product.pricelist"].create(
            {"name": "商城 CNY", "currency_id": cls.cny.id, "company_id": cls.company.id}
        )
        cls.supplier_a = cls.env["res.partner"].create(
            {"name": "甲米业", "mall_is_supplier": True, "city": "五常市", "street": "米业路 1 号"}
        )
        cls.supplier_a_return = cls.env["res.partner"].create(
            {
                "name": "甲米业退货仓",
                "parent_id": cls.supplier_a.id,
                "type": "other",
                "street": "退货路 9 号",
            }
        )
        cls.supplier_a.mall_return_address_id = cls.supplier_a_return
        cls.supplier_b = cls.env["res.partner"].create({"name": "乙面业", "mall_is_supplier": True})
        cls.rice = cls._product("测试五常大米", 30.0, cls.supplier_a, "dropship")
        cls.noodle = cls._product("测试挂面", 12.5, cls.supplier_b, "dropship")
        cls.flour = cls._product("测试面粉", 20.0, cls.supplier_b, "warehouse")
        warehouse = cls.env["stock.warehouse"].search([("company_id", "=", cls.company.id)])[:1]
        cls.warehouse = warehouse
        cls.env["stock.quant"].with_context(inventory_mode=True).create(
            {
                "product_id": cls.flour.id,
                "location_id": warehouse.lot_stock_id.id,
                "inventory_quantity": 100,
            }
        ).action_apply_inventory()
        cls.member, cls.token = cls._member("甲", OPENID)
        cls.other, cls.other_token = cls._member("乙", "o-other-" + uuid.uuid4().hex[:8])
        cls.finance = new_test_user(
            cls.env, login="as_finance", groups="mall_base.group_mall_finance"
        )

    @classmethod
    def _product(cls, name, price, supplier, fulfillment):
        template = cls.env["product.template"].create(
            {
                "name": name,
                "list_price": price,
                "is_storable": True,
                "mall_ok": True,
                "mall_fulfillment": fulfillment,
                "taxes_id": [Command.clear()],
                "seller_ids": [Command.create({"partner_id": supplier.id, "price": price / 2})],
            }
        )
        cls.env["product.pricelist.item"].create(
            {
                "pricelist_id": cls.pricelist.id,
                "applied_on": "0_product_variant",
                "product_id": template.product_variant_id.id,
                "compute_price": "fixed",
                "fixed_price": price,
            }
        )
        return template.product_variant_id

    @classmethod
    def _member(cls, name, openid):
        member = cls.env["res.partner"].create(
            {
                "name": f"会员{name}",
                "company_id": cls.company.id,
                "mall_openid": openid,
                "mall_member_since": fields.Datetime.now(),
                "street": "张杨路 1500 号",
                "city": "上海市",
                "country_id": cls.env.ref("base.cn").id,
            }
        )
        token, _ttl = issue_token(cls.env, member.id)
        return member, token

    def setUp(self):
        super().setUp()
        ratelimit.reset()
        self.addCleanup(ratelimit.reset)

    # --- API ----------------------------------------------------------------

    def api(self, method, path, json_body=None, token=None, params=None):
        """MallApiCase's, as the test member unless ``token`` says (``False``:
        no token), letting the test server handle requests meanwhile."""
        token = token if token is False else token or self.token
        with self._unlocked():
            return MallApiCase.api(
                self, method, path, json_body, token=token, params=params, timeout=60
            )

    assertError = MallApiCase.assertError

    def request_after_sale(self, order, lines, type_="refund_only", token=None, **extra):
        body = {
            "order_id": order.id,
            "lines": [{"order_line_id": line.id, "qty": qty} for line, qty in lines],
            "type": type_,
            "reason_code": extra.pop("reason_code", "quality"),
            **extra,
        }
        return self.api("POST", "/after-sales", body, token=token)

    # --- orders ---------------------------------------------------------------

    def paid_order(self, lines, member=None, coupon_codes=(), confirm=True):
        """A mall order of ``member`` paid through the simulator and confirmed
        (``confirm=False``: paid, not confirmed yet)."""
        member = member or self.member
        order = self.env["sale.order"].create(
            {
                "partner_id": member.id,
                "company_id": self.company.id,
                "mall_order": True,
                "pricelist_id": self.pricelist.id,
                "order_line": [
                    Command.create({"product_id": product.id, "product_uom_qty": qty})
                    for product, qty in lines
                ],
            }
        )
        if coupon_codes:
            order._mall_apply_promotions(coupon_codes)
        tx = self.env["payment.transaction"].create(
            {
                "provider_id": self.wechatpay.id,
                "payment_method_id": self.payment_method_id,
                "reference": "AS" + uuid.uuid4().hex[:12].upper(),
                "amount": order.amount_total,
                "currency_id": order.currency_id.id,
                "partner_id": member.id,
                "operation": "online_direct",
                "sale_order_ids": [Command.set(order.ids)],
            }
        )
        tx._wechatpay_prepay(member.mall_openid)
        self._pay(tx)
        self._wait_state(tx, "done")
        if not confirm:
            return order
        tx._post_process()  # what the post-process job does: confirms the order
        self.assertEqual(order.state, "sale")
        return order

    def line_of(self, order, product):
        return order.order_line.filtered(lambda line: line.product_id == product)

    def after_sale(self, response):
        self.assertIn(response.status_code, (200, 201), response.text)
        return self.env["mall.after.sale"].browse(response.json()["id"])

    def sim_refunds(self, order):
        tx = order._mall_after_sale_payment()
        with self._unlocked():
            return self.sim.control("GET", "refunds", params={"out_trade_no": tx.reference})[
                "refunds"
            ]

    def wait_request(self, request, state, timeout=15):
        """Wait for the refund's notify to move the request to ``state``."""
        tx = request.refund_tx_id
        tx_state = {"refunded": "done", "refund_failed": "error"}[state]
        self._wait_state(tx, tx_state, timeout=timeout)
        self._read(request)
        self.assertEqual(request.state, state, request.refund_failure_reason)
        return request
