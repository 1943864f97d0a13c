from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError


class ProductTemplate(models.Model):
    _inherit = "product.template"

    mall_published = fields.Boolean(
        string="Published in the Mall",
        copy=False,
        tracking=True,
        readonly=True,
        help="Shoppers see the product in the mini-program. Use Publish: it "
        "checks the supplier, the settlement prices, the image and the price.",
    )
    mall_fulfillment = fields.Selection(
        [("dropship", "Shipped by the supplier"), ("warehouse", "From our warehouse")],
        string="Fulfilment",
        default="dropship",
        required=True,
        help="Shipped by the supplier: a paid order creates a purchase order to "
        "the supplier and a dropship transfer. From our warehouse: the order "
        "is delivered from stock.",
    )
    mall_supplier_id = fields.Many2one(
        "res.partner",
        string="Mall Supplier",
        compute="_compute_mall_supplier_id",
        search="_search_mall_supplier_id",
    )
    mall_settlement_override = fields.Boolean(
        string="Settlement Above Sale Price Allowed",
        groups="mall_base.group_mall_finance",
        copy=False,
        tracking=True,
        help="Finance allows publishing although a settlement price is above the sale price.",
    )

    @api.depends("seller_ids.partner_id")
    def _compute_mall_supplier_id(self):
        for product in self:
            product.mall_supplier_id = product.seller_ids.partner_id.filtered("mall_is_supplier")[
                :1
            ]

    def _search_mall_supplier_id(self, operator, value):
        return [("seller_ids.partner_id", operator, value)]

    @api.onchange("mall_fulfillment")
    def _onchange_mall_fulfillment(self):
        self._mall_apply_fulfillment_route()

    def _mall_apply_fulfillment_route(self):
        route = self.env.ref("stock_dropshipping.route_drop_shipping", raise_if_not_found=False)
        if not route:
            return
        for product in self:
            if product.mall_fulfillment == "dropship":
                product.route_ids |= route
            else:
                product.route_ids -= route

    @api.model_create_multi
    def create(self, vals_list):
        products = super().create(vals_list)
        products.filtered("mall_ok")._mall_apply_fulfillment_route()
        return products

    def write(self, vals):
        if vals.get("mall_published"):
            self._mall_check_publishable()
        res = super().write(vals)
        if "mall_fulfillment" in vals or vals.get("mall_ok"):
            self.filtered("mall_ok")._mall_apply_fulfillment_route()
        return res

    def _mall_publish_problems(self):
        """What keeps this product out of the mall, as translated sentences."""
        self.ensure_one()
        _ = self.env._
        problems = []
        suppliers = self.seller_ids.partner_id.filtered("mall_is_supplier")
        if not suppliers:
            problems.append(_("no mall supplier is bound to it"))
        elif not suppliers.filtered(lambda s: s.mall_supplier_state == "active"):
            problems.append(_("its supplier %s is suspended", suppliers[0].name))
        if not self.image_1920:
            problems.append(_("it has no image"))
        if self.list_price <= 0:
            problems.append(_("it has no sale price"))
        override = self.sudo().mall_settlement_override  # a Finance-only field
        for variant in self.product_variant_ids:
            sellers = self.seller_ids.filtered(
                lambda s, v=variant: s.partner_id.mall_is_supplier
                and (not s.product_id or s.product_id == v)
            )
            if not sellers:
                problems.append(_("%s has no settlement price", variant.display_name))
            elif sellers.filtered(lambda s: s.price <= 0):
                problems.append(_("%s has a zero settlement price", variant.display_name))
            elif not override and sellers.filtered(lambda s, v=variant: s.price > v.lst_price):
                problems.append(
                    _(
                        "the settlement price of %s is above its sale price "
                        "(Finance must allow it)",
                        variant.display_name,
                    )
                )
        return problems

    def _mall_check_publishable(self):
        """Refuse publishing with every missing piece of every product listed."""
        _ = self.env._
        messages = []
        for product in self:
            problems = product._mall_publish_problems()
            if problems:
                messages.append(
                    _(
                        "%(product)s cannot be published: %(problems)s.",
                        product=product.display_name,
                        problems="; ".join(problems),
                    )
                )
        if messages:
            raise UserError("\n".join(messages))

    def action_mall_allow_settlement_override(self, allow=True):
        """Finance allows (or withdraws) a settlement price above the sale price.

        Finance has no right to edit products otherwise, hence this button.
        """
        if not self.env.user.has_group("mall_base.group_mall_finance"):
            raise AccessError(
                self.env._("Only Finance may allow a settlement price above the sale price.")
            )
        # Finance checked above; it may not write products otherwise
        self.sudo().write({"mall_settlement_override": allow})
        if allow:
            body = self.env._(
                "Settlement price above the sale price allowed by %s.", self.env.user.name
            )
        else:
            body = self.env._(
                "Settlement price above the sale price no longer allowed by %s.", self.env.user.name
            )
        for product in self.sudo():  # posting on a product needs write access: see above
            product.message_post(body=body, author_id=self.env.user.partner_id.id)
        return True

    def action_mall_withdraw_settlement_override(self):
        return self.action_mall_allow_settlement_override(allow=False)

    def action_mall_publish(self):
        self.write({"mall_ok": True, "mall_published": True})
        return True

    def action_mall_unpublish(self):
        self.write({"mall_published": False})
        return True

    def _mall_unpublish_for_suspension(self, suppliers):
        self.write({"mall_published": False})
        for product in self:
            product.message_post(
                body=Markup("%s")
                % self.env._(
                    "Unpublished: supplier %s was suspended.", ", ".join(suppliers.mapped("name"))
                )
            )
