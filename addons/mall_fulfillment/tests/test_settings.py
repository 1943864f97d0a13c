from datetime import timedelta

from odoo import Command, fields
from odoo.exceptions import ValidationError
from odoo.tests import TransactionCase, tagged

from ..const import (
    CACHE_MINUTES_PARAM,
    DEFAULT_AUTO_RECEIVE_DAYS,
    DEFAULT_OVERDUE_HOURS,
    LIVE_PARAM,
    QUERY_COST_PARAM,
    UPLOAD_SHIPPING_PARAM,
)
from .common import SF_NUMBER, FulfillmentCase

LOGGER = "odoo.addons.mall_base.models.ir_config_parameter"
SHIP_ACTIVITY = "mall_fulfillment.mail_activity_type_mall_ship"
# the global parameters these settings were before they became company fields
OLD_PARAMS = (
    "mall_fulfillment.overdue_hours",
    "mall_fulfillment.auto_receive_days",
    "mall_fulfillment.responsible_user_id",
)


@tagged("post_install", "-at_install")
class TestFulfillmentSettings(TransactionCase):
    def set_param(self, key, value):
        self.env["ir.config_parameter"].sudo().set_param(key, value)

    def test_order_flow_settings_are_company_fields(self):
        company = self.env.company
        new = self.env["res.company"].create({"name": "新店"})
        self.assertEqual(new.mall_overdue_hours, DEFAULT_OVERDUE_HOURS)
        self.assertEqual(new.mall_auto_receive_days, DEFAULT_AUTO_RECEIVE_DAYS)
        self.assertFalse(new.mall_fulfillment_user_id)
        operator = self.env["res.users"].create(
            {"name": "履约主管", "login": "fulfil-lead@example.com"}
        )
        self.env["res.config.settings"].create(
            {
                "mall_fulfillment_user_id": operator.id,
                "mall_overdue_hours": 36,
                "mall_auto_receive_days": 7,
            }
        ).execute()
        self.assertEqual(company.mall_fulfillment_user_id, operator)
        self.assertEqual((company.mall_overdue_hours, company.mall_auto_receive_days), (36, 7))
        self.assertEqual((new.mall_overdue_hours, new.mall_auto_receive_days), (24, 10))
        self.assertFalse(new.mall_fulfillment_user_id)
        ICP = self.env["ir.config_parameter"].sudo()
        for key in OLD_PARAMS:
            self.assertFalse(ICP.get_param(key), key)
        # 0 is allowed: never highlight, never receive automatically
        company.write({"mall_overdue_hours": 0, "mall_auto_receive_days": 0})

    def test_negative_hours_and_days_are_refused(self):
        company = self.env.company
        for field in ("mall_overdue_hours", "mall_auto_receive_days"):
            with self.subTest(field=field):
                with self.assertRaises(ValidationError):
                    company.write({field: -1})
                with self.assertRaises(ValidationError):
                    self.env["res.config.settings"].create({field: -5}).execute()
        self.assertEqual(company.mall_overdue_hours, DEFAULT_OVERDUE_HOURS)
        self.assertEqual(company.mall_auto_receive_days, DEFAULT_AUTO_RECEIVE_DAYS)

    def test_error_messages_translated(self):
        self.env["res.lang"]._activate_lang("zh_CN")
        company = self.env.company.with_context(lang="zh_CN")
        with self.assertRaises(ValidationError) as error:
            company.mall_overdue_hours = -1
        self.assertIn("小时", str(error.exception))
        with self.assertRaises(ValidationError) as error:
            company.mall_auto_receive_days = -1
        self.assertIn("天", str(error.exception))

    def test_responsible_is_an_internal_user(self):
        portal = self.env["res.users"].create(
            {
                "name": "门户用户",
                "login": "portal-responsible@example.com",
                "groups_id": [Command.set([self.env.ref("base.group_portal").id])],
            }
        )
        with self.assertRaises(ValidationError):
            self.env.company.mall_fulfillment_user_id = portal
        self.assertFalse(self.env.company.mall_fulfillment_user_id)

    def test_switches_are_on_unless_turned_off(self):
        ICP = self.env["ir.config_parameter"].sudo()
        Tracking, SaleOrder = self.env["mall.tracking"], self.env["sale.order"]
        for key in (LIVE_PARAM, UPLOAD_SHIPPING_PARAM):
            ICP.search([("key", "=", key)]).unlink()
        self.assertTrue(Tracking._kuaidi100_live(), "unset: on")
        self.assertTrue(SaleOrder._mall_upload_shipping_on(), "unset: on")
        for value, on in (("0", False), ("false", False), ("False", False), ("1", True)):
            with self.subTest(value=value):
                self.set_param(LIVE_PARAM, value)
                self.set_param(UPLOAD_SHIPPING_PARAM, value)
                self.assertEqual(Tracking._kuaidi100_live(), on)
                self.assertEqual(SaleOrder._mall_upload_shipping_on(), on)
        # the settings form reads and writes them as ticks
        settings = self.env["res.config.settings"].create({})
        self.assertTrue(settings.mall_kuaidi100_live)
        self.assertTrue(settings.mall_upload_shipping_info)
        settings.write({"mall_kuaidi100_live": False, "mall_upload_shipping_info": False})
        settings.execute()
        self.assertEqual(ICP.get_param(LIVE_PARAM), "0")
        self.assertFalse(Tracking._kuaidi100_live())
        self.assertFalse(SaleOrder._mall_upload_shipping_on())

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


