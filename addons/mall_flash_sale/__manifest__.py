{
    "name": "WeChat Mall: Flash Sales",
    "summary": "限时秒杀: flash sales with their own allotment taken out of normal stock, "
    "a fast dedicated buying route (guarded statements, the sale order made right after "
    "by a job), per-member limits, unpaid reservations released at their own timeout, "
    "late payments re-taken or refunded",
    "version": "18.0.1.0.0",
    "category": "Sales/Mall",
    "author": "Odoo WeChat Mall",
    "website": "https://github.com/odoo-wechat-mall/odoo-wechat-mall",
    "license": "LGPL-3",
    "depends": ["mall_api", "mall_sale", "payment_wechatpay", "queue_job"],
    "data": [
        "security/mall_flash_sale_security.xml",
        "security/ir.model.access.csv",
        "data/ir_cron_data.xml",
        "views/mall_flash_sale_views.xml",
        "views/mall_flash_order_views.xml",
        "views/mall_flash_sale_menus.xml",
    ],
    "installable": True,
}
