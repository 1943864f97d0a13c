from odoo import http
from odoo.addons.portal.controllers.portal import CustomerPortal
from odoo.addons.portal.controllers.portal import pager as portal_pager
from odoo.exceptions import AccessError, MissingError, UserError
from odoo.http import request

PAGE_SIZE = 20


class MallSupplierPortal(CustomerPortal):
    """Supplier portal: a supplier's staff ship their own dropship transfers.

    Every read goes through the portal user's own rights (record rules keep
    a supplier to its own purchase orders and transfers); only after that
    check does the shipping step run with elevated rights.
    """

    def _mall_shipments_domain(self, state="to_ship"):
        domain = [
            ("picking_type_code", "=", "dropship"),
            ("purchase_id.partner_id.mall_is_supplier", "=", True),
        ]
        if state == "to_ship":
            domain.append(("state", "not in", ("done", "cancel")))
        else:
            domain.append(("state", "=", "done"))
        return domain

    def _mall_is_supplier_user(self):
        return request.env.user.has_group("mall_base.group_mall_supplier")

    def _prepare_home_portal_values(self, counters):
        values = super()._prepare_home_portal_values(counters)
        if "mall_shipment_count" in counters:
            values["mall_shipment_count"] = (
                request.env["stock.picking"].search_count(self._mall_shipments_domain())
                if self._mall_is_supplier_user()
                else 0
            )
        return values

    @http.route(
        ["/my/mall/shipments", "/my/mall/shipments/page/<int:page>"],
        type="http",
        auth="user",
        website=True,
    )
    def portal_mall_shipments(self, page=1, state="to_ship", **kw):
        if not self._mall_is_supplier_user():
            return request.redirect("/my")
        state = "done" if state == "done" else "to_ship"
        Picking = request.env["stock.picking"]
        domain = self._mall_shipments_domain(state)
        total = Picking.search_count(domain)
        pager = portal_pager(
            url="/my/mall/shipments",
            url_args={"state": state},
            total=total,
            page=page,
            step=PAGE_SIZE,
        )
        pickings = Picking.search(
            domain, order="scheduled_date asc, id asc", limit=PAGE_SIZE, offset=pager["offset"]
        )
        values = self._prepare_portal_layout_values()
        values.update(
            {
                # searched with the supplier's own rights above; the rows show the
                # shopper's address and the moves, which portal users cannot read
                "pickings": pickings.sudo(),
                "pager": pager,
                "state": state,
                "page_name": "mall_shipments",
                "default_url": "/my/mall/shipments",
            }
        )
        return request.render("mall_supplier.portal_my_mall_shipments", values)

    def _mall_shipment_or_redirect(self, picking_id):
        try:
            picking = self._document_check_access("stock.picking", picking_id)
        except (AccessError, MissingError):
            return None
        if not self._mall_is_supplier_user() or not picking.purchase_id.partner_id.mall_is_supplier:
            return None
        return picking

    @http.route("/my/mall/shipments/<int:picking_id>", type="http", auth="user", website=True)
    def portal_mall_shipment(self, picking_id, error=None, **kw):
        picking = self._mall_shipment_or_redirect(picking_id)
        if picking is None:
            return request.redirect("/my")
        # the carriers of the picking's company and shared ones, whatever the user's companies
        carriers = request.env["delivery.carrier"].sudo().search(picking._mall_carrier_domain())
        values = self._prepare_portal_layout_values()
        values.update(
            {
                "picking": picking,
                "carriers": carriers,
                "error": error,
                "tracking_ref": kw.get("tracking_ref", ""),
                "carrier_id": kw.get("carrier_id"),
                "page_name": "mall_shipment",
            }
        )
        return request.render("mall_supplier.portal_my_mall_shipment", values)

    @http.route(
        "/my/mall/shipments/<int:picking_id>/ship",
        type="http",
        auth="user",
        methods=["POST"],
        website=True,
    )
    def portal_mall_shipment_ship(self, picking_id, carrier_id=None, tracking_ref=None, **kw):
        picking = self._mall_shipment_or_redirect(picking_id)
        if picking is None:
            return request.redirect("/my")
        # any id: _mall_check_shipment refuses inactive carriers and other companies' ones
        carrier = request.env["delivery.carrier"].sudo()
        if carrier_id and str(carrier_id).isdigit():
            carrier = carrier.browse(int(carrier_id)).exists()
        try:
            picking._mall_supplier_ship(carrier, tracking_ref)
        except UserError as error:
            request.env.cr.rollback()
            return self.portal_mall_shipment(
                picking_id,
                error=error.args[0],
                tracking_ref=tracking_ref or "",
                carrier_id=carrier_id,
            )
        return request.redirect("/my/mall/shipments?state=done")
