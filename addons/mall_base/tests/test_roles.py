from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import new_test_user, tagged

from .common import MallRolesCase

MALL_SECTIONS = {
    "mall_base.menu_mall_catalog",
    "mall_base.menu_mall_sales",
    "mall_base.menu_mall_members",
    "mall_base.menu_mall_config",
}


@tagged("post_install", "-at_install")
class TestMallRoles(MallRolesCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.shopper = cls.env["res.partner"].create(
            {"name": "会员甲", "mall_openid": "o-roles", "mall_member_since": "2026-01-01"}
        )
        cls.product = cls.env["product.product"].create(
            {"name": "测试大米 5kg", "list_price": 50, "is_storable": True}
        )
        # an order that belongs to another salesperson (the admin)
        cls.order = cls.env["sale.order"].create(
            {
                "partner_id": cls.shopper.id,
                "user_id": cls.env.ref("base.user_admin").id,
                "order_line": [
                    Command.create({"product_id": cls.product.id, "product_uom_qty": 1})
                ],
            }
        )
        cls.order.action_confirm()

    def _visible_sections(self, user):
        visible = self.env["ir.ui.menu"].with_user(user)._visible_menu_ids()
        return {xmlid for xmlid in MALL_SECTIONS if self.env.ref(xmlid).id in visible}

    def _can(self, user, model, operation):
        return self.env[model].with_user(user).has_access(operation)

    def _sees_order(self, user):
        return bool(self.env["sale.order"].with_user(user).search([("id", "=", self.order.id)]))

    def test_mall_menu_per_role(self):
        expected = {
            "product": {"mall_base.menu_mall_catalog"},
            "campaign": {"mall_base.menu_mall_catalog", "mall_base.menu_mall_members"},
            "after_sale": {"mall_base.menu_mall_sales", "mall_base.menu_mall_members"},
            "fulfillment": {"mall_base.menu_mall_sales"},
            "finance": {"mall_base.menu_mall_sales"},
            "store_manager": {"mall_base.menu_mall_sales", "mall_base.menu_mall_members"},
            # settings are Odoo's: they need Administration / Settings too
            "admin": MALL_SECTIONS - {"mall_base.menu_mall_config"},
        }
        if self.env["ir.module.module"].search_count(
            [("name", "=", "mall_identity"), ("state", "=", "installed")]
        ):
            # finance reads the members' real names (mall_identity)
            expected["finance"] = expected["finance"] | {"mall_base.menu_mall_members"}
        root = self.env.ref("mall_base.menu_mall_root").id
        for role, sections in expected.items():
            user = self.users[role]
            with self.subTest(role=role):
                self.assertIn(root, self.env["ir.ui.menu"].with_user(user)._visible_menu_ids())
                self.assertEqual(self._visible_sections(user), sections)

    def test_mall_admin_with_settings_rights_sees_configuration(self):
        admin = self.users["admin"]
        admin.groups_id = [Command.link(self.env.ref("base.group_system").id)]
        self.assertEqual(self._visible_sections(admin), MALL_SECTIONS)

    def test_mall_menu_hidden_outside_mall(self):
        root = self.env.ref("mall_base.menu_mall_root").id
        self.assertNotIn(
            root, self.env["ir.ui.menu"].with_user(self.plain_user)._visible_menu_ids()
        )
        supplier = self.users["supplier"]
        self.assertFalse(supplier.has_group("mall_base.group_mall_user"))
        self.assertFalse(self.env.ref("mall_base.menu_mall_root").groups_id & supplier.groups_id)

    def test_admin_implies_every_internal_role(self):
        admin = self.users["admin"]
        for role, group in self.ROLES.items():
            self.assertEqual(admin.has_group(group), role != "supplier", role)

    def test_product_operator(self):
        user = self.users["product"]
        template = (
            self.env["product.template"]
            .with_user(user)
            .create({"name": "测试大米", "list_price": 10})
        )
        template.list_price = 12
        self.assertTrue(self._can(user, "product.supplierinfo", "write"))
        self.assertFalse(self._can(user, "sale.order", "read"))
        self.assertFalse(self._can(user, "account.move", "read"))
        self.assertFalse(self._can(user, "stock.quant", "write"))
        self.assertFalse(self._can(user, "res.config.settings", "write"))

    def test_campaign_operator(self):
        user = self.users["campaign"]
        self.assertTrue(self._can(user, "product.template", "read"))
        self.assertFalse(self._can(user, "product.template", "write"))
        self.assertFalse(self._can(user, "account.move", "create"))
        self.assertFalse(self._can(user, "stock.quant", "write"))

    def test_after_sale_operator(self):
        user = self.users["after_sale"]
        self.assertTrue(self._sees_order(user), "every mall order")
        self.assertTrue(self._can(user, "stock.picking", "write"))
        self.assertFalse(self._can(user, "account.move", "create"))
        self.assertFalse(self._can(user, "product.template", "write"))

    def test_fulfillment_operator(self):
        user = self.users["fulfillment"]
        self.assertTrue(self._sees_order(user), "every mall order")
        self.assertTrue(self._can(user, "stock.picking", "write"))
        self.assertTrue(self._can(user, "stock.quant", "write"))
        self.assertFalse(self._can(user, "account.move", "create"))
        self.assertFalse(self._can(user, "product.supplierinfo", "write"))
        with self.assertRaises(AccessError):
            self.product.product_tmpl_id.with_user(user).write({"list_price": 1})

    def test_finance(self):
        user = self.users["finance"]
        self.assertTrue(self._sees_order(user), "every mall order")
        self.assertTrue(self._can(user, "account.move", "create"))
        self.assertTrue(self._can(user, "product.supplierinfo", "write"))
        self.assertFalse(self._can(user, "stock.quant", "write"))
        self.assertFalse(self._can(user, "product.template", "write"))

    def test_store_manager(self):
        user = self.users["store_manager"]
        self.assertTrue(self._can(user, "sale.order", "read"))
        self.assertFalse(self._sees_order(user), "only the orders they are responsible for")
        self.assertFalse(self._can(user, "account.move", "create"))
        self.assertFalse(self._can(user, "stock.quant", "write"))
        self.assertFalse(self._can(user, "product.supplierinfo", "write"))

    def test_supplier_portal_user_reaches_no_backend_data(self):
        user = self.users["supplier"]
        self.assertTrue(user.share)
        self.assertTrue(user.has_group("base.group_portal"))
        for model in ("product.supplierinfo", "res.config.settings", "stock.quant"):
            with self.subTest(model=model):
                self.assertFalse(self._can(user, model, "read"))
        self.assertFalse(self._sees_order(user))
        self.assertFalse(
            self.env["stock.picking"]
            .with_user(user)
            .search([("id", "in", self.order.picking_ids.ids)])
        )
        with self.assertRaises(AccessError):
            self.shopper.with_user(user).read(["mall_openid"])


@tagged("post_install", "-at_install")
class TestMallOrderVisibility(MallRolesCase):
    """Odoo's "own documents" level also shows orders without a salesperson;
    the mall's own-documents roles see only the orders they are responsible for."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.shopper = cls.env["res.partner"].create(
            {"name": "会员乙", "mall_openid": "o-visibility", "mall_member_since": "2026-01-01"}
        )
        cls.product = cls.env["product.product"].create({"name": "测试挂面", "list_price": 8})
        cls.unassigned = cls._order(False)
        cls.own = cls._order(cls.users["store_manager"])
        cls.salesman = new_test_user(
            cls.env, login="mall_plain_salesman", groups="sales_team.group_sale_salesman"
        )

    @classmethod
    def _order(cls, user):
        order = cls.env["sale.order"].create(
            {
                "partner_id": cls.shopper.id,
                "order_line": [
                    Command.create({"product_id": cls.product.id, "product_uom_qty": 1})
                ],
            }
        )
        # the creating user (superuser) would become the salesperson
        order.user_id = user
        order.action_confirm()
        return order

    def _seen(self, user, orders):
        env = self.env(user=user)
        domain = [("id", "in", orders.ids)]
        return (
            env["sale.order"].search(domain),
            env["sale.order.line"].search([("order_id", "in", orders.ids)]).order_id,
            set(env["sale.report"].search([("name", "in", orders.mapped("name"))]).mapped("name")),
        )

    def test_own_documents_roles_do_not_see_unassigned_orders(self):
        orders = self.unassigned | self.own
        for role in ("store_manager", "campaign"):
            user = self.users[role]
            with self.subTest(role=role):
                expected = self.own if role == "store_manager" else self.env["sale.order"]
                orders_seen, lines_seen, report_seen = self._seen(user, orders)
                self.assertEqual(orders_seen, expected)
                self.assertEqual(lines_seen, expected)
                self.assertEqual(report_seen, set(expected.mapped("name")))
                with self.assertRaises(AccessError):
                    self.unassigned.with_user(user).read(["name"])

    def test_all_documents_roles_see_every_order(self):
        orders = self.unassigned | self.own
        for role in ("after_sale", "fulfillment", "finance", "admin"):
            with self.subTest(role=role):
                orders_seen, lines_seen, report_seen = self._seen(self.users[role], orders)
                self.assertEqual(orders_seen, orders)
                self.assertEqual(lines_seen, orders)
                self.assertEqual(report_seen, set(orders.mapped("name")))

    def test_salesmen_outside_the_mall_keep_odoos_rule(self):
        orders_seen, _lines, _report = self._seen(self.salesman, self.unassigned | self.own)
        self.assertEqual(orders_seen, self.unassigned)
