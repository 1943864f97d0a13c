from . import (
    fastapi_endpoint,
    mall_catalog,
    mall_review,
    res_company,
    res_config_settings,
    sale_order_line,
)
