from . import (
    fastapi_endpoint,
    mall_share,
    mall_share_invite,
    mall_share_open,
    mall_share_report,
    res_company,
    res_config_settings,
    res_partner,
    sale_order,
)
