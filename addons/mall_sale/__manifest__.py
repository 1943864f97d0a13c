{
    "name": "WeChat Mall: Orders",
    "summary": "The order core of the WeChat mall under every channel: shopper "
    "status, cart, checkout pricing and shipping, stock holds, pay / cancel / "
    "receive, the unpaid-order cron",
    "version": "18.0.1.0.0",
    "category": "Sales/Mall",
    "author": "Odoo WeChat Mall",
    "website": "https://github.com/odoo-wechat-mall/odoo-wechat-mall",
    "license": "LGPL-3",
    "depends": [
        "mall_base",
        "mall_supplier",
        "sale_stock",
        "sale_loyalty",
        "delivery",
        "payment_wechatpay",
    ],
    "data": [
        "security/ir.model.access.csv",
        "security/mall_sale_security.xml",
        "data/ir_cron_data.xml",
        "views/mall_stock_hold_views.xml",
        "views/sale_order_views.xml",
        "views/res_config_settings_views.xml",
    ],
    "demo": [
        "demo/mall_sale_demo.xml",
    ],
    "installable": True,
}
