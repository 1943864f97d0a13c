from odoo import fields, models

# at most this many active delivery addresses per member
MAX_DELIVERY_ADDRESSES = 20
# the context key set while the storefront API writes a delivery address
MALL_ADDRESS_CONTEXT = "mall_api_delivery_address"


class ResPartner(models.Model):
    _inherit = "res.partner"

    mall_avatar_url = fields.Char(
        string="Avatar URL",
        copy=False,
        help="The member's avatar, as set in the mini-program.",
    )
    mall_district = fields.Char(
        string="District",
        help="The district (区/县) of a delivery address entered in the mini-program.",
    )
    mall_token_version = fields.Integer(
        string="Token Version",
        default=0,
        copy=False,
        readonly=True,
        groups="base.group_system",
        help="Embedded in the member's storefront tokens; logging out raises it, "
        "so every token issued before stops working.",
    )
    mall_default_address = fields.Boolean(
        string="Default Delivery Address",
        copy=False,
        help="The member's default delivery address in the mini-program: one per member.",
    )

    def _mall_revoke_tokens(self):
        """Log the member out everywhere: every token issued so far is refused
        (one statement, so parallel logouts each raise the version)."""
        self.ensure_one()
        self.env.cr.execute(
            "UPDATE res_partner SET mall_token_version = COALESCE(mall_token_version, 0) + 1"
            " WHERE id = %s",
            [self.id],
        )
        self.invalidate_recordset(["mall_token_version"])

    def _handle_first_contact_creation(self):
        # Odoo copies the address of a first child onto a parent without an
        # address: a shopper's delivery address must not change the member.
        if self.env.context.get(MALL_ADDRESS_CONTEXT):
            return
        return super()._handle_first_contact_creation()

    # ------------------------------------------------------------ delivery addresses

    def _mall_delivery_address_domain(self):
        self.ensure_one()
        return [
            ("parent_id", "=", self.id),
            ("type", "=", "delivery"),
            ("active", "=", True),
        ]

    def _mall_delivery_addresses(self):
        """The member's active delivery addresses, the default one first, then
        the most recent. Called on the storefront's member (``CurrentShopper``),
        in its superuser environment."""
        self.ensure_one()
        return self.with_context(active_test=True).search(
            self._mall_delivery_address_domain(), order="mall_default_address desc, id desc"
        )

    def _mall_delivery_address(self, address_id):
        """The active delivery address ``address_id`` of this member, or an
        empty recordset (an unknown id, another member's or an archived one).
        Called on the storefront's member, in its superuser environment."""
        self.ensure_one()
        Partner = self.env["res.partner"]
        if isinstance(address_id, bool):
            return Partner
        try:
            address_id = int(address_id)
        except (TypeError, ValueError):
            return Partner
        if address_id <= 0:
            return Partner
        return Partner.with_context(active_test=True).search(
            [*self._mall_delivery_address_domain(), ("id", "=", address_id)], limit=1
        )

    def _mall_lock_delivery_addresses(self):
        """Serialize the changes to the member's addresses (limit, default):
        a row lock on the member that does not block other tables' foreign keys."""
        self.ensure_one()
        self.env.cr.execute("SELECT id FROM res_partner WHERE id = %s FOR NO KEY UPDATE", [self.id])

    def _mall_set_default_address(self, address):
        """Make ``address`` (a delivery address of this member) its only default."""
        self.ensure_one()
        others = self._mall_delivery_addresses().filtered(
            lambda a: a.mall_default_address and a != address
        )
        if others:
            others.write({"mall_default_address": False})
        if not address.mall_default_address:
            address.write({"mall_default_address": True})

    def _mall_ensure_default_address(self):
        """When the member has addresses but no default, the most recent one
        becomes the default."""
        self.ensure_one()
        addresses = self._mall_delivery_addresses()
        if addresses and not addresses.filtered("mall_default_address"):
            addresses.sorted("id", reverse=True)[0].write({"mall_default_address": True})

    def _mall_member_data(self):
        """What the storefront API shows of the member (``GET /me``, login):
        a dict shaped like its ``Member`` schema. Feature addons add their
        keys (e.g. the member level) by overriding this."""
        self.ensure_one()
        return {
            "id": self.id,
            "nickname": self.name,
            "avatar_url": self.mall_avatar_url or None,
            "member_since": self.mall_member_since or None,
            "register_channel": self.mall_register_channel or None,
            "phone": self._mall_masked_mobile(),
            "share_code": self._mall_get_share_code(),
        }

    def _mall_masked_mobile(self):
        """The member's mobile as shown in the mini-program: ``138****5678``."""
        self.ensure_one()
        number = (self.mobile or "").replace(" ", "")
        if not number:
            return None
        if len(number) <= 7:
            return "****" + number[-2:]
        return f"{number[:3]}****{number[-4:]}"
