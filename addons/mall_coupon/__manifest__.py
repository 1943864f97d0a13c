{
    "name": "WeChat Mall: Coupons",
    "summary": "Coupons of the mini-program mall on loyalty programs: 满减, 折扣, 无门槛, "
    "new-member and product or category coupons, the coupon center, claims within "
    "total and per-member limits, coupons at checkout, statistics",
    "version": "18.0.1.0.0",
    "category": "Sales/Mall",
    "author": "Odoo WeChat Mall",
    "website": "https://github.com/odoo-wechat-mall/odoo-wechat-mall",
    "license": "LGPL-3",
    "depends": ["mall_api", "mall_sale", "sale_loyalty"],
    "data": [
        "security/mall_coupon_security.xml",
        "security/ir.model.access.csv",
        "wizard/mall_coupon_grant_views.xml",
        "views/mall_coupon_views.xml",
        "views/mall_coupon_report_views.xml",
        "views/mall_coupon_menus.xml",
    ],
    "demo": ["demo/mall_coupon_demo.xml"],
    "installable": True,
}
