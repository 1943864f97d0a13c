{
    "name": "WeChat Mall: Group Buying",
    "summary": "Group buying (拼团): offers at a group price, groups opened and joined by "
    "paying, seats held while a member pays, success to fulfilment, failed groups "
    "refunded in full through WeChat Pay",
    "version": "18.0.1.0.0",
    "category": "Sales/Mall",
    "author": "Odoo WeChat Mall",
    "website": "https://github.com/odoo-wechat-mall/odoo-wechat-mall",
    "license": "LGPL-3",
    "depends": ["mall_api", "mall_sale", "payment_wechatpay", "wechat_miniprogram", "queue_job"],
    "data": [
        "security/mall_group_buy_security.xml",
        "security/ir.model.access.csv",
        "data/ir_sequence_data.xml",
        "data/ir_cron_data.xml",
        "views/mall_group_offer_views.xml",
        "views/mall_group_views.xml",
        "views/sale_order_views.xml",
        "views/res_config_settings_views.xml",
        "views/mall_group_buy_menus.xml",
    ],
    "demo": ["demo/mall_group_buy_demo.xml"],
    "installable": True,
}
