{
    "name": "WeChat Mall: Stores, Clerks and Attribution",
    "summary": "Stores and clerks, members attributed once at first contact (mini-program "
    "scene or WeCom contact way), orders carrying store and clerk, growth reports and a "
    "clerk ranking, store managers limited to their stores",
    "version": "18.0.1.0.0",
    "category": "Sales/Mall",
    "author": "Odoo WeChat Mall",
    "website": "https://github.com/odoo-wechat-mall/odoo-wechat-mall",
    "license": "LGPL-3",
    "depends": ["mall_api", "mall_sale", "mall_fulfillment", "wecom"],
    "data": [
        "security/mall_attribution_security.xml",
        "security/ir.model.access.csv",
        "wizard/mall_attribution_reassign_views.xml",
        "views/mall_store_views.xml",
        "views/mall_clerk_views.xml",
        "views/mall_attribution_log_views.xml",
        "views/res_partner_views.xml",
        "views/sale_order_views.xml",
        "views/mall_attribution_report_views.xml",
        "views/mall_attribution_menus.xml",
    ],
    "installable": True,
}
