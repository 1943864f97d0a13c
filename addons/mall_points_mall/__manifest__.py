{
    "name": "WeChat Mall: Points Mall",
    "summary": "积分商城: products exchanged for activity coins + points (no cash), a verified "
    "real name required, orders of their own kind fulfilled like any other, coins and "
    "points given back on a cancel before shipping",
    "version": "18.0.1.0.0",
    "category": "Sales/Mall",
    "author": "Odoo WeChat Mall",
    "website": "https://github.com/odoo-wechat-mall/odoo-wechat-mall",
    "license": "LGPL-3",
    "depends": ["mall_identity", "mall_coin", "mall_member", "mall_fulfillment"],
    "data": [
        "views/product_template_views.xml",
        "views/sale_order_views.xml",
    ],
    "installable": True,
}
