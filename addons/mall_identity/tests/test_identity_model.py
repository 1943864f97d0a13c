import logging
from unittest.mock import patch

from odoo.addons.mall_api.dispatcher import error_status_body
from odoo.addons.mall_base.exceptions import MallError
from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user, tagged
from odoo.tools import config

from .. import crypto, idcard
from .common import NUMBER, OTHER_NUMBER, IdentityCase, future_number, make_number


@tagged("post_install", "-at_install")
class TestIdCard(IdentityCase):
    def assertRefused(self, number, code):
        with self.assertRaises(idcard.IdCardError) as caught:
            idcard.validate(number)
        self.assertEqual(caught.exception.code, code)

    def test_checksum_of_the_standard_example(self):
        # GB 11643-1999's own example, with its X check character
        self.assertEqual(idcard.check_char("11010519491231002"), "X")
        self.assertEqual(idcard.validate(" 11010519491231002x "), "11010519491231002X")
        self.assertEqual(idcard.validate(NUMBER), NUMBER)

    def test_refusals(self):
        wrong_check = NUMBER[:17] + ("0" if NUMBER[17] != "0" else "1")
        self.assertRefused(wrong_check, "invalid_id_checksum")
        self.assertRefused("330106900307123", "invalid_id_number")  # old 15 digits
        self.assertRefused("33010619900307123", "invalid_id_number")  # 17
        self.assertRefused("9" + NUMBER[1:], "invalid_id_number")  # no such region
        self.assertRefused(NUMBER[:10] + "A" + NUMBER[11:], "invalid_id_number")
        self.assertRefused(make_number("33010619900230123"), "invalid_birth_date")  # 30 Feb
        self.assertRefused(make_number("33010618991231123"), "invalid_birth_date")
        self.assertRefused(future_number(), "invalid_birth_date")

    def test_names(self):
        self.assertEqual(idcard.validate_name("  张三 "), "张三")
        self.assertEqual(idcard.validate_name("买买提·艾力"), "买买提·艾力")
        for bad in ("张", "张3", "", "·张三", "张三" * 20):
            with self.assertRaises(idcard.IdCardError, msg=bad):
                idcard.validate_name(bad)

    def test_masks(self):
        self.assertEqual(idcard.mask_number("330106199003071234"), "3301**********1234")
        self.assertEqual(idcard.mask_name("张三"), "*三")
        self.assertEqual(idcard.mask_name("欧阳娜娜"), "***娜")

    def test_forbidden_kind_is_403(self):
        status, body, _headers, _expected = error_status_body(
            MallError("real_name_required", "请先完成实名认证。", kind="forbidden")
        )
        self.assertEqual((status, body["error"]["code"]), (403, "real_name_required"))


