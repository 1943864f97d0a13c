{
    "name": "Payment Provider: WeChat Pay",
    "summary": "WeChat Pay API v3 for mini-programs: JSAPI prepay, signed notifies, "
    "order query and close, partial refunds",
    "version": "18.0.1.0.0",
    "category": "Accounting/Payment Providers",
    "author": "Odoo WeChat Mall",
    "website": "https://github.com/odoo-wechat-mall/odoo-wechat-mall",
    "license": "LGPL-3",
    "depends": ["payment", "queue_job"],
    "external_dependencies": {"python": ["wechatpayv3"]},
    "data": [
        "security/ir.model.access.csv",
        "views/payment_provider_views.xml",
        "views/payment_transaction_views.xml",
        "views/payment_wechatpay_transfer_views.xml",
        "data/payment_provider_data.xml",
        "data/ir_cron_data.xml",
    ],
    "post_init_hook": "post_init_hook",
    "uninstall_hook": "uninstall_hook",
    "installable": True,
}
