from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.osv import expression


class StockPicking(models.Model):
    _inherit = "stock.picking"

    # the roles that read trackings (they name the shopper's parcel and order)
    mall_tracking_ids = fields.One2many(
        "mall.tracking",
        "picking_id",
        string="Logistics Tracking",
        readonly=True,
        groups="mall_base.group_mall_fulfillment,mall_base.group_mall_after_sale,mall_base.group_mall_finance",
    )
    # the to-ship workbench groups and filters by these (stored to group by)
    mall_paid_at = fields.Datetime(
        related="sale_id.mall_paid_at", store=True, string="Paid On", index="btree_not_null"
    )
    mall_store_id = fields.Many2one(
        related="sale_id.warehouse_id",
        store=True,
        string="Store",
        help="The store (warehouse) the order was placed with.",
    )
    mall_ship_supplier_id = fields.Many2one(
        "res.partner",
        string="Supplier",
        compute="_compute_mall_ship_supplier_id",
        store=True,
        index="btree_not_null",
        help="The supplier who ships this dropship delivery; empty for our warehouse.",
    )
    mall_wait_hours = fields.Integer(
        string="Waiting (h)",
        compute="_compute_mall_wait",
        help="Hours since the order was paid.",
    )
    mall_overdue = fields.Boolean(
        string="Overdue",
        compute="_compute_mall_wait",
        search="_search_mall_overdue",
        help="Paid longer ago than the configured hours and not shipped yet.",
    )
    mall_items_summary = fields.Char(string="Items", compute="_compute_mall_items_summary")
    mall_buyer_note = fields.Text(related="sale_id.mall_buyer_note", string="Shopper's Note")

    @api.depends("move_ids.purchase_line_id.order_id.partner_id")
    def _compute_mall_ship_supplier_id(self):
        for picking in self:
            partner = picking.move_ids.purchase_line_id.order_id.partner_id[:1]
            picking.mall_ship_supplier_id = partner if partner.mall_is_supplier else False

    @api.depends("mall_paid_at", "state", "company_id.mall_overdue_hours")
    def _compute_mall_wait(self):
        now = fields.Datetime.now()
        for picking in self:
            # the picking's company setting (readable by any user of it)
            limit = picking.company_id.sudo().mall_overdue_hours
            waiting = picking.mall_paid_at and picking.state not in ("done", "cancel")
            hours = int((now - picking.mall_paid_at).total_seconds() // 3600) if waiting else 0
            picking.mall_wait_hours = hours
            picking.mall_overdue = bool(
                waiting and limit and (now - picking.mall_paid_at).total_seconds() >= limit * 3600
            )

    def _search_mall_overdue(self, operator, value):
        if operator not in ("=", "!="):
            raise NotImplementedError(f"Unsupported operator {operator!r}")
        # each company's hours; companies set to 0 highlight none
        companies = self.env["res.company"]._mall_ids_by_setting("mall_overdue_hours")
        now = fields.Datetime.now()
        overdue = expression.OR(
            [
                [
                    ("company_id", "in", company_ids),
                    ("mall_paid_at", "<=", now - timedelta(hours=hours)),
                ]
                for hours, company_ids in companies.items()
            ]
            or [[("id", "=", 0)]]
        )
        overdue = expression.AND([overdue, [("state", "not in", ("done", "cancel"))]])
        if (operator == "=") == bool(value):
            return overdue
        return ["!", *expression.normalize_domain(overdue)]

    @api.depends("move_ids.product_id", "move_ids.product_uom_qty")
    def _compute_mall_items_summary(self):
        for picking in self:
            picking.mall_items_summary = self.env["sale.order"]._mall_items_text(picking.move_ids)

    def write(self, vals):
        res = super().write(vals)
        if vals.get("carrier_tracking_ref") or (
            vals.get("carrier_id") and "carrier_tracking_ref" not in vals
        ):
            self._mall_track()
            if not self.env.context.get("mall_shipping"):
                self._mall_log_tracking_number()
        return res

    def _mall_log_tracking_number(self):
        """A tracking number entered or changed on a mall delivery is written in
        the order's chatter (who and when)."""
        # a supplier may write its tracking number but not post in the order's chatter
        for picking in self.sudo().filtered(
            lambda p: p.sale_id.mall_order and p.location_dest_id.usage == "customer"
        ):
            picking.sale_id.message_post(
                body=self.env._(
                    "Tracking number of %(picking)s: %(carrier)s %(ref)s.",
                    picking=picking.name,
                    carrier=picking.carrier_id.name or "",
                    ref=picking.carrier_tracking_ref or self.env._("none"),
                ),
                author_id=self.env.user.partner_id.id,
            )

    def _action_done(self):
        res = super()._action_done()
        shipped = self.filtered(
            lambda p: p.state == "done" and p.location_dest_id.usage == "customer"
        )
        # a supplier ships its picking but cannot read the sale order
        orders = shipped.sudo().sale_id.filtered("mall_order")
        if orders:
            orders._mall_on_delivery_done(shipped.sudo())
        return res

    def action_mall_ship(self):
        """The workbench's Ship button: carrier and tracking number of the row."""
        for picking in self:
            picking._mall_ship(picking.carrier_id, picking.carrier_tracking_ref)
        return {"type": "ir.actions.client", "tag": "soft_reload"}

    def _mall_is_waiting_shipment(self):
        """A delivery of a paid mall order to its shopper, not shipped yet."""
        self.ensure_one()
        # a supplier or operator reads the order of its picking
        order = self.sudo().sale_id
        return bool(
            order.mall_order
            and order.state == "sale"
            and self.location_dest_id.usage == "customer"
            and self.state not in ("done", "cancel")
        )

    def _mall_ship(self, carrier, tracking_ref):
        """Ship this delivery to the shopper: carrier and tracking number, then
        the transfer is validated (what follows, the shopper's notice and the
        upload to WeChat, hangs on ``_action_done``).

        Every input is checked before anything is written: a ``UserError``
        leaves the delivery as it was. Used by the workbench and the import;
        the checks and the validation are mall_supplier's, shared with the
        supplier portal.
        """
        self.ensure_one()
        _ = self.env._
        if not self._mall_is_waiting_shipment():
            raise UserError(
                _("%(name)s is not a paid mall delivery waiting to be shipped.", name=self.name)
            )
        tracking_ref = self._mall_check_shipment(carrier, tracking_ref)
        self.with_context(mall_shipping=True)._mall_validate_shipment(carrier, tracking_ref)
        if self.state != "done":
            raise UserError(_("%(name)s could not be validated.", name=self.name))
        return True

    def _mall_track(self):
        """The tracking of each delivery to a shopper with a tracking number of a
        Kuaidi100 carrier (created if new), subscribed to Kuaidi100's pushes."""
        trackings = self.env["mall.tracking"]
        # trackings are created for any shipping user (suppliers included)
        for picking in self.sudo():
            tracking = picking._mall_get_tracking()
            if tracking:
                trackings |= tracking
        trackings._enqueue_subscribe()
        return trackings

    def _mall_get_tracking(self, create=True):
        self.ensure_one()
        code = (self.carrier_id.mall_kuaidi100_code or "").strip().lower()
        number = (self.carrier_tracking_ref or "").strip()
        if not code or not number or self.location_dest_id.usage != "customer":
            return self.env["mall.tracking"]
        # trackings are created for any shipping user (suppliers included)
        Tracking = self.env["mall.tracking"].sudo()
        tracking = Tracking.search([("picking_id", "=", self.id), ("number", "=", number)], limit=1)
        if tracking:
            if tracking.carrier_code != code:
                tracking.write({"carrier_code": code, "carrier_id": self.carrier_id.id})
            return tracking
        if not create:
            return tracking
        return Tracking.create(
            {
                "picking_id": self.id,
                "carrier_id": self.carrier_id.id,
                "carrier_code": code,
                "number": number,
            }
        )

    def _mall_recipient_phone_suffix(self):
        self.ensure_one()
        recipient = self.mall_recipient_id or self.partner_id
        digits = "".join(ch for ch in (recipient.mobile or recipient.phone or "") if ch.isdigit())
        return digits[-4:] or False
