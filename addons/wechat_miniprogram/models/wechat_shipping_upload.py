import json
import logging

from odoo import Command, api, fields, models
from odoo.addons.queue_job.exception import RetryableJobError
from odoo.exceptions import UserError, ValidationError

from ..const import PAYMENT_NOT_FOUND, SHIPPING_MAX_ATTEMPTS, SHIPPING_MAX_ITEMS, SHIPPING_PATH
from ..exceptions import WeChatError
from ..utils import rfc3339_now, write_surviving_rollback

_logger = logging.getLogger(__name__)


class WeChatShippingUpload(models.Model):
    """Shipping info (发货信息录入) of one WeChat Pay payment, uploaded to WeChat.

    For mini-programs under the trade-management rule WeChat settles a
    payment only after its shipping info is recorded.  The upload runs as a
    queue_job job; "payment not found yet" (10060001), busy WeChat, HTTP
    errors and timeouts are retried, anything else fails with its reason.
    ``res_model``/``res_id`` point at the business record (e.g. a sale order).
    """

    _name = "wechat.shipping.upload"
    _description = "WeChat Shipping Info Upload"
    _order = "id desc"

    name = fields.Char(compute="_compute_name", store=True, string="Payment")
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    order_number_type = fields.Selection(
        [("1", "Merchant order number"), ("2", "WeChat Pay transaction id")],
        string="Order Key",
        default="1",
        required=True,
    )
    mchid = fields.Char(string="Merchant ID")
    out_trade_no = fields.Char(string="Merchant Order Number", index=True)
    transaction_id = fields.Char(string="WeChat Pay Transaction ID", index=True)
    logistics_type = fields.Selection(
        [
            ("1", "Express"),
            ("2", "Same-city delivery"),
            ("3", "Virtual goods"),
            ("4", "Customer pickup"),
        ],
        default="1",
        required=True,
    )
    delivery_mode = fields.Selection(
        [("1", "Unified delivery"), ("2", "Split delivery")], default="1", required=True
    )
    is_all_delivered = fields.Boolean(
        string="All Delivered", help="Split delivery: this upload ships the last parcels."
    )
    line_ids = fields.One2many(
        "wechat.shipping.upload.line", "upload_id", string="Parcels", copy=True
    )
    payer_openid = fields.Char(string="Payer OpenID", required=True)
    upload_time = fields.Datetime(string="Last Upload Time", readonly=True, copy=False)
    state = fields.Selection(
        [
            ("pending", "Pending"),
            ("retrying", "Retrying"),
            ("done", "Done"),
            ("failed", "Failed"),
        ],
        default="pending",
        required=True,
        readonly=True,
        copy=False,
        index=True,
    )
    attempts = fields.Integer(readonly=True, copy=False)
    last_errcode = fields.Integer(string="Last Error Code", readonly=True, copy=False)
    last_errmsg = fields.Char(string="Last WeChat Message", readonly=True, copy=False)
    failure_reason = fields.Char(string="Reason", readonly=True, copy=False)
    date_done = fields.Datetime(string="Uploaded On", readonly=True, copy=False)
    last_payload = fields.Text(readonly=True, copy=False)
    res_model = fields.Char(string="Related Model", index=True)
    res_id = fields.Many2oneReference(string="Related Record ID", model_field="res_model")
    res_name = fields.Char(compute="_compute_res_name", string="Related Record")

    @api.depends("order_number_type", "out_trade_no", "transaction_id")
    def _compute_name(self):
        for upload in self:
            upload.name = (
                upload.transaction_id if upload.order_number_type == "2" else upload.out_trade_no
            ) or False

    @api.depends("res_model", "res_id")
    def _compute_res_name(self):
        for upload in self:
            name = False
            if upload.res_model in self.env and upload.res_id:
                record = self.env[upload.res_model].browse(upload.res_id).exists()
                # the business record may be one the reader cannot open (a sale order)
                name = record.sudo().display_name if record else False
            upload.res_name = name

    @api.constrains("order_number_type", "mchid", "out_trade_no", "transaction_id")
    def _check_order_key(self):
        for upload in self:
            if upload.order_number_type == "1" and not (upload.mchid and upload.out_trade_no):
                raise ValidationError(
                    self.env._(
                        "The merchant ID and the merchant order number are required to "
                        "name the payment."
                    )
                )
            if upload.order_number_type == "2" and not upload.transaction_id:
                raise ValidationError(
                    self.env._("The WeChat Pay transaction ID is required to name the payment.")
                )

    # ------------------------------------------------------------------ API for other addons

    @api.model
    def _create_upload(self, vals, lines=(), record=None, delay=True):
        """Create a shipping-info upload and upload it (a job by default).

        ``vals``: fields of this model (``mchid``/``out_trade_no`` or
        ``transaction_id``, ``payer_openid``, ``logistics_type``, ...);
        ``lines``: dicts of ``wechat.shipping.upload.line`` fields (``tracking_no``,
        ``carrier_code`` (Kuaidi100) or ``express_company``, ``item_desc``,
        ``receiver_contact`` (masked on save)); ``record``: the business record.

        Private: it creates the upload as superuser, so it is for trusted server
        code only (not callable over JSON-RPC).
        """
        vals = dict(vals)
        if lines:
            vals["line_ids"] = [Command.create(dict(line)) for line in lines]
        if record is not None:
            vals.update(res_model=record._name, res_id=record.id)
        upload = self.sudo().create(vals)  # uploads are written by administrators only
        if delay:
            upload._enqueue()
        else:
            upload._upload()
        return upload

    def action_upload(self):
        """Queue the upload (button); a failed upload starts again from attempt 0."""
        # the job uploads as superuser: only those who may change uploads queue them
        self.check_access("write")
        todo = self.filtered(lambda u: u.state != "done")
        todo.filtered(lambda u: u.state == "failed").write({"state": "pending", "attempts": 0})
        todo._enqueue()

    def action_open_record(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": self.res_model,
            "res_id": self.res_id,
            "view_mode": "form",
        }

    # ------------------------------------------------------------------ upload

    def _enqueue(self, eta=None):
        for upload in self:
            upload.with_delay(
                eta=eta,
                max_retries=SHIPPING_MAX_ATTEMPTS + 2,
                description=self.env._("Upload shipping info of %(name)s", name=upload.name),
            )._job_upload()

    def _job_upload(self):
        """queue_job entry point."""
        self._upload(in_job=True)

    def _lock_to_upload(self):
        self.flush_recordset()
        self.env.cr.execute(
            "SELECT id FROM wechat_shipping_upload WHERE id IN %s "
            "AND state IN ('pending', 'retrying') ORDER BY id FOR UPDATE",
            [tuple(self.ids)],
        )
        ids = [row[0] for row in self.env.cr.fetchall()]
        self.invalidate_recordset()
        return self.browse(ids)

    def _payload(self):
        """The request body (PROTOCOLS 1.6); UserError when it cannot be built."""
        self.ensure_one()
        if not self.line_ids:
            raise UserError(self.env._("A shipping-info upload needs at least one parcel."))
        if len(self.line_ids) > SHIPPING_MAX_ITEMS:
            raise UserError(
                self.env._(
                    "WeChat accepts at most %(max)s parcels per upload.", max=SHIPPING_MAX_ITEMS
                )
            )
        if self.logistics_type == "1":
            for line in self.line_ids:
                if not line.express_company:
                    raise UserError(
                        self.env._(
                            "No WeChat delivery id for the carrier %(carrier)s: add it to "
                            "Settings > WeChat Mini-Program > Carrier Mapping.",
                            carrier=line.carrier_code or "?",
                        )
                    )
                if not line.tracking_no:
                    raise UserError(
                        self.env._("Express delivery needs a tracking number for every parcel.")
                    )
        if self.order_number_type == "1":
            order_key = {
                "order_number_type": 1,
                "mchid": self.mchid,
                "out_trade_no": self.out_trade_no,
            }
        else:
            order_key = {"order_number_type": 2, "transaction_id": self.transaction_id}
        body = {
            "order_key": order_key,
            "logistics_type": int(self.logistics_type),
            "delivery_mode": int(self.delivery_mode),
            "shipping_list": [line._shipping_item() for line in self.line_ids],
            "upload_time": rfc3339_now(),
            "payer": {"openid": self.payer_openid},
        }
        if self.delivery_mode == "2":
            body["is_all_delivered"] = bool(self.is_all_delivered)
        return body

    @api.model
    def _retry_delay(self, errcode, attempts):
        if errcode == PAYMENT_NOT_FOUND:
            return min(10 * attempts, 300)
        return min(30 * 2 ** (attempts - 1), 1800)

    def _upload(self, in_job=False):
        service = self.env["wechat.miniprogram"]  # reads the AppSecret as superuser itself
        # uploads are written by administrators only; _upload is private API for any caller
        for upload in self.sudo()._lock_to_upload():
            attempts = upload.attempts + 1
            vals = {"attempts": attempts, "upload_time": fields.Datetime.now()}
            try:
                body = upload._payload()
                vals["last_payload"] = json.dumps(body, ensure_ascii=False, indent=2)
                service._post(service._app_config(upload.company_id), SHIPPING_PATH, body)
            except (WeChatError, UserError) as exc:
                errcode = getattr(exc, "errcode", None)
                vals.update(
                    last_errcode=errcode or 0,
                    last_errmsg=getattr(exc, "errmsg", None) or False,
                    failure_reason=str(exc.args[0]),
                )
                retryable = isinstance(exc, WeChatError) and (
                    errcode == PAYMENT_NOT_FOUND or exc.transient
                )
                if retryable and attempts < SHIPPING_MAX_ATTEMPTS:
                    vals["state"] = "retrying"
                    seconds = self._retry_delay(errcode, attempts)
                    if in_job:
                        write_surviving_rollback(upload, vals)
                        raise RetryableJobError(vals["failure_reason"], seconds=seconds) from exc
                    upload.write(vals)
                    upload._enqueue(eta=seconds)
                    continue
                vals["state"] = "failed"
                upload.write(vals)
                _logger.info("shipping upload %s failed: %s", upload.id, vals["failure_reason"])
                continue
            vals.update(
                state="done",
                date_done=fields.Datetime.now(),
                last_errcode=0,
                last_errmsg="ok",
                failure_reason=False,
            )
            upload.write(vals)
