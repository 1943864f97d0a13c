from odoo import api, fields, models
from odoo.addons.mall_base.locking import lock_rows
from odoo.addons.mall_base.scene import parse_scene

from .mall_attribution_log import SOURCES


class ResPartner(models.Model):
    _inherit = "res.partner"

    mall_store_id = fields.Many2one(
        "mall.store", string="Store", index="btree_not_null", readonly=True, copy=False
    )
    mall_clerk_id = fields.Many2one(
        "mall.clerk", string="Clerk", index="btree_not_null", readonly=True, copy=False
    )
    mall_referrer_id = fields.Many2one(
        "res.partner", string="Referred By", readonly=True, copy=False, index="btree_not_null"
    )
    mall_attr_source = fields.Selection(
        SOURCES,
        string="Attribution Source",
        readonly=True,
        copy=False,
        help="Where the member came from at first contact; kept for ever.",
    )
    mall_attr_at = fields.Datetime(string="Attributed On", readonly=True, copy=False)
    mall_attr_log_ids = fields.One2many(
        "mall.attribution.log", "partner_id", string="Contacts", readonly=True
    )
    wecom_contact_ids = fields.One2many(
        "wecom.external.contact", "mall_partner_id", string="WeCom Contacts", readonly=True
    )

    # ------------------------------------------------------------------ resolving a scene

    def _mall_attr_values(self, parts, company):
        """What a parsed scene (``mall_base.scene.parse_scene``) names:
        ``{"source", "store", "clerk", "referrer"}`` (records, maybe empty).
        Unknown or archived codes name nothing. ``mall_campaign`` adds the
        campaign."""
        Store = self.env["mall.store"]
        Clerk = self.env["mall.clerk"]
        clerk = Clerk.browse()
        store = Store.browse()
        if parts.get("clerk"):
            clerk = Clerk.search(
                [("code", "=", parts["clerk"]), ("company_id", "=", company.id)], limit=1
            )
        if parts.get("store"):
            store = Store.search(
                [("code", "=", parts["store"]), ("company_id", "=", company.id)], limit=1
            )
        if clerk and store and clerk.store_id != store:
            # a clerk's code speaks for the clerk: the store is the clerk's own
            store = clerk.store_id
        store = store or clerk.store_id
        referrer = self._mall_find_by_share_code(parts.get("sharer"), company)
        if referrer == self:
            referrer = self.browse()
        source = "organic"
        if clerk:
            source = "clerk"
        elif store:
            source = "store"
        elif parts.get("campaign"):
            source = "campaign"
        elif referrer:
            source = "referrer"
        if not clerk and parts.get("wecom_userid"):
            # a store's QR code shared by its clerks: the customer added one of them
            wecom_clerk = Clerk.search(
                [("wecom_userid", "=", parts["wecom_userid"]), ("company_id", "=", company.id)],
                limit=1,
            )
            if wecom_clerk and (not store or wecom_clerk.store_id == store):
                clerk = wecom_clerk
                store = store or clerk.store_id
                if source == "organic":
                    source = "clerk"
        return {"source": source, "store": store, "clerk": clerk, "referrer": referrer}

    def _mall_attr_partner_vals(self, values):
        return {
            "mall_attr_source": values["source"],
            "mall_store_id": values["store"].id,
            "mall_clerk_id": values["clerk"].id,
            "mall_referrer_id": values["referrer"].id,
        }

    def _mall_attr_log_vals(self, values):
        return {
            "source": values["source"],
            "store_id": values["store"].id,
            "clerk_id": values["clerk"].id,
            "referrer_id": values["referrer"].id,
        }

    def _mall_attribute(self, scene, origin, at=None, extra_parts=None):
        """Record a contact of this member through ``scene`` (a mini-program
        scene or a WeCom state, ``mall_base.scene`` grammar): the first one
        binds the member (source, store, clerk, referrer, time), every later
        one is only logged. Safe under parallel logins and callbacks: the
        member's row is locked and re-read first. Returns True when this
        contact bound the member."""
        self.ensure_one()
        lock_rows(self, touch=True)
        parts = dict(parse_scene(scene), **(extra_parts or {}))
        company = self.company_id or self.env.company
        values = self._mall_attr_values(parts, company)
        first = not self.mall_attr_source
        if not first and not scene:
            return False
        Log = self.env["mall.attribution.log"]
        Log.create(
            {
                "partner_id": self.id,
                "company_id": company.id,
                "date": at or fields.Datetime.now(),
                "origin": origin,
                "scene": scene or False,
                "first_binding": first,
                **self._mall_attr_log_vals(values),
            }
        )
        if first:
            self.write(
                dict(self._mall_attr_partner_vals(values), mall_attr_at=at or fields.Datetime.now())
            )
        return first

    def _mall_reassign(self, store, clerk, reason):
        """An operator moves members to another store / clerk (logged with the
        reason); the first binding's source and time are kept, and orders
        already placed keep theirs."""
        clerk_store = clerk.store_id if clerk else store
        for member in self:
            lock_rows(member, touch=True)
            self.env["mall.attribution.log"].create(
                {
                    "partner_id": member.id,
                    "company_id": (member.company_id or self.env.company).id,
                    "origin": "operator",
                    "source": "clerk" if clerk else "store",
                    "store_id": clerk_store.id,
                    "clerk_id": clerk.id,
                    "first_binding": True,
                    "reason": reason,
                    "user_id": self.env.uid,
                }
            )
            vals = {"mall_store_id": clerk_store.id, "mall_clerk_id": clerk.id}
            if not member.mall_attr_source:
                vals.update(mall_attr_source="clerk" if clerk else "store")
                vals.update(mall_attr_at=fields.Datetime.now())
            member.write(vals)

    # ------------------------------------------------------------------ hooks

    def _mall_on_login(self, scene, created):
        """Bind the member's pending WeCom contacts (added before the first
        mini-program login: they were the first contact), then record this
        login's scene."""
        res = super()._mall_on_login(scene, created)
        self._mall_bind_pending_wecom()
        if created or not self.mall_attr_source or scene:
            self._mall_attribute(scene, "miniprogram")
        return res

    def _mall_bind_pending_wecom(self):
        self.ensure_one()
        if not self.mall_unionid:
            return
        company = self.company_id or self.env.company
        # the connector's contacts: the login route is public, the binding is the mall's
        contacts = (
            self.env["wecom.external.contact"]
            .sudo()
            .search(
                [
                    ("unionid", "=", self.mall_unionid),
                    ("company_id", "=", company.id),
                    ("mall_partner_id", "=", False),
                ],
                order="added_at asc, id asc",
            )
        )
        for contact in contacts:
            contact._mall_bind(self, contact.state, contact.userid, contact.added_at)

    @api.model
    def _mall_member_by_unionid(self, unionid, company):
        if not unionid:
            return self.browse()
        return self.with_context(active_test=False).search(
            [
                ("mall_unionid", "=", unionid),
                ("company_id", "=", company.id),
                ("mall_member_since", "!=", False),
            ],
            limit=1,
        )
