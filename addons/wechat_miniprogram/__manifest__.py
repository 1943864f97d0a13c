{
    "name": "WeChat Mini-Program Connector",
    "summary": "WeChat mini-program server API: code2session login, cached access token, "
    "subscribe messages, scene QR codes and shipping-info upload",
    "version": "18.0.1.0.0",
    "category": "Hidden/Tools",
    "author": "Odoo WeChat Mall",
    "website": "https://github.com/odoo-wechat-mall/odoo-wechat-mall",
    "license": "LGPL-3",
    "depends": ["base_setup", "mail", "queue_job"],
    "external_dependencies": {"python": ["wechatpy"]},
    "data": [
        "security/wechat_miniprogram_security.xml",
        "security/ir.model.access.csv",
        "data/wechat_delivery_company_data.xml",
        "views/wechat_subscribe_template_views.xml",
        "views/wechat_message_log_views.xml",
        "views/wechat_shipping_upload_views.xml",
        "views/wechat_delivery_company_views.xml",
        "views/res_config_settings_views.xml",
        "views/wechat_menus.xml",
    ],
    "installable": True,
}
