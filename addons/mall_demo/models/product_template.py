import base64
import io
import random
from datetime import timedelta

from PIL import Image, ImageDraw

from odoo import Command, api, fields, models

# 规格 value -> (price factor against the 500g price, weight in kg)
SIZES = {
    "mall_demo.size_500g": (1.0, 0.5),
    "mall_demo.size_1kg": (1.9, 1.0),
    "mall_demo.size_2_5kg": (4.5, 2.5),
    "mall_demo.size_5kg": (8.5, 5.0),
}
SETTLEMENT_RATE = 0.72  # what the supplier is paid, against the sale price

PALETTES = {
    "mall_demo.categ_rice": ((250, 244, 228), (196, 160, 92), "grain"),
    "mall_demo.categ_noodle": ((255, 248, 236), (214, 120, 60), "noodle"),
    "mall_demo.categ_grain": ((247, 240, 222), (150, 110, 60), "bean"),
}


class ProductTemplate(models.Model):
    _inherit = "product.template"

    @api.model
    def _mall_demo_setup(self, rows):
        """Finish the demo catalogue (called from demo data only).

        rows: [(template id, supplier id, [stock of 500g, 1kg, 2.5kg, 5kg])].
        Sets per-variant prices (bigger bags cost less per kg), weights,
        the supplier's settlement price per variant, a generated image and
        stock on hand in the main warehouse.
        """
        warehouse = self.env["stock.warehouse"].search(
            [("company_id", "=", self.env.company.id)], limit=1
        )
        size_values = {
            self.env.ref(xmlid).id: (xmlid, factor, weight)
            for xmlid, (factor, weight) in SIZES.items()
        }
        quants = self.env["stock.quant"]
        for index, (template_id, supplier_id, stock) in enumerate(rows):
            template = self.browse(template_id)
            template.image_1920 = self._mall_demo_image(template, index)
            base = template.list_price
            for ptav in template.attribute_line_ids.product_template_value_ids:
                if ptav.product_attribute_value_id.id in size_values:
                    _xmlid, factor, _weight = size_values[ptav.product_attribute_value_id.id]
                    price = round(base * factor) - 0.1 if factor != 1.0 else base
                    ptav.price_extra = round(price - base, 2)
            sellers = []
            for variant in template.product_variant_ids:
                size = variant.product_template_attribute_value_ids.filtered(
                    lambda v: v.product_attribute_value_id.id in size_values
                )
                xmlid, _factor, weight = size_values[size.product_attribute_value_id.id]
                variant.weight = weight
                sellers.append(
                    {
                        "partner_id": supplier_id,
                        "product_tmpl_id": template.id,
                        "product_id": variant.id,
                        "price": round(variant.lst_price * SETTLEMENT_RATE, 2),
                        "min_qty": 0,
                        "delay": 2,
                    }
                )
                qty = stock[list(SIZES).index(xmlid)]
                quants |= quants.with_context(inventory_mode=True).create(
                    {
                        "product_id": variant.id,
                        "location_id": warehouse.lot_stock_id.id,
                        "inventory_quantity": qty,
                    }
                )
            self.env["product.supplierinfo"].create(sellers)
        quants.action_apply_inventory()
        self.browse([row[0] for row in rows]).action_mall_publish()

    @api.model
    def _mall_demo_points_mall(self, rows):
        """Points-mall demo products (called from demo data only): rows of
        ``(template id, supplier id, settlement price, stock)``: the supplier's
        price (what the shop pays for the goods), a generated image, stock on
        hand in the main warehouse, published."""
        warehouse = self.env["stock.warehouse"].search(
            [("company_id", "=", self.env.company.id)], limit=1
        )
        quants = self.env["stock.quant"]
        for index, (template_id, supplier_id, price, stock) in enumerate(rows):
            template = self.browse(template_id)
            template.image_1920 = self._mall_demo_image(template, 20 + index)
            self.env["product.supplierinfo"].create(
                {"partner_id": supplier_id, "product_tmpl_id": template.id, "price": price}
            )
            quants |= quants.with_context(inventory_mode=True).create(
                {
                    "product_id": template.product_variant_id.id,
                    "location_id": warehouse.lot_stock_id.id,
                    "inventory_quantity": stock,
                }
            )
        quants.action_apply_inventory()
        self.browse([row[0] for row in rows]).action_mall_publish()

    @api.model
    def _mall_demo_orders(self, orders):
        """Paid demo orders: [(shopper, address, [(template, size index, qty)])].

        The size index counts 500g, 1kg, 2.5kg, 5kg from 0.

        Real mall orders, built as the storefront builds them (prices,
        promotions, shipping by destination) and confirmed as a payment
        confirms them: the shoppers see them as paid in the mini-program, the
        to-ship workbench lists them, purchase orders go to the suppliers and
        dropship transfers wait in the supplier portal.
        """
        SaleOrder = self.env["sale.order"]
        placed = SaleOrder
        for shopper_id, address_id, lines in orders:
            quantities = {
                self._mall_demo_variant(template_id, size): qty for template_id, size, qty in lines
            }
            order = SaleOrder._mall_create_placed_order(
                self.env["res.partner"].browse(shopper_id),
                self.env["res.partner"].browse(address_id),
                quantities,
                None,
                None,
                None,
            )
            order._mall_apply_promotions(())
            order._mall_set_shipping()
            placed |= order
        placed.action_confirm()

    @api.model
    def _mall_demo_reviews(self, orders):
        """Received demo orders and their reviews (called from demo data only):
        [(shopper, address, [(template, size index, qty, stars, text,
        anonymous, with a photo, merchant's reply)])].

        Each order is placed and paid as the storefront does it, the
        supplier's purchase order confirmed and its dropship transfer done,
        the shopper confirms receipt, then reviews each line through the
        storefront's own method (published at once: no sensitive word).
        """
        SaleOrder = self.env["sale.order"]
        Review = self.env["mall.review"]
        for shopper_id, address_id, lines in orders:
            shopper = self.env["res.partner"].browse(shopper_id)
            variants = [self._mall_demo_variant(row[0], row[1]) for row in lines]
            order = SaleOrder._mall_create_placed_order(
                shopper,
                self.env["res.partner"].browse(address_id),
                {variant: row[2] for variant, row in zip(variants, lines, strict=True)},
                None,
                None,
                None,
            )
            order._mall_apply_promotions(())
            order._mall_set_shipping()
            order.action_confirm()
            order._get_purchase_orders().button_confirm()
            for picking in order._mall_deliveries():
                for move in picking.move_ids:
                    move.quantity = move.product_uom_qty
                picking.move_ids.picked = True
                picking.button_validate()
            order._mall_receive()
            for variant, row in zip(variants, lines, strict=True):
                _template, _size, _qty, stars, text, anonymous, photo, reply = row
                line = order._mall_product_lines().filtered(lambda x, v=variant: x.product_id == v)
                review = Review._mall_post_review(
                    shopper,
                    line.id,
                    stars,
                    text=text,
                    images=[self._mall_demo_review_photo(variant)] if photo else None,
                    anonymous=anonymous,
                )
                if reply:
                    review.reply = reply

    def _mall_demo_review_photo(self, variant):
        """A shopper's photo: a bowl of the goods (base64 PNG)."""
        img = Image.new("RGB", (320, 320), (236, 226, 206))
        draw = ImageDraw.Draw(img)
        draw.ellipse([40, 120, 280, 290], fill=(250, 250, 246), outline=(120, 90, 60), width=6)
        draw.ellipse([70, 110, 250, 190], fill=(230, 200, 90))
        rng = random.Random(variant.id)
        for _i in range(60):
            x, y = rng.randint(85, 230), rng.randint(120, 175)
            draw.ellipse([x, y, x + 8, y + 8], fill=(245, 215, 110), outline=(200, 160, 60))
        buf = io.BytesIO()
        img.save(buf, format="PNG", optimize=True)
        return base64.b64encode(buf.getvalue()).decode()

    @api.model
    def _mall_demo_flash_sale(self, name, items, hours=48):
        """A flash sale running from an hour ago for ``hours``, scheduled (its
        allotments leave normal stock); ``items``: ``(template id, size index,
        flash price, allotment)`` (called from demo data only)."""
        now = fields.Datetime.now()
        sale = self.env["mall.flash.sale"].create(
            {
                "name": name,
                "date_start": now - timedelta(hours=1),
                "date_end": now + timedelta(hours=hours),
                "member_limit": 2,
                "payment_timeout": 5,
                "line_ids": [
                    Command.create(
                        {
                            "product_id": self._mall_demo_variant(template_id, size_index).id,
                            "flash_price": price,
                            "allotment": allotment,
                        }
                    )
                    for template_id, size_index, price, allotment in items
                ],
            }
        )
        sale.action_schedule()
        return sale

    def _mall_demo_variant(self, template_id, size_index):
        size_value = self.env.ref(list(SIZES)[size_index])
        return self.browse(template_id).product_variant_ids.filtered(
            lambda v: v.product_template_attribute_value_ids.product_attribute_value_id
            == size_value
        )

    def _mall_demo_image(self, template, index):
        """A bag with the category's colours and a pattern of its goods."""
        xmlid = template.categ_id.get_external_id().get(template.categ_id.id)
        background, colour, pattern = PALETTES.get(
            xmlid, ((245, 245, 245), (120, 120, 120), "grain")
        )
        rng = random.Random(template.name)
        size = 512
        img = Image.new("RGB", (size, size), background)
        draw = ImageDraw.Draw(img)
        shade = tuple(max(0, c - 25 * (index % 3)) for c in colour)
        draw.rounded_rectangle([96, 110, 416, 460], radius=36, fill=shade)
        draw.rectangle([96, 110, 416, 150], fill=tuple(max(0, c - 40) for c in shade))
        draw.rounded_rectangle([150, 200, 362, 400], radius=24, fill=background)
        for _i in range(40):
            x, y = rng.randint(170, 340), rng.randint(215, 380)
            if pattern == "grain":
                draw.ellipse([x, y, x + 10, y + 18], fill=(255, 255, 250), outline=colour)
            elif pattern == "noodle":
                draw.arc([x - 20, y, x + 20, y + 16], 0, 180, fill=colour, width=3)
            else:
                draw.ellipse([x, y, x + 12, y + 12], fill=shade)
        buf = io.BytesIO()
        img.save(buf, format="PNG", optimize=True)
        return base64.b64encode(buf.getvalue())