@tagged("post_install", "-at_install")
class TestIdentityModel(IdentityCase):
    def verify(self, partner=None, name="张三", number=NUMBER):
        return (partner or self.member)._mall_verify_identity(name, number)

    def assertMallError(self, code, status, call, *args):
        with self.assertRaises(MallError) as caught:
            call(*args)
        self.assertEqual(caught.exception.code, code)
        self.assertEqual(error_status_body(caught.exception)[0], status)
        return caught.exception

    def test_verified_encrypted_at_rest_and_masked(self):
        identity = self.verify()
        self.assertEqual(identity.partner_id, self.member)
        self.assertEqual(identity.id_number_masked, NUMBER[:4] + "*" * 10 + NUMBER[-4:])
        self.assertEqual(identity.real_name_masked, "*三")
        self.assertTrue(self.member.mall_identity_verified)
        self.assertEqual(self.member._mall_require_identity(), identity)
        self.env.flush_all()
        # every column of the row, as PostgreSQL stores it: no plain number
        self.env.cr.execute("SELECT t::text FROM mall_identity t WHERE id = %s", [identity.id])
        row = self.env.cr.fetchone()[0]
        self.assertNotIn(NUMBER, row)
        self.assertNotIn(NUMBER[6:14], row)  # not even the birth date
        self.env.cr.execute(
            "SELECT id_number_encrypted, id_index FROM mall_identity WHERE id = %s", [identity.id]
        )
        encrypted, index = self.env.cr.fetchone()
        self.assertTrue(encrypted.startswith("v1:"))
        self.assertEqual(crypto.decrypt(encrypted), NUMBER)
        self.assertEqual(index, crypto.blind_index(NUMBER))
        # nor in the chatter of the member or of the identity
        self.env.cr.execute(
            "SELECT string_agg(body::text, ' ') FROM mail_message WHERE model IN "
            "('res.partner', 'mall.identity') AND res_id IN %s",
            [(self.member.id, identity.id)],
        )
        self.assertNotIn(NUMBER, self.env.cr.fetchone()[0] or "")
        # the provider was asked once, with the real number
        self.assertEqual([c["result"] for c in self.sim.identity_checks()], [1])

    def test_the_number_never_reaches_a_log(self):
        with self.assertLogs(level=logging.DEBUG) as logs:
            logging.getLogger("odoo.addons.mall_identity").debug("capturing")
            self.verify()
            with self.assertRaises(MallError):
                self.verify(self.other)  # identity_in_use
            with self.assertRaises(MallError):
                self.verify(self.other, name="李四", number=NUMBER[:17] + "0")  # checksum
            self.sim.fault("/idv/", "http_500", count=1)
            with self.assertRaises(MallError):
                self.verify(self.other, name="李四", number=OTHER_NUMBER)
        text = "\n".join(logs.output)
        self.assertIn("identity provider answered HTTP 500", text)
        self.assertNotIn(NUMBER, text)
        self.assertNotIn(OTHER_NUMBER, text)

    def test_one_id_one_member(self):
        self.verify()
        error = self.assertMallError("identity_in_use", 409, self.verify, self.other)
        self.assertNotIn(NUMBER, error.message)
        self.assertEqual(self.identities(self.other), self.env["mall.identity"])
        self.assertMallError(
            "already_verified", 409, self.verify, self.member, "李四", OTHER_NUMBER
        )
        # a number in use is said so only after the provider matched the
        # name: with another name it is a mismatch like any other (no way to
        # learn whether somebody verified a number); already verified is
        # decided before asking
        self.assertMallError("identity_mismatch", 422, self.verify, self.other, "王五", NUMBER)
        self.assertEqual([c["result"] for c in self.sim.identity_checks()], [1, 1, 2])
        self.assertEqual(self.identities(self.other), self.env["mall.identity"])
        # another company may verify the same person (members are per company)
        company2 = self.env["res.company"].create({"name": "第二商城"})
        company2.write(
            {
                "mall_identity_provider": "idv_http",
                "mall_identity_api_url": self.sim.base_url,
                "mall_identity_api_appcode": "x",
            }
        )
        third = self.env["res.partner"].create({"name": "会员丙", "company_id": company2.id})
        identity = self.verify(third)
        self.assertEqual(identity.company_id, company2)
        self.assertEqual(third._mall_identity_key(), self.member._mall_identity_key())

    def test_provider_cases_store_nothing_unless_verified(self):
        self.assertMallError("identity_mismatch", 422, self.verify, self.member, "张四")
        unknown = make_number("11010119800101123")
        self.assertMallError("identity_mismatch", 422, self.verify, self.member, "张三", unknown)
        self.sim.fault("/idv/", "http_500", count=1)
        error = self.assertMallError("identity_unavailable", 503, self.verify)
        self.assertIn("请稍后重试", error.message)
        self.sim.fault("/idv/", "timeout", count=1, delay=1)
        with self.assertLogs("odoo.addons.mall_identity", level="WARNING"):
            self.assertMallError("identity_unavailable", 503, self.verify)
        self.company.sudo().mall_identity_api_appcode = False
        self.assertMallError("identity_unavailable", 503, self.verify)  # refused: 401
        self.assertFalse(self.identities(self.member))
        self.assertFalse(self.member.mall_identity_verified)
        self.company.sudo().mall_identity_api_appcode = "again"
        self.assertTrue(self.verify())

    def test_local_checks_before_anything(self):
        for name, number, code in (
            ("张三", NUMBER[:17] + ("1" if NUMBER[17] == "0" else "0"), "invalid_id_checksum"),
            ("张三", future_number(), "invalid_birth_date"),
            ("张三", "12345", "invalid_id_number"),
            ("3", NUMBER, "invalid_name"),
        ):
            self.assertMallError(code, 422, self.verify, self.member, name, number)
        self.assertEqual(self.sim.identity_checks(), [])

    def test_refused_without_a_key(self):
        self.no_key()
        with self.assertLogs("odoo.addons.mall_identity", level="WARNING") as logs:
            self.assertMallError("identity_not_configured", 503, self.verify)
        self.assertIn("mall_identity_key", logs.output[0])
        self.assertFalse(self.identities(self.member))
        self.assertEqual(self.sim.identity_checks(), [])

    def test_a_short_key_is_no_key(self):
        with patch.dict(config.options, {crypto.CONFIG_OPTION: "too-short"}):
            self.assertIsNone(crypto.configured_secret())
            self.assertMallError("identity_not_configured", 503, self.verify)
        with (
            patch.dict(config.options, {crypto.CONFIG_OPTION: ""}),
            patch.dict("os.environ", {crypto.ENV_VARIABLE: "k" * 32}),
        ):
            self.assertEqual(crypto.configured_secret(), "k" * 32)

    def test_no_provider(self):
        self.company.sudo().mall_identity_provider = False
        self.assertMallError("identity_not_configured", 503, self.verify)

    def test_require_identity_for_other_addons(self):
        error = self.assertMallError("real_name_required", 403, self.member._mall_require_identity)
        self.assertEqual(error.message, "请先完成实名认证。")
        self.assertMallError("real_name_required", 403, self.member._mall_identity_key)
        self.verify()
        self.verify(self.other, "李四", OTHER_NUMBER)
        key = self.member._mall_identity_key()
        self.assertEqual(len(key), 64)
        self.assertNotEqual(key, self.other._mall_identity_key())

    def test_reveal_by_finance_only_and_logged(self):
        identity = self.verify()
        finance = new_test_user(self.env, login="id_finance", groups="mall_base.group_mall_finance")
        clerk = new_test_user(
            self.env, login="id_after_sale", groups="mall_base.group_mall_after_sale"
        )
        # others read the masked number, never the ciphertext nor the index
        as_clerk = identity.with_user(clerk)
        self.assertEqual(as_clerk.id_number_masked, identity.id_number_masked)
        with self.assertRaises(AccessError):
            as_clerk.read(["id_number_encrypted"])
        with self.assertRaises(AccessError):
            as_clerk._mall_reveal("看看")
        with self.assertRaises(AccessError):
            self.env["mall.identity.reveal"].with_user(clerk).create(
                {"identity_id": identity.id, "reason": "看看"}
            )
        self.assertFalse(identity.reveal_log_ids)

        wizard = (
            self.env["mall.identity.reveal"]
            .with_user(finance)
            .create({"identity_id": identity.id, "reason": "快递实名核验"})
        )
        action = wizard.action_reveal()
        self.assertEqual(action["params"]["message"], NUMBER)
        log = identity.reveal_log_ids
        self.assertEqual(len(log), 1)
        self.assertEqual((log.user_id, log.reason), (finance, "快递实名核验"))
        self.assertTrue(log.revealed_at)
        self.assertIn("快递实名核验", identity.message_ids[0].body)
        self.assertEqual(identity.message_ids[0].author_id, finance.partner_id)
        with self.assertRaises(UserError):
            identity.with_user(finance)._mall_reveal("  ")
        with self.assertRaises(UserError):
            log.with_user(finance).write({"reason": "改"})
        with self.assertRaises(UserError):
            log.with_user(finance).unlink()
        # nothing of the plain number was written anywhere by the reveal
        self.env.flush_all()
        self.env.cr.execute("SELECT t::text FROM mall_identity_reveal t")
        self.assertNotIn(NUMBER, " ".join(r[0] for r in self.env.cr.fetchall()))

    def test_reveal_with_another_key_says_so(self):
        identity = self.verify()
        finance = new_test_user(
            self.env, login="id_finance2", groups="mall_base.group_mall_finance"
        )
        with self.assertRaises(UserError) as caught:
            self.no_key()
            identity.with_user(finance)._mall_reveal("核验")
        self.assertIn("mall_identity_key", str(caught.exception))
        self.assertFalse(identity.reveal_log_ids)

    def test_identity_cannot_be_changed(self):
        identity = self.verify()
        with self.assertRaises(UserError):
            identity.write({"real_name": "王五"})
