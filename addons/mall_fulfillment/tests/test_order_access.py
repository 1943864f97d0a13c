import uuid

from odoo.addons.mall_api.tests.common import MallApiCase
from odoo.tests import new_test_user, tagged
from odoo.tests.common import JsonRpcException


@tagged("post_install", "-at_install")
class TestMallOrderAccess(MallApiCase):
    """Who reads mall orders placed through the storefront API, asked over
    JSON-RPC with each role's own login (the web client's path)."""

    ROLES = {
        "store_a": "mall_base.group_mall_store_manager",
        "store_b": "mall_base.group_mall_store_manager",
        "campaign": "mall_base.group_mall_campaign",
        "after_sale": "mall_base.group_mall_after_sale",
        "fulfillment": "mall_base.group_mall_fulfillment",
        "finance": "mall_base.group_mall_finance",
    }

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["ir.config_parameter"].sudo().set_param("mall_api.order_rate_limit", "0")
        cls.users = {
            role: new_test_user(cls.env, login=f"access_{role}", groups=group)
            for role, group in cls.ROLES.items()
        }
        cls.product = cls.env["product.product"].create(
            {
                "name": "测试权限大米",
                "list_price": 20.0,
                "is_storable": True,
                "mall_ok": True,
                "mall_published": True,
                "mall_fulfillment": "warehouse",
            }
        )
        warehouse = cls.env["stock.warehouse"].search([("company_id", "=", cls.company.id)])[:1]
        cls.env["stock.quant"].with_context(inventory_mode=True).create(
            {
                "product_id": cls.product.id,
                "location_id": warehouse.lot_stock_id.id,
                "inventory_quantity": 10,
            }
        ).action_apply_inventory()
        # a member of store manager A (the member's salesperson), and one of nobody
        cls.member_a, cls.token_a, cls.address_a = cls._member("甲", cls.users["store_a"])
        cls.member_x, cls.token_x, cls.address_x = cls._member("乙", False)

    @classmethod
    def _member(cls, name, salesperson):
        return cls._mall_member(name, user_id=salesperson and salesperson.id)

    def _place(self, token, address):
        response = self.api(
            "POST",
            "/orders",
            {"address_id": address.id, "lines": [{"product_id": self.product.id, "qty": 1}]},
            token=token,
            headers={"Idempotency-Key": uuid.uuid4().hex},
        )
        self.assertEqual(response.status_code, 201, response.text)
        return self.env["sale.order"].browse(response.json()["id"])

    def _call(self, model, method, *args, **kwargs):
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {"model": model, "method": method, "args": list(args), "kwargs": kwargs},
        )

    def _seen_as(self, role, orders):
        login = f"access_{role}"
        self.authenticate(login, login)
        found = self._call(
            "sale.order", "search_read", [("id", "in", orders.ids)], fields=["name", "user_id"]
        )
        lines = self._call(
            "sale.order.line", "search_read", [("order_id", "in", orders.ids)], fields=["order_id"]
        )
        self.assertEqual(
            {line["order_id"][0] for line in lines}, {order["id"] for order in found}, role
        )
        return {order["id"] for order in found}

    def test_each_role_reads_only_the_orders_the_roles_table_gives_it(self):
        order_a = self._place(self.token_a, self.address_a)
        order_x = self._place(self.token_x, self.address_x)
        orders = order_a | order_x
        # the member's salesperson is responsible for the order; nobody for the other
        self.assertEqual(order_a.user_id, self.users["store_a"])
        self.assertFalse(order_x.user_id)
        expected = {
            "store_a": set(order_a.ids),
            "store_b": set(),
            "campaign": set(),
            "after_sale": set(orders.ids),
            "fulfillment": set(orders.ids),
            "finance": set(orders.ids),
        }
        for role, ids in expected.items():
            with self.subTest(role=role):
                self.assertEqual(self._seen_as(role, orders), ids)
                if order_x.id not in ids:
                    with self.assertRaises(JsonRpcException) as error:
                        self._call("sale.order", "read", order_x.ids, ["name"])
                    self.assertIn("AccessError", str(error.exception))
                else:
                    self.assertEqual(
                        self._call("sale.order", "read", order_x.ids, ["name"])[0]["name"],
                        order_x.name,
                    )

    def test_stock_holds_and_trackings_follow_the_orders_roles(self):
        """Holds and logistics trackings name the member and the order: only the
        roles that read every mall order read them (not store managers, who see
        their own orders only, nor campaign operators, who see no orders)."""
        order = self._place(self.token_x, self.address_x)
        hold = self.env["mall.stock.hold"].sudo().search([("member_id", "=", order.partner_id.id)])
        self.assertTrue(hold)
        readers = {"after_sale", "fulfillment", "finance"}
        for role in self.ROLES:
            with self.subTest(role=role):
                login = f"access_{role}"
                self.authenticate(login, login)
                for model in ("mall.stock.hold", "mall.tracking", "mall.tracking.event"):
                    if role in readers:
                        self._call(model, "search_read", [], fields=["id"], limit=1)
                    else:
                        with self.assertRaises(JsonRpcException) as error:
                            self._call(model, "search_read", [], fields=["id"], limit=1)
                        self.assertIn("AccessError", str(error.exception))
