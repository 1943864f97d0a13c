{
    "name": "WeChat Mall: Storefront API",
    "summary": "The JSON API of the WeChat mini-program (OCA fastapi app at /mall/v1): "
    "login, member, catalogue, addresses, cart, orders and payment over HTTP; "
    "the order logic itself is mall_sale's",
    "version": "18.0.1.0.0",
    "category": "Sales/Mall",
    "author": "Odoo WeChat Mall",
    "website": "https://github.com/odoo-wechat-mall/odoo-wechat-mall",
    "license": "LGPL-3",
    "depends": [
        "fastapi",
        "mall_sale",
        "wechat_miniprogram",
    ],
    "data": [
        "data/mall_api_data.xml",
    ],
    "post_init_hook": "post_init_hook",
    "installable": True,
}
