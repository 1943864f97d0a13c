{
    "name": "WeChat Mall: Storefront API",
    "summary": "The JSON API of the WeChat mini-program (OCA fastapi app at /mall/v1): "
    "login, member, catalogue, addresses, cart, orders and payment",
    "version": "18.0.1.0.0",
    "category": "Sales/Mall",
    "author": "Odoo WeChat Mall",
    "website": "https://github.com/odoo-wechat-mall/odoo-wechat-mall",
    "license": "LGPL-3",
    "depends": [
        "fastapi",
        "mall_base",
        "mall_supplier",
        "wechat_miniprogram",
        "payment_wechatpay",
        "sale_loyalty",
        "stock",
    ],
    "data": [
        "security/ir.model.access.csv",
        "security/mall_api_security.xml",
        "data/mall_api_data.xml",
        "data/ir_cron_data.xml",
        "views/mall_stock_hold_views.xml",
        "views/sale_order_views.xml",
        "views/res_config_settings_views.xml",
    ],
    "demo": [
        "demo/mall_api_demo.xml",
    ],
    "post_init_hook": "post_init_hook",
    "installable": True,
}
