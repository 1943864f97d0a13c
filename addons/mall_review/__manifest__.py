{
    "name": "WeChat Mall: Product Reviews",
    "summary": "Reviews of received order lines in the mini-program: stars, text, photos, "
    "anonymous, one follow-up; sensitive-word moderation, hiding and merchant replies; "
    "a reward for reviews with photos; the product's rating and reviews in the API",
    "version": "18.0.1.0.0",
    "category": "Sales/Mall",
    "author": "Odoo WeChat Mall",
    "website": "https://github.com/odoo-wechat-mall/odoo-wechat-mall",
    "license": "LGPL-3",
    "depends": ["mall_api", "mall_sale", "mall_coupon"],
    "data": [
        "security/mall_review_security.xml",
        "security/ir.model.access.csv",
        "wizard/mall_review_hide_views.xml",
        "views/mall_review_views.xml",
        "views/res_config_settings_views.xml",
        "views/mall_review_menus.xml",
    ],
    "installable": True,
}
