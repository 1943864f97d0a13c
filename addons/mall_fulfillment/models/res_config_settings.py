from odoo import api, fields, models

from ..const import (
    BASE_URL_PARAM,
    CACHE_MINUTES_PARAM,
    CUSTOMER_PARAM,
    KEY_PARAM,
    LIVE_PARAM,
    QUERY_COST_PARAM,
    RATE_LIMIT_PARAM,
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

    # the company's order flow
    mall_fulfillment_user_id = fields.Many2one(
        related="company_id.mall_fulfillment_user_id",
        readonly=False,
        domain="[('share', '=', False), ('company_ids', 'in', company_id)]",
    )
    mall_overdue_hours = fields.Integer(related="company_id.mall_overdue_hours", readonly=False)
    mall_auto_receive_days = fields.Integer(
        related="company_id.mall_auto_receive_days", readonly=False
    )
    mall_shipped_template_id = fields.Many2one(
        related="company_id.mall_shipped_template_id",
        readonly=False,
        domain="[('company_id', '=', company_id)]",
    )
    # about the WeChat app, global; like the live switch: unticking must not
    # read back as the default (on)
    mall_upload_shipping_info = fields.Boolean(
        string="Upload Shipping Info to WeChat",
        help="Record the parcels of every order paid with WeChat Pay at WeChat "
        "(发货信息录入), required under the trade-management rule.",
    )

    @api.model
    def get_values(self):
        res = super().get_values()
        res["mall_kuaidi100_live"] = self.env["mall.tracking"]._kuaidi100_live()
        res["mall_upload_shipping_info"] = self.env["sale.order"]._mall_upload_shipping_on()
        return res

    def set_values(self):
        res = super().set_values()
        # settings are writable by administrators only; this form is theirs
        ICP = self.env["ir.config_parameter"].sudo()
        ICP.set_param(LIVE_PARAM, "1" if self.mall_kuaidi100_live else "0")
        ICP.set_param(UPLOAD_SHIPPING_PARAM, "1" if self.mall_upload_shipping_info else "0")
        return res
