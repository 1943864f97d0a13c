from datetime import timedelta

from odoo import api, models


class MallCoinLine(models.Model):
    _inherit = "mall.coin.line"

    @api.model
    def _mall_demo_coins(self, ledgers):
        """Demo ledgers: ``[(member, [(coins, source, reason, hours_ago)])]``,
        earned through ``_mall_earn`` in the current company as the suite earns
        them, then dated ``hours_ago`` earlier (their expiry with them, so the
        ledger shows coins at different points of their 48 hours); coins past
        their expiry are then expired by the job."""
        Partner = self.env["res.partner"]
        for partner_id, moves in ledgers:
            for index, (coins, source, reason, hours_ago) in enumerate(moves):
                line = self._mall_earn(
                    Partner.browse(partner_id),
                    coins,
                    source,
                    company=self.env.company,
                    key=f"demo:{index}",
                    reason=reason,
                )
                if hours_ago:
                    # demo data only: the ledger is written by code
                    line.sudo().write(
                        {
                            "date": line.date - timedelta(hours=hours_ago),
                            "expires_at": line.expires_at - timedelta(hours=hours_ago),
                        }
                    )
        self._mall_expire_due()
