{
    "name": "WeChat Mall: H5 Shop",
    "summary": "Serves the shopper's mini-program (miniprogram/, uni-app) built for the "
    "browser at /mall/h5/, next to the API: the demo shop and the client's tests",
    "version": "18.0.1.0.0",
    "category": "Sales/Mall",
    "author": "Odoo WeChat Mall",
    "website": "https://github.com/odoo-wechat-mall/odoo-wechat-mall",
    "license": "LGPL-3",
    "depends": [
        "mall_api",
        "payment_wechatpay",
    ],
    "installable": True,
}
