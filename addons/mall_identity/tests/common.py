from datetime import date, timedelta
from unittest.mock import patch

from odoo.addons.mall_api.tests.common import MallApiCase, load_simulator_client
from odoo.tests import tagged
from odoo.tools import config

from .. import crypto, idcard

TEST_KEY = "test-identity-key-0123456789-abcdefghijklmnop"


def make_number(first17):
    """A well-formed ID number: ``first17`` and its check character."""
    return first17 + idcard.check_char(first17)


# 张三 of the tests; the number appears nowhere but in these tests
NUMBER = make_number("33010619900307123")
OTHER_NUMBER = make_number("44030519851120456")


@tagged("post_install", "-at_install")
class IdentityCase(MallApiCase):
    """The WeChat simulator as the verification service of the company, an
    identity key in the server configuration, two members."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, lang="en_US"))
        cls.sim = load_simulator_client().Simulator.start()
        cls.addClassCleanup(cls.sim.stop)
        key = patch.dict(config.options, {crypto.CONFIG_OPTION: TEST_KEY})
        key.start()
        cls.addClassCleanup(key.stop)
        cls.company.sudo().write(
            {
                "mall_identity_provider": "idv_http",
                "mall_identity_api_url": cls.sim.base_url,
                "mall_identity_api_appcode": "test-appcode",
            }
        )
        cls.member, cls.token, _address = cls._mall_member("甲")
        cls.other, cls.other_token, _address = cls._mall_member("乙")

    def setUp(self):
        super().setUp()
        self.sim.reset()
        self.sim.add_identity("张三", NUMBER)
        self.sim.add_identity("李四", OTHER_NUMBER)

    def identities(self, partner=None):
        domain = [("partner_id", "=", partner.id)] if partner else []
        return self.env["mall.identity"].sudo().search(domain)

    def no_key(self):
        """The server configuration without the key (and no environment variable)."""
        stack = patch.dict(config.options, {crypto.CONFIG_OPTION: ""})
        stack.start()
        self.addCleanup(stack.stop)
        env = patch.dict("os.environ", {crypto.ENV_VARIABLE: ""})
        env.start()
        self.addCleanup(env.stop)


def future_number():
    tomorrow = date.today() + timedelta(days=1)
    return make_number(f"330106{tomorrow:%Y%m%d}123")
