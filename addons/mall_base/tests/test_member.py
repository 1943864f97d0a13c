import psycopg2

from odoo.service.model import _as_validation_error
from odoo.tests import tagged
from odoo.tests.common import TransactionCase
from odoo.tools import mute_logger
from odoo.tools.safe_eval import safe_eval


@tagged("post_install", "-at_install")
class TestMallMember(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.env.company
        cls.other_company = cls.env["res.company"].create({"name": "第二家店"})
        cls.member = cls.env["res.partner"].create(
            {
                "name": "张三",
                "company_id": cls.company.id,
                "mall_openid": "openid-zhangsan",
                "mall_unionid": "unionid-zhangsan",
                "mall_member_since": "2026-11-01 10:00:00",
                "mall_register_channel": "store_qr",
                "mall_register_scene": "store=SH001",
            }
        )

    def _create_refused(self, vals):
        """Create must fail on the database constraint; returns the error."""
        with mute_logger("odoo.sql_db"), self.assertRaises(psycopg2.IntegrityError) as error:
            with self.env.cr.savepoint():
                self.env["res.partner"].create(vals)
        return error.exception

    def test_is_member_derived_and_searchable(self):
        plain = self.env["res.partner"].create({"name": "路人"})
        self.assertTrue(self.member.mall_is_member)
        self.assertFalse(plain.mall_is_member)
        members = self.env["res.partner"].search([("mall_is_member", "=", True)])
        self.assertIn(self.member, members)
        self.assertNotIn(plain, members)
        others = self.env["res.partner"].search([("mall_is_member", "!=", True)])
        self.assertIn(plain, others)
        self.assertNotIn(self.member, others)

    def test_openid_and_unionid_unique_per_company(self):
        self._create_refused(
            {"name": "冒名", "company_id": self.company.id, "mall_openid": "openid-zhangsan"}
        )
        self._create_refused(
            {"name": "冒名", "company_id": self.company.id, "mall_unionid": "unionid-zhangsan"}
        )
        # the same WeChat user in another company's mini-program is another member
        other = self.env["res.partner"].create(
            {"name": "张三", "company_id": self.other_company.id, "mall_openid": "openid-zhangsan"}
        )
        self.assertEqual(other.mall_openid, "openid-zhangsan")
        # partners without a WeChat identity never clash
        self.env["res.partner"].create([{"name": "甲"}, {"name": "乙"}])

    def test_openid_unique_without_company_and_when_archived(self):
        shared = self.env["res.partner"].create({"name": "甲", "mall_openid": "openid-shared"})
        shared.active = False
        self._create_refused({"name": "乙", "mall_openid": "openid-shared"})

    def test_write_refused_too(self):
        other = self.env["res.partner"].create({"name": "李四", "company_id": self.company.id})
        with mute_logger("odoo.sql_db"), self.assertRaises(psycopg2.IntegrityError):
            with self.env.cr.savepoint():
                other.write({"mall_openid": "openid-zhangsan"})
                other.flush_recordset()

    def test_web_client_gets_a_readable_chinese_message(self):
        error = self._create_refused(
            {"name": "冒名", "company_id": self.company.id, "mall_openid": "openid-zhangsan"}
        )
        message = str(_as_validation_error(self.env(context={"lang": "zh_CN"}), error))
        self.assertIn("OpenID", message)
        self.assertIn("会员", message)

    def test_copy_does_not_copy_wechat_identity(self):
        copy = self.member.copy()
        self.assertFalse(copy.mall_openid)
        self.assertFalse(copy.mall_unionid)
        self.assertFalse(copy.mall_member_since)

    def test_members_action_lists_members_only(self):
        action = self.env.ref("mall_base.action_mall_members")
        found = self.env["res.partner"].search(safe_eval(action.domain))
        self.assertIn(self.member, found)
        self.assertFalse(found.filtered(lambda p: not p.mall_member_since))
