import re

from odoo.exceptions import AccessError
from odoo.tests import new_test_user, tagged

from .common import AfterSaleCase


@tagged("post_install", "-at_install")
class TestSupplierPortal(AfterSaleCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.user_a = cls._portal_user(cls.supplier_a, "as_supplier_a")
        cls.user_b = cls._portal_user(cls.supplier_b, "as_supplier_b")

    @classmethod
    def _portal_user(cls, supplier, login):
        contact = cls.env["res.partner"].create(
            {"name": f"{supplier.name}售后", "parent_id": supplier.id, "email": f"{login}@ex.cn"}
        )
        return new_test_user(
            cls.env,
            login=login,
            password=f"{login}-pass-2026",
            groups="mall_base.group_mall_supplier",
            partner_id=contact.id,
        )

    def _approved_return(self, product):
        order = self.paid_order([(product, 1)])
        request = self.after_sale(
            self.request_after_sale(order, [(self.line_of(order, product), 1)], "return_refund")
        )
        request.action_approve()
        return request

    def test_supplier_sees_only_its_returns_and_confirms_receipt(self):
        rice_return = self._approved_return(self.rice)  # supplier A's
        noodle_return = self._approved_return(self.noodle)  # supplier B's
        Request = self.env["mall.after.sale"]
        self.assertEqual(Request.with_user(self.user_a).search([]), rice_return)
        self.assertEqual(Request.with_user(self.user_b).search([]), noodle_return)
        with self.assertRaises(AccessError):
            noodle_return.with_user(self.user_a).read(["name"])
        with self.assertRaises(AccessError):
            rice_return.with_user(self.user_a).action_confirm_received()

        with self._unlocked():
            self.authenticate("as_supplier_a", "as_supplier_a-pass-2026")
            page = self.url_open("/my/mall/returns")
        self.assertEqual(page.status_code, 200)
        self.assertIn(rice_return.name, page.text)
        self.assertNotIn(noodle_return.name, page.text)
        # another supplier's request cannot be confirmed through the portal
        with self._unlocked():
            self.url_open(
                f"/my/mall/returns/{noodle_return.id}/receive",
                data={"csrf_token": self.csrf_token()},
            )
        self._read(noodle_return)
        self.assertEqual(noodle_return.state, "awaiting_return")
        with self._unlocked():
            self.url_open(
                f"/my/mall/returns/{rice_return.id}/receive",
                data={"csrf_token": self.csrf_token()},
            )
        self._read(rice_return)
        # the refund is sent at once; WeChat Pay's notify may already be in
        self.assertIn(rice_return.state, ("refunding", "refunded"))
        self.assertEqual(rice_return.received_by_id, self.user_a)
        self.wait_request(rice_return, "refunded")

    def csrf_token(self):
        """The CSRF token of the portal page (the logged-in supplier's session)."""
        page = self.url_open("/my/mall/returns")
        match = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
        self.assertTrue(match, "the page has a form")
        return match.group(1)
