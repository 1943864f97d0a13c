import logging

import psycopg2
import requests

from odoo import _, api, fields, models
from odoo.addons.mall_base.exceptions import MallError
from odoo.exceptions import AccessError, UserError

from .. import crypto, idcard

_logger = logging.getLogger(__name__)

# what the shopper reads for each refusal of the local checks
ID_MESSAGES = {
    "invalid_name": "请输入与身份证一致的真实姓名。",
    "invalid_id_number": "身份证号码格式不正确，请输入 18 位身份证号码。",
    "invalid_id_checksum": "身份证号码有误（校验位不符），请核对后重新输入。",
    "invalid_birth_date": "身份证号码中的出生日期不正确，请核对后重新输入。",
}
UNAVAILABLE_MESSAGE = "实名认证服务暂时不可用，请稍后重试。"
PROVIDER_TIMEOUT = 10


class MallIdentity(models.Model):
    """A member's verified real name (实名认证): one per member and company.

    Only verified identities are stored. The ID number is never in a field
    in plain text: ``id_number_encrypted`` holds it encrypted with the
    server's key (see ``crypto.py``), ``id_number_masked`` is what everyone
    sees, ``id_index`` is the blind index behind "one ID, one member"."""

    _name = "mall.identity"
    _description = "Member Real-name Identity"
    _inherit = ["mail.thread"]
    _order = "verified_at desc, id desc"
    _rec_name = "id_number_masked"
    # finance reads identities and logs its reveals in the chatter
    _mail_post_access = "read"

    partner_id = fields.Many2one(
        "res.partner",
        string="Member",
        required=True,
        ondelete="cascade",
        index=True,
        readonly=True,
    )
    company_id = fields.Many2one(
        "res.company",
        required=True,
        readonly=True,
        index=True,
        default=lambda self: self.env.company,
    )
    real_name = fields.Char(readonly=True, required=True)
    real_name_masked = fields.Char(string="Real Name (masked)", compute="_compute_real_name_masked")
    id_number_masked = fields.Char(
        string="ID Number",
        readonly=True,
        required=True,
        help="Masked: the first four and the last four characters. Finance can reveal "
        "the full number (each reveal is logged).",
    )
    # ciphertext and blind index: no user reads them (not even in an export)
    id_number_encrypted = fields.Char(readonly=True, required=True, groups="base.group_system")
    id_index = fields.Char(
        string="Blind Index", readonly=True, required=True, groups="base.group_system"
    )
    provider = fields.Char(readonly=True, help="The verification service that confirmed it.")
    verified_at = fields.Datetime(readonly=True, required=True, default=fields.Datetime.now)
    reveal_log_ids = fields.One2many(
        "mall.identity.reveal.log", "identity_id", string="Reveals", readonly=True
    )
    reveal_count = fields.Integer(compute="_compute_reveal_count")

    _sql_constraints = [
        (
            "partner_company_uniq",
            "UNIQUE (partner_id, company_id)",
            "This member already has a verified identity in this company.",
        ),
        (
            "index_company_uniq",
            "UNIQUE (id_index, company_id)",
            "This ID number is already verified by another member of this company.",
        ),
    ]

    @api.depends("real_name")
    def _compute_real_name_masked(self):
        for identity in self:
            identity.real_name_masked = idcard.mask_name(identity.real_name)

    def _compute_reveal_count(self):
        counts = dict(
            self.env["mall.identity.reveal.log"]._read_group(
                [("identity_id", "in", self.ids)], ["identity_id"], ["__count"]
            )
        )
        for identity in self:
            identity.reveal_count = counts.get(identity, 0)

    def write(self, vals):
        locked = {
            "partner_id",
            "company_id",
            "real_name",
            "id_number_masked",
            "id_number_encrypted",
            "id_index",
        }
        if locked & set(vals):
            raise UserError(
                _(
                    "A verified identity cannot be changed: delete it and let the member "
                    "verify again."
                )
            )
        return super().write(vals)

    # ------------------------------------------------------------ verification

    @api.model
    def _mall_verify(self, partner, name, id_number):
        """Check, verify through the company's provider and store ``partner``'s
        real name; returns the new ``mall.identity``.

        Refusals (``MallError``, nothing stored): 422 ``invalid_name``,
        ``invalid_id_number``, ``invalid_id_checksum``, ``invalid_birth_date``
        (local checks), ``identity_mismatch`` (the provider says name and
        number do not belong together); 409 ``already_verified``,
        ``identity_in_use`` (another member of the company verified this
        number); 503 ``identity_not_configured`` (no key in the server's
        configuration, or no provider), ``identity_unavailable`` (the
        provider did not answer: the member tries again later).

        The number never goes into a log line, an error message or a
        response: only its masked form and blind index leave this method."""
        try:
            name = idcard.validate_name(name)
            number = idcard.validate(id_number)
        except idcard.IdCardError as error:
            raise MallError(error.code, ID_MESSAGES[error.code], kind="invalid") from None
        company = partner.company_id or self.env.company
        if not crypto.configured_secret():
            _logger.warning(
                "real-name verification refused: no %s in the server configuration "
                "(nor %s in the environment)",
                crypto.CONFIG_OPTION,
                crypto.ENV_VARIABLE,
            )
            raise MallError(
                "identity_not_configured", "实名认证暂未开放，请联系客服。", kind="unavailable"
            )
        identities = self.sudo()  # the blind index is for nobody's eyes but this check's
        if identities.search_count(
            [("partner_id", "=", partner.id), ("company_id", "=", company.id)]
        ):
            raise MallError("already_verified", "您已完成实名认证。")
        index = crypto.blind_index(number)
        in_use = identities.search_count(
            [("id_index", "=", index), ("company_id", "=", company.id)], limit=1
        )
        provider = company.mall_identity_provider
        if not provider:
            raise MallError(
                "identity_not_configured", "实名认证暂未开放，请联系客服。", kind="unavailable"
            )
        verdict = getattr(self, f"_mall_verify_{provider}")(company, name, number)
        if verdict != "match":
            raise MallError(
                "identity_mismatch", "姓名与身份证号码不一致，请核对后重新输入。", kind="invalid"
            )
        if in_use:
            # said only to whoever knows the name that goes with the number:
            # before the service's verdict, any number typed in would tell
            # whether that person verified an account here
            raise MallError("identity_in_use", "该身份证号码已被其他账号实名认证。")
        values = {
            "partner_id": partner.id,
            "company_id": company.id,
            "real_name": name,
            "id_number_masked": idcard.mask_number(number),
            "id_number_encrypted": crypto.encrypt(number),
            "id_index": index,
            "provider": provider,
        }
        try:
            # a parallel verification of the same number (two accounts at once):
            # the unique index decides, the later one gets identity_in_use
            with self.env.cr.savepoint(flush=True):
                identity = identities.create(values)
                identity.flush_recordset()
        except psycopg2.errors.UniqueViolation as error:
            if "index_company_uniq" in str(error):
                raise MallError("identity_in_use", "该身份证号码已被其他账号实名认证。") from None
            raise MallError("already_verified", "您已完成实名认证。") from None
        partner.message_post(
            body=_(
                "Real name verified (%(provider)s): %(number)s",
                provider=provider,
                number=identity.id_number_masked,
            ),
        )
        return identity

    # ------------------------------------------------------------ providers

    def _mall_verify_idv_http(self, company, name, number):
        """The name + ID number (二要素) check of a JSON API over HTTP (the
        protocol of the local simulator, shaped like the cloud markets'
        二要素 APIs): ``POST {url}/idv/v1/verify`` with ``Authorization:
        APPCODE <code>`` and ``{"name", "idcard"}`` → ``{"code": 0, "result":
        1}`` (match), ``2`` (mismatch) or ``3`` (no such number). Anything
        else (no answer, 5xx, a refused app code) is *unavailable*.

        Returns ``"match"`` or ``"mismatch"``; raises MallError
        ``identity_unavailable``. A provider of another protocol is a new
        value of ``res.company.mall_identity_provider`` and a method
        ``_mall_verify_<value>`` with this signature."""
        base = (company.sudo().mall_identity_api_url or "").rstrip("/")
        appcode = company.sudo().mall_identity_api_appcode or ""
        if not base:
            raise MallError(
                "identity_not_configured", "实名认证暂未开放，请联系客服。", kind="unavailable"
            )
        try:
            response = requests.post(
                f"{base}/idv/v1/verify",
                json={"name": name, "idcard": number},
                headers={"Authorization": f"APPCODE {appcode}"},
                timeout=PROVIDER_TIMEOUT,
            )
            body = response.json() if response.status_code == 200 else {}
        except (requests.RequestException, ValueError) as error:
            # the exception's text may hold the request: log its type only
            _logger.warning("identity provider unreachable: %s", type(error).__name__)
            raise MallError(
                "identity_unavailable", UNAVAILABLE_MESSAGE, kind="unavailable"
            ) from None
        result = body.get("result") if isinstance(body, dict) and body.get("code") == 0 else None
        if result == 1:
            return "match"
        if result in (2, 3):
            return "mismatch"
        _logger.warning(
            "identity provider answered HTTP %s, code %s",
            response.status_code,
            body.get("code") if isinstance(body, dict) else None,
        )
        raise MallError("identity_unavailable", UNAVAILABLE_MESSAGE, kind="unavailable")

    # ------------------------------------------------------------ finance

    def _mall_reveal(self, reason):
        """The plain ID number, for a finance user only; logged (who, when,
        why) in the reveal log and the identity's chatter."""
        self.ensure_one()
        if not self.env.user.has_group("mall_base.group_mall_finance"):
            raise AccessError(_("Only Finance may reveal an ID number."))
        if not (reason or "").strip():
            raise UserError(_("Say why the ID number is revealed."))
        try:
            # the ciphertext is readable by no user: decrypted here, for finance only
            number = crypto.decrypt(self.sudo().id_number_encrypted)
        except crypto.KeyMissing:
            raise UserError(
                _(
                    "The ID number cannot be revealed: the server has no identity key "
                    "(option mall_identity_key in odoo.conf)."
                )
            ) from None
        except ValueError:
            raise UserError(
                _(
                    "The ID number cannot be revealed: the server's identity key does not "
                    "open it (the key was changed)."
                )
            ) from None
        self.env["mall.identity.reveal.log"].create(
            {"identity_id": self.id, "reason": reason.strip()}
        )
        self.message_post(
            body=_(
                "ID number revealed by %(user)s. Reason: %(reason)s",
                user=self.env.user.name,
                reason=reason.strip(),
            ),
        )
        return number

    def action_reveal(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": _("Reveal ID Number"),
            "res_model": "mall.identity.reveal",
            "view_mode": "form",
            "target": "new",
            "context": {"default_identity_id": self.id},
        }

    def action_view_reveals(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "mall_identity.mall_identity_reveal_log_action"
        )
        action["domain"] = [("identity_id", "=", self.id)]
        return action
