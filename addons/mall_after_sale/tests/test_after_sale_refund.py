from odoo import Command
from odoo.exceptions import UserError
from odoo.tests import Form, new_test_user, tagged
from odoo.tools import mute_logger

from .common import REFUND_PATH, AfterSaleCase

LOGGERS = (
    "odoo.addons.payment_wechatpay.models.payment_provider",
    "odoo.addons.payment_wechatpay.models.payment_transaction",
    "odoo.addons.payment.models.payment_transaction",
)


@tagged("post_install", "-at_install")
class TestAfterSaleRefund(AfterSaleCase):
    def test_refund_only_end_to_end(self):
        order = self.paid_order([(self.rice, 2), (self.noodle, 1)])
        self.assertEqual(order.amount_total, 72.5)
        rice_line = self.line_of(order, self.rice)
        request = self.after_sale(self.request_after_sale(order, [(rice_line, 1)]))
        self.assertEqual(request.state, "requested")
        self.assertRegex(request.name, r"^AS\d{5}$")
        self.assertEqual(request.amount, 30.0)
        self.assertEqual(order.mall_shopper_state, "after_sale")
        self.assertEqual(self.api("GET", f"/orders/{order.id}").json()["state"], "after_sale")

        request.action_approve()
        self.assertEqual(request.state, "refunding")
        refund = request.refund_tx_id
        self.assertEqual(refund.amount, -30.0)
        self.assertIn(request.name, refund.reference, "the out_refund_no is keyed by the request")
        self.wait_request(request, "refunded")
        self.assertEqual(request.refunded_amount, 30.0)
        self.assertEqual(order.mall_shopper_state, "paid", "no open request left")
        refunds = self.sim_refunds(order)
        self.assertEqual([r["amount"]["refund"] for r in refunds], [3000])
        self.assertEqual(refunds[0]["status"], "SUCCESS")

        body = self.api("GET", f"/after-sales/{request.id}").json()
        self.assertEqual(body["state"], "refunded")
        self.assertEqual(body["refunded_amount"], 30.0)
        self.assertEqual(
            [e["state"] for e in body["timeline"]],
            ["requested", "approved", "refunding", "refunded"],
        )
        # approving again sends nothing
        with self.assertRaises(UserError):
            request.action_approve()
        self.assertEqual(self.sim.request_count(REFUND_PATH), 1)
        self.assertEqual(len(request.refund_tx_ids), 1)
        tracked = request.message_ids.tracking_value_ids.filtered(
            lambda t: t.field_id.name == "state"
        )
        labels = {
            dict(
                request._fields["state"]._description_selection(request.with_context(lang=lang).env)
            )["refunded"]
            for lang in ("en_US", "zh_CN")
        }
        self.assertTrue(
            labels & set(tracked.mapped("new_value_char")), tracked.mapped("new_value_char")
        )
        self.assertTrue(tracked, "the history is in the chatter")

    def test_return_refund_to_the_supplier(self):
        order = self.paid_order([(self.rice, 1)])
        line = self.line_of(order, self.rice)
        response = self.request_after_sale(order, [(line, 1)], "return_refund")
        request = self.after_sale(response)
        self.assertEqual(request.supplier_id, self.supplier_a)
        self.assertIsNone(response.json()["return_address"], "no address before the review")
        self.assertError(
            self.api(
                "POST",
                f"/after-sales/{request.id}/return-shipment",
                {"carrier": "顺丰速运", "tracking_number": "SF1234567890"},
            ),
            409,
            "invalid_state",
        )
        request.action_approve()
        self.assertEqual(request.state, "awaiting_return")
        self.assertEqual(request.return_address_id, self.supplier_a_return)
        self.assertFalse(request.refund_tx_ids, "nothing is refunded before the goods are back")
        body = self.api("GET", f"/after-sales/{request.id}").json()
        self.assertEqual(body["return_address"]["detail"], "退货路 9 号")
        # bad tracking number: refused, nothing written
        self.assertError(
            self.api(
                "POST",
                f"/after-sales/{request.id}/return-shipment",
                {"carrier": "顺丰速运", "tracking_number": "SF-1"},
            ),
            422,
            "validation_error",
        )
        self._read(request)
        self.assertFalse(request.return_tracking_number)
        body = self.api(
            "POST",
            f"/after-sales/{request.id}/return-shipment",
            {"carrier": "顺丰速运", "tracking_number": "SF1234567890"},
        ).json()
        self.assertEqual(body["state"], "return_shipped")
        self.assertEqual(body["return_shipment"]["tracking_number"], "SF1234567890")
        self._read(request)
        request.action_confirm_received()
        self.assertEqual(request.state, "refunding")
        self.assertTrue(request.received_at)
        self.wait_request(request, "refunded")
        self.assertEqual([r["amount"]["refund"] for r in self.sim_refunds(order)], [3000])

    def test_warehouse_return_goes_to_the_warehouse(self):
        order = self.paid_order([(self.flour, 2)])
        line = self.line_of(order, self.flour)
        request = self.after_sale(self.request_after_sale(order, [(line, 1)], "return_refund"))
        self.assertFalse(request.supplier_id)
        request.action_approve()
        self.assertEqual(request.return_address_id, self.warehouse.partner_id)

    def test_rejection_needs_a_reason_shown_to_the_shopper(self):
        order = self.paid_order([(self.rice, 2)])
        line = self.line_of(order, self.rice)
        request = self.after_sale(self.request_after_sale(order, [(line, 2)]))
        with self.assertRaises(UserError):
            request.action_reject()
        self.assertEqual(request.state, "requested")
        request.action_reject("商品已签收超过 7 天")
        self.assertEqual(request.state, "rejected")
        body = self.api("GET", f"/after-sales/{request.id}").json()
        self.assertEqual(body["state"], "rejected")
        self.assertEqual(body["rejection_reason"], "商品已签收超过 7 天")
        self.assertEqual(order.mall_shopper_state, "paid")
        self.assertEqual(self.sim.request_count(REFUND_PATH), 0)
        # a rejected request gives its quantity back
        self.after_sale(self.request_after_sale(order, [(line, 2)]))

    @mute_logger(*LOGGERS)
    def test_closed_refund_fails_with_reason_then_retry_refunds(self):
        order = self.paid_order([(self.rice, 1), (self.noodle, 2)])
        line = self.line_of(order, self.noodle)
        request = self.after_sale(self.request_after_sale(order, [(line, 2)]))
        self.assertEqual(request.amount, 25.0)
        self.sim.refund_outcome("CLOSED")
        request.action_approve()
        self.wait_request(request, "refund_failed")
        self.assertIn("CLOSED", request.refund_failure_reason)
        self.assertEqual(order.mall_shopper_state, "after_sale", "a failed refund stays open")
        activity = request.activity_ids
        self.assertEqual(len(activity), 1)
        self.assertTrue(activity.user_id.has_group("mall_base.group_mall_finance"))
        body = self.api("GET", f"/after-sales/{request.id}").json()
        self.assertEqual(body["state"], "refund_failed")

        self.sim.refund_outcome("SUCCESS")
        request.action_retry_refund()
        self.assertEqual(request.state, "refunding")
        self.assertEqual(len(request.refund_tx_ids), 2, "a closed refund needs a new one")
        self.wait_request(request, "refunded")
        self.assertFalse(request.activity_ids, "the finance activity is done")
        refunds = self.sim_refunds(order)
        self.assertEqual([r["status"] for r in refunds], ["CLOSED", "SUCCESS"])
        self.assertEqual(
            sum(r["amount"]["refund"] for r in refunds if r["status"] == "SUCCESS"), 2500
        )
        with self.assertRaises(UserError):
            request.action_retry_refund()

    @mute_logger(*LOGGERS)
    def test_refused_refund_is_retried_with_the_same_out_refund_no(self):
        order = self.paid_order([(self.rice, 1)])
        line = self.line_of(order, self.rice)
        request = self.after_sale(self.request_after_sale(order, [(line, 1)]))
        self.sim.control(
            "POST",
            "faults",
            {
                "path_prefix": REFUND_PATH,
                "kind": "errcode",
                "errcode": "NOT_ENOUGH",
                "errmsg": "基本账户余额不足",
                "method": "POST",
            },
        )
        request.action_approve()
        self.assertEqual(request.state, "refund_failed")
        self.assertIn("余额不足", request.refund_failure_reason)
        self.assertEqual(len(request.activity_ids), 1)
        first = request.refund_tx_id
        request.action_retry_refund()
        self.assertEqual(request.refund_tx_id, first, "same refund, same out_refund_no")
        self.wait_request(request, "refunded")
        refunds = self.sim_refunds(order)
        self.assertEqual([r["out_refund_no"] for r in refunds], [first.reference])

    def test_partial_refunds_of_a_multi_line_order(self):
        order = self.paid_order([(self.rice, 3), (self.noodle, 2)])  # 90 + 25
        rice, noodle = self.line_of(order, self.rice), self.line_of(order, self.noodle)
        first = self.after_sale(self.request_after_sale(order, [(rice, 1)]))
        self.assertEqual(first.amount, 30.0)
        # 2 rice left: 3 is refused, nothing written
        count = self.env["mall.after.sale"].search_count([])
        self.assertError(self.request_after_sale(order, [(rice, 3)]), 409, "exceeds_refundable")
        self.assertEqual(self.env["mall.after.sale"].search_count([]), count)
        second = self.after_sale(self.request_after_sale(order, [(rice, 1), (noodle, 1)]))
        self.assertEqual(second.amount, 42.5)
        first.action_approve()
        second.action_approve()
        self.wait_request(first, "refunded")
        self.wait_request(second, "refunded")
        # the last goods: what is left of the payment
        last = self.after_sale(self.request_after_sale(order, [(rice, 1), (noodle, 1)]))
        self.assertEqual(last.amount, 42.5)
        self.assertError(self.request_after_sale(order, [(noodle, 1)]), 409, "exceeds_refundable")
        last.action_approve()
        self.wait_request(last, "refunded")
        refunded = sum(r["amount"]["refund"] for r in self.sim_refunds(order))
        self.assertEqual(refunded, 11500, "exactly what was paid")
        self.assertEqual(order._mall_after_sale_payment()._wechatpay_refundable_fen(), 0)

    def test_refund_never_exceeds_the_payment(self):
        order = self.paid_order([(self.rice, 1)])
        line = self.line_of(order, self.rice)
        request = self.after_sale(self.request_after_sale(order, [(line, 1)]))
        # someone refunded part of the payment by hand meanwhile
        order._mall_after_sale_payment().action_refund(amount_to_refund=10.0)
        with self.assertRaises(UserError), self.env.cr.savepoint():
            request.action_approve()
        request.invalidate_recordset()
        self.assertEqual(request.state, "requested", "nothing changed")
        self.assertEqual(self.sim.request_count(REFUND_PATH), 1)

    def test_operator_reviews_and_finance_retries_with_their_own_rights(self):
        operator = new_test_user(
            self.env, login="as_operator", groups="mall_base.group_mall_after_sale"
        )
        order = self.paid_order([(self.rice, 1)])
        line = self.line_of(order, self.rice)
        request = self.after_sale(self.request_after_sale(order, [(line, 1)]))
        form = Form(request.with_user(operator))
        self.assertEqual(form.state, "requested")
        self.sim.refund_outcome("CLOSED")
        request.with_user(operator).action_approve()
        self.wait_request(request, "refund_failed")
        Form(request.with_user(operator))
        Form(request.with_user(self.finance))
        self.sim.refund_outcome("SUCCESS")
        request.with_user(self.finance).action_retry_refund()
        self.wait_request(request, "refunded")

    # --- what follows a refund: stock back, credit note, coupons back ---------

    def _coupon_program(self):
        Program = self.env["loyalty.program"].sudo()
        Program.search([]).active = False
        return Program.create(
            {
                "name": "满减券",
                "program_type": "coupons",
                "currency_id": self.cny.id,
                "trigger": "with_code",
                "applies_on": "current",
                "company_id": self.company.id,
                "rule_ids": [Command.create({"minimum_amount": 0})],
                "reward_ids": [
                    Command.create(
                        {
                            "reward_type": "discount",
                            "discount_mode": "per_order",
                            "discount": 10,
                            "discount_applicability": "order",
                            "required_points": 1,
                        }
                    )
                ],
            }
        )

    def test_returned_warehouse_goods_go_back_into_stock_with_a_credit_note(self):
        order = self.paid_order([(self.flour, 2)])
        delivery = order.picking_ids.filtered(lambda p: p.picking_type_code == "outgoing")
        delivery.move_ids.quantity = 2
        delivery.move_ids.picked = True
        delivery.button_validate()
        self.assertEqual(order.mall_shopper_state, "shipped")
        stock = self.flour.with_context(warehouse_id=self.warehouse.id).qty_available
        line = self.line_of(order, self.flour)
        request = self.after_sale(self.request_after_sale(order, [(line, 1)], "return_refund"))
        request.action_approve()
        request.action_confirm_received()
        self.assertEqual(request.return_picking_ids.state, "done")
        self.flour.invalidate_recordset()
        self.assertEqual(
            self.flour.with_context(warehouse_id=self.warehouse.id).qty_available, stock + 1
        )
        self.assertEqual(line.qty_delivered, 1)
        self.wait_request(request, "refunded")
        self.assertTrue(request._job_after_refund())
        credit_note = request.credit_note_id
        self.assertEqual(credit_note.state, "posted")
        self.assertEqual(credit_note.move_type, "out_refund")
        self.assertEqual(credit_note.amount_total, request.refunded_amount)
        self.assertEqual(credit_note.invoice_line_ids.filtered("product_id").quantity, 1)
        self.assertFalse(order.mall_loyalty_restored, "half of the order is still the shopper's")
        # a second run changes nothing
        request._job_after_refund()
        self.assertEqual(request.credit_note_id, credit_note)

    def test_fully_refunded_order_gives_its_coupon_back(self):
        card = self.env["loyalty.card"].create(
            {"program_id": self._coupon_program().id, "points": 1, "code": "AS-COUPON-0001"}
        )
        order = self.paid_order([(self.rice, 1), (self.noodle, 2)], coupon_codes=["AS-COUPON-0001"])
        self.assertEqual(order.amount_total, 45.0, "30 + 25 - 10")
        self.assertEqual(card.points, 0, "the coupon is used")
        rice, noodle = self.line_of(order, self.rice), self.line_of(order, self.noodle)
        first = self.after_sale(self.request_after_sale(order, [(rice, 1)]))
        self.assertEqual(first.amount, 24.55, "30 less its share of the 10 discount")
        first.action_approve()
        self.wait_request(first, "refunded")
        first._job_after_refund()
        self.assertEqual(card.points, 0, "the order is not fully refunded yet")
        second = self.after_sale(self.request_after_sale(order, [(noodle, 2)]))
        self.assertEqual(second.amount, 20.45, "what is left of the 45 paid")
        second.action_approve()
        self.wait_request(second, "refunded")
        second._job_after_refund()
        self.assertEqual(card.points, 1, "the coupon can be used again")
        self.assertTrue(order.mall_loyalty_restored)
        self.assertEqual(first.credit_note_id.amount_total, 24.55)
        self.assertEqual(second.credit_note_id.amount_total, 20.45)
        second._job_after_refund()
        self.assertEqual(card.points, 1, "given back once")

    def test_nothing_paid_is_closed_without_asking_wechat(self):
        order = self.paid_order([(self.rice, 1)])
        request = self.after_sale(
            self.request_after_sale(order, [(self.line_of(order, self.rice), 1)])
        )
        request.amount = 0.0  # e.g. goods whose price was all discounts
        request.action_approve()
        self.assertEqual(request.state, "refunded")
        self.assertFalse(request.refund_tx_ids)
        self.assertEqual(self.sim.request_count(REFUND_PATH), 0, "no refund of what is left")
        self.assertEqual(order._mall_after_sale_payment()._wechatpay_refundable_fen(), 3000)

    def test_goods_refunded_before_shipping_are_not_shipped(self):
        """A refund-only request approved before the goods left takes them out
        of the deliveries: the supplier's purchase order and dropship transfer
        shrink, our warehouse's move is cancelled; refunded in full, the order
        is closed and nothing is left in the to-ship workbench."""
        order = self.paid_order([(self.rice, 2), (self.flour, 2)])
        rice_line, flour_line = self.line_of(order, self.rice), self.line_of(order, self.flour)
        dropship = order.picking_ids.filtered("is_dropship")
        warehouse = order.picking_ids.filtered(lambda p: p.picking_type_code == "outgoing")
        purchase_line = rice_line.move_ids.purchase_line_id
        self.assertEqual(purchase_line.product_qty, 2)

        first = self.after_sale(self.request_after_sale(order, [(rice_line, 1), (flour_line, 2)]))
        first.action_approve()
        self.assertEqual(purchase_line.product_qty, 1, "the supplier ships and is settled for 1")
        self.assertEqual(
            dropship.move_ids.filtered(lambda m: m.state != "cancel").product_uom_qty, 1
        )
        self.assertEqual(warehouse.state, "cancel", "no flour leaves the warehouse")
        self.assertTrue(
            any(first.name in (body or "") for body in order.message_ids.mapped("body")),
            "the order's chatter says what was taken out",
        )
        self.wait_request(first, "refunded")

        second = self.after_sale(self.request_after_sale(order, [(rice_line, 1)]))
        second.action_approve()
        self.assertEqual(purchase_line.product_qty, 0)
        self.assertEqual(dropship.state, "cancel")
        self.wait_request(second, "refunded")
        order.invalidate_recordset(["mall_shopper_state"])
        self.assertEqual(order.mall_shopper_state, "cancelled")
        self.assertFalse(
            order.activity_ids.filtered(
                lambda a: a.activity_type_id
                == self.env.ref("mall_fulfillment.mail_activity_type_mall_ship")
            ),
            "no to-ship activity left",
        )
        to_ship = self.env["stock.picking"].search(
            [("sale_id", "=", order.id), ("state", "not in", ("done", "cancel"))]
        )
        self.assertFalse(to_ship)
        self.assertEqual(
            sum(first.refund_tx_ids.mapped("amount")) + sum(second.refund_tx_ids.mapped("amount")),
            -order.amount_total,
        )
