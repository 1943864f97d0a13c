from odoo import http
from odoo.addons.portal.controllers.portal import CustomerPortal
from odoo.exceptions import AccessError, MissingError, UserError
from odoo.http import request

RETURN_STATES = ("awaiting_return", "return_shipped")


class MallAfterSalePortal(CustomerPortal):
    """Suppliers confirm the goods shoppers sent back. Requests are searched
    with the portal user's own rights (a record rule keeps a supplier to the
    requests of goods it shipped); only then does the confirmation run with
    elevated rights."""

    def _mall_is_supplier_user(self):
        return request.env.user.has_group("mall_base.group_mall_supplier")

    def _prepare_home_portal_values(self, counters):
        values = super()._prepare_home_portal_values(counters)
        if "mall_return_count" in counters:
            values["mall_return_count"] = (
                request.env["mall.after.sale"].search_count([("state", "in", RETURN_STATES)])
                if self._mall_is_supplier_user()
                else 0
            )
        return values

    @http.route("/my/mall/returns", type="http", auth="user", website=True)
    def portal_mall_returns(self, error=None, **kw):
        if not self._mall_is_supplier_user():
            return request.redirect("/my")
        returns = request.env["mall.after.sale"].search(
            [("state", "in", RETURN_STATES)], order="id", limit=200
        )
        values = self._prepare_portal_layout_values()
        values.update(
            {
                # searched with the supplier's own rights above; the rows show the
                # shoppers' orders, which portal users cannot read
                "returns": returns.sudo(),
                "error": error,
                "page_name": "mall_returns",
            }
        )
        return request.render("mall_after_sale.portal_my_mall_returns", values)

    @http.route(
        "/my/mall/returns/<int:request_id>/receive",
        type="http",
        auth="user",
        methods=["POST"],
        website=True,
    )
    def portal_mall_return_receive(self, request_id, **kw):
        if not self._mall_is_supplier_user():
            return request.redirect("/my")
        try:
            after_sale = request.env["mall.after.sale"].browse(request_id)
            after_sale.check_access("read")
            # suppliers only read requests: check_access above keeps this to their own
            after_sale.sudo().action_confirm_received()
        except (AccessError, MissingError):
            return request.redirect("/my/mall/returns")
        except UserError as error:
            request.env.cr.rollback()
            return self.portal_mall_returns(error=error.args[0])
        return request.redirect("/my/mall/returns")
