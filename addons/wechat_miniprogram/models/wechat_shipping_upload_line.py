from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..const import ITEM_DESC_MAX
from ..utils import mask_phone

CONTACT_FIELDS = ("receiver_contact", "consignor_contact")


class WeChatShippingUploadLine(models.Model):
    """One parcel of a shipping-info upload (an item of ``shipping_list``)."""

    _name = "wechat.shipping.upload.line"
    _description = "WeChat Shipping Info Parcel"
    _order = "upload_id, sequence, id"

    upload_id = fields.Many2one(
        "wechat.shipping.upload", required=True, ondelete="cascade", index=True
    )
    sequence = fields.Integer(default=10)
    tracking_no = fields.Char(string="Tracking Number")
    carrier_code = fields.Char(
        string="Kuaidi100 Carrier Code",
        help="The carrier as Kuaidi100 names it (shunfeng, zhongtong, ...); the WeChat "
        "delivery id is looked up in the carrier mapping.",
    )
    express_company = fields.Char(
        string="WeChat Delivery ID",
        compute="_compute_express_company",
        store=True,
        readonly=False,
        help="The carrier as WeChat names it (SF, ZTO, ...).",
    )
    item_desc = fields.Char(string="Items", required=True)
    receiver_contact = fields.Char(
        string="Receiver Phone (masked)", help="Stored masked except the last 4 digits."
    )
    consignor_contact = fields.Char(
        string="Sender Phone (masked)", help="Stored masked except the last 4 digits."
    )

    @api.depends("carrier_code")
    def _compute_express_company(self):
        # a stored field: computed as superuser
        mapping = self.env["wechat.delivery.company"]
        for line in self:
            if line.carrier_code:
                line.express_company = mapping._get_delivery_id(line.carrier_code)

    @api.constrains("item_desc")
    def _check_item_desc(self):
        for line in self:
            if len(line.item_desc or "") > ITEM_DESC_MAX:
                raise ValidationError(
                    self.env._(
                        "The item description of a parcel is limited to %(max)s characters.",
                        max=ITEM_DESC_MAX,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        return super().create([self._mask_contacts(vals) for vals in vals_list])

    def write(self, vals):
        return super().write(self._mask_contacts(vals))

    @api.model
    def _mask_contacts(self, vals):
        vals = dict(vals)
        for name in CONTACT_FIELDS:
            if vals.get(name):
                vals[name] = mask_phone(vals[name])
        return vals

    def _shipping_item(self):
        self.ensure_one()
        item = {"item_desc": self.item_desc}
        if self.tracking_no:
            item["tracking_no"] = self.tracking_no.strip()
        if self.express_company:
            item["express_company"] = self.express_company
        contact = {name: self[name] for name in CONTACT_FIELDS if self[name]}
        if contact:
            item["contact"] = contact
        return item
