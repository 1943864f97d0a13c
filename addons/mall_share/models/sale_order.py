from datetime import timedelta

from odoo import fields, models

ATTRIBUTIONS = [
    ("open", "Share Opened Before Paying"),
    ("registration", "Registration Share"),
]


class SaleOrder(models.Model):
    _inherit = "sale.order"

    mall_share_id = fields.Many2one(
        "mall.share",
        string="Brought by Share",
        readonly=True,
        copy=False,
        index="btree_not_null",
        help="The share this paid order is counted for: the last share the member "
        "opened within the attribution window before paying, else the share the "
        "member registered through.",
    )
    mall_share_attribution = fields.Selection(
        ATTRIBUTIONS, string="Attributed By", readonly=True, copy=False
    )

    def action_confirm(self):
        res = super().action_confirm()
        self._mall_share_attribute()
        return res

    def _mall_share_attribute(self):
        """Count paid mall orders for the share that brought them (once: an
        order already attributed keeps its share)."""
        Open = self.env["mall.share.open"].sudo()
        Invite = self.env["mall.share.invite"].sudo()
        now = fields.Datetime.now()
        for order in self.filtered(lambda o: o.mall_order and not o.mall_share_id):
            member = order.partner_id
            days = order.company_id.mall_share_attribution_days
            share = Open._mall_last_open(member, now - timedelta(days=days)) if days else None
            how = "open"
            if not share:
                share = Invite._mall_find_invited_by(member).share_id
                how = "registration"
            if share:
                # written by the payment's confirmation, whoever confirms
                order.sudo().write({"mall_share_id": share.id, "mall_share_attribution": how})

    def write(self, vals):
        res = super().write(vals)
        if vals.get("mall_received_at"):
            # the shopper's receipt (mall_sale's _mall_receive) and the
            # automatic one (mall_fulfillment's cron) both write it
            self.env["mall.share.invite"]._mall_on_received(self)
        return res
