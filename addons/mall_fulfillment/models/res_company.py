from collections import defaultdict

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..const import DEFAULT_AUTO_RECEIVE_DAYS, DEFAULT_OVERDUE_HOURS


class ResCompany(models.Model):
    _inherit = "res.company"

    # settings of the company's shop: company fields, not global parameters
    mall_fulfillment_user_id = fields.Many2one(
        "res.users",
        string="Fulfilment Responsible",
        domain="[('share', '=', False), ('company_ids', 'in', id)]",
        help="Gets the to-ship activity of every paid order of the company. Empty: "
        "the first fulfilment operator of the company.",
    )
    mall_overdue_hours = fields.Integer(
        string="Highlight after (hours)",
        default=DEFAULT_OVERDUE_HOURS,
        help="Paid orders not shipped after this many hours are highlighted in the "
        "to-ship workbench; 0 highlights none.",
    )
    mall_auto_receive_days = fields.Integer(
        string="Auto-receive after (days)",
        default=DEFAULT_AUTO_RECEIVE_DAYS,
        help="Shipped orders the shopper has not confirmed are received automatically "
        "after this many days; 0 turns it off.",
    )
    # a subscribe template belongs to the company's mini-program: a company
    # setting, not a global parameter
    mall_shipped_template_id = fields.Many2one(
        "wechat.subscribe.template",
        string="Shipping Message",
        domain="[('company_id', '=', id)]",
        help="The subscribe message sent to the shopper when the order has shipped; "
        "its keywords may use the order's fields (name, mall_carrier_names, "
        "mall_tracking_numbers, mall_shipped_at, mall_items_summary).",
    )

    @api.constrains("mall_fulfillment_user_id")
    def _check_mall_fulfillment_user_id(self):
        for company in self:
            if company.mall_fulfillment_user_id.share:
                raise ValidationError(
                    self.env._(
                        "The fulfilment responsible %(user)s must be an internal user.",
                        user=company.mall_fulfillment_user_id.name,
                    )
                )

    @api.constrains("mall_overdue_hours")
    def _check_mall_overdue_hours(self):
        for company in self:
            if company.mall_overdue_hours < 0:
                raise ValidationError(
                    self.env._("The hours before a paid order is highlighted cannot be negative.")
                )

    @api.constrains("mall_auto_receive_days")
    def _check_mall_auto_receive_days(self):
        for company in self:
            if company.mall_auto_receive_days < 0:
                raise ValidationError(
                    self.env._(
                        "The days before a shipped order is received automatically "
                        "cannot be negative."
                    )
                )

    @api.constrains("mall_shipped_template_id")
    def _check_mall_shipped_template_id(self):
        for company in self:
            template = company.mall_shipped_template_id
            if template and template.company_id != company:
                raise ValidationError(
                    self.env._(
                        "The shipping message %(template)s belongs to another company.",
                        template=template.name,
                    )
                )

    def _mall_fulfillment_responsible(self):
        """Who gets the to-ship activities of the company's orders: the user
        chosen in its settings, else its first fulfilment operator, else the
        administrator."""
        self.ensure_one()
        company = self.sudo()  # the setting and the operators: read for any caller
        user = company.mall_fulfillment_user_id
        if user and user.active and not user.share:
            return user
        group = self.env.ref("mall_base.group_mall_fulfillment", raise_if_not_found=False)
        root = self.env.ref("base.user_root")
        # group members are readable by administrators only
        operators = (group.sudo().users if group else self.env["res.users"]).filtered(
            lambda u: u.active and not u.share and u != root and company in u.company_ids
        )
        return operators[:1] or self.env.ref("base.user_admin")

    @api.model
    def _mall_ids_by_setting(self, field):
        """``{value: company ids}`` of the companies (archived ones too) whose
        number ``field`` is above 0 (0 turns the feature off)."""
        ids_by_value = defaultdict(list)
        # a cron: every company's setting, whoever runs it
        companies = self.sudo().with_context(active_test=False).search([(field, ">", 0)])
        for company in companies:
            ids_by_value[company[field]].append(company.id)
        return ids_by_value
