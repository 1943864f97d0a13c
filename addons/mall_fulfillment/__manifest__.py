{
    "name": "WeChat Mall: Fulfillment",
    "summary": "Carriers with Kuaidi100 codes, logistics tracking through Kuaidi100 "
    "(query with cache, rate limit and cost log, subscription push) and its cost report",
    "version": "18.0.1.0.0",
    "category": "Sales/Mall",
    "author": "Odoo WeChat Mall",
    "website": "https://github.com/odoo-wechat-mall/odoo-wechat-mall",
    "license": "LGPL-3",
    "depends": [
        "mall_api",
        "mall_supplier",
        "queue_job",
    ],
    "external_dependencies": {"python": ["requests"]},
    "data": [
        "security/ir.model.access.csv",
        "data/delivery_carrier_data.xml",
        "views/delivery_carrier_views.xml",
        "views/mall_tracking_views.xml",
        "views/stock_picking_views.xml",
        "views/mall_tracking_query_log_views.xml",
        "views/res_config_settings_views.xml",
        "views/mall_fulfillment_menus.xml",
    ],
    "installable": True,
}
