from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    mall_service_url = fields.Char(
        string="Customer Service Link",
        help="The WeCom customer-service link (https://work.weixin.qq.com/kfid/...) "
        "the mini-program opens when a shopper asks for help.",
    )
    mall_service_qr = fields.Image(
        string="Customer Service QR Code",
        max_width=1024,
        max_height=1024,
        help="A QR code shown to shoppers instead of (or beside) the link.",
    )
