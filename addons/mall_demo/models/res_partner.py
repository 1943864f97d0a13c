import logging

from odoo import api, models
from odoo.addons.mall_identity import crypto, idcard

_logger = logging.getLogger(__name__)


class ResPartner(models.Model):
    _inherit = "res.partner"

    @api.model
    def _mall_demo_identity(self, rows):
        """Verified real names of demo shoppers (demo data only): rows of
        ``(partner id, name, ID number)``, stored as a verification would
        store them, only when the server has an identity key (scripts/run
        sets one); else nothing, and the log says how."""
        if not crypto.configured_secret():
            _logger.info(
                "demo real names skipped: no %s in the server configuration (scripts/run "
                "sets a demo key; or verify in the mini-program: 我的 → 实名认证)",
                crypto.CONFIG_OPTION,
            )
            return
        Identity = self.env["mall.identity"]
        for partner_id, name, number in rows:
            partner = self.browse(partner_id)
            Identity.create(
                {
                    "partner_id": partner.id,
                    "company_id": (partner.company_id or self.env.company).id,
                    "real_name": name,
                    "id_number_masked": idcard.mask_number(number),
                    "id_number_encrypted": crypto.encrypt(number),
                    "id_index": crypto.blind_index(number),
                    "provider": "demo",
                }
            )
