from . import (
    fastapi_endpoint,
    mall_after_sale,
    mall_after_sale_event,
    mall_after_sale_line,
    mall_service_contact,
    payment_transaction,
    res_company,
    res_config_settings,
    sale_order,
    sale_order_line,
)
