import logging

from cryptography import x509

from odoo import fields, models

_logger = logging.getLogger(__name__)


class PaymentWechatpayCertificate(models.Model):
    _name = "payment.wechatpay.certificate"
    _description = "WeChat Pay Platform Certificate"
    _order = "expire_time desc, id desc"
    _rec_name = "serial_no"

    provider_id = fields.Many2one(
        string="Provider",
        comodel_name="payment.provider",
        required=True,
        ondelete="cascade",
        index=True,
    )
    serial_no = fields.Char(string="Serial Number", required=True, readonly=True)
    certificate_pem = fields.Text(string="Certificate", required=True, readonly=True)
    effective_time = fields.Datetime(string="Valid From", readonly=True)
    expire_time = fields.Datetime(string="Valid Until", readonly=True)

    _sql_constraints = [
        (
            "serial_provider_uniq",
            "unique(provider_id, serial_no)",
            "A platform certificate is stored once per provider.",
        ),
    ]

    def _store_certificate(self, provider, serial_no, pem):
        """Store a platform certificate downloaded by wechatpayv3 (once per serial)."""
        serial_no = serial_no.upper()
        existing = self.search(
            [("provider_id", "=", provider.id), ("serial_no", "=", serial_no)], limit=1
        )
        if existing:
            return existing
        try:
            cert = x509.load_pem_x509_certificate(pem.encode())
        except ValueError:
            _logger.warning("WeChat Pay: ignored an unreadable platform certificate %s", serial_no)
            return self.browse()
        _logger.info("WeChat Pay: stored platform certificate %s of %s", serial_no, provider.name)
        return self.create(
            {
                "provider_id": provider.id,
                "serial_no": serial_no,
                "certificate_pem": pem,
                "effective_time": cert.not_valid_before_utc.replace(tzinfo=None),
                "expire_time": cert.not_valid_after_utc.replace(tzinfo=None),
            }
        )
