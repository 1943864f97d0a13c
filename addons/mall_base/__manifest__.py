{
    "name": "WeChat Mall: Base",
    "summary": "Root of the WeChat mall suite: menus, roles, settings and "
    "mini-program member fields",
    "version": "18.0.1.0.0",
    "category": "Sales/Mall",
    "author": "Odoo WeChat Mall",
    "website": "https://github.com/odoo-wechat-mall/odoo-wechat-mall",
    "license": "LGPL-3",
    "depends": ["base_setup", "mail", "sale_management", "sale_stock"],
    "external_dependencies": {"python": ["PIL"]},
    "data": [
        "security/mall_security.xml",
        "security/ir.model.access.csv",
        "views/product_template_views.xml",
        "views/res_partner_views.xml",
        "views/res_config_settings_views.xml",
        "views/mall_menus.xml",
    ],
    "application": True,
    "installable": True,
}
