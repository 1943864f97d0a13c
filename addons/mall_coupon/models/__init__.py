from . import (
    fastapi_endpoint,
    loyalty_card,
    loyalty_program,
    mall_coupon,
    sale_order,
)
