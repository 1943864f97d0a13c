{
    "name": "WeChat Mall: Suppliers",
    "summary": "Suppliers bound to products with settlement prices, dropship "
    "fulfilment, a supplier portal and supplier statements",
    "version": "18.0.1.0.0",
    "category": "Sales/Mall",
    "author": "Odoo WeChat Mall",
    "website": "https://github.com/odoo-wechat-mall/odoo-wechat-mall",
    "license": "LGPL-3",
    "depends": [
        "mall_base",
        "purchase_stock",
        "stock_dropshipping",
        "stock_delivery",
        "portal",
    ],
    "data": [
        "security/mall_supplier_security.xml",
        "security/ir.model.access.csv",
        "views/res_partner_views.xml",
        "views/product_template_views.xml",
        "views/sale_order_views.xml",
        "wizard/mall_supplier_statement_views.xml",
        "views/mall_supplier_menus.xml",
        "views/portal_templates.xml",
    ],
    "demo": [
        "demo/mall_supplier_demo.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "mall_supplier/static/tests/tours/*.js",
        ],
    },
    "installable": True,
}
