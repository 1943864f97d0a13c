import io
import secrets
import threading

from PIL import Image

from odoo.exceptions import AccessError
from odoo.tests.common import TransactionCase, new_test_user

from ..client import make_client
from ..exceptions import WeComError
from .common import WeComSimMixin


class TestToken(WeComSimMixin, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.setup_wecom()

    def setUp(self):
        super().setUp()
        self._delete_token_rows()

    def add_way(self, env=None):
        env = env or self.env
        return env["wecom.api"]._add_contact_way(
            env.company, {"type": 1, "scene": 2, "user": ["zhangsan"]}
        )

    def test_token_cached_and_reused(self):
        before = self.gettoken_calls()
        self.add_way()
        self.add_way()
        self.assertEqual(self.gettoken_calls(), before + 1)

    def test_expired_token_refreshed_once(self):
        self.add_way()
        before = self.gettoken_calls()
        self.sim.expire_tokens(self.corpid)  # the next call gets 42001
        self.assertTrue(self.add_way()["config_id"])
        self.assertEqual(self.gettoken_calls(), before + 1)

    def test_wrong_secret_is_a_clear_error(self):
        self.company.wecom_contact_secret = "wrong"
        with self.assertRaises(WeComError) as error:
            self.add_way()
        self.assertEqual(error.exception.errcode, 40001)
        self.assertIn("secret", str(error.exception))

    def test_parallel_callers_fetch_one_token(self):
        before = self.gettoken_calls()
        barrier = threading.Barrier(6)
        errors, results = [], []

        # the test's settings are not committed: the configuration is read here
        config = self.api._config(self.company)

        def call():
            try:
                # each thread is a worker of its own: its own client and token storage
                client = make_client(self.registry, config)
                barrier.wait(timeout=10)
                way = client.external_contact.add_contact_way(type=1, scene=2, user=["lisi"])
                results.append(way)
            except Exception as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        threads = [threading.Thread(target=call) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        self.assertFalse(errors)
        self.assertEqual(len(results), 6)
        self.assertEqual(self.gettoken_calls(), before + 1)

    def test_secrets_hidden_from_users(self):
        user = new_test_user(self.env, login="wecom_marketer", groups="wecom.group_wecom_user")
        company = self.company.with_user(user)
        with self.assertRaises(AccessError):
            company.read(["wecom_contact_secret"])
        self.assertTrue(company.wecom_contact_secret_set)
        with self.assertRaises(AccessError):
            self.env["wecom.media"].with_user(user).search([])

    def test_settings_secret_is_write_only(self):
        settings = self.env["res.config.settings"].create({"wecom_new_contact_secret": " new-one "})
        settings.execute()
        self.assertEqual(self.company.wecom_contact_secret, "new-one")
        self.assertFalse(self.env["res.config.settings"].create({}).wecom_new_contact_secret)

    def test_media_uploaded_again_in_another_corp(self):
        """A media id is valid in the corp that uploaded it only: after the
        company's corp changed, the same picture is uploaded again."""
        png = io.BytesIO()
        Image.new("RGB", (4, 4), (228, 57, 60)).save(png, "PNG")
        Media = self.env["wecom.media"]
        uploads = self.sim.request_count("/cgi-bin/media/upload")
        first = Media._media_id(self.company, png.getvalue())
        self.assertEqual(Media._media_id(self.company, png.getvalue()), first, "reused")
        self.assertEqual(self.sim.request_count("/cgi-bin/media/upload"), uploads + 1)
        other = "ww" + secrets.token_hex(8)
        self.sim.add_corp(
            other, [self.contact_secret], self.token, self.aes_key, users=list(self.USERS)
        )
        self.company.wecom_corp_id = other
        second = Media._media_id(self.company, png.getvalue())
        self.assertNotEqual(second, first)
        self.assertEqual(self.sim.request_count("/cgi-bin/media/upload"), uploads + 2)
