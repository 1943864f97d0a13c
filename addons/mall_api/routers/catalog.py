from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from odoo.addons.fastapi.dependencies import odoo_env
from odoo.api import Environment

from ..const import PAGE_SIZE_MAX
from ..dependencies import OPTIONAL_AUTH, OptionalMember
from ..exceptions import not_found
from ..schemas import Category, CategoryList, ProductDetail, ProductList, ProductSort
from .common import ERROR_RESPONSES

catalog_router = APIRouter(tags=["catalog"], responses=ERROR_RESPONSES)


def published_domain(env):
    """What shoppers see: mall products that are published and on sale."""
    return env["mall.catalog"]._published_domain()


def image_url(env, model, record_id, write_date, field="image_512"):
    return env["mall.catalog"]._image_url(model, record_id, write_date, field)


@catalog_router.get("/categories", response_model=CategoryList)
def list_categories(env: Annotated[Environment, Depends(odoo_env)]) -> CategoryList:
    """The categories holding published products, with how many each holds."""
    # public catalogue: the technical user has no read rights; published products only
    Template = env["product.template"].sudo()
    groups = Template._read_group(published_domain(env), ["categ_id"], ["__count"])
    counts = {categ.id: count for categ, count in groups if categ}
    # the categories of those published products
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


@catalog_router.get("/products", response_model=ProductList, openapi_extra=OPTIONAL_AUTH)
def list_products(
    env: Annotated[Environment, Depends(odoo_env)],
    member: OptionalMember,
    category_id: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
    q: Annotated[str | None, Query(max_length=64)] = None,
    sort: ProductSort = "default",
    page: Annotated[int, Query(ge=1, le=10000)] = 1,
    page_size: Annotated[int, Query(ge=1, le=PAGE_SIZE_MAX)] = 20,
) -> ProductList:
    """Published products, by category and/or name, sorted and paged. With a
    member's token (optional; an invalid or expired one is ignored), the
    member's prices too (`member_price`, `member_level`)."""
    # the same for every shopper: served from the catalogue cache unless it
    # is a name search (see mall.catalog); a member's prices are laid over it
    return ProductList.model_validate(
        env["mall.catalog"]._product_list(
            category_id,
            q.strip() if q and q.strip() else None,
            sort,
            page,
            page_size,
            member=member,
        )
    )


@catalog_router.get(
    "/products/{product_id}", response_model=ProductDetail, openapi_extra=OPTIONAL_AUTH
)
def get_product(
    env: Annotated[Environment, Depends(odoo_env)],
    member: OptionalMember,
    product_id: Annotated[int, Path(ge=1, le=2**31 - 1)],
) -> ProductDetail:
    """A published product with its variants; 404 when unknown or unpublished.
    With a member's token (optional), the member's prices too."""
    detail = env["mall.catalog"]._product_detail(product_id, member=member)
    if detail is None:
        raise not_found("商品不存在或已下架。")
    return ProductDetail.model_validate(detail)
