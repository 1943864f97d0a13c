from . import (
    fastapi_endpoint,
    mall_after_sale,
    mall_coin_account,
    mall_coin_allocation,
    mall_coin_line,
    product_template,
    res_company,
    res_config_settings,
    res_partner,
    sale_order,
)
