{
    "name": "WeChat Mall: Fulfillment",
    "summary": "To-ship workbench, shipping (import, shopper notice, WeChat shipping info), "
    "auto-receive, carriers with Kuaidi100 codes, logistics tracking with cache, rate limit, "
    "cost log and subscription push",
    "version": "18.0.1.0.0",
    "category": "Sales/Mall",
    "author": "Odoo WeChat Mall",
    "website": "https://github.com/odoo-wechat-mall/odoo-wechat-mall",
    "license": "LGPL-3",
    "depends": [
        "mall_api",
        "mall_supplier",
        "wechat_miniprogram",
        "queue_job",
    ],
    "external_dependencies": {"python": ["requests"]},
    "data": [
        "security/mall_fulfillment_security.xml",
        "security/ir.model.access.csv",
        "data/delivery_carrier_data.xml",
        "data/mall_fulfillment_data.xml",
        "views/delivery_carrier_views.xml",
        "views/mall_tracking_views.xml",
        "views/stock_picking_views.xml",
        "views/mall_tracking_query_log_views.xml",
        "views/mall_ship_import_views.xml",
        "views/mall_workbench_views.xml",
        "views/sale_order_views.xml",
        "views/res_config_settings_views.xml",
        "views/mall_fulfillment_menus.xml",
    ],
    "demo": ["demo/mall_fulfillment_demo.xml"],
    "assets": {
        "web.assets_tests": ["mall_fulfillment/static/tests/tours/*.js"],
    },
    "post_init_hook": "post_init_hook",
    "installable": True,
}
