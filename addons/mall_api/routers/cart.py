from typing import Annotated

from fastapi import APIRouter, Path

from ..dependencies import CurrentShopper
from ..exceptions import not_found
from ..schemas import Cart, CartLine, CartLineAdd, CartLineUpdate
from .catalog import image_url
from .common import ERROR_RESPONSES

cart_router = APIRouter(tags=["cart"], responses=ERROR_RESPONSES)

LineId = Annotated[int, Path(ge=1, le=2**31 - 1)]


def variant_label(product):
    return ", ".join(product.product_template_attribute_value_ids.mapped("name"))


def cart_data(env, cart):
    lines = []
    company = env.company
    Hold = env["mall.stock.hold"]
    products = cart._mall_product_lines().product_id if cart else env["product.product"]
    limited = Hold._limited_products(products)
    free = Hold._free_quantities(limited.ids, company) if limited else {}
    for line in cart._mall_product_lines() if cart else []:
        product = line.product_id
        available = product._mall_is_sellable(company) and (
            product.id not in free or free[product.id] >= line.product_uom_qty
        )
        lines.append(
            CartLine(
                id=line.id,
                product_id=product.id,
                product_tmpl_id=product.product_tmpl_id.id,
                name=product.product_tmpl_id.name,
                variant=variant_label(product),
                qty=int(line.product_uom_qty),
                price_unit=line.price_unit,
                subtotal=line.price_total,
                image_url=image_url(env, "product.product", product.id, product.write_date),
                available=available,
            )
        )
    currency = cart.currency_id if cart else company.currency_id
    return Cart(
        lines=lines,
        amount_total=currency.round(sum(line.subtotal for line in lines)),
        currency=currency.name,
    )


def _cart_line(env, member, line_id):
    cart, line = env["sale.order"]._mall_find_cart_line(member, line_id)
    if not line:
        raise not_found("购物车中没有该商品。")
    return cart, line


@cart_router.get("/cart", response_model=Cart)
def get_cart(
    shopper: CurrentShopper,
) -> Cart:
    """The member's cart (prices as they were when the lines were added; the
    order is priced again when it is placed)."""
    env, member = shopper.env, shopper.member
    return cart_data(env, env["sale.order"]._mall_get_cart(member))


@cart_router.post("/cart/lines", response_model=Cart, status_code=201)
def add_cart_line(
    data: CartLineAdd,
    shopper: CurrentShopper,
) -> Cart:
    """Add a variant to the cart (adds to its quantity when already there)."""
    env, member = shopper.env, shopper.member
    product = env["product.product"].browse(data.product_id).exists()
    if not product:
        raise not_found("商品不存在或已下架。")
    return cart_data(env, env["sale.order"]._mall_cart_add(member, product, data.qty))


@cart_router.patch("/cart/lines/{line_id}", response_model=Cart)
def update_cart_line(
    line_id: LineId,
    data: CartLineUpdate,
    shopper: CurrentShopper,
) -> Cart:
    """Change the quantity of a cart line."""
    env, member = shopper.env, shopper.member
    cart, line = _cart_line(env, member, line_id)
    if data.qty > line.product_uom_qty:
        env["sale.order"]._mall_check_sellable({line.product_id: data.qty})
    line.product_uom_qty = data.qty
    return cart_data(env, cart)


@cart_router.delete("/cart/lines/{line_id}", response_model=Cart)
def delete_cart_line(
    line_id: LineId,
    shopper: CurrentShopper,
) -> Cart:
    """Remove a line from the cart."""
    env, member = shopper.env, shopper.member
    cart, line = _cart_line(env, member, line_id)
    line.unlink()
    return cart_data(env, cart)
