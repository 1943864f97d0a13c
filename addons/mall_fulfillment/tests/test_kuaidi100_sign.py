import hashlib

from odoo.tests import TransactionCase, tagged

from ..const import tracking_state
from ..kuaidi100 import push_sign, query_sign, verify_push_sign


@tagged("post_install", "-at_install")
class TestKuaidi100Sign(TransactionCase):
    # PROTOCOLS.md 4.1 gives the rule but no published vector; this one was
    # computed once with the rule (MD5(param + key + customer), upper-case)
    PARAM = '{"com":"yuantong","num":"YT9693083639795"}'
    VECTOR = "38671EB816B1494A208C7244787196A5"

    def test_query_sign(self):
        sign = query_sign(self.PARAM, "key123", "CUSTOMER1")
        expected = hashlib.md5((self.PARAM + "key123" + "CUSTOMER1").encode()).hexdigest()
        self.assertEqual(sign, expected.upper())
        self.assertRegex(sign, r"^[0-9A-F]{32}$")
        self.assertEqual(sign, self.VECTOR)

    def test_push_sign(self):
        sign = push_sign(self.PARAM, "salt")
        self.assertEqual(sign, hashlib.md5((self.PARAM + "salt").encode()).hexdigest().upper())
        self.assertTrue(verify_push_sign(self.PARAM, "salt", sign))
        self.assertTrue(verify_push_sign(self.PARAM, "salt", sign.lower()))
        self.assertFalse(verify_push_sign(self.PARAM, "other", sign))
        self.assertFalse(verify_push_sign(self.PARAM + " ", "salt", sign))
        self.assertFalse(verify_push_sign(self.PARAM, "salt", ""))

    def test_state_mapping(self):
        self.assertEqual(tracking_state("0"), "in_transit")
        self.assertEqual(tracking_state("5"), "in_transit")
        self.assertEqual(tracking_state("3"), "delivered")
        self.assertEqual(tracking_state("301"), "delivered")
        self.assertEqual(tracking_state("2"), "exception")
        self.assertEqual(tracking_state("14"), "exception")
        self.assertEqual(tracking_state(""), "unknown")
        self.assertEqual(tracking_state("999"), "unknown")
