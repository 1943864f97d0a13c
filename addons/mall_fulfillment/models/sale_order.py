import logging
from datetime import timedelta

from odoo import api, fields, models
from odoo.addons.wechat_miniprogram.const import ITEM_DESC_MAX, SHIPPING_MAX_ITEMS
from odoo.exceptions import UserError
from odoo.osv import expression
from odoo.tools import format_amount

from ..const import UPLOAD_SHIPPING_PARAM

_logger = logging.getLogger(__name__)

SHIP_ACTIVITY = "mall_fulfillment.mail_activity_type_mall_ship"


class SaleOrder(models.Model):
    _inherit = "sale.order"

    # every change of the shopper's status lands in the chatter (who and when)
    mall_shopper_state = fields.Selection(tracking=True)
    mall_paid_at = fields.Datetime(
        string="Paid On",
        copy=False,
        readonly=True,
        index="btree_not_null",
        help="When the order was paid and handed to fulfilment.",
    )
    mall_shipped_at = fields.Datetime(
        string="Shipped On",
        copy=False,
        readonly=True,
        index="btree_not_null",
        help="When the last delivery to the shopper left.",
    )
    mall_auto_received = fields.Boolean(
        string="Received Automatically",
        copy=False,
        readonly=True,
        help="Receipt was confirmed by the system after the configured number of days.",
    )
    mall_carrier_names = fields.Char(
        string="Carriers",
        compute="_compute_mall_shipping_summary",
        help="For subscribe messages: the carriers of the shipped deliveries.",
    )
    mall_tracking_numbers = fields.Char(
        string="Tracking Numbers",
        compute="_compute_mall_shipping_summary",
        help="For subscribe messages: the tracking numbers of the shipped deliveries.",
    )
    mall_items_summary = fields.Char(
        string="Items", compute="_compute_mall_shipping_summary", help="Products and quantities."
    )

    @api.depends("picking_ids.carrier_id", "picking_ids.carrier_tracking_ref", "order_line")
    def _compute_mall_shipping_summary(self):
        for order in self:
            deliveries = order._mall_deliveries().filtered("carrier_tracking_ref")
            order.mall_carrier_names = "、".join(
                dict.fromkeys(deliveries.carrier_id.mapped("name"))
            )
            order.mall_tracking_numbers = " ".join(deliveries.mapped("carrier_tracking_ref"))
            order.mall_items_summary = order._mall_items_text(order._mall_product_lines())

    @api.model
    def _mall_items_text(self, lines, limit=None):
        text = "，".join(
            f"{line.product_id.display_name} ×{line.product_uom_qty:g}" for line in lines
        )
        if limit and len(text) > limit:
            text = text[: limit - 1] + "…"
        return text

    # ------------------------------------------------------------------
    # Paid: tell the fulfilment team
    # ------------------------------------------------------------------

    def action_confirm(self):
        res = super().action_confirm()
        paid = self.filtered(lambda o: o.mall_order and not o.mall_paid_at)
        if paid:
            # confirmed by a payment job or a salesperson: the paid time is not theirs to write
            paid.sudo().mall_paid_at = fields.Datetime.now()
            paid._mall_notify_paid()
        return res

    def _mall_notify_paid(self):
        """An activity on each paid order for the fulfilment responsible of its
        company and one message in the operators' channel."""
        _ = self.env._
        responsible = {}
        channel = self.env.ref(
            "mall_fulfillment.channel_mall_fulfillment", raise_if_not_found=False
        )
        odoobot = self.env.ref("base.partner_root")
        # the to-ship activity and channel post are made for any confirming user
        for order in self.sudo():
            company = order.company_id
            if company not in responsible:
                responsible[company] = company._mall_fulfillment_responsible()
            order.activity_schedule(
                SHIP_ACTIVITY,
                user_id=responsible[company].id,
                summary=_("Ship order %(order)s", order=order.name),
                note=order._mall_items_text(order._mall_product_lines()),
            )
            if channel:
                # OdooBot posts in the fulfilment channel, whoever confirmed
                channel.sudo().message_post(
                    body=_(
                        "Order %(order)s is paid (%(amount)s) and waits to be shipped: %(items)s",
                        order=order.name,
                        amount=format_amount(self.env, order.amount_total, order.currency_id),
                        items=order._mall_items_text(order._mall_product_lines(), limit=200),
                    ),
                    author_id=odoobot.id,
                    message_type="comment",
                    subtype_xmlid="mail.mt_comment",
                )

    # ------------------------------------------------------------------
    # Shipped: chatter, shopper's notice, WeChat shipping info
    # ------------------------------------------------------------------

    def _mall_on_delivery_done(self, pickings):
        """Some deliveries of these orders were validated (by an operator, an
        import or a supplier). Once every delivery of an order has left: the
        shipping date, the to-ship activity done, the shopper's subscribe
        message and the upload of the shipping info to WeChat (both queued,
        sent after commit)."""
        _ = self.env._
        # shipped by a supplier (portal) or an operator: the shopper's message is queued for both
        for order in self.sudo():
            for picking in pickings.filtered(lambda p, o=order: p.sale_id == o):
                order.message_post(
                    body=_(
                        "Shipped %(picking)s with %(carrier)s, tracking number %(ref)s.",
                        picking=picking.name,
                        carrier=picking.carrier_id.name or _("no carrier"),
                        ref=picking.carrier_tracking_ref or _("none"),
                    ),
                    author_id=self.env.user.partner_id.id,
                )
            deliveries = order._mall_deliveries()
            if order.mall_shipped_at or not all(p.state == "done" for p in deliveries):
                continue
            order.mall_shipped_at = fields.Datetime.now()
            order.activity_feedback([SHIP_ACTIVITY], feedback=_("Shipped."))
            order._mall_send_shipped_message()
            order._mall_upload_shipping_info(deliveries)

    def _mall_send_shipped_message(self):
        """The shipping subscribe message to the shopper, if a template is set."""
        self.ensure_one()
        # the order's company setting; templates are readable by the mall admin only
        template = self.company_id.sudo().mall_shipped_template_id
        # the member's openid is readable by mall administrators only
        openid = self.partner_id.sudo().mall_openid
        if not template or not template.active or not openid:
            return False
        try:
            with self.env.cr.savepoint():
                return template._send_message(
                    openid,
                    page=f"{template.page or 'pages/order/detail'}?id={self.id}",
                    partner=self.partner_id,
                    record=self,
                    delay=True,
                )
        except UserError as error:
            # a template that cannot be filled must not stop the shipment
            _logger.warning("shipping message of %s not sent: %s", self.name, error)
            self.message_post(
                body=self.env._(
                    "The shipping message to the shopper was not sent: %(reason)s",
                    reason=str(error),
                )
            )
        return False

    def _mall_wechatpay_done_tx(self):
        self.ensure_one()
        return self._mall_wechatpay_payment()

    @api.model
    def _mall_upload_shipping_on(self):
        """The global switch of the upload to WeChat (about the WeChat app, not
        one company): on unless set to 0/false."""
        return self.env["ir.config_parameter"]._mall_param(UPLOAD_SHIPPING_PARAM, bool, True)

    def _mall_upload_shipping_info(self, deliveries):
        """Record the parcels of this order at WeChat (发货信息录入) when it was
        paid with WeChat Pay: one upload per order, sent by a job after commit."""
        self.ensure_one()
        if not self._mall_upload_shipping_on():
            return False
        tx = self._mall_wechatpay_done_tx()
        # the member's openid is readable by mall administrators only
        openid = (tx.wechatpay_payer_openid if tx else False) or self.partner_id.sudo().mall_openid
        if not tx or not openid or not tx.provider_id.wechatpay_mchid:
            return False
        # the upload queue is the connector's: written for any shipping user
        Upload = self.env["wechat.shipping.upload"].sudo()
        if Upload.search_count([("res_model", "=", self._name), ("res_id", "=", self.id)]):
            return False
        parcels = deliveries.filtered("carrier_tracking_ref")[:SHIPPING_MAX_ITEMS]
        if not parcels:
            return False
        lines = []
        for picking in parcels:
            recipient = picking.mall_recipient_id or self.partner_shipping_id
            lines.append(
                {
                    "tracking_no": picking.carrier_tracking_ref,
                    "carrier_code": picking.carrier_id.mall_kuaidi100_code or False,
                    "item_desc": self._mall_items_text(
                        picking.move_ids.sale_line_id or self._mall_product_lines(),
                        limit=ITEM_DESC_MAX,
                    )
                    or self.name,
                    "receiver_contact": recipient.mobile or recipient.phone or False,
                }
            )
        split = len(lines) > 1
        return Upload._create_upload(
            {
                "company_id": self.company_id.id,
                "order_number_type": "1",
                "mchid": tx.provider_id.wechatpay_mchid,
                "out_trade_no": tx.reference,
                "payer_openid": openid,
                "logistics_type": "1",
                "delivery_mode": "2" if split else "1",
                "is_all_delivered": split,
            },
            lines=lines,
            record=self,
            delay=True,
        )

    # ------------------------------------------------------------------
    # Received
    # ------------------------------------------------------------------

    def _mall_receive(self):
        res = super()._mall_receive()
        self.message_post(
            body=self.env._("The shopper confirmed receipt."),
            author_id=self.partner_id.id,
        )
        return res

    @api.model
    def _cron_mall_auto_receive(self, limit=500):
        """Orders shipped more than the number of days set for their company
        ago are received (the shopper did not confirm); companies set to 0 are
        left alone. Rows another transaction holds (a shopper confirming right
        now) are left for the next run."""
        companies = self.env["res.company"]._mall_ids_by_setting("mall_auto_receive_days")
        if not companies:
            return 0
        now = fields.Datetime.now()
        due = expression.OR(
            [
                [
                    ("company_id", "in", company_ids),
                    ("mall_shipped_at", "<=", now - timedelta(days=days)),
                ]
                for days, company_ids in companies.items()
            ]
        )
        candidates = self.search(
            expression.AND(
                [[("mall_order", "=", True), ("mall_shopper_state", "=", "shipped")], due]
            ),
            limit=limit,
            order="mall_shipped_at",
        )
        if not candidates:
            return 0
        self.env.cr.execute(
            "SELECT id FROM sale_order WHERE id IN %s AND mall_received_at IS NULL "
            "FOR UPDATE SKIP LOCKED",
            [tuple(candidates.ids)],
        )
        orders = self.browse([row[0] for row in self.env.cr.fetchall()])
        for order in orders:
            order.write({"mall_received_at": now, "mall_auto_received": True})
            order.message_post(
                body=self.env._(
                    "Receipt confirmed automatically %(days)s days after shipping.",
                    # a cron: the company's setting, whoever runs it
                    days=order.company_id.sudo().mall_auto_receive_days,
                ),
                author_id=self.env.ref("base.partner_root").id,
            )
        return len(orders)
