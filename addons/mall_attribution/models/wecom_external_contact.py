from odoo import fields, models


class WeComExternalContact(models.Model):
    _inherit = "wecom.external.contact"

    mall_partner_id = fields.Many2one(
        "res.partner",
        string="Member",
        readonly=True,
        index="btree_not_null",
        help="The mall member of this customer (same UnionID): bound when WeCom tells the "
        "contact, or at the member's first mini-program login.",
    )

    def _wecom_on_added(self, event):
        """Bind the customer to the member of the same UnionID and record the
        contact way's state; without a member yet the contact stays pending
        and is bound at the member's mini-program login."""
        res = super()._wecom_on_added(event)
        member = self.env["res.partner"]._mall_member_by_unionid(self.unionid, self.company_id)
        if member:
            self._mall_bind(member, event.state, event.userid, event.create_time)
        return res

    def _mall_bind(self, member, state, userid, at):
        """Link this contact to ``member`` and record the contact (first
        binding or a log line); the clerk is the WeCom member who was added
        when the state names only a store."""
        self.ensure_one()
        if not self.mall_partner_id:
            self.mall_partner_id = member
        extra = {"wecom_userid": userid} if userid else {}
        return member._mall_attribute(state, "wecom", at=at, extra_parts=extra)
