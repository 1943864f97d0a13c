from odoo.tests.common import TransactionCase, new_test_user


class MallRolesCase(TransactionCase):
    """One user per mall role, created with exactly that role."""

    ROLES = {
        "product": "mall_base.group_mall_product",
        "campaign": "mall_base.group_mall_campaign",
        "after_sale": "mall_base.group_mall_after_sale",
        "fulfillment": "mall_base.group_mall_fulfillment",
        "finance": "mall_base.group_mall_finance",
        "store_manager": "mall_base.group_mall_store_manager",
        "admin": "mall_base.group_mall_admin",
        "supplier": "mall_base.group_mall_supplier",
    }

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.users = {
            role: new_test_user(cls.env, login=f"mall_{role}", groups=group, name=f"Mall {role}")
            for role, group in cls.ROLES.items()
        }
        cls.plain_user = new_test_user(cls.env, login="mall_plain", groups="base.group_user")
