from odoo.addons.queue_job.tests.common import trap_jobs
from odoo.exceptions import UserError
from odoo.tests.common import TransactionCase, new_test_user

from .common import WeComSimMixin


class TestPush(WeComSimMixin, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.setup_wecom()
        # every test sends to the same customers: no monthly limit but the forced one
        cls.sim.settings(wecom_customer_limit=1000)
        cls.marketer = new_test_user(cls.env, login="wecom_pusher", groups="wecom.group_wecom_user")
        Contact, Follow = cls.env["wecom.external.contact"], cls.env["wecom.follow.user"]
        cls.contacts = Contact
        seeds = []
        for i in range(30):
            userid = cls.USERS[i % 3]
            external_userid = f"wm{cls.corpid}{i:03d}"
            contact = Contact._wecom_upsert(cls.company, external_userid)
            Follow._wecom_upsert(contact, userid, state="st:1")
            cls.contacts |= contact
            # 3 customers deleted their clerk (not friends any more at WeCom)
            seeds.append(
                {"external_userid": external_userid, "userid": userid, "friend": i % 10 != 9}
            )
        cls.sim.wecom_seed_contacts(cls.corpid, seeds)
        # 2 customers already got their mass messages this month
        cls.sim.wecom_outcome([f"wm{cls.corpid}000", f"wm{cls.corpid}001"], 3)

    def new_push(self, **vals):
        push = (
            self.env["wecom.push"]
            .with_user(self.marketer)
            .create(dict({"name": "春季新米节", "text": "新米上市，点开小程序领券"}, **vals))
        )
        push._wecom_add_recipients(self.contacts.with_user(self.marketer))
        return push

    def send(self, push):
        with trap_jobs() as trap:
            push.action_send()
            sends = [j for j in trap.enqueued_jobs if j.method_name == "_job_send"]
            for job in sends:
                job.perform()
                job.perform()  # a retried job never creates a second WeCom task
            return sends

    def test_one_task_per_clerk_results_add_up(self):
        push = self.new_push()
        self.assertEqual(push.recipient_count, 30)
        self.assertEqual(len(self.send(push)), 3)
        self.assertEqual(sorted(push.task_ids.mapped("userid")), sorted(self.USERS))
        self.assertTrue(all(push.task_ids.mapped("msgid")))
        remote = [
            t
            for t in self.sim.wecom_tasks()["tasks"]
            if t["msgid"] in push.task_ids.mapped("msgid")
        ]
        self.assertEqual(len(remote), 3)
        self.assertEqual(sorted(t["sender"] for t in remote), sorted(self.USERS))
        push.action_fetch_results()
        self.assertEqual(
            (push.sent_count, push.not_friend_count, push.limit_count, push.pending_count),
            (25, 3, 2, 0),
        )
        self.assertEqual(
            push.sent_count + push.not_friend_count + push.limit_count, push.recipient_count
        )
        self.assertAlmostEqual(push.success_rate, 100 * 25 / 30)
        self.assertEqual(push.state, "done")
        # the pivot of results reads the same numbers
        groups = self.env["wecom.push.recipient"]._read_group(
            [("push_id", "=", push.id)], ["status"], ["__count"]
        )
        self.assertEqual(dict(groups), {"sent": 25, "not_friend": 3, "limit_reached": 2})

    def test_busy_wecom_retried_without_duplicates(self):
        push = self.new_push()
        self.sim.fault("/cgi-bin/externalcontact/add_msg_template", "errcode", errcode=45009)
        with trap_jobs() as trap:
            push.action_send()
            jobs = [j for j in trap.enqueued_jobs if j.method_name == "_job_send"]
            retry = self.perform_expecting_retry(jobs[0])
            self.assertGreater(retry.seconds, 0)
            for job in jobs:
                job.perform()
        self.assertEqual(len(self.sim.wecom_tasks()["tasks"]), 3)
        self.assertTrue(all(push.task_ids.mapped("msgid")))

    def test_unknown_customer_refused(self):
        stranger = self.env["wecom.external.contact"]._wecom_upsert(self.company, "wmStranger")
        self.env["wecom.follow.user"]._wecom_upsert(stranger, "lisi")
        push = self.new_push()
        push._wecom_add_recipients(stranger)
        self.send(push)
        push.action_fetch_results()
        self.assertEqual(push.refused_count, 1)
        self.assertEqual(push.recipient_count, 31)

    def test_recipients_and_send_checks(self):
        push = self.new_push()
        self.assertEqual(push._wecom_add_recipients(self.contacts), 0, "never twice")
        empty = self.env["wecom.push"].create({"name": "空", "text": "x"})
        with self.assertRaises(UserError):
            empty.action_send()
        self.send(push)
        with self.assertRaises(UserError):
            push._wecom_add_recipients(self.contacts)
