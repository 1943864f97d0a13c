from odoo.addons.queue_job.tests.common import trap_jobs
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .common import WeChatMiniProgramCase

TEMPLATE_ID = "tmpl-order-shipped"


@tagged("post_install", "-at_install")
class TestSubscribeMessage(WeChatMiniProgramCase):
    APP_EXTRA = {"templates": [TEMPLATE_ID]}

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.partner = cls.env["res.partner"].create({"name": "王小明"})
        cls.template = cls.env["wechat.subscribe.template"].create(
            {
                "name": "Order shipped",
                "template_id": TEMPLATE_ID,
                "page": "pages/order/detail",
                "keyword_ids": [
                    (0, 0, {"key": "character_string1", "name": "Order", "field_path": "ref"}),
                    (0, 0, {"key": "thing2", "name": "Receiver", "field_path": "name"}),
                    (0, 0, {"key": "thing3", "name": "Note", "default_value": "请留意查收"}),
                ],
            }
        )
        cls.partner.ref = "S00042"
        cls.openid = "o" + "x" * 27

    def messages(self):
        return self.sim.control("GET", "messages")["subscribe_messages"]

    def test_send_direct_is_logged(self):
        log = self.template._send_message(
            self.openid,
            {"thing3": "A very long note that WeChat would refuse as is"},
            page="pages/order/detail?id=42",
            partner=self.partner,
            record=self.partner,
        )
        self.assertEqual(log.state, "sent")
        self.assertEqual(log.errcode, 0)
        self.assertTrue(log.msgid and log.date_sent)
        self.assertEqual(
            (log.partner_id, log.res_model, log.res_id),
            (self.partner, "res.partner", self.partner.id),
        )
        sent = self.messages()[-1]
        self.assertEqual(sent["touser"], self.openid)
        self.assertEqual(sent["template_id"], TEMPLATE_ID)
        self.assertEqual(sent["page"], "pages/order/detail?id=42")
        self.assertEqual(sent["data"]["character_string1"], {"value": "S00042"})
        self.assertEqual(sent["data"]["thing2"], {"value": "王小明"})
        # a thing keyword takes 20 characters: shortened instead of refused (47003)
        self.assertEqual(len(sent["data"]["thing3"]["value"]), 20)
        self.assertIn('"touser": "%s"' % self.openid, log.payload)

    def test_send_delayed_runs_once(self):
        count = len(self.messages())
        with trap_jobs() as trap:
            log = self.template._send_message(self.openid, record=self.partner, delay=True)
            self.assertEqual(log.state, "pending")
            trap.assert_jobs_count(1, only=log._job_send)
            job = trap.enqueued_jobs[0]
            job.perform()
            self.assertEqual(log.state, "sent")
            self.assertEqual(len(self.messages()), count + 1)
            job.perform()  # a re-run of the same job: nothing sent twice
            self.assertEqual(len(self.messages()), count + 1)
        self.assertEqual(self.messages()[-1]["data"]["thing3"], {"value": "请留意查收"})

    def test_refused_43101_recorded_not_raised(self):
        with trap_jobs() as trap:
            log = self.template._send_message(self.openid, record=self.partner, delay=True)
            self.sim.fault(
                "/cgi-bin/message/subscribe/send",
                "errcode",
                errcode=43101,
                errmsg="user refuse to accept the msg",
            )
            trap.perform_enqueued_jobs()
        self.assertEqual(log.state, "failed")
        self.assertEqual(log.errcode, 43101)
        self.assertIn("no subscription left", log.failure_reason)
        self.assertIn("user refuse", log.errmsg)

    def test_unknown_template_and_bad_openid_fail_with_reason(self):
        other = self.template.copy({"template_id": "not-a-template"})
        log = other._send_message(self.openid, record=self.partner)
        self.assertEqual((log.state, log.errcode), ("failed", 40037))
        self.assertIn("template id", log.failure_reason)
        log = self.template._send_message("bad openid!", record=self.partner)
        self.assertEqual((log.state, log.errcode), ("failed", 40003))

    def test_busy_wechat_retried_by_the_job(self):
        count = len(self.messages())
        with trap_jobs() as trap:
            log = self.template._send_message(self.openid, record=self.partner, delay=True)
            job = trap.enqueued_jobs[0]
            self.sim.fault("/cgi-bin/message/subscribe/send", "http_500")
            retry = self.perform_expecting_retry(job)
            self.assertEqual(retry.seconds, 30)
            self.assertEqual((log.state, log.attempts), ("pending", 1))
            self.assertIn("HTTP status 500", log.failure_reason)
            job.perform()
        self.assertEqual((log.state, log.attempts), ("sent", 2))
        self.assertEqual(len(self.messages()), count + 1)

    def test_missing_keyword_value_refused_before_sending(self):
        with self.assertRaises(UserError):
            self.template._send_message(self.openid, {"thing2": "x"})
        with self.assertRaises(ValidationError):
            self.template.page = "/pages/index"

    def test_normal_user_reads_logs_but_cannot_edit_templates(self):
        log = self.template._send_message(self.openid, record=self.partner)
        self.assertEqual(log.with_user(self.plain_user).state, "sent")
        with self.assertRaises(AccessError):
            self.template.with_user(self.plain_user).write({"name": "x"})
