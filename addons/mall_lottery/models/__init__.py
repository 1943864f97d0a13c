from . import (
    fastapi_endpoint,
    mall_stock_hold,
    mall_lottery,
    mall_lottery_registration,
    mall_lottery_window,
    sale_order,
)
