from odoo import api, fields, models


class MallServiceContact(models.Model):
    _name = "mall.service.contact"
    _description = "Customer Service Contact Request"
    _order = "id desc"

    date = fields.Datetime(required=True, default=fields.Datetime.now, readonly=True, index=True)
    member_id = fields.Many2one(
        "res.partner", string="Member", required=True, readonly=True, index=True
    )
    order_id = fields.Many2one("sale.order", string="Order", readonly=True, index="btree_not_null")
    company_id = fields.Many2one(
        "res.company", required=True, readonly=True, default=lambda self: self.env.company
    )

    @api.model
    def _mall_log(self, member, order=None):
        """Called by the storefront API, in its superuser environment."""
        return self.create(
            {
                "member_id": member.id,
                "order_id": order.id if order else False,
                "company_id": self.env.company.id,
            }
        )
