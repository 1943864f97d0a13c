{
    "name": "WeChat Mall: Distribution",
    "summary": "Two-level distribution (分销): promoters and their codes, members bound "
    "through shares, commissions per product, category or default on what was paid, "
    "pending until the after-sales window closes, reversed or clawed back on refunds, "
    "withdrawals paid by WeChat Pay merchant transfer",
    "version": "18.0.1.0.0",
    "category": "Sales/Mall",
    "author": "Odoo WeChat Mall",
    "website": "https://github.com/odoo-wechat-mall/odoo-wechat-mall",
    "license": "LGPL-3",
    "depends": ["mall_api", "mall_sale", "mall_after_sale", "payment_wechatpay"],
    "data": [
        "security/mall_distribution_security.xml",
        "security/ir.model.access.csv",
        "data/ir_cron_data.xml",
        "wizard/mall_withdrawal_reject_views.xml",
        "views/mall_promoter_views.xml",
        "views/mall_commission_line_views.xml",
        "views/mall_withdrawal_views.xml",
        "views/product_views.xml",
        "views/res_partner_views.xml",
        "views/res_config_settings_views.xml",
        "views/mall_distribution_menus.xml",
    ],
    "installable": True,
}
