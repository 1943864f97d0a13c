import json
import secrets
import time

from wechatpayv3 import WeChatPay, WeChatPayType

from odoo import SUPERUSER_ID, api
from odoo.addons.queue_job.tests.common import trap_jobs
from odoo.tests import tagged

from ..const import SHIPPING_MAX_ATTEMPTS
from ..utils import write_surviving_rollback
from .common import MerchantKeys, WeChatMiniProgramCase

MCHID = "1900000109"
GRACE = 1.0


@tagged("post_install", "-at_install")
class TestShippingUpload(WeChatMiniProgramCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        merchant = MerchantKeys.generate(MCHID, appids=[cls.appid])
        cls.sim.add_merchant(merchant)
        keys = cls.sim.keys()
        cls.wxpay = WeChatPay(
            wechatpay_type=WeChatPayType.MINIPROG,
            mchid=MCHID,
            private_key=merchant.private_key_pem,
            cert_serial_no=merchant.serial,
            appid=cls.appid,
            apiv3_key=merchant.apiv3_key,
            notify_url="http://127.0.0.1:9/notify",
            public_key=keys["public_key_pem"],
            public_key_id=keys["public_key_id"],
        )
        cls.wxpay._core._gate_way = cls.sim.base_url
        cls.Upload = cls.env["wechat.shipping.upload"]
        cls.partner = cls.env["res.partner"].create({"name": "收货人"})

    def paid_order(self):
        """A payment the shopper made just now: ``(out_trade_no, openid)``."""
        out_trade_no = "T" + secrets.token_hex(8)
        openid = "o" + secrets.token_hex(12)
        code, text = self.wxpay.pay(
            description="东北大米 5kg",
            out_trade_no=out_trade_no,
            amount={"total": 4990, "currency": "CNY"},
            payer={"openid": openid},
            pay_type=WeChatPayType.MINIPROG,
        )
        self.assertEqual(code, 200, text)
        self.sim.pay(out_trade_no)
        return out_trade_no, openid

    def upload_vals(self, out_trade_no, openid):
        return {"mchid": MCHID, "out_trade_no": out_trade_no, "payer_openid": openid}

    def lines(self, carrier="zhongtong"):
        return [
            {
                "tracking_no": "ZT" + secrets.token_hex(5),
                "carrier_code": carrier,
                "item_desc": "东北大米 5kg ×1",
                "receiver_contact": "13800138000",
            }
        ]

    def uploads_at_sim(self, out_trade_no):
        return [
            u
            for u in self.sim.control("GET", "shipping")["shipping_uploads"]
            if u["out_trade_no"] == out_trade_no
        ]

    def test_payment_not_found_yet_then_uploaded_after_retry(self):
        self.sim.settings(shipping_grace_seconds=GRACE)
        self.addCleanup(self.sim.settings, shipping_grace_seconds=0)
        out_trade_no, openid = self.paid_order()
        with trap_jobs() as trap:
            upload = self.Upload._create_upload(
                self.upload_vals(out_trade_no, openid), self.lines(), record=self.partner
            )
            self.assertEqual(upload.state, "pending")
            job = trap.enqueued_jobs[0]
            retry = self.perform_expecting_retry(job)
            self.assertEqual(retry.seconds, 10)
            self.assertEqual(upload.state, "retrying")
            self.assertEqual((upload.attempts, upload.last_errcode), (1, 10060001))
            self.assertIn("not recorded the payment", upload.failure_reason)
            time.sleep(GRACE + 0.2)
            job.perform()
        self.assertEqual(upload.state, "done")
        self.assertEqual(upload.attempts, 2)
        self.assertFalse(upload.failure_reason)
        self.assertEqual(upload.res_name, self.partner.display_name)
        [sent] = self.uploads_at_sim(out_trade_no)
        body = sent["body"]
        self.assertEqual(
            body["order_key"],
            {"order_number_type": 1, "mchid": MCHID, "out_trade_no": out_trade_no},
        )
        item = body["shipping_list"][0]
        self.assertEqual(item["express_company"], "ZTO")  # Kuaidi100 zhongtong -> ZTO
        self.assertEqual(item["contact"], {"receiver_contact": "138****8000"})
        self.assertTrue(body["upload_time"].endswith("+08:00"))
        self.assertEqual(body["payer"], {"openid": openid})
        self.assertEqual(json.loads(upload.last_payload)["order_key"], body["order_key"])
        # a re-run of the job does not use the order's single re-ship chance
        job.perform()
        self.assertEqual(len(self.uploads_at_sim(out_trade_no)), 1)

    def test_timeout_and_server_error_retried(self):
        out_trade_no, openid = self.paid_order()
        self.mp._code2session(self.login_code()[1])  # a token first: faults hit the upload
        with trap_jobs() as trap:
            upload = self.Upload._create_upload(
                self.upload_vals(out_trade_no, openid), self.lines("shunfeng")
            )
            job = trap.enqueued_jobs[0]
            self.sim.fault("/wxa/sec/order/upload_shipping_info", "timeout", delay=4)
            self.perform_expecting_retry(job)
            self.assertIn("in time", upload.failure_reason)
            self.sim.fault("/wxa/sec/order/upload_shipping_info", "http_500")
            self.assertEqual(self.perform_expecting_retry(job).seconds, 60)
            self.assertEqual((upload.state, upload.attempts), ("retrying", 2))
            job.perform()
        self.assertEqual(upload.state, "done")
        self.assertEqual(
            self.uploads_at_sim(out_trade_no)[0]["body"]["shipping_list"][0]["express_company"],
            "SF",
        )

    def test_final_failures_recorded_with_reason(self):
        # refused by WeChat: failed at once, not retried
        out_trade_no, openid = self.paid_order()
        self.sim.fault(
            "/wxa/sec/order/upload_shipping_info",
            "errcode",
            errcode=10060004,
            errmsg="order state invalid",
        )
        with trap_jobs() as trap:
            upload = self.Upload._create_upload(
                self.upload_vals(out_trade_no, openid), self.lines()
            )
            trap.perform_enqueued_jobs()
        self.assertEqual(
            (upload.state, upload.last_errcode, upload.attempts), ("failed", 10060004, 1)
        )
        self.assertIn("cannot be shipped", upload.failure_reason)
        # a payment WeChat never finds: retried, then failed after the last attempt
        with trap_jobs() as trap:
            upload = self.Upload._create_upload(
                self.upload_vals("NEVER-PAID-" + secrets.token_hex(4), openid), self.lines()
            )
            job = trap.enqueued_jobs[0]
            for _attempt in range(SHIPPING_MAX_ATTEMPTS - 1):
                self.perform_expecting_retry(job)
            job.perform()  # the last attempt: failed, not raised
        self.assertEqual((upload.state, upload.attempts), ("failed", SHIPPING_MAX_ATTEMPTS))
        self.assertEqual(upload.last_errcode, 10060001)

    def test_carrier_mapping_edited_by_operators(self):
        mapping = self.env.ref("wechat_miniprogram.delivery_company_yd")
        self.assertEqual(mapping.delivery_id, "YD")
        self.env["wechat.delivery.company"].create(
            {"name": "极兔速递", "kuaidi100_code": "jtexpress", "delivery_id": "JTSD"}
        )
        out_trade_no, openid = self.paid_order()
        upload = self.Upload._create_upload(
            self.upload_vals(out_trade_no, openid), self.lines("jtexpress"), delay=False
        )
        self.assertEqual(upload.state, "done")
        self.assertEqual(upload.line_ids.express_company, "JTSD")
        sent = self.uploads_at_sim(out_trade_no)[0]["body"]["shipping_list"][0]
        self.assertEqual(sent["express_company"], "JTSD")

    def test_unknown_carrier_fails_without_calling_wechat(self):
        out_trade_no, openid = self.paid_order()
        calls = self.sim.request_count("/wxa/sec/order/upload_shipping_info")
        upload = self.Upload._create_upload(
            self.upload_vals(out_trade_no, openid), self.lines("nosuchcarrier"), delay=False
        )
        self.assertEqual(upload.state, "failed")
        self.assertIn("nosuchcarrier", upload.failure_reason)
        self.assertEqual(self.sim.request_count("/wxa/sec/order/upload_shipping_info"), calls)

    def test_attempts_survive_the_job_runners_rollback(self):
        """queue_job's runner rolls the job's transaction back on RetryableJobError:
        the attempt and its reason must still be recorded."""
        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            upload = env["wechat.shipping.upload"].create(
                {"mchid": MCHID, "out_trade_no": "ROLLBACK-1", "payer_openid": "o-payer"}
            )
        self.addCleanup(self._delete_upload, upload.id)
        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            write_surviving_rollback(
                env["wechat.shipping.upload"].browse(upload.id),
                {"state": "retrying", "attempts": 1, "failure_reason": "later"},
            )
            cr.rollback()  # what the runner does after postponing the job
        with self.registry.cursor() as cr:
            cr.execute(
                "SELECT state, attempts, failure_reason FROM wechat_shipping_upload WHERE id = %s",
                [upload.id],
            )
            self.assertEqual(cr.fetchone(), ("retrying", 1, "later"))

    def _delete_upload(self, upload_id):
        with self.registry.cursor() as cr:
            cr.execute("DELETE FROM wechat_shipping_upload WHERE id = %s", [upload_id])
