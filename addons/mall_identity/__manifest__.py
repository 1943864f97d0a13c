{
    "name": "WeChat Mall: Real Name",
    "summary": "Members' real-name verification (实名认证): GB 11643 checks, a pluggable "
    "name + ID number (二要素) service, ID numbers encrypted with a server key and "
    "shown masked, one ID one member, reveals by finance logged",
    "version": "18.0.1.0.0",
    "category": "Sales/Mall",
    "author": "Odoo WeChat Mall",
    "website": "https://github.com/odoo-wechat-mall/odoo-wechat-mall",
    "license": "LGPL-3",
    "depends": ["mall_api"],
    "external_dependencies": {"python": ["cryptography", "requests"]},
    "data": [
        "security/ir.model.access.csv",
        "security/mall_identity_security.xml",
        "views/mall_identity_views.xml",
        "views/res_partner_views.xml",
        "views/res_config_settings_views.xml",
    ],
    "installable": True,
}
