from odoo import models


class ResPartner(models.Model):
    _inherit = "res.partner"

    def _mall_on_login(self, scene, created):
        res = super()._mall_on_login(scene, created)
        if created and scene:
            # only a member this login created can be someone's invitee
            self.env["mall.share.invite"]._mall_register(self, scene)
        return res
