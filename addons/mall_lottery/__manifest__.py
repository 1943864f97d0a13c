{
    "name": "WeChat Mall: Lottery (抢签)",
    "summary": "Limited products sold by lottery: registration windows, a verifiable "
    "automatic draw, purchase qualifications at the lottery price, subscribe messages",
    "version": "18.0.1.0.0",
    "category": "Sales/Mall",
    "author": "Odoo WeChat Mall",
    "website": "https://github.com/odoo-wechat-mall/odoo-wechat-mall",
    "license": "LGPL-3",
    "depends": ["mall_api", "mall_sale", "mall_coin", "mall_identity"],
    "data": [
        "security/mall_lottery_security.xml",
        "security/ir.model.access.csv",
        "data/ir_cron.xml",
        "views/mall_lottery_views.xml",
        "views/mall_lottery_registration_views.xml",
        "views/mall_lottery_menus.xml",
    ],
    "demo": ["demo/mall_lottery_demo.xml"],
    "installable": True,
}
