import math
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from odoo.addons.fastapi.dependencies import odoo_env
from odoo.api import Environment

from ..const import DEFAULT_LOW_STOCK, LOW_STOCK_PARAM, PAGE_SIZE_MAX
from ..exceptions import not_found
from ..schemas import (
    AttributeValue,
    Category,
    CategoryList,
    CategoryRef,
    Paging,
    ProductAttribute,
    ProductDetail,
    ProductItem,
    ProductList,
    ProductSort,
    Variant,
)
from .common import ERROR_RESPONSES

catalog_router = APIRouter(tags=["catalog"], responses=ERROR_RESPONSES)

SORT_ORDERS = {
    "default": "name, id",
    "newest": "create_date desc, id desc",
}


def published_domain(env):
    """What shoppers see: mall products that are published and on sale."""
    return [
        ("mall_ok", "=", True),
        ("mall_published", "=", True),
        ("sale_ok", "=", True),
        ("company_id", "in", [False, env.company.id]),
    ]


def _base_url(env):
    return (env["ir.config_parameter"].sudo().get_param("web.base.url") or "").rstrip("/")


def image_url(env, model, record_id, write_date, field="image_512"):
    unique = int(write_date.timestamp()) if write_date else 0
    return f"{_base_url(env)}/web/image/{model}/{record_id}/{field}?unique={unique}"


def _prices_from(env, template_ids):
    """The lowest price of the active variants of each template, in one query:
    the sale price plus the price extras of the variant's attribute values
    (what ``product.product.lst_price`` computes, without loading variants)."""
    if not template_ids:
        return {}
    env.cr.execute(
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
    return dict(env.cr.fetchall())


@catalog_router.get("/categories", response_model=CategoryList)
def list_categories(env: Annotated[Environment, Depends(odoo_env)]) -> CategoryList:
    """The categories holding published products, with how many each holds."""
    groups = (
        env["product.template"].sudo()._read_group(published_domain(env), ["categ_id"], ["__count"])
    )
    counts = {categ.id: count for categ, count in groups if categ}
    categories = env["product.category"].sudo().browse(counts).sorted("complete_name")
    items = [
        Category(
            id=row["id"],
            name=row["name"],
            parent_id=row["parent_id"] or None,
            product_count=counts[row["id"]],
        )
        for row in categories.read(["name", "parent_id"], load=None)
    ]
    return CategoryList(items=items)


@catalog_router.get("/products", response_model=ProductList)
def list_products(
    env: Annotated[Environment, Depends(odoo_env)],
    category_id: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
    q: Annotated[str | None, Query(max_length=64)] = None,
    sort: ProductSort = "default",
    page: Annotated[int, Query(ge=1, le=10000)] = 1,
    page_size: Annotated[int, Query(ge=1, le=PAGE_SIZE_MAX)] = 20,
) -> ProductList:
    """Published products, by category and/or name, sorted and paged."""
    if q and q.strip():
        return product_list_data(env, category_id, q.strip(), sort, page, page_size)
    # the same for every shopper: served from the cache (cleared whenever a
    # product, a variant price or a category changes)
    return (
        env["product.template"].sudo()._mall_product_list_cached(category_id, sort, page, page_size)
    )


def product_list_data(env, category_id, q, sort, page, page_size):
    """The ``ProductList`` of a query (see :func:`list_products`)."""
    Template = env["product.template"].sudo()
    domain = published_domain(env)
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
        all_prices = _prices_from(env, matches.ids)
        ranked = sorted(
            matches.ids,
            key=lambda tid: (all_prices.get(tid, 0.0), tid),
            reverse=sort == "price_desc",
        )
        templates = Template.browse(ranked[offset : offset + page_size])
        prices = all_prices
    else:
        total = Template.search_count(domain)
        templates = Template.search(domain, order=SORT_ORDERS[sort], limit=page_size, offset=offset)
        prices = _prices_from(env, templates.ids)
    rows = templates.read(["name", "categ_id", "write_date"], load=None)
    categories = {row["id"]: row["name"] for row in templates.categ_id.read(["name"], load=None)}
    currency = env.company.sudo().currency_id.name
    items = [
        ProductItem(
            id=row["id"],
            name=row["name"],
            price_from=prices.get(row["id"], 0.0),
            currency=currency,
            image_url=image_url(env, "product.template", row["id"], row["write_date"]),
            category=CategoryRef(id=row["categ_id"], name=categories[row["categ_id"]])
            if row["categ_id"]
            else None,
        )
        for row in rows
    ]
    return ProductList(
        items=items,
        paging=Paging(
            page=page, page_size=page_size, total=total, pages=math.ceil(total / page_size)
        ),
    )


def stock_states(env, variants, threshold):
    """``{variant id: in_stock | low | out_of_stock}``: by the free quantity
    (on hand − deliveries to do − held for unpaid orders) for products whose
    stock limits sales; the others (dropshipped by a supplier) are in stock."""
    Hold = env["mall.stock.hold"].sudo()
    limited = Hold._limited_products(variants)
    free = Hold._free_quantities(limited.ids, env.company) if limited else {}
    states = {}
    for variant in variants:
        if variant.id not in free:
            states[variant.id] = "in_stock"
        elif free[variant.id] <= 0:
            states[variant.id] = "out_of_stock"
        else:
            states[variant.id] = "low" if free[variant.id] <= threshold else "in_stock"
    return states


@catalog_router.get("/products/{product_id}", response_model=ProductDetail)
def get_product(
    env: Annotated[Environment, Depends(odoo_env)],
    product_id: Annotated[int, Path(ge=1, le=2**31 - 1)],
) -> ProductDetail:
    """A published product with its variants; 404 when unknown or unpublished."""
    template = (
        env["product.template"]
        .sudo()
        .search([*published_domain(env), ("id", "=", product_id)], limit=1)
    )
    if not template:
        raise not_found("商品不存在或已下架。")
    threshold = float(
        env["ir.config_parameter"].sudo().get_param(LOW_STOCK_PARAM) or DEFAULT_LOW_STOCK
    )
    variants = template.product_variant_ids
    states = stock_states(env, variants, threshold)
    variant_items = []
    for variant in variants:
        ptavs = variant.product_template_attribute_value_ids
        variant_items.append(
            Variant(
                id=variant.id,
                name=", ".join(ptavs.mapped("name")) or template.name,
                attributes=[
                    AttributeValue(attribute=ptav.attribute_id.name, value=ptav.name)
                    for ptav in ptavs
                ],
                price=variant.lst_price,
                stock_state=states[variant.id],
                image_url=image_url(env, "product.product", variant.id, variant.write_date),
            )
        )
    attributes = [
        ProductAttribute(name=line.attribute_id.name, values=line.value_ids.mapped("name"))
        for line in template.attribute_line_ids
        if line.attribute_id.create_variant == "no_variant"
    ]
    category = template.categ_id
    return ProductDetail(
        id=template.id,
        name=template.name,
        price_from=min(variants.mapped("lst_price"), default=template.list_price),
        currency=env.company.sudo().currency_id.name,
        category=CategoryRef(id=category.id, name=category.name) if category else None,
        description=template.description_sale or None,
        nutrition=template.mall_nutrition_info or None,
        storage=template.mall_storage_info or None,
        images=[image_url(env, "product.template", template.id, template.write_date, "image_1024")],
        attributes=attributes,
        variants=variant_items,
    )
