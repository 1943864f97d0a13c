{
    "name": "WeChat Mall: Storefront API",
    "summary": "The JSON API of the WeChat mini-program (OCA fastapi app at /mall/v1): "
    "login, member profile, categories and products",
    "version": "18.0.1.0.0",
    "category": "Sales/Mall",
    "author": "Odoo WeChat Mall",
    "website": "https://github.com/odoo-wechat-mall/odoo-wechat-mall",
    "license": "LGPL-3",
    "depends": ["fastapi", "mall_base", "mall_supplier", "wechat_miniprogram", "stock"],
    "data": [
        "data/mall_api_data.xml",
    ],
    "post_init_hook": "post_init_hook",
    "installable": True,
}
