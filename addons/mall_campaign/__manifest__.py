{
    "name": "WeChat Mall: Campaigns",
    "summary": "Campaigns (new member, discount, theme) with their products and materials, "
    "the new-member gift coupon granted once, the WeCom welcome with the gift page, "
    "pushes to member segments; members share campaigns as links or posters",
    "version": "18.0.1.0.0",
    "category": "Sales/Mall",
    "author": "Odoo WeChat Mall",
    "website": "https://github.com/odoo-wechat-mall/odoo-wechat-mall",
    "license": "LGPL-3",
    "depends": [
        "mall_attribution",
        "mall_coupon",
        "mall_api",
        "mall_member",
        "wecom",
        "queue_job",
        "mall_share",
    ],
    "data": [
        "security/mall_campaign_security.xml",
        "security/ir.model.access.csv",
        "wizard/mall_campaign_push_views.xml",
        "views/mall_campaign_views.xml",
        "views/mall_share_views.xml",
    ],
    "installable": True,
}
