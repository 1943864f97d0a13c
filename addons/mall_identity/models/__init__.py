from . import (
    fastapi_endpoint,
    mall_identity,
    mall_identity_reveal_log,
    res_company,
    res_config_settings,
    res_partner,
)
