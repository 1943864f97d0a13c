from odoo import api, fields, models


class WeChatDeliveryCompany(models.Model):
    """Maps a Kuaidi100 carrier code to the WeChat delivery id that the
    shipping-info upload wants in ``express_company``."""

    _name = "wechat.delivery.company"
    _description = "WeChat Carrier Mapping"
    _order = "sequence, name"

    name = fields.Char(string="Carrier", required=True, translate=True)
    sequence = fields.Integer(default=10)
    kuaidi100_code = fields.Char(required=True, help="e.g. shunfeng, zhongtong, yuantong")
    delivery_id = fields.Char(
        string="WeChat Delivery ID",
        required=True,
        help="The id in WeChat's delivery list (get_delivery_list), e.g. SF, ZTO, YTO.",
    )
    active = fields.Boolean(default=True)

    _sql_constraints = [
        (
            "kuaidi100_code_unique",
            "unique(kuaidi100_code)",
            "A Kuaidi100 carrier code can be mapped only once.",
        ),
    ]

    @api.model
    def _get_delivery_id(self, kuaidi100_code):
        """The WeChat delivery id of a Kuaidi100 carrier code, or ``False``."""
        if not kuaidi100_code:
            return False
        mapping = self.search([("kuaidi100_code", "=ilike", kuaidi100_code.strip())], limit=1)
        return mapping.delivery_id or False
