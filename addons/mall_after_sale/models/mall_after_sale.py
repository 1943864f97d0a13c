import logging

from odoo import Command, api, fields, models
from odoo.addons.mall_base.exceptions import MallError
from odoo.addons.mall_base.images import attach_images, decode_images
from odoo.addons.mall_base.locking import lock_rows
from odoo.addons.payment_wechatpay.utils import WechatpayRequestError
from odoo.addons.queue_job.job import identity_exact
from odoo.exceptions import UserError

from ..const import (
    MAX_IMAGES,
    OPEN_STATES,
    REASONS,
    STATES,
    TYPES,
)

_logger = logging.getLogger(__name__)


def _conflict(code, message):
    return MallError(code, message)


def _invalid(code, message):
    return MallError(code, message, kind="invalid")


class MallAfterSale(models.Model):
    _name = "mall.after.sale"
    _description = "After-sales Request"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "id desc"

    name = fields.Char(string="Number", required=True, readonly=True, copy=False, default="/")
    order_id = fields.Many2one(
        "sale.order", string="Order", required=True, readonly=True, index=True, ondelete="restrict"
    )
    partner_id = fields.Many2one(
        related="order_id.partner_id", string="Member", store=True, index=True
    )
    company_id = fields.Many2one(related="order_id.company_id", store=True, index=True)
    currency_id = fields.Many2one(related="order_id.currency_id", store=True)
    type = fields.Selection(TYPES, required=True, readonly=True, tracking=True)
    state = fields.Selection(
        STATES, required=True, default="requested", readonly=True, index=True, tracking=True
    )
    reason_code = fields.Selection(REASONS, string="Reason", required=True, readonly=True)
    description = fields.Text(readonly=True)
    line_ids = fields.One2many("mall.after.sale.line", "request_id", string="Lines", readonly=True)
    image_ids = fields.Many2many(
        "ir.attachment", string="Images", readonly=True, help="Photos sent by the shopper."
    )
    amount = fields.Monetary(
        string="Refund Amount",
        readonly=True,
        tracking=True,
        help="What is refunded to the original payment once the request is approved "
        "(and, for returns, the goods received).",
    )
    refunded_amount = fields.Monetary(
        compute="_compute_refunded_amount", store=True, string="Refunded"
    )
    supplier_id = fields.Many2one(
        "res.partner",
        string="Supplier",
        readonly=True,
        index=True,
        help="The supplier who shipped the goods (dropship) and receives the return.",
    )
    return_address_id = fields.Many2one(
        "res.partner",
        string="Return Address",
        readonly=True,
        help="Where the shopper sends the goods: the supplier's return address or the warehouse.",
    )
    rejection_reason = fields.Text(
        tracking=True, help="Required to reject; shown to the shopper in the mini-program."
    )
    review_note = fields.Text(string="Review Notes", help="Internal notes of the review.")
    return_carrier = fields.Char(readonly=True, tracking=True)
    return_tracking_number = fields.Char(readonly=True, tracking=True)
    return_shipped_at = fields.Datetime(readonly=True)
    received_at = fields.Datetime(readonly=True)
    received_by_id = fields.Many2one("res.users", string="Received By", readonly=True)
    refund_tx_ids = fields.One2many(
        "payment.transaction", "mall_after_sale_id", string="Refund Transactions", readonly=True
    )
    refund_tx_id = fields.Many2one(
        "payment.transaction",
        string="Current Refund",
        readonly=True,
        help="The refund transaction of the latest attempt (its reference is the out_refund_no).",
    )
    refund_failure_reason = fields.Text(readonly=True, tracking=True)
    return_picking_ids = fields.Many2many(
        "stock.picking",
        string="Return Transfers",
        readonly=True,
        copy=False,
        help="Returns of warehouse goods into stock, validated when the goods were received.",
    )
    credit_note_id = fields.Many2one(
        "account.move", string="Credit Note", readonly=True, copy=False, index="btree_not_null"
    )
    event_ids = fields.One2many(
        "mall.after.sale.event", "request_id", string="Timeline", readonly=True
    )
    is_open = fields.Boolean(compute="_compute_is_open", store=True, index=True)
    age_days = fields.Integer(string="Age (days)", compute="_compute_age_days")

    _sql_constraints = [
        ("name_uniq", "unique (name, company_id)", "The number of a request must be unique."),
    ]

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", "/") == "/":
                vals["name"] = self.env["ir.sequence"].next_by_code("mall.after.sale") or "/"
        requests = super().create(vals_list)
        for request in requests:
            request._add_event(request.state)
        return requests

    @api.depends("state")
    def _compute_is_open(self):
        for request in self:
            request.is_open = request.state in OPEN_STATES

    @api.depends("refund_tx_ids.state", "refund_tx_ids.amount")
    def _compute_refunded_amount(self):
        for request in self:
            done = request.refund_tx_ids.filtered(lambda t: t.state == "done")
            request.refunded_amount = -sum(done.mapped("amount"))

    def _compute_age_days(self):
        now = fields.Datetime.now()
        for request in self:
            request.age_days = (now - request.create_date).days if request.create_date else 0

    # ------------------------------------------------------------------
    # Helpers
    # ------------------------------------------------------------------

    def _add_event(self, state, note=None):
        # the timeline is written by the code only: no group may create events
        self.env["mall.after.sale.event"].sudo().create(
            [{"request_id": request.id, "state": state, "note": note or False} for request in self]
        )

    def _set_state(self, state, note=None, **values):
        self.write({"state": state, **values})
        self._add_event(state, note)

    @api.model
    def _mall_member_domain(self, member):
        """The requests ``member`` may see: its own, in the current company."""
        return [("partner_id", "=", member.id), ("company_id", "=", self.env.company.id)]

    @api.model
    def _mall_find_request(self, member, request_id):
        """The request ``request_id`` of ``member`` (empty for an unknown id or
        another member's)."""
        if not request_id or request_id > 2**31 - 1:
            return self.browse()
        return self.search([*self._mall_member_domain(member), ("id", "=", request_id)], limit=1)

    def _lock(self):
        """Review actions on a request run one after the other, each on a
        snapshot that sees the previous one's result (see ``lock_rows``)."""
        lock_rows(self, touch=True)

    def _check_state(self, *states):
        for request in self:
            if request.state not in states:
                raise UserError(
                    self.env._(
                        "%(name)s is %(state)s: this cannot be done now.",
                        name=request.name,
                        state=dict(request._fields["state"]._description_selection(self.env))[
                            request.state
                        ],
                    )
                )

    # ------------------------------------------------------------------
    # Creation (shopper)
    # ------------------------------------------------------------------

    @api.model
    def _mall_decode_images(self, images):
        """Decode and check the shopper's images (base64): at most 9, JPEG or
        PNG by their first bytes, each under 5 MB (``mall_base.images``, the
        checks product reviews use too). Returns ``[(bytes, mimetype)]``."""
        return decode_images(images, MAX_IMAGES)

    @api.model
    def _mall_create_request(
        self, member, order, lines, request_type, reason_code, description=None, images=None
    ):
        """Create a request of ``member`` for ``order`` (already found in the
        member's orders). ``lines``: ``[(order_line_id, qty)]``. Everything is
        checked before anything is written; quantities are counted under the
        order's row lock. Runs in the storefront's superuser environment
        (``CurrentShopper``), as ``order`` does."""
        decoded = self._mall_decode_images(images)
        if not order._mall_after_sale_is_paid():
            raise _conflict("not_paid", "订单未支付，不能申请售后。")
        refusal = order._mall_after_sale_refusal()
        if refusal:
            raise _conflict(*refusal)
        if not lines:
            raise _invalid("no_lines", "请选择要售后的商品。")
        order._mall_after_sale_lock()
        quantities = self._mall_requested_quantities(order, lines)
        supplier = self._mall_request_supplier(request_type, quantities)
        amount = order._mall_after_sale_amount(quantities)
        request = self.create(
            {
                "order_id": order.id,
                "type": request_type,
                "reason_code": reason_code,
                "description": description or False,
                "amount": amount,
                "supplier_id": supplier.id if supplier else False,
                "line_ids": [
                    Command.create(
                        {
                            "order_line_id": line.id,
                            "qty": qty,
                            "amount": line._mall_paid_amount(qty),
                        }
                    )
                    for line, qty in quantities.items()
                ],
            }
        )
        if decoded:
            attach_images(request, decoded, request.name)
        request.message_post(
            body=self.env._("Requested by the shopper in the mini-program."),
            author_id=member.id,
            attachment_ids=request.image_ids.ids,
        )
        return request

    @api.model
    def _mall_requested_quantities(self, order, lines):
        """``{order line: qty}`` of ``lines`` (``[(order_line_id, qty)]``),
        each a product line of ``order``, once, within what is still
        refundable (counted under the order's lock, taken by the caller)."""
        product_lines = order._mall_product_lines()
        quantities = {}
        for line_id, qty in lines:
            line = product_lines.filtered(lambda x, line_id=line_id: x.id == line_id)
            if not line:
                raise MallError("line_not_found", "订单中没有该商品。", kind="not_found")
            if line in quantities:
                raise _invalid("duplicate_line", "同一商品请只填写一次。")
            if qty < 1:
                raise _invalid("invalid_qty", "数量必须大于 0。")
            quantities[line] = qty
        for line, qty in quantities.items():
            refundable = line._mall_refundable_qty()
            if qty > refundable:
                raise _conflict(
                    "exceeds_refundable",
                    f"{line.product_id.display_name} 最多还可申请 {max(refundable, 0)} 件。",
                )
        return quantities

    @api.model
    def _mall_request_supplier(self, request_type, quantities):
        """The supplier of a request for ``quantities``: a return goes back to
        one address (the supplier of dropshipped goods, else the warehouse:
        goods of both are refused); a refund names the supplier when all its
        dropshipped goods have one."""
        supplier = self.env["res.partner"]
        if request_type == "return_refund":
            destinations = {
                (line.mall_supplier_id if line._mall_is_dropship() else False)
                for line in quantities
            }
            if len(destinations) > 1:
                raise _invalid(
                    "mixed_return_addresses",
                    "这些商品需退回不同地址，请按发货方分别申请退货。",
                )
            return destinations.pop() or supplier
        suppliers = {line.mall_supplier_id for line in quantities if line._mall_is_dropship()}
        return suppliers.pop() if len(suppliers) == 1 else supplier

    # ------------------------------------------------------------------
    # Shopper actions
    # ------------------------------------------------------------------

    def _mall_cancel(self):
        self.ensure_one()
        self._lock()
        if self.state != "requested":
            raise _conflict("invalid_state", "售后申请已审核，不能撤销。")
        self._set_state("cancelled", self.env._("Cancelled by the shopper."))
        self._delete_images()

    def _delete_images(self):
        """Delete the shopper's photos (attachments of the request, also shown
        in its chatter): a withdrawn request keeps nothing on disk. Called by
        ``_mall_cancel``, in the storefront's superuser environment."""
        images = self.image_ids
        if images:
            self.image_ids = [Command.clear()]
            images.unlink()

    def _mall_return_shipment(self, carrier, tracking_number):
        self.ensure_one()
        self._lock()
        if self.state != "awaiting_return":
            raise _conflict("invalid_state", "当前状态不能填写退货物流。")
        self._set_state(
            "return_shipped",
            f"{carrier} {tracking_number}",
            return_carrier=carrier,
            return_tracking_number=tracking_number,
            return_shipped_at=fields.Datetime.now(),
        )

    # ------------------------------------------------------------------
    # Review (operators)
    # ------------------------------------------------------------------

    def action_approve(self):
        """Approve: a refund-only request is refunded at once; a return waits
        for the goods at the return address. Exactly once per request, even
        for parallel clicks (row lock, then the state is checked)."""
        for request in self:
            request._lock()
            request._check_state("requested")
            if request.type == "refund_only":
                request._set_state("approved", request.review_note)
                request._release_unshipped_goods()
                request._send_refund()
            else:
                request._set_state(
                    "awaiting_return",
                    request.review_note,
                    return_address_id=request._get_return_address().id,
                )
        return True

    def _release_unshipped_goods(self):
        """Goods refunded before they left are taken out of their delivery, so
        that nobody ships what the shopper got the money back for: a supplier's
        dropship quantity through its purchase order line (Odoo then reduces the
        dropship transfer, and the supplier is not settled for it), our
        warehouse's on the delivery's move (cancelled at zero). Returns the
        quantities taken out as ``{sale line: qty}``."""
        self.ensure_one()
        released = {}
        for line in self.line_ids:
            # reviewers have no purchase rights (finance no stock rights either)
            sale_line = line.order_line_id.sudo()
            remaining = line.qty
            moves = sale_line.move_ids.filtered(
                lambda m: m.state not in ("done", "cancel")
                and m.location_dest_id.usage == "customer"
            )
            for move in moves.sorted("id"):
                if remaining <= 0:
                    break
                take = min(remaining, move.product_uom_qty)
                left = move.product_uom_qty - take
                purchase_line = move.purchase_line_id
                if purchase_line and purchase_line.order_id.state == "purchase":
                    purchase_line.product_qty = max(purchase_line.product_qty - take, 0.0)
                    if left <= 0 and move.state != "cancel":
                        move._action_cancel()
                elif left <= 0:
                    move._action_cancel()
                else:
                    move._do_unreserve()
                    move.product_uom_qty = left
                    move._action_assign()
                remaining -= take
                released[sale_line] = released.get(sale_line, 0) + take
        if released:
            # finance reviewers cannot read the order's transfers (_mall_deliveries below)
            order = self.order_id.sudo()
            order.message_post(
                body=self.env._(
                    "Refunded before shipping by %(request)s, taken out of the deliveries: "
                    "%(items)s.",
                    request=self.name,
                    items="，".join(
                        f"{sale_line.product_id.display_name} ×{qty:g}"
                        for sale_line, qty in released.items()
                    ),
                )
            )
            if not order._mall_deliveries().filtered(lambda p: p.state != "done"):
                order.activity_feedback(
                    ["mall_fulfillment.mail_activity_type_mall_ship"],
                    feedback=self.env._("Nothing left to ship."),
                )
        return released

    def action_reject(self, reason=None):
        for request in self:
            request._lock()
            request._check_state("requested")
            reason = (reason or request.rejection_reason or "").strip()
            if not reason:
                raise UserError(
                    self.env._("Give the reason of the rejection: the shopper will see it.")
                )
            request._set_state("rejected", reason, rejection_reason=reason)
        return True

    def _get_return_address(self):
        self.ensure_one()
        if self.supplier_id:
            return self.supplier_id._mall_return_address()
        warehouse = self.order_id.warehouse_id or self.env["stock.warehouse"].search(
            [("company_id", "=", self.company_id.id)], limit=1
        )
        return warehouse.partner_id or self.company_id.partner_id

    def action_confirm_received(self):
        """The returned goods arrived (the supplier in the portal, or an operator)."""
        for request in self:
            request._lock()
            request._check_state("awaiting_return", "return_shipped")
            request._set_state(
                "received",
                self.env._("Received by %s.", self.env.user.name),
                received_at=fields.Datetime.now(),
                received_by_id=self.env.user.id,
            )
            # finance may confirm too, without the stock rights the return transfer needs
            request.sudo()._return_warehouse_goods()
            request._send_refund()
        return True

    def _return_warehouse_goods(self):
        """Returned goods of our warehouse go back into stock: a return of the
        done delivery (Odoo's return wizard), validated at once. Dropshipped
        goods went back to their supplier."""
        self.ensure_one()
        todo = {}
        for line in self.line_ids.filtered(lambda x: not x.is_dropship):
            product = line.order_line_id.product_id
            todo[product] = todo.get(product, 0) + line.qty
        deliveries = self.order_id._mall_deliveries().filtered(
            lambda p: p.state == "done" and p.picking_type_code == "outgoing"
        )
        for picking in deliveries:
            if not any(qty > 0 for qty in todo.values()):
                break
            wizard = (
                self.env["stock.return.picking"]
                .with_context(active_id=picking.id, active_model="stock.picking")
                .create({"picking_id": picking.id})
            )
            wanted = False
            for return_line in wizard.product_return_moves:
                qty = min(todo.get(return_line.product_id, 0), return_line.move_quantity)
                return_line.quantity = qty
                if qty > 0:
                    todo[return_line.product_id] -= qty
                    wanted = True
            if not wanted:
                continue
            returned = wizard._create_return()
            for move in returned.move_ids:
                move.quantity = move.product_uom_qty
                move.picked = True
            returned.with_context(skip_backorder=True, skip_sms=True).button_validate()
            self.return_picking_ids = [Command.link(returned.id)]
            self.message_post(body=self.env._("Goods back in stock: %s", returned._get_html_link()))

    # ------------------------------------------------------------------
    # Refund
    # ------------------------------------------------------------------

    def _send_refund(self):
        """Refund ``amount`` to the order's WeChat Pay payment: a refund
        transaction keyed by this request (its reference, the out_refund_no, is
        made of the payment's reference and the request's number)."""
        self.ensure_one()
        if self.currency_id.compare_amounts(self.amount, 0.0) <= 0:
            # nothing was paid for these goods (and the provider refunds
            # everything that is left when asked for no amount)
            self._set_state("refunded", self.env._("Nothing to refund."))
            self._on_refunded()
            return self.env["payment.transaction"]
        source = self.order_id._mall_after_sale_payment()
        if not source:
            raise UserError(
                self.env._("%s has no confirmed WeChat Pay payment to refund.", self.order_id.name)
            )
        self._set_state("refunding", refund_failure_reason=False)
        # source is a superuser record (see _mall_after_sale_payment)
        refund_tx = source.with_context(mall_after_sale_refund_id=self.id)._send_refund_request(
            amount_to_refund=self.amount
        )
        self._sync_refund_state()
        return refund_tx

    def _sync_refund_state(self):
        """Follow the current refund transaction: done → refunded, error or
        canceled → refund_failed (with WeChat's reason and an activity for
        finance), pending → refunding."""
        # after-sales operators cannot read the refund transactions followed here
        for request in self.sudo():
            tx = request.refund_tx_id
            if not tx or request.state not in (
                "refunding",
                "refund_failed",
                "approved",
                "received",
            ):
                continue
            if tx.state == "done" and request.state != "refunded":
                request._set_state("refunded", tx.reference, refund_failure_reason=False)
                request._on_refunded()
            elif tx.state in ("error", "cancel"):
                reason = tx.wechatpay_failure_reason or tx.state_message or ""
                if request.state != "refund_failed":
                    request._set_state("refund_failed", reason[:200], refund_failure_reason=reason)
                    request._schedule_finance_activity(reason)
                elif reason != request.refund_failure_reason:
                    request.refund_failure_reason = reason
            elif tx.state in ("draft", "pending") and request.state != "refunding":
                request._set_state("refunding", tx.reference, refund_failure_reason=False)

    def _finance_user(self):
        """Called from ``_sync_refund_state``, as superuser."""
        group = self.env.ref("mall_base.group_mall_finance")
        users = group.users.filtered(lambda u: u.active and not u.share)
        users = users.filtered(lambda u: self.company_id in u.company_ids) or users
        return users.sorted("id")[:1] or self.env.ref("base.user_admin")

    def _schedule_finance_activity(self, reason):
        self.ensure_one()
        self.activity_schedule(
            "mail.mail_activity_data_todo",
            summary=self.env._("Refund failed: check and retry"),
            note=reason,
            user_id=self._finance_user().id,
        )

    def _on_refunded(self):
        """The money is back with the shopper: close the finance activity."""
        self.ensure_one()
        self.activity_feedback(["mail.mail_activity_data_todo"], feedback=self.env._("Refunded."))
        self.message_post(body=self.env._("Refunded to the original WeChat Pay payment."))
        self.with_delay(
            description=self.env._("After-sales: credit note and coupons of %s", self.name),
            identity_key=identity_exact,
        )._job_after_refund()

    def _job_after_refund(self):
        """Job (after the refund notify is answered): the credit note of the
        refunded goods, and the coupons of a fully refunded order given back."""
        self.ensure_one()
        # a queue job: it runs as whoever enqueued it, maybe a reviewer without
        # accounting rights (the credit note)
        request = self.sudo()
        if request.state != "refunded":
            return False
        if not request.credit_note_id:
            request._create_credit_note()
        request.order_id._mall_restore_loyalty_if_refunded()
        return True

    def _create_credit_note(self):
        """A posted credit note for the refunded lines, for exactly the refunded
        amount. Mall orders are not invoiced when paid: the order is invoiced
        first (ordered quantities), then the credit note takes the refunded
        quantities at the invoiced prices; what the refund holds beyond them
        (discount shares, shipping, roundings) is one more line, so that the
        credit note equals the refund."""
        self.ensure_one()
        order = self.order_id.with_company(self.company_id)
        invoices = order.invoice_ids.filtered(
            lambda m: m.move_type == "out_invoice" and m.state == "posted"
        )
        if not invoices:
            if order.invoice_status == "to invoice":
                invoices = order._create_invoices(final=True)
                invoices.action_post()
            else:
                self.message_post(body=self.env._("No invoice to credit: no credit note made."))
                return False
        invoice_lines = invoices.invoice_line_ids
        lines = []
        for line in self.line_ids:
            invoiced = invoice_lines.filtered(
                lambda x, sale_line=line.order_line_id: sale_line in x.sale_line_ids
            )[:1]
            if not invoiced:
                continue
            lines.append(
                {
                    "product_id": invoiced.product_id.id,
                    "name": invoiced.name,
                    "quantity": line.qty,
                    "product_uom_id": invoiced.product_uom_id.id,
                    "price_unit": invoiced.price_unit,
                    "discount": invoiced.discount,
                    "tax_ids": [Command.set(invoiced.tax_ids.ids)],
                    "account_id": invoiced.account_id.id,
                    "sale_line_ids": [Command.set(line.order_line_id.ids)],
                }
            )
        if not lines:
            return False
        credit_note = self.env["account.move"].create(
            {
                "move_type": "out_refund",
                "partner_id": invoices[0].partner_id.id,
                "company_id": self.company_id.id,
                "currency_id": self.currency_id.id,
                "journal_id": invoices[0].journal_id.id,
                "reversed_entry_id": invoices[0].id,
                "invoice_origin": order.name,
                "ref": self.name,
                "invoice_line_ids": [Command.create(vals) for vals in lines],
            }
        )
        difference = self.currency_id.round(self.refunded_amount - credit_note.amount_total)
        if not self.currency_id.is_zero(difference):
            credit_note.write(
                {
                    "invoice_line_ids": [
                        Command.create(
                            {
                                "name": self.env._("Discounts and shipping of %s", self.name),
                                "quantity": 1,
                                "price_unit": difference,
                                "tax_ids": [Command.clear()],
                                "account_id": lines[0]["account_id"],
                            }
                        )
                    ]
                }
            )
        credit_note.action_post()
        self.credit_note_id = credit_note
        self.message_post(body=self.env._("Credit note %s posted.", credit_note._get_html_link()))
        return credit_note

    def action_retry_refund(self):
        """Retry a failed refund. A refund WeChat Pay closed stays closed under
        its out_refund_no, so a new attempt (a new refund transaction) is sent;
        any other failure (refused, never arrived, abnormal and handled in the
        merchant platform) is sent again with the same out_refund_no."""
        for request in self:
            request._lock()
            request._check_state("refund_failed")
            tx = request.sudo().refund_tx_id  # operators cannot read payment transactions
            if not tx or tx.state == "cancel" or request._refund_closed_at_wechat(tx):
                request._send_refund()
                continue
            tx.action_wechatpay_retry_refund()
            request._sync_refund_state()
        return True

    def _refund_closed_at_wechat(self, tx):
        try:
            status = tx._wechatpay_sync_refund(resend_unknown=False)
        except WechatpayRequestError as error:
            raise UserError(
                self.env._("WeChat Pay could not be asked about the refund: %s", error.message)
            ) from error
        return status == "CLOSED"

    # ------------------------------------------------------------------
    # Views
    # ------------------------------------------------------------------

    def action_view_order(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "sale.order",
            "res_id": self.order_id.id,
            "view_mode": "form",
        }
