from odoo.exceptions import ValidationError
from odoo.tests import TransactionCase, tagged

from ..const import (
    AUTO_RECEIVE_DAYS_PARAM,
    CACHE_MINUTES_PARAM,
    DEFAULT_CACHE_MINUTES,
    DEFAULT_OVERDUE_HOURS,
    OVERDUE_HOURS_PARAM,
    QUERY_COST_PARAM,
    RESPONSIBLE_PARAM,
)

LOGGER = "odoo.addons.mall_fulfillment.settings"


@tagged("post_install", "-at_install")
class TestFulfillmentSettings(TransactionCase):
    def set_param(self, key, value):
        self.env["ir.config_parameter"].sudo().set_param(key, value)

    def test_a_number_setting_that_is_not_a_number_falls_back_with_a_warning(self):
        self.set_param(RESPONSIBLE_PARAM, "ops-team")
        self.set_param(AUTO_RECEIVE_DAYS_PARAM, "ten")
        self.set_param(OVERDUE_HOURS_PARAM, "1.5")
        self.set_param(CACHE_MINUTES_PARAM, "half an hour")
        with self.assertLogs(LOGGER, "WARNING") as logs:
            responsible = self.env["sale.order"]._mall_fulfillment_responsible()
            self.assertIsInstance(self.env["sale.order"]._cron_mall_auto_receive(), int)
            hours = self.env["stock.picking"]._mall_overdue_hours()
            minutes = self.env["mall.tracking"]._number_param(
                CACHE_MINUTES_PARAM, DEFAULT_CACHE_MINUTES
            )
        self.assertTrue(responsible, "the fallback: a fulfilment operator or the admin")
        self.assertEqual(hours, DEFAULT_OVERDUE_HOURS)
        self.assertEqual(minutes, DEFAULT_CACHE_MINUTES)
        output = "\n".join(logs.output)
        for key in (RESPONSIBLE_PARAM, AUTO_RECEIVE_DAYS_PARAM, OVERDUE_HOURS_PARAM):
            self.assertIn(key, output)

    def test_number_settings_read_as_numbers(self):
        self.set_param(OVERDUE_HOURS_PARAM, " 36 ")
        self.set_param(CACHE_MINUTES_PARAM, "-5")
        self.set_param(QUERY_COST_PARAM, "0.25")
        Tracking = self.env["mall.tracking"]
        self.assertEqual(self.env["stock.picking"]._mall_overdue_hours(), 36)
        self.assertEqual(Tracking._number_param(CACHE_MINUTES_PARAM, 30), 0, "never negative")
        self.assertEqual(Tracking._number_param(QUERY_COST_PARAM, 0.1, cast=float), 0.25)
        self.set_param(OVERDUE_HOURS_PARAM, "")
        self.assertEqual(self.env["stock.picking"]._mall_overdue_hours(), DEFAULT_OVERDUE_HOURS)

    def test_shipping_message_is_a_company_setting(self):
        company = self.env.company
        other = self.env["res.company"].create({"name": "乙公司商城"})
        own = self.env["wechat.subscribe.template"].create(
            {"name": "发货通知", "template_id": "tmpl-own", "company_id": company.id}
        )
        foreign = self.env["wechat.subscribe.template"].create(
            {"name": "乙公司发货通知", "template_id": "tmpl-other", "company_id": other.id}
        )
        settings = self.env["res.config.settings"].create({"mall_shipped_template_id": own.id})
        settings.execute()
        self.assertEqual(company.mall_shipped_template_id, own)
        self.assertFalse(other.mall_shipped_template_id)
        self.assertFalse(
            self.env["ir.config_parameter"].sudo().get_param("mall_fulfillment.shipped_template_id")
        )
        with self.assertRaises(ValidationError):
            company.mall_shipped_template_id = foreign
        other.mall_shipped_template_id = foreign
        self.assertEqual(company.mall_shipped_template_id, own)
