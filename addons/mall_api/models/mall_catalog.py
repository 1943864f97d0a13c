"""The storefront catalogue's data (product list and product detail), below
the routers, and its cache.

What shoppers see of a product changes rarely and is read all the time, so it
is cached per worker (``tools.ormcache``) under a **catalogue version**: a
PostgreSQL sequence bumped after the commit of any change to what the list or
the detail shows (names, prices, images, categories, publication, variants).
Every worker reads the version (one tiny query) and serves what it cached
under it; a bump makes the next request recompute. Only the catalogue's
entries are affected: unlike ``registry.clear_cache()``, ACL, record-rule
and xmlid caches of every worker stay warm, and writes that change nothing a
shopper sees (stock valuation writing ``standard_price``, stock moves,
chatter) bump nothing. Stock states are never cached.
"""

import math

from odoo import api, models, tools
from odoo.addons.mall_base import cache_version

from ..const import DEFAULT_LOW_STOCK, LOW_STOCK_PARAM

SEQUENCE = "mall_catalog_version"

SORT_ORDERS = {
    "default": "name, id",
    "newest": "create_date desc, id desc",
}

# fields whose change shows in the catalogue (see each model's write)
TEMPLATE_FIELDS = frozenset(
    {
        "name",
        "list_price",
        "categ_id",
        "image_1920",
        "description_sale",
        "mall_nutrition_info",
        "mall_storage_info",
        "mall_ok",
        "mall_published",
        "mall_fulfillment",
        "sale_ok",
        "active",
        "company_id",
        "attribute_line_ids",
        "is_storable",
        "type",
        "sequence",
    }
)
VARIANT_FIELDS = frozenset(
    {
        "active",
        "lst_price",
        "image_variant_1920",
        "product_template_attribute_value_ids",
        "product_tmpl_id",
        "is_storable",
        "type",
    }
)
PTAV_FIELDS = frozenset({"price_extra", "ptav_active", "product_attribute_value_id"})
ATTRIBUTE_FIELDS = frozenset({"name", "create_variant", "sequence"})
ATTRIBUTE_VALUE_FIELDS = frozenset({"name", "sequence"})


