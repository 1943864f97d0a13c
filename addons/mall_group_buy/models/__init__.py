from . import (
    mall_group_offer_line,
    fastapi_endpoint,
    mall_group,
    mall_group_member,
    mall_group_offer,
    payment_transaction,
    res_company,
    res_config_settings,
    sale_order,
)
