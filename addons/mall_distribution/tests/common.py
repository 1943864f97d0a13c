from odoo import Command, fields
from odoo.addons.mall_after_sale.tests.common import recorded_refund
from odoo.addons.mall_api.tests.common import MallApiCase
from odoo.tests import tagged


@tagged("post_install", "-at_install")
class DistributionCase(MallApiCase):
    """Members with tokens; products without taxes (rice 100, noodles 10 in
    their own category); default rates 10 % / 5 %, window 7 days."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["loyalty.program"].sudo().search([]).active = False
        cls.company.write(
            {
                "mall_dist_everyone": False,
                "mall_dist_rate_l1": 10.0,
                "mall_dist_rate_l2": 5.0,
                "mall_dist_settle_days": 7,
                "mall_dist_binding_days": 0,
                "mall_dist_min_withdrawal": 1.0,
                "mall_dist_daily_withdrawals": 2,
            }
        )
        cls.Promoter = cls.env["mall.promoter"]
        cls.Line = cls.env["mall.commission.line"]
        cls.supplier = cls.env["res.partner"].create(
            {"name": "分销测试米业", "mall_is_supplier": True}
        )
        cls.category = cls.env["product.category"].create({"name": "分销测试面条"})
        cls.rice = cls._product("分销测试大米", 100.0)
        cls.noodle = cls._product("分销测试挂面", 10.0, cls.category)

    @classmethod
    def _product(cls, name, price, category=None):
        template = cls.env["product.template"].create(
            {
                "name": name,
                "list_price": price,
                "is_storable": True,
                "mall_ok": True,
                "mall_fulfillment": "dropship",
                "seller_ids": [Command.create({"partner_id": cls.supplier.id, "price": price / 2})],
                "taxes_id": [Command.clear()],
                "categ_id": (category or cls.env.ref("product.product_category_all")).id,
            }
        )
        return template.product_variant_id

    @classmethod
    def _promoter(cls, name, parent=None):
        """An approved promoter (member, token, promoter), bound to ``parent``
        (a member) when given."""
        member, token, _address = cls._mall_member(name)
        if parent:
            member.write(
                {"mall_dist_parent_id": parent.id, "mall_dist_bound_at": fields.Datetime.now()}
            )
        promoter = cls.Promoter.create(
            {
                "partner_id": member.id,
                "company_id": cls.company.id,
                "real_name": f"推广员{name}",
            }
        )
        promoter.action_approve()
        return member, token, promoter

    def _order(self, member, lines):
        """A mall order of ``member``, confirmed as a paid order is."""
        order = self.env["sale.order"].create(
            {
                "partner_id": member.id,
                "company_id": self.company.id,
                "mall_order": True,
                "order_line": [
                    Command.create({"product_id": product.id, "product_uom_qty": qty})
                    for product, qty in lines
                ],
            }
        )
        order.action_confirm()
        return order

    def _refund(self, order, quantities):
        """A refunded after-sales request for ``{product: qty}``."""
        request = recorded_refund(order, quantities)
        # what the job after the refund does for the commissions (the credit
        # note it also makes is not this addon's)
        order._mall_dist_take_back(f"refund:{request.id}", request=request)
        return request

    def balances(self, promoter):
        return promoter._mall_balances().get(promoter.id, {})

    def lines(self, promoter, kind=None):
        domain = [("promoter_id", "=", promoter.id)]
        if kind:
            domain.append(("kind", "=", kind))
        return self.Line.search(domain, order="id")
