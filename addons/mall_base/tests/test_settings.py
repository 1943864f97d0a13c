from odoo.exceptions import ValidationError
from odoo.tests import tagged
from odoo.tests.common import TransactionCase


@tagged("post_install", "-at_install")
class TestMallSettings(TransactionCase):
    def test_unpaid_timeout_default_and_saved_through_settings(self):
        company = self.env.company
        self.assertEqual(
            self.env["res.company"].create({"name": "新店"}).mall_unpaid_order_timeout, 15
        )
        settings = self.env["res.config.settings"].create({"mall_unpaid_order_timeout": 30})
        settings.execute()
        self.assertEqual(company.mall_unpaid_order_timeout, 30)

    def test_unpaid_timeout_bounds(self):
        for value in (0, -5, 24 * 60 + 1):
            with self.subTest(value=value), self.assertRaises(ValidationError):
                self.env["res.config.settings"].create(
                    {"mall_unpaid_order_timeout": value}
                ).execute()
        self.assertEqual(self.env.company.mall_unpaid_order_timeout, 15)

    def test_error_message_translated(self):
        self.env["res.lang"]._activate_lang("zh_CN")
        with self.assertRaises(ValidationError) as error:
            self.env.company.with_context(lang="zh_CN").mall_unpaid_order_timeout = 0
        self.assertIn("分钟", str(error.exception))


@tagged("post_install", "-at_install")
class TestMallParam(TransactionCase):
    KEY = "mall_base.test_setting"
    LOGGER = "odoo.addons.mall_base.models.ir_config_parameter"

    def param(self, value, *args, **kwargs):
        ICP = self.env["ir.config_parameter"]
        ICP.sudo().set_param(self.KEY, value)
        return ICP._mall_param(self.KEY, *args, **kwargs)

    def test_types(self):
        self.assertEqual(self.param(" 36 ", int, 24), 36)
        self.assertEqual(self.param("0.25", float, 0.1), 0.25)
        self.assertEqual(self.param(" https://example.com ", str), "https://example.com")
        self.assertEqual(self.param("value"), "value", "str by default")
        for value, expected in (("1", True), ("on", True), ("0", False), ("false", False)):
            with self.subTest(value=value):
                self.assertIs(self.param(value, bool, True), expected)

    def test_not_set_is_the_default(self):
        ICP = self.env["ir.config_parameter"]
        ICP.sudo().search([("key", "=", self.KEY)]).unlink()
        self.assertEqual(ICP._mall_param(self.KEY, int, 24), 24)
        self.assertIs(ICP._mall_param(self.KEY, bool, True), True)
        self.assertIsNone(ICP._mall_param(self.KEY))
        self.assertEqual(self.param("  ", int, 24), 24, "blank: the default")

    def test_garbage_is_the_default_with_a_warning(self):
        with self.assertLogs(self.LOGGER, "WARNING") as logs:
            self.assertEqual(self.param("half an hour", int, 30), 30)
            self.assertEqual(self.param("1.5", int, 24, minimum=0), 24)
            self.assertEqual(self.param("ten cents", float, 0.1), 0.1)
        self.assertIn(self.KEY, logs.output[0])

    def test_minimum(self):
        self.assertEqual(self.param("-5", int, 30, minimum=0), 0)
        self.assertEqual(self.param("-0.5", float, 0.1, minimum=0), 0)
        self.assertEqual(self.param("0", int, 3600, minimum=1), 1)
        self.assertEqual(self.param("-5", int, 30), -5, "no minimum: as set")

    def test_any_user_reads(self):
        user = self.env["res.users"].create({"name": "读设置", "login": "mall-param-reader"})
        self.env["ir.config_parameter"].sudo().set_param(self.KEY, "7")
        self.assertEqual(
            self.env["ir.config_parameter"].with_user(user)._mall_param(self.KEY, int, 1), 7
        )
