from odoo import api, fields, models


class PurchaseOrderLine(models.Model):
    _inherit = "purchase.order.line"

    @api.model
    def _prepare_purchase_order_line_from_procurement(
        self,
        product_id,
        product_qty,
        product_uom,
        location_dest_id,
        name,
        origin,
        company_id,
        values,
        po,
    ):
        res = super()._prepare_purchase_order_line_from_procurement(
            product_id,
            product_qty,
            product_uom,
            location_dest_id,
            name,
            origin,
            company_id,
            values,
            po,
        )
        # procurement runs as whoever confirmed the sale; the locked fields are employees' only
        sale_line = self.env["sale.order.line"].sudo().browse(values.get("sale_line_id"))
        if sale_line.exists() and sale_line.mall_supplierinfo_id:
            # the settlement price locked on the confirmed order, not today's
            price = sale_line.mall_settlement_price
            if sale_line.currency_id != po.currency_id:
                price = sale_line.currency_id._convert(
                    price,
                    po.currency_id,
                    po.company_id,
                    po.date_order or fields.Date.context_today(self),
                )
            res["price_unit"] = price
        return res
