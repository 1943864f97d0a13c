import re
from datetime import date, datetime

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..const import KEYWORD_MAX_LENGTH

KEY_RE = re.compile(r"^([a-z_]+?)(\d+)$")
# free-text keyword types: a longer value is shortened instead of refused (47003)
SHORTENED_TYPES = ("thing", "name")


class WeChatSubscribeTemplateKeyword(models.Model):
    _name = "wechat.subscribe.template.keyword"
    _description = "WeChat Subscribe Message Keyword"
    _order = "template_id, sequence, id"

    template_id = fields.Many2one(
        "wechat.subscribe.template", required=True, ondelete="cascade", index=True
    )
    sequence = fields.Integer(default=10)
    key = fields.Char(
        required=True,
        help="The keyword as in the template's content on mp.weixin.qq.com, e.g. thing1, "
        "time2, character_string3.",
    )
    name = fields.Char(string="Label", required=True, translate=True)
    field_path = fields.Char(
        string="Field",
        help="Dotted path of a field of the record the message is about, e.g. name or "
        "partner_id.name; used when the caller gives no value for this keyword.",
    )
    default_value = fields.Char()

    _sql_constraints = [
        ("key_unique", "unique(template_id, key)", "A keyword appears once per template."),
    ]

    @api.constrains("key")
    def _check_key(self):
        for keyword in self:
            if not KEY_RE.match(keyword.key or ""):
                raise ValidationError(
                    self.env._(
                        "The keyword %(key)s is not valid: it is a type followed by a "
                        "number, e.g. thing1 or time2.",
                        key=keyword.key,
                    )
                )

    def _value_from(self, record):
        self.ensure_one()
        value = record
        for name in (self.field_path or "").split("."):
            if not name:
                continue
            if not isinstance(value, models.BaseModel) or name not in value._fields:
                return False
            value = value[:1][name]
        if isinstance(value, models.BaseModel):
            value = value[:1].display_name
        return value

    def _format(self, value):
        self.ensure_one()
        if isinstance(value, datetime):
            value = fields.Datetime.context_timestamp(self, value).strftime("%Y-%m-%d %H:%M")
        elif isinstance(value, date):
            value = value.strftime("%Y-%m-%d")
        value = str(value)
        kind = KEY_RE.match(self.key).group(1)
        limit = KEYWORD_MAX_LENGTH.get(kind)
        if kind in SHORTENED_TYPES and limit and len(value) > limit:
            value = value[: limit - 1] + "…"
        return value
