from odoo.modules.neutralize import neutralize_database
from odoo.tests import TransactionCase, tagged

from ..const import CALLBACK_URL_PARAM, CUSTOMER_PARAM, KEY_PARAM, LIVE_PARAM, SALT_PARAM


@tagged("post_install", "-at_install")
class TestNeutralize(TransactionCase):
    def test_a_neutralized_copy_does_not_query_kuaidi100(self):
        ICP = self.env["ir.config_parameter"].sudo()
        Tracking = self.env["mall.tracking"]
        for key, value in (
            (CUSTOMER_PARAM, "PRODCUSTOMER"),
            (KEY_PARAM, "prod-key"),
            (SALT_PARAM, "prod-salt"),
            (CALLBACK_URL_PARAM, "https://shop.example.com/mall/kuaidi100/push"),
            (LIVE_PARAM, "1"),
        ):
            ICP.set_param(key, value)
        self.assertTrue(Tracking._kuaidi100_client())
        self.env.flush_all()
        neutralize_database(self.env.cr)
        self.env.invalidate_all()
        self.env.registry.clear_cache()  # get_param is cached
        for key in (CUSTOMER_PARAM, KEY_PARAM, SALT_PARAM, CALLBACK_URL_PARAM):
            self.assertFalse(ICP.get_param(key), key)
        self.assertIsNone(Tracking._kuaidi100_client())
        self.assertFalse(Tracking._kuaidi100_live())
        self.assertNotEqual(Tracking._push_salt(), "prod-salt")
