from odoo import api, models


def _template_flash(items):
    """The flash sale of a product (its variants' items): the lowest flash
    price, the units left of all its variants."""
    if not items:
        return None
    best = min(items, key=lambda item: item["price"])
    return {
        "id": best["id"],
        "price": best["price"],
        "ends_at": best["ends_at"],
        "left": sum(item["left"] for item in items),
    }


def _variant_flash(item):
    if not item:
        return None
    return {key: item[key] for key in ("id", "price", "ends_at", "left")}


class MallCatalog(models.AbstractModel):
    _inherit = "mall.catalog"

    # the cached list and detail stay the same; the flash prices of sales
    # running now are laid over them on every request (one query), so they
    # show from the first second of the window and never past its end

    @api.model
    def _product_list(self, category_id, q, sort, page, page_size, member=None):
        data = super()._product_list(category_id, q, sort, page, page_size, member=member)
        ids = [item["id"] for item in data["items"]]
        running = self.env["mall.flash.sale"]._running_items(template_ids=ids) if ids else {}
        if not running:
            return data
        by_template = {}
        for item in running.values():
            by_template.setdefault(item["product_tmpl_id"], []).append(item)
        # the cached list is shared: new dicts, never a change to it
        items = [
            dict(item, flash_sale=_template_flash(by_template.get(item["id"])))
            for item in data["items"]
        ]
        return dict(data, items=items)

    @api.model
    def _product_detail(self, template_id, member=None):
        data = super()._product_detail(template_id, member=member)
        if not data:
            return data
        running = self.env["mall.flash.sale"]._running_items(template_ids=[template_id])
        if not running:
            return data
        variants = [
            dict(variant, flash_sale=_variant_flash(running.get(variant["id"])))
            for variant in data["variants"]
        ]
        return dict(data, variants=variants, flash_sale=_template_flash(list(running.values())))
