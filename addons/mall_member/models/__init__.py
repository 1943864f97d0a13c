from . import (
    fastapi_endpoint,
    mall_after_sale,
    mall_member_level,
    mall_points_account,
    mall_points_line,
    res_company,
    res_config_settings,
    res_partner,
    res_partner_points,
    sale_order,
    sale_order_line,
)
