from odoo import api, models


class MallPointsLine(models.Model):
    _inherit = "mall.points.line"

    @api.model
    def _mall_demo_points(self, ledgers):
        """Demo ledgers: ``[(member, [(points, kind, reason)])]``, posted through
        ``_mall_post`` in the current company as the suite posts them (the
        paid demo orders earn their own pending points)."""
        Partner = self.env["res.partner"]
        for partner_id, moves in ledgers:
            for points, kind, reason in moves:
                self._mall_post(
                    Partner.browse(partner_id),
                    points,
                    kind,
                    reason=reason,
                    company=self.env.company,
                )
