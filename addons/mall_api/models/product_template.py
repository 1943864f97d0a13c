from odoo import api, models, tools


class ProductTemplate(models.Model):
    _inherit = "product.template"

    @api.model
    @tools.ormcache(
        "self.env.company.id",
        "self.env.lang",
        "self.env['ir.config_parameter'].sudo().get_param('web.base.url')",
        "category_id",
        "sort",
        "page",
        "page_size",
    )
    def _mall_product_list_cached(self, category_id, sort, page, page_size):
        """The storefront's product list (``GET /products`` without ``q``),
        cached per worker; :func:`clear_mall_catalog_cache` empties it."""
        from ..routers.catalog import product_list_data

        return product_list_data(self.env, category_id, None, sort, page, page_size)

    @api.model_create_multi
    def create(self, vals_list):
        clear_mall_catalog_cache(self.env)
        return super().create(vals_list)

    def write(self, vals):
        clear_mall_catalog_cache(self.env)
        return super().write(vals)

    def unlink(self):
        clear_mall_catalog_cache(self.env)
        return super().unlink()


def clear_mall_catalog_cache(env):
    """Forget the cached product lists in every worker (Odoo signals the
    cleared cache to the other workers at the end of the transaction)."""
    env.registry.clear_cache()
