from odoo import api, models


class MallCatalog(models.AbstractModel):
    _inherit = "mall.catalog"

    @api.model
    def _product_detail(self, template_id, member=None):
        """The detail with its reviews' summary and newest two: outside the
        catalogue's cache (reviews change more often than the catalogue), in
        a cache of their own (``mall.review._mall_detail_reviews``)."""
        detail = super()._product_detail(template_id, member=member)
        if detail is not None:
            # the storefront's technical user reads no review: published ones only
            detail["reviews"] = (
                self.env["mall.review"].sudo()._mall_detail_reviews(template_id, self._base_url())
            )
        return detail
