from datetime import timedelta

from odoo import fields
from odoo.addons.queue_job.tests.common import trap_jobs
from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import GroupCase


@tagged("post_install", "-at_install")
class TestGroupFlow(GroupCase):
    def test_group_succeeds_when_every_seat_is_paid(self):
        group, order_a = self.open_group()
        _g, order_b = self.placed(self.place(1, group=group))
        _g, order_c = self.placed(self.place(2, group=group))
        self.pay(order_b)
        self.assertEqual((group.state, group.paid_count), ("open", 2))
        # nothing ships before the group succeeds: no delivery, no purchase order
        for order in order_a | order_b:
            self.assertEqual(order.state, "draft")
            self.assertFalse(order.picking_ids)
            self.assertFalse(order._get_purchase_orders())
        with self.assertRaises(UserError):
            order_a.action_confirm()
        with trap_jobs() as trap:
            self.pay(order_c)
        self.assertEqual(
            (group.state, group.paid_count, group.succeeded_count), ("succeeded", 3, 1)
        )
        for order in order_a | order_b | order_c:
            self.assertEqual(order.state, "sale")
            self.assertTrue(order._get_purchase_orders(), "the supplier is asked to ship")
        # one message per member (the demo templates of the company)
        sends = [j for j in trap.enqueued_jobs if j.method_name == "_job_send"]
        self.assertEqual(len(sends), 3)

    def test_group_fails_at_its_deadline_once(self):
        group, order_a = self.open_group()
        _g, order_b = self.placed(self.place(1, group=group))
        self.pay(order_b)
        _g, order_c = self.placed(self.place(2, group=group))  # never paid
        self.assertEqual(self.offer.taken_qty, 3)
        self.assertEqual(self.env["mall.group"]._cron_mall_group_deadlines(), 0)
        group.deadline = fields.Datetime.now() - timedelta(minutes=1)
        with trap_jobs() as trap:
            self.env["mall.group"]._cron_mall_group_deadlines()
            self.env["mall.group"]._cron_mall_group_deadlines()
        self.assertEqual((group.state, group.failed_count), ("failed", 1))
        seats = (order_a | order_b).mall_group_member_id
        self.assertEqual(set(seats.mapped("state")), {"refunding"})
        self.assertEqual(set(seats.mapped("refund_reason")), {"group_failed"})
        for order in order_a | order_b:
            self.assertEqual(order.state, "cancel")
        refunds = [j for j in trap.enqueued_jobs if j.method_name == "_job_refund"]
        self.assertEqual(sorted(j.recordset.id for j in refunds), sorted(seats.ids))
        # the paid units came back; the unpaid one still holds its own until cancelled
        self.assertEqual(self.offer.taken_qty, 1)
        # a payment arriving now for the unpaid seat is refunded too
        with trap_jobs() as trap:
            self.pay(order_c)
        seat_c = order_c.mall_group_member_id
        self.assertEqual((seat_c.state, seat_c.refund_reason), ("refunding", "seat_unavailable"))
        self.assertEqual(order_c.state, "cancel")
        self.assertEqual(self.offer.taken_qty, 0)
        self.assertEqual([j.method_name for j in trap.enqueued_jobs].count("_job_refund"), 1)

    def test_payment_for_a_seat_taken_meanwhile_is_refunded(self):
        group, _a = self.open_group()
        _g, order_b = self.placed(self.place(1, group=group))
        order_b.mall_group_member_id.hold_until = fields.Datetime.now() - timedelta(seconds=1)
        _g, order_c = self.placed(self.place(2, group=group))
        _g, order_d = self.placed(self.place(3, group=group))
        self.pay(order_c)
        with trap_jobs():
            self.pay(order_b)  # late: both seats are held by others
        self.assertEqual(order_b.mall_group_member_id.state, "refunding")
        self.assertEqual(order_b.state, "cancel")
        self.pay(order_d)
        self.assertEqual((group.state, group.paid_count), ("succeeded", 3))

    def test_leader_never_pays(self):
        response = self.place(0)
        group, order = self.placed(response)
        self.api("POST", f"/orders/{order.id}/cancel", token=self.token)
        self.env.invalidate_all()
        self.assertEqual(group.state, "cancelled")
        self.assertEqual(self.offer.taken_qty, 0)

    def test_refund_outcome_moves_the_seat(self):
        group, order = self.open_group()
        payment = order.mall_group_member_id.payment_tx_id
        group.deadline = fields.Datetime.now() - timedelta(minutes=1)
        with trap_jobs():
            self.env["mall.group"]._cron_mall_group_deadlines()
        seat = order.mall_group_member_id
        refund = self.env["payment.transaction"].create(
            {
                "provider_id": self.provider.id,
                "payment_method_id": payment.payment_method_id.id,
                "reference": f"R-{payment.reference}-G{seat.id}",
                "amount": -payment.amount,
                "currency_id": payment.currency_id.id,
                "partner_id": payment.partner_id.id,
                "operation": "refund",
                "source_transaction_id": payment.id,
                "mall_group_member_id": seat.id,
            }
        )
        seat.refund_tx_id = refund
        # WeChat Pay refused it: failed, tried again later, finance told at the end
        refund._set_error("NOT_ENOUGH")
        self.assertEqual(seat.state, "refund_failed")
        seat.refund_attempts = 5
        seat._mall_schedule_retry()
        self.assertTrue(seat.activity_ids)
        refund.state = "pending"
        refund._set_done()
        self.assertEqual(seat.state, "refunded")
        self.assertEqual(seat.refunded_amount, payment.amount)
        self.assertEqual(group.refunded_amount, payment.amount)
        self.assertFalse(seat.activity_ids, "the finance activity is closed")
