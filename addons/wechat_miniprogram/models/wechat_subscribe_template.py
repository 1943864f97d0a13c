from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..const import SUBSCRIBE_MAX_ATTEMPTS


class WeChatSubscribeTemplate(models.Model):
    """A subscribe-message template chosen on mp.weixin.qq.com, and how to fill it."""

    _name = "wechat.subscribe.template"
    _description = "WeChat Subscribe Message Template"
    _order = "name"

    name = fields.Char(required=True, translate=True)
    template_id = fields.Char(
        string="WeChat Template ID",
        required=True,
        help="The template id shown in mp.weixin.qq.com > Subscribe Messages > My Templates.",
    )
    page = fields.Char(
        help="Mini-program page opened from the message, without a leading slash, e.g. "
        "pages/order/detail; a query string may follow (pages/order/detail?id=7).",
    )
    miniprogram_state = fields.Selection(
        [("formal", "Released"), ("trial", "Trial"), ("developer", "Developer")],
        string="Mini-Program Version",
        default="formal",
        required=True,
        help="Which version of the mini-program the message opens.",
    )
    lang = fields.Selection(
        [
            ("zh_CN", "Simplified Chinese"),
            ("zh_TW", "Traditional Chinese (Taiwan)"),
            ("zh_HK", "Traditional Chinese (Hong Kong)"),
            ("en_US", "English"),
        ],
        string="Language",
        default="zh_CN",
        required=True,
    )
    keyword_ids = fields.One2many(
        "wechat.subscribe.template.keyword", "template_id", string="Keywords", copy=True
    )
    description = fields.Text()
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    log_ids = fields.One2many("wechat.message.log", "template_id", string="Messages")
    log_count = fields.Integer(compute="_compute_log_count", string="Messages Sent")

    @api.depends("log_ids")
    def _compute_log_count(self):
        counts = dict(
            self.env["wechat.message.log"]._read_group(
                [("template_id", "in", self.ids)], ["template_id"], ["__count"]
            )
        )
        for template in self:
            template.log_count = counts.get(template, 0)

    @api.constrains("page")
    def _check_page(self):
        for template in self:
            if template.page and (template.page.startswith("/") or " " in template.page):
                raise ValidationError(
                    self.env._(
                        "The page %(page)s is not valid: write it without a leading slash "
                        "or spaces, e.g. pages/order/detail.",
                        page=template.page,
                    )
                )

    def action_view_logs(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Messages"),
            "res_model": "wechat.message.log",
            "view_mode": "list,form",
            "domain": [("template_id", "=", self.id)],
        }

    def _render_data(self, values=None, record=None):
        """``{keyword: {"value": text}}`` from ``values`` (by keyword), else the
        keyword's field on ``record``, else its default value."""
        self.ensure_one()
        values = dict(values or {})
        data = {}
        for keyword in self.keyword_ids:
            if keyword.key in values:
                value = values.pop(keyword.key)
            elif record is not None and keyword.field_path:
                value = keyword._value_from(record)
            else:
                value = keyword.default_value
            if value is None or value is False or value == "":
                raise UserError(
                    self.env._(
                        "No value for the keyword %(keyword)s (%(label)s) of the subscribe "
                        "message %(template)s.",
                        keyword=keyword.key,
                        label=keyword.name,
                        template=self.name,
                    )
                )
            data[keyword.key] = {"value": keyword._format(value)}
        for key, value in values.items():
            if isinstance(value, dict):
                data[key] = value
            else:
                data[key] = {"value": str(value)}
        return data

    def _send_message(self, openid, data=None, page=None, partner=None, record=None, delay=False):
        """Send this subscribe message to ``openid``; return its ``wechat.message.log``.

        ``data``: ``{keyword: value}`` (missing keywords come from ``record`` or the
        keyword's default); ``page``: overrides the template's page and may carry a
        query string (``pages/order/detail?id=7``); ``partner``: who it is for (log
        only); ``record``: the business record it is about (log reference).

        ``delay=True`` (recommended inside requests): the log is created now and a
        ``queue_job`` job sends it after commit; a re-run of that job never sends
        twice.  ``delay=False`` sends at once.  WeChat refusals are recorded on the
        log (``state`` failed, ``errcode``, ``failure_reason``), never raised.

        Private: it writes the log as superuser, so it is for trusted server code
        only (not callable over JSON-RPC).
        """
        self.ensure_one()
        template = self.sudo()  # callers need not read templates (employees and admins only)
        if not openid:
            raise UserError(self.env._("A subscribe message needs the openid of its receiver."))
        rendered = template._render_data(data, record=record)
        log = (
            self.env["wechat.message.log"]
            # logs are written by administrators only
            .sudo()
            .create(
                {
                    "template_id": template.id,
                    "wechat_template_id": template.template_id,
                    "company_id": template.company_id.id,
                    "openid": openid,
                    "partner_id": partner.id if partner else False,
                    "page": page if page is not None else template.page,
                    "data": rendered,
                    "miniprogram_state": template.miniprogram_state,
                    "lang": template.lang,
                    "res_model": record._name if record is not None else False,
                    "res_id": record.id if record is not None else False,
                }
            )
        )
        if delay:
            log.with_delay(
                description=self.env._("Send subscribe message %(name)s", name=template.name),
                max_retries=SUBSCRIBE_MAX_ATTEMPTS + 1,
            )._job_send()
        else:
            log._send()
        return log
