from . import (
    delivery_carrier,
    fastapi_endpoint,
    mall_tracking,
    mall_tracking_event,
    mall_tracking_query_log,
    res_company,
    res_config_settings,
    sale_order,
    stock_picking,
)
