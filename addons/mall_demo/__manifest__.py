{
    "name": "WeChat Mall: Demo Data",
    "summary": "A believable rice and noodle shop: catalogue, variants, stock, "
    "suppliers and shoppers with points",
    "version": "18.0.1.0.0",
    "category": "Sales/Mall",
    "author": "Odoo WeChat Mall",
    "website": "https://github.com/odoo-wechat-mall/odoo-wechat-mall",
    "license": "LGPL-3",
    "depends": ["mall_base", "mall_supplier", "mall_sale", "mall_member", "mall_review"],
    "demo": [
        "demo/res_company_demo.xml",
        "demo/product_attribute_demo.xml",
        "demo/product_category_demo.xml",
        "demo/mall_member_level_demo.xml",
        "demo/res_partner_demo.xml",
        "demo/product_template_demo.xml",
        "demo/mall_demo_setup.xml",
        "demo/mall_points_demo.xml",
        "demo/mall_review_demo.xml",
    ],
    "installable": True,
}
