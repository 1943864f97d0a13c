{
    "name": "WeChat Mall: Sharing and Referral Rewards",
    "summary": "Members share products as links or posters (a mini-program code with the "
    "product's picture, name and price); opens, registrations and orders counted per share "
    "and per member, a ranking; referral rewards (推荐奖励) in points or coupons for the "
    "inviter and the invitee once the invitee's first order is received; share rewards",
    "version": "18.0.1.0.0",
    "category": "Sales/Mall",
    "author": "Odoo WeChat Mall",
    "website": "https://github.com/odoo-wechat-mall/odoo-wechat-mall",
    "license": "LGPL-3",
    "depends": [
        "mall_api",
        "mall_sale",
        "mall_fulfillment",
        "mall_after_sale",
        "mall_coupon",
        "mall_member",
    ],
    "external_dependencies": {"python": ["PIL"]},
    "data": [
        "security/mall_share_security.xml",
        "security/ir.model.access.csv",
        "views/mall_share_views.xml",
        "views/mall_share_invite_views.xml",
        "views/res_config_settings_views.xml",
        "views/mall_share_menus.xml",
    ],
    "installable": True,
}
