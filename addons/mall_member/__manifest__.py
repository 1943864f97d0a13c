{
    "name": "WeChat Mall: Members",
    "summary": "Member levels by growth value with member prices (pricelists), free "
    "shipping and a points multiplier; the points ledger: earned on paid orders, "
    "spent at checkout with cash, given back and reversed on refunds",
    "version": "18.0.1.0.0",
    "category": "Sales/Mall",
    "author": "Odoo WeChat Mall",
    "website": "https://github.com/odoo-wechat-mall/odoo-wechat-mall",
    "license": "LGPL-3",
    "depends": ["mall_api", "mall_sale", "mall_after_sale"],
    "data": [
        "security/mall_member_security.xml",
        "security/ir.model.access.csv",
        "data/mall_points_data.xml",
        "data/ir_cron_data.xml",
        "views/mall_points_views.xml",
        "data/mall_member_data.xml",
        "views/mall_member_level_views.xml",
        "views/res_partner_views.xml",
        "views/sale_order_views.xml",
        "views/res_config_settings_views.xml",
        "views/mall_member_menus.xml",
    ],
    "installable": True,
}
