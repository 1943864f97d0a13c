from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..const import (
    AUTO_RECEIVE_DAYS_PARAM,
    BASE_URL_PARAM,
    CACHE_MINUTES_PARAM,
    CUSTOMER_PARAM,
    DEFAULT_AUTO_RECEIVE_DAYS,
    DEFAULT_OVERDUE_HOURS,
    KEY_PARAM,
    LIVE_PARAM,
    OVERDUE_HOURS_PARAM,
    QUERY_COST_PARAM,
    RATE_LIMIT_PARAM,
    RESPONSIBLE_PARAM,
    UPLOAD_SHIPPING_PARAM,
)


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    mall_kuaidi100_customer = fields.Char(
        string="Kuaidi100 Customer", config_parameter=CUSTOMER_PARAM
    )
    mall_kuaidi100_key = fields.Char(
        string="Kuaidi100 Key", config_parameter=KEY_PARAM, groups="base.group_system"
    )
    mall_kuaidi100_base_url = fields.Char(
        string="Kuaidi100 Base URL",
        config_parameter=BASE_URL_PARAM,
        default="https://poll.kuaidi100.com",
    )
    # not a config_parameter field: unticking one deletes the parameter, which
    # would read back as the default (on)
    mall_kuaidi100_live = fields.Boolean(
        string="Live Logistics Queries",
        help="Off: the tracking API answers from what is stored and Kuaidi100 is not called.",
    )
    mall_kuaidi100_cache_minutes = fields.Integer(
        string="Tracking Cache (minutes)", config_parameter=CACHE_MINUTES_PARAM, default=30
    )
    mall_kuaidi100_query_cost = fields.Float(
        string="Cost per Query (CNY)", config_parameter=QUERY_COST_PARAM, default=0.10
    )
    mall_tracking_rate_limit = fields.Integer(
        string="Tracking Requests per Member per Hour",
        config_parameter=RATE_LIMIT_PARAM,
        default=20,
    )

    mall_overdue_hours = fields.Integer(
        string="Highlight after (hours)",
        config_parameter=OVERDUE_HOURS_PARAM,
        default=DEFAULT_OVERDUE_HOURS,
        help="Paid orders not shipped after this many hours are highlighted in the "
        "to-ship workbench; 0 highlights none.",
    )
    mall_auto_receive_days = fields.Integer(
        string="Auto-receive after (days)",
        config_parameter=AUTO_RECEIVE_DAYS_PARAM,
        default=DEFAULT_AUTO_RECEIVE_DAYS,
        help="Shipped orders the shopper has not confirmed are received automatically "
        "after this many days; 0 turns it off.",
    )
    mall_fulfillment_user_id = fields.Many2one(
        "res.users",
        string="Fulfilment Responsible",
        config_parameter=RESPONSIBLE_PARAM,
        domain=[("share", "=", False)],
        help="Gets the to-ship activity of every paid order. Empty: the first "
        "fulfilment operator.",
    )
    mall_shipped_template_id = fields.Many2one(
        related="company_id.mall_shipped_template_id",
        readonly=False,
        domain="[('company_id', '=', company_id)]",
    )
    # like the live switch: unticking must not read back as the default (on)
    mall_upload_shipping_info = fields.Boolean(
        string="Upload Shipping Info to WeChat",
        help="Record the parcels of every order paid with WeChat Pay at WeChat "
        "(发货信息录入), required under the trade-management rule.",
    )

    @api.constrains("mall_overdue_hours", "mall_auto_receive_days")
    def _check_mall_fulfillment_numbers(self):
        for settings in self:
            if settings.mall_overdue_hours < 0 or settings.mall_auto_receive_days < 0:
                raise ValidationError(
                    self.env._("Hours and days of the order flow cannot be negative.")
                )

    @api.model
    def get_values(self):
        res = super().get_values()
        res["mall_kuaidi100_live"] = self.env["mall.tracking"]._kuaidi100_live()
        res["mall_upload_shipping_info"] = self.env["ir.config_parameter"].sudo().get_param(
            UPLOAD_SHIPPING_PARAM, "1"
        ) not in ("0", "False", "false")
        return res

    def set_values(self):
        res = super().set_values()
        ICP = self.env["ir.config_parameter"].sudo()
        ICP.set_param(LIVE_PARAM, "1" if self.mall_kuaidi100_live else "0")
        ICP.set_param(UPLOAD_SHIPPING_PARAM, "1" if self.mall_upload_shipping_info else "0")
        return res
