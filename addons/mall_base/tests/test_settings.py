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
