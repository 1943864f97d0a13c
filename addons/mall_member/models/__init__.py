from . import (
    mall_after_sale,
    mall_catalog,
    mall_member_level,
    product_pricelist,
    product_pricelist_item,
    res_company,
    res_config_settings,
    res_partner,
    sale_order,
)
