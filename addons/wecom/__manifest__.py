{
    "name": "WeCom Connector",
    "summary": "WeCom (企业微信) customer contact: cached access tokens, contact-way QR codes, "
    "verified callbacks, welcome messages and mass sends with their results",
    "version": "18.0.1.0.0",
    "category": "Hidden/Tools",
    "author": "Odoo WeChat Mall",
    "website": "https://github.com/odoo-wechat-mall/odoo-wechat-mall",
    "license": "LGPL-3",
    # wechat_miniprogram: its database token cache (one refresh under parallel
    # callers) is reused as it is, see README "The access token"
    "depends": ["base_setup", "mail", "queue_job", "wechat_miniprogram"],
    "external_dependencies": {"python": ["wechatpy"]},
    "data": [
        "security/wecom_security.xml",
        "security/ir.model.access.csv",
        "data/wecom_data.xml",
        "report/wecom_contact_way_report.xml",
        "views/wecom_contact_way_views.xml",
        "views/wecom_external_contact_views.xml",
        "views/wecom_event_views.xml",
        "views/wecom_push_views.xml",
        "views/res_config_settings_views.xml",
        "views/wecom_menus.xml",
    ],
    "installable": True,
}
