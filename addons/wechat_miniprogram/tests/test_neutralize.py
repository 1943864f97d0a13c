from odoo.exceptions import UserError
from odoo.modules.neutralize import neutralize_database
from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestNeutralize(TransactionCase):
    def test_a_neutralized_copy_has_no_appsecret_nor_access_token(self):
        company = self.env.company
        company.write({"wechat_mp_appid": "wxneutral0000001", "wechat_mp_secret": "prod-secret"})
        self.env["wechat.access.token"].create(
            {"appid": "wxneutral0000001", "company_id": company.id, "access_token": "prod-token"}
        )
        self.env.flush_all()
        neutralize_database(self.env.cr)
        self.env.invalidate_all()
        self.assertFalse(company.wechat_mp_secret)
        self.assertEqual(company.wechat_mp_appid, "wxneutral0000001")
        self.assertFalse(self.env["wechat.access.token"].search([]))
        with self.assertRaises(UserError):  # not configured: WeChat is not called
            self.env["wechat.miniprogram"]._app_config(company)
