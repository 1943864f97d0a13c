import base64
import time
from datetime import timedelta
from unittest.mock import patch

from odoo import fields
from odoo.addons.queue_job.job import Job
from odoo.tests import tagged
from odoo.tests.common import HttpCase

from .common import WeComSimMixin, sim_wecom


@tagged("post_install", "-at_install")
class TestCallback(WeComSimMixin, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.callback = f"{cls.base_url()}/wecom/callback/{cls.env.company.id}"
        cls.setup_wecom(callback_url=cls.callback)
        cls.company.write(
            {
                "wecom_welcome_text": "欢迎光临！新人礼在小程序里等你。",
                "wecom_welcome_mp_appid": "wxmallapp0000001",
                "wecom_welcome_mp_page": "pages/index/index",
                "wecom_welcome_mp_title": "新人礼",
                "wecom_welcome_mp_image": base64.b64encode(b"\x89PNG\r\n\x1a\nfake"),
            }
        )
        cls.Event = cls.env["wecom.event"]
        cls.Contact = cls.env["wecom.external.contact"]

    def jobs(self, event, method):
        jobs = self.env["queue.job"].search(
            [("model_name", "=", "wecom.event"), ("method_name", "=", method)]
        )
        return jobs.filtered(lambda job: job.records.ids == event.ids)

    def perform(self, event, method):
        for job in self.jobs(event, method):
            Job.load(self.env, job.uuid).perform()

    def counts(self):
        return (
            self.Event.search_count([]),
            self.Contact.search_count([]),
            self.env["queue.job"].search_count([("model_name", "=", "wecom.event")]),
        )

    def add_contact(self, **extra):
        extra.setdefault("state", "st:7")
        result = self.sim.wecom_add_contact(self.corpid, "zhangsan", **extra)
        event = self.Event.search(
            [
                ("external_userid", "=", result["external_userid"]),
                ("change_type", "=", "add_external_contact"),
            ]
        )
        return result, event

    def test_url_verification(self):
        self.assertTrue(self.sim.wecom_verify_url(self.corpid)["ok"])
        forged = self.sim.wecom_verify_url(self.corpid, forge=True)
        self.assertFalse(forged["ok"])
        self.assertEqual(forged["status"], 403)

    def test_add_contact_stored_welcomed_once_and_hook_called(self):
        result, event = self.add_contact(unionid="union-7", name="李雷")
        self.assertEqual(result["callback"]["status"], 200)
        self.assertEqual(len(event), 1)
        self.assertEqual(
            (event.state, event.userid, event.welcome_status), ("st:7", "zhangsan", "pending")
        )
        contact = event.contact_id
        self.assertEqual(contact.state, "st:7")
        self.assertEqual(contact.follow_userids, "zhangsan")
        self.assertEqual(len(self.jobs(event, "_job_handle")), 1)
        Contact = type(self.Contact)
        with patch.object(Contact, "_wecom_on_added", autospec=True) as hook:
            self.perform(event, "_job_handle")
            self.perform(event, "_job_handle")  # a re-run never sends nor calls again
        self.assertEqual(event.welcome_status, "sent")
        sends = [
            s
            for s in self.sim.wecom_welcome()["sends"]
            if s["welcome_code"] == result["welcome_code"]
        ]
        self.assertEqual(len(sends), 1)
        self.assertTrue(sends[0]["within_window"])
        self.assertEqual(sends[0]["errcode"], 0)
        payload = sends[0]["payload"]
        # what the hook gives: the company's message, unless a mall addon's
        # override says otherwise (a new-member campaign's)
        expected = contact._wecom_welcome_message(event)
        self.assertEqual(payload["text"]["content"], expected["text"])
        self.assertEqual(
            payload["attachments"][0]["miniprogram"]["page"], expected["miniprogram"]["page"]
        )
        hook.assert_called_once()
        self.assertEqual(hook.call_args.args[1], event)
        self.assertEqual((contact.unionid, contact.name), ("union-7", "李雷"))
        self.assertEqual(event.status, "processed")

    def test_forged_and_replayed_callbacks_write_nothing(self):
        result, event = self.add_contact()
        self.assertEqual(len(event), 1)
        before = self.counts()
        forged = self.sim.wecom_add_contact(self.corpid, "lisi", forge="signature", state="st:9")
        self.assertEqual(forged["callback"]["status"], 403)
        other_corp = self.sim.wecom_add_contact(self.corpid, "lisi", forge="corpid", state="st:9")
        self.assertEqual(other_corp["callback"]["status"], 403)
        replay = self.sim.wecom_replay(result["callback"]["id"])
        self.assertEqual(replay["callback"]["status"], 200)
        retry = self.sim.wecom_replay(result["callback"]["id"], fresh=True)
        self.assertEqual(retry["callback"]["status"], 200)
        self.assertEqual(self.counts(), before)

    def test_stale_timestamp_refused(self):
        xml = (
            "<xml><ToUserName><![CDATA[{c}]]></ToUserName><FromUserName><![CDATA[sys]]></FromUserName>"
            "<CreateTime>{t}</CreateTime><MsgType><![CDATA[event]]></MsgType>"
            "<Event><![CDATA[change_external_contact]]></Event>"
            "<ChangeType><![CDATA[add_external_contact]]></ChangeType><UserID><![CDATA[lisi]]></UserID>"
            "<ExternalUserID><![CDATA[wmOld]]></ExternalUserID></xml>"
        )
        stamp = str(int(time.time()) - 600)
        encrypt = sim_wecom.wecom_encrypt(
            self.aes_key, xml.format(c=self.corpid, t=stamp), self.corpid
        )
        signature = sim_wecom.wecom_signature(self.token, stamp, "123", encrypt)
        body = (
            f"<xml><ToUserName><![CDATA[{self.corpid}]]></ToUserName>"
            f"<Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>"
        )
        before = self.counts()
        response = self.url_open(
            f"/wecom/callback/{self.company.id}?msg_signature={signature}&timestamp={stamp}&nonce=123",
            data=body.encode(),
        )
        self.assertEqual(response.status_code, 403)
        self.assertEqual(self.counts(), before)

    def test_welcome_window_passed_nothing_sent(self):
        result, event = self.add_contact()
        event.received_at = fields.Datetime.now() - timedelta(seconds=25)
        self.perform(event, "_job_handle")
        self.assertEqual(event.welcome_status, "expired")
        codes = [
            s
            for s in self.sim.wecom_welcome()["sends"]
            if s["welcome_code"] == result["welcome_code"]
        ]
        self.assertFalse(codes)

    def test_deleted_recorded(self):
        result, event = self.add_contact()
        contact = event.contact_id
        self.sim.wecom_del_contact(self.corpid, "zhangsan", result["external_userid"])
        self.env.invalidate_all()
        follow = contact.follow_ids
        self.assertTrue(follow.deleted_by_customer)
        self.assertFalse(follow.active_relation)
        self.assertTrue(contact.deleted)
        # the member deleting the customer is the other flag
        self.sim.wecom_add_contact(self.corpid, "lisi", external_userid=result["external_userid"])
        self.sim.wecom_del_contact(
            self.corpid, "lisi", result["external_userid"], change_type="del_follow_user"
        )
        self.env.invalidate_all()  # written by the callback's request
        lisi = contact.follow_ids.filtered(lambda f: f.userid == "lisi")
        self.assertTrue(lisi.deleted_by_user)
        self.assertFalse(lisi.deleted_by_customer)