@tagged("post_install", "-at_install")
class TestSettingsInUse(FulfillmentCase):
    def test_a_number_parameter_that_is_not_a_number_falls_back_with_a_warning(self):
        self.set_params({CACHE_MINUTES_PARAM: "half an hour", QUERY_COST_PARAM: "-1"})
        with self.assertLogs(LOGGER, "WARNING") as logs:
            first = self.tracking._mall_refresh()
            second = self.tracking._mall_refresh()
        self.assertIn(CACHE_MINUTES_PARAM, "\n".join(logs.output))
        # the default cache (30 minutes): the second one is answered from it
        self.assertEqual((first.source, second.source), ("live", "cache"))
        self.assertEqual(first.cost, 0.0, "a negative cost reads as 0")
        self.assertEqual(self.sim.query_count(SF_NUMBER), 1)
        # a negative cache reads as 0 minutes: every refresh is a query
        self.set_params({CACHE_MINUTES_PARAM: "-5", QUERY_COST_PARAM: " 0.25 "})
        third = self.tracking._mall_refresh()
        self.assertEqual((third.source, third.cost), ("live", 0.25))
        self.assertEqual(self.sim.query_count(SF_NUMBER), 2)

    def test_two_companies_have_their_own_settings(self):
        company = self.company
        other = self.env["res.company"].create({"name": "乙公司商城"})
        fulfilment = self.env.ref("mall_base.group_mall_fulfillment")
        operator, other_operator = self.env["res.users"].create(
            [
                {
                    "name": "甲公司履约",
                    "login": "fulfil-a@example.com",
                    "company_id": company.id,
                    "company_ids": [Command.set(company.ids)],
                    "groups_id": [Command.set(fulfilment.ids)],
                },
                {
                    "name": "乙公司履约",
                    "login": "fulfil-b@example.com",
                    "company_id": other.id,
                    "company_ids": [Command.set(other.ids)],
                    "groups_id": [Command.set(fulfilment.ids)],
                },
            ]
        )
        company.write({"mall_fulfillment_user_id": operator.id, "mall_overdue_hours": 24})
        # the other company's settings, saved while working in it
        self.env["res.config.settings"].with_company(other).create(
            {"mall_fulfillment_user_id": other_operator.id, "mall_overdue_hours": 48}
        ).execute()
        self.assertEqual(company.mall_fulfillment_user_id, operator)
        self.assertEqual(company.mall_overdue_hours, 24)
        self.assertEqual(other.mall_fulfillment_user_id, other_operator)
        self.assertEqual(other.mall_overdue_hours, 48)

        shopper = self.env["res.partner"].create(
            {"name": "乙公司会员", "company_id": other.id, "mall_openid": "o-other-company"}
        )
        order = self._order(self.member, self.address)
        other_order = self.env["sale.order"].create(
            {
                "partner_id": shopper.id,
                "company_id": other.id,
                "mall_order": True,
                "order_line": [
                    Command.create({"product_id": self.product.id, "product_uom_qty": 1})
                ],
            }
        )
        other_order.action_confirm()
        # each order's to-ship activity goes to its company's responsible
        for paid, user in ((order, operator), (other_order, other_operator)):
            activity = paid.activity_ids.filtered(
                lambda a: a.activity_type_id == self.env.ref(SHIP_ACTIVITY)
            )
            self.assertEqual(activity.user_id, user, paid.company_id.name)

        # both paid 30 hours ago: overdue after 24 hours, not after 48
        (order | other_order).mall_paid_at = fields.Datetime.now() - timedelta(hours=30)
        picking, other_picking = (
            paid.picking_ids.filtered(lambda p: p.location_dest_id.usage == "customer")
            for paid in (order, other_order)
        )
        self.assertEqual(other_picking.company_id, other)
        self.assertTrue(picking.mall_overdue)
        self.assertFalse(other_picking.mall_overdue)
        Picking = self.env["stock.picking"]
        overdue = Picking.search([("mall_overdue", "=", True)])
        self.assertIn(picking, overdue)
        self.assertNotIn(other_picking, overdue)
        self.assertIn(other_picking, Picking.search([("mall_overdue", "=", False)]))
        other.mall_overdue_hours = 12
        (picking | other_picking).invalidate_recordset(["mall_overdue"])
        self.assertTrue(other_picking.mall_overdue)
        company.mall_overdue_hours = 0
        self.assertFalse(picking.mall_overdue, "0: never highlighted")
        self.assertNotIn(picking, Picking.search([("mall_overdue", "=", True)]))
        self.assertIn(other_picking, Picking.search([("mall_overdue", "=", True)]))

        # without a responsible: the first fulfilment operator of the company
        other.mall_fulfillment_user_id = False
        self.assertEqual(other._mall_fulfillment_responsible(), other_operator)
        # an archived responsible is replaced the same way
        company.mall_fulfillment_user_id.active = False
        self.assertIn(company, company._mall_fulfillment_responsible().company_ids)

    def test_auto_receive_days_per_company(self):
        other = self.env["res.company"].create({"name": "丙公司商城"})
        self.company.mall_auto_receive_days = 7
        other.mall_auto_receive_days = 0
        shopper = self.env["res.partner"].create(
            {"name": "丙公司会员", "company_id": other.id, "mall_openid": "o-third-company"}
        )
        order = self._order(self.member, self.address)
        other_order = self.env["sale.order"].create(
            {
                "partner_id": shopper.id,
                "company_id": other.id,
                "mall_order": True,
                "order_line": [
                    Command.create({"product_id": self.product.id, "product_uom_qty": 1})
                ],
            }
        )
        other_order.action_confirm()
        for number, paid in ((SF_NUMBER[:-1] + "8", order), (SF_NUMBER[:-1] + "9", other_order)):
            delivery = paid.picking_ids.filtered(lambda p: p.location_dest_id.usage == "customer")
            delivery._mall_ship(self.carrier_sf, number)
        (order | other_order).mall_shipped_at = fields.Datetime.now() - timedelta(days=8)
        self.env["sale.order"]._cron_mall_auto_receive()
        self.assertTrue(order.mall_auto_received)
        self.assertEqual(order.mall_shopper_state, "done")
        self.assertFalse(other_order.mall_auto_received, "turned off in the other company")
        self.assertEqual(other_order.mall_shopper_state, "shipped")
        other.mall_auto_receive_days = 5
        self.env["sale.order"]._cron_mall_auto_receive()
        self.assertTrue(other_order.mall_auto_received)
        self.assertTrue(
            any("5 days" in (b or "") for b in other_order.message_ids.mapped("body")),
            "the message gives the days of the order's company",
        )
