from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

PRICE_FIELDS = ("mall_points_mall", "mall_pm_coins", "mall_pm_points")


class ProductTemplate(models.Model):
    _inherit = "product.template"

    mall_points_mall = fields.Boolean(
        string="Points Mall Product",
        index=True,
        help="Exchanged in the points mall for activity coins and points together (no cash "
        "price); never shown in the normal catalogue nor sold to the cart.",
    )
    mall_pm_coins = fields.Integer(
        string="Price in Coins", help="Activity coins per unit (at least 1)."
    )
    mall_pm_points = fields.Integer(string="Price in Points", help="Points per unit (at least 1).")

    @api.constrains(*PRICE_FIELDS)
    def _check_mall_points_mall_price(self):
        for template in self.filtered("mall_points_mall"):
            if template.mall_pm_coins < 1 or template.mall_pm_points < 1:
                raise ValidationError(
                    _(
                        "A points-mall product is priced in coins and points together: "
                        "at least 1 coin and 1 point (%s).",
                        template.display_name,
                    )
                )

    @api.model
    def _mall_points_mall_domain(self, company):
        """The points-mall products shoppers see in ``company``."""
        return [
            ("mall_points_mall", "=", True),
            ("mall_ok", "=", True),
            ("mall_published", "=", True),
            ("sale_ok", "=", True),
            ("company_id", "in", [False, company.id]),
        ]

    def _mall_publish_problems(self):
        """A points-mall product has no cash price: neither "no sale price"
        nor "settlement price above the sale price" keeps it out (a supplier
        and a settlement price, what it costs the shop, are still needed)."""
        problems = super()._mall_publish_problems()
        if not self.mall_points_mall:
            return problems
        _ = self.env._
        cash_only = {_("it has no sale price")} | {
            _(
                "the settlement price of %s is above its sale price (Finance must allow it)",
                variant.display_name,
            )
            for variant in self.product_variant_ids
        }
        return [problem for problem in problems if problem not in cash_only]

    def write(self, vals):
        if set(PRICE_FIELDS).intersection(vals):
            # the normal catalogue hides points-mall products: its cache follows
            self.env["mall.catalog"]._touch()
        return super().write(vals)

    # ------------------------------------------------------------ shoppers

    @api.model
    def _mall_pm_stock_states(self, variants, company):
        """``{variant id: in_stock|low|out_of_stock}`` as the catalogue says it."""
        Hold = self.env["mall.stock.hold"]
        limited = Hold._limited_products(variants)
        free = Hold._free_quantities(limited.ids, company) if limited else {}
        threshold = self.env["ir.config_parameter"]._mall_param(
            "mall_api.low_stock_threshold", float, 10
        )
        states = {}
        for variant in variants:
            if variant.id not in free:
                states[variant.id] = "in_stock"
            elif free[variant.id] <= 0:
                states[variant.id] = "out_of_stock"
            else:
                states[variant.id] = "low" if free[variant.id] <= threshold else "in_stock"
        return states

    @api.model
    def _mall_pm_list(self, company, page, page_size):
        """The points mall's page: ``(templates, total, states)``."""
        domain = self._mall_points_mall_domain(company)
        templates = self.search(
            domain, order="sequence, id", limit=page_size, offset=(page - 1) * page_size
        )
        states = self._mall_pm_stock_states(templates.product_variant_ids, company)
        return templates, self.search_count(domain), states

    @api.model
    def _mall_pm_find(self, company, template_id):
        if not template_id or template_id > 2**31 - 1:
            return self.browse()
        return self.search(
            [*self._mall_points_mall_domain(company), ("id", "=", template_id)], limit=1
        )
