from odoo import models


class ProductPricelist(models.Model):
    """Member prices are pricelists: a change shows in the storefront's
    member prices (see ``mall.catalog._member_prices``)."""

    _inherit = "product.pricelist"

    def write(self, vals):
        self.env["mall.catalog"]._touch()
        return super().write(vals)

    def unlink(self):
        self.env["mall.catalog"]._touch()
        return super().unlink()

    def _get_partner_pricelist_multi_search_domain_hook(self, company_id):
        """A partner without a pricelist of its own never falls back on member
        prices: the pricelists of member levels are only for their members."""
        domain = super()._get_partner_pricelist_multi_search_domain_hook(company_id)
        # every level's pricelist, whoever prices an order
        levels = self.env["mall.member.level"].sudo().with_context(active_test=False).search([])
        if levels.pricelist_id:
            domain = [*domain, ("id", "not in", levels.pricelist_id.ids)]
        return domain
