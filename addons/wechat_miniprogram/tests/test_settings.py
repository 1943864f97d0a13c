from odoo.exceptions import AccessError
from odoo.tests import tagged
from odoo.tests.common import TransactionCase, new_test_user

from ..const import DEFAULT_API_BASE_URL


@tagged("post_install", "-at_install")
class TestSettings(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.plain_user = new_test_user(cls.env, login="wechat_user", groups="base.group_user")

    def test_secret_is_write_only_in_settings(self):
        company = self.env.company
        self.assertEqual(
            self.env["res.company"].create({"name": "分店"}).wechat_mp_api_base_url,
            DEFAULT_API_BASE_URL,
        )
        settings = self.env["res.config.settings"].create(
            {"wechat_mp_appid": "wx0123456789abcdef", "wechat_mp_new_secret": "s3cr3t"}
        )
        settings.execute()
        self.assertEqual(company.wechat_mp_appid, "wx0123456789abcdef")
        self.assertEqual(company.sudo().wechat_mp_secret, "s3cr3t")
        self.assertTrue(company.wechat_mp_secret_set)
        reopened = self.env["res.config.settings"].create({})
        self.assertFalse(reopened.wechat_mp_new_secret)  # never shown again
        self.assertTrue(reopened.wechat_mp_secret_set)
        # saving the settings again with the field left empty keeps the secret
        reopened.execute()
        self.assertEqual(company.sudo().wechat_mp_secret, "s3cr3t")

    def test_secret_not_readable_by_normal_users(self):
        self.env.company.sudo().wechat_mp_secret = "s3cr3t"
        company = self.env.company.with_user(self.plain_user)
        with self.assertRaises(AccessError):
            company.read(["wechat_mp_secret"])
        with self.assertRaises(AccessError):
            company.wechat_mp_secret  # noqa: B018  pylint: disable=pointless-statement
        self.assertTrue(company.wechat_mp_secret_set)  # whether it is set is no secret
        with self.assertRaises(AccessError):
            self.env["res.config.settings"].with_user(self.plain_user).create({})
