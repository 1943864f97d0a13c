{
    "name": "WeChat Mall: After-sales",
    "summary": "After-sales requests of the mini-program (refund only, return and refund): "
    "review, return shipment, supplier receipt in the portal, refunds to the original "
    "WeChat Pay payment with their outcome, customer-service entry",
    "version": "18.0.1.0.0",
    "category": "Sales/Mall",
    "author": "Odoo WeChat Mall",
    "website": "https://github.com/odoo-wechat-mall/odoo-wechat-mall",
    "license": "LGPL-3",
    "depends": [
        "mall_api",
        "mall_sale",
        "mall_fulfillment",
        "mall_supplier",
        "payment_wechatpay",
        "queue_job",
        "sale_loyalty",
    ],
    "data": [
        "security/mall_after_sale_security.xml",
        "security/ir.model.access.csv",
        "data/ir_sequence_data.xml",
        "views/mall_after_sale_views.xml",
        "views/mall_service_contact_views.xml",
        "views/sale_order_views.xml",
        "views/res_config_settings_views.xml",
        "views/portal_templates.xml",
        "views/mall_after_sale_menus.xml",
    ],
    "installable": True,
}
