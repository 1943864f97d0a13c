from odoo.modules.neutralize import neutralize_database
from odoo.tests import TransactionCase, tagged

from ..const import SECRET_PARAM
from ..tokens import issue_token, verify_token


@tagged("post_install", "-at_install")
class TestNeutralize(TransactionCase):
    def test_tokens_of_the_original_database_do_not_verify_on_a_neutralized_copy(self):
        ICP = self.env["ir.config_parameter"].sudo()
        member = self.env["res.partner"].create({"name": "会员"})
        token, _ttl = issue_token(self.env, member.id)
        secret = ICP.get_param(SECRET_PARAM)
        self.assertEqual(verify_token(self.env, token), member.id)
        self.env.flush_all()
        neutralize_database(self.env.cr)
        self.env.invalidate_all()
        self.env.registry.clear_cache()  # get_param is cached
        self.assertIsNone(verify_token(self.env, token))
        # the copy signs its own tokens with a secret of its own
        new_token, _ttl = issue_token(self.env, member.id)
        self.assertNotEqual(ICP.get_param(SECRET_PARAM), secret)
        self.assertEqual(verify_token(self.env, new_token), member.id)
