from . import (
    fastapi_endpoint,
    mall_after_sale,
    mall_share,
    mall_share_invite,
    mall_share_open,
    res_company,
    res_config_settings,
    res_partner,
    sale_order,
)

# the ranking's SQL view reads columns the models above add (sale_order's
# mall_share_id): its init() must run after theirs, so it is loaded last
from . import mall_share_report