class MallCatalog(models.AbstractModel):
    _name = "mall.catalog"
    _description = "Mall Storefront Catalogue"

    def init(self):
        cache_version.create(self.env.cr, SEQUENCE)

    # version -------------------------------------------------------------

    @api.model
    def _version(self):
        return cache_version.read(self.env.cr, SEQUENCE)

    @api.model
    def _touch(self):
        """Bump the catalogue version (``mall_base.cache_version.bump``)."""
        cache_version.bump(self.env, SEQUENCE)

    # shared helpers ----------------------------------------------------------

    @api.model
    def _published_domain(self):
        """What shoppers see: mall products that are published and on sale."""
        return [
            ("mall_ok", "=", True),
            ("mall_published", "=", True),
            ("sale_ok", "=", True),
            ("company_id", "in", [False, self.env.company.id]),
        ]

    @api.model
    def _base_url(self):
        # settings are readable by administrators only; this reads one value
        return (self.env["ir.config_parameter"].sudo().get_param("web.base.url") or "").rstrip("/")

    @api.model
    def _image_url(self, model, record_id, write_date, field="image_512"):
        unique = int(write_date.timestamp()) if write_date else 0
        # served to everyone for published products (controllers/main.py)
        return f"{self._base_url()}/mall/image/{model}/{record_id}/{field}?unique={unique}"

    @api.model
    def _prices_from(self, template_ids):
        """The lowest price of the active variants of each template, in one
        query: the sale price plus the price extras of the variant's attribute
        values (what ``product.product.lst_price`` computes, without loading
        variants)."""
        if not template_ids:
            return {}
        self.env.cr.execute(
            """
            SELECT p.product_tmpl_id,
                   MIN(t.list_price + COALESCE((
                       SELECT SUM(v.price_extra)
                         FROM product_variant_combination c
                         JOIN product_template_attribute_value v
                           ON v.id = c.product_template_attribute_value_id
                        WHERE c.product_product_id = p.id), 0))
              FROM product_product p
              JOIN product_template t ON t.id = p.product_tmpl_id
             WHERE p.product_tmpl_id = ANY(%s) AND p.active
          GROUP BY p.product_tmpl_id
            """,
            [list(template_ids)],
        )
        return dict(self.env.cr.fetchall())

    # product list --------------------------------------------------------------

    @api.model
    def _product_list(self, category_id, q, sort, page, page_size, member=None):
        """The product list as a dict shaped like the API's ``ProductList``;
        served from the cache unless it is a name search. ``member``: the
        logged-in member or None (the same list here; an addon with member
        prices lays them over it)."""
        if q:
            return self._product_list_data(category_id, q, sort, page, page_size)
        return self._product_list_cached(
            self._version(), self._base_url(), category_id, sort, page, page_size
        )

    @api.model
    @tools.ormcache(
        "version",
        "self.env.company.id",
        "self.env.lang",
        "base_url",
        "category_id",
        "sort",
        "page",
        "page_size",
    )
    def _product_list_cached(self, version, base_url, category_id, sort, page, page_size):
        return self._product_list_data(category_id, None, sort, page, page_size)

    @api.model
    def _product_list_data(self, category_id, q, sort, page, page_size):
        # public catalogue: the technical user has no read rights; published products only
        Template = self.env["product.template"].sudo()
        domain = self._published_domain()
        if category_id:
            domain.append(("categ_id", "child_of", category_id))
        if q:
            domain.append(("name", "ilike", q))
        offset = (page - 1) * page_size
        if sort in ("price_asc", "price_desc"):
            # by the lowest variant price (what the list shows), not the
            # template's base price: rank every match, then cut the page
            matches = Template.search(domain, order="id")
            total = len(matches)
            prices = self._prices_from(matches.ids)
            ranked = sorted(
                matches.ids,
                key=lambda tid: (prices.get(tid, 0.0), tid),
                reverse=sort == "price_desc",
            )
            templates = Template.browse(ranked[offset : offset + page_size])
        else:
            total = Template.search_count(domain)
            templates = Template.search(
                domain, order=SORT_ORDERS[sort], limit=page_size, offset=offset
            )
            prices = self._prices_from(templates.ids)
        rows = templates.read(["name", "categ_id", "write_date"], load=None)
        categories = {
            row["id"]: row["name"] for row in templates.categ_id.read(["name"], load=None)
        }
        currency = self.env.company.sudo().currency_id.name  # the technical user reads no company
        items = [
            {
                "id": row["id"],
                "name": row["name"],
                "price_from": prices.get(row["id"], 0.0),
                "currency": currency,
                "image_url": self._image_url("product.template", row["id"], row["write_date"]),
                "category": {"id": row["categ_id"], "name": categories[row["categ_id"]]}
                if row["categ_id"]
                else None,
            }
            for row in rows
        ]
        return {
            "items": items,
            "paging": {
                "page": page,
                "page_size": page_size,
                "total": total,
                "pages": math.ceil(total / page_size),
            },
        }

    # product detail ------------------------------------------------------------

    @api.model
    def _product_detail(self, template_id, member=None):
        """The product detail as a dict shaped like the API's
        ``ProductDetail``, or None when the product is unknown or not
        published; everything but the stock states comes from the cache.
        ``member``: as for ``_product_list``."""
        cached = self._product_detail_cached(self._version(), self._base_url(), template_id)
        if cached is None:
            return None
        threshold = self.env["ir.config_parameter"]._mall_param(
            LOW_STOCK_PARAM, float, DEFAULT_LOW_STOCK
        )
        limited = cached["limited_variant_ids"]
        # (plain SQL; the warehouse is found as superuser in _stock_location)
        free = (
            self.env["mall.stock.hold"]._free_quantities(limited, self.env.company)
            if limited
            else {}
        )
        variants = []
        for variant in cached["variants"]:
            if variant["id"] not in free:
                state = "in_stock"
            elif free[variant["id"]] <= 0:
                state = "out_of_stock"
            else:
                state = "low" if free[variant["id"]] <= threshold else "in_stock"
            variants.append(dict(variant, stock_state=state))
        return dict(cached["detail"], variants=variants)

    @api.model
    @tools.ormcache("version", "self.env.company.id", "self.env.lang", "base_url", "template_id")
    def _product_detail_cached(self, version, base_url, template_id):
        template = (
            self.env["product.template"]
            # public catalogue: the technical user has no read rights; published products only
            .sudo()
            .search([*self._published_domain(), ("id", "=", template_id)], limit=1)
        )
        if not template:
            return None
        variants = template.product_variant_ids
        variant_rows = []
        for variant in variants:
            ptavs = variant.product_template_attribute_value_ids
            variant_rows.append(
                {
                    "id": variant.id,
                    "name": ", ".join(ptavs.mapped("name")) or template.name,
                    "attributes": [
                        {"attribute": ptav.attribute_id.name, "value": ptav.name} for ptav in ptavs
                    ],
                    "price": variant.lst_price,
                    "image_url": self._image_url("product.product", variant.id, variant.write_date),
                }
            )
        limited = self.env["mall.stock.hold"]._limited_products(variants)  # superuser variants
        category = template.categ_id
        detail = {
            "id": template.id,
            "name": template.name,
            "price_from": min(variants.mapped("lst_price"), default=template.list_price),
            # the technical user reads no company
            "currency": self.env.company.sudo().currency_id.name,
            "category": {"id": category.id, "name": category.name} if category else None,
            "description": template.description_sale or None,
            "nutrition": template.mall_nutrition_info or None,
            "storage": template.mall_storage_info or None,
            "images": [
                self._image_url("product.template", template.id, template.write_date, "image_1024")
            ],
            "attributes": [
                {"name": line.attribute_id.name, "values": line.value_ids.mapped("name")}
                for line in template.attribute_line_ids
                if line.attribute_id.create_variant == "no_variant"
            ],
        }
        return {"detail": detail, "variants": variant_rows, "limited_variant_ids": limited.ids}
