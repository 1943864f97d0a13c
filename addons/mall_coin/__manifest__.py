{
    "name": "WeChat Mall: Activity Coins",
    "summary": "Activity coins (活动币): earned on paid orders of qualifying products and "
    "lottery wins, expiring 48 hours after they are earned, spent oldest first; an "
    "append-only ledger per member, set-based expiry, finance totals per day",
    "version": "18.0.1.0.0",
    "category": "Sales/Mall",
    "author": "Odoo WeChat Mall",
    "website": "https://github.com/odoo-wechat-mall/odoo-wechat-mall",
    "license": "LGPL-3",
    "depends": ["mall_api", "mall_sale", "mall_after_sale"],
    "data": [
        "security/mall_coin_security.xml",
        "security/ir.model.access.csv",
        "data/ir_cron_data.xml",
        "wizard/mall_coin_adjust_views.xml",
        "views/mall_coin_views.xml",
        "views/mall_coin_report_views.xml",
        "views/res_partner_views.xml",
        "views/product_template_views.xml",
        "views/res_config_settings_views.xml",
        "views/mall_coin_menus.xml",
    ],
    "installable": True,
}
