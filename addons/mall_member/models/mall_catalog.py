"""Member prices in the storefront catalogue.

The catalogue's list and detail stay cached as they are, the same for
everyone (see mall_api's ``mall.catalog``). A member's prices are laid over
them: the prices of the member's pricelist (its level's member prices),
computed by Odoo's pricelist engine for the variants of the page and cached
per worker under (catalogue version, pricelist phase, company, pricelist,
products). The pricelist is in the key, so one member's prices are never
served to another; members of one level share the entry. Pricelists and
their rules bump the catalogue version when they change, and the *pricelist
phase* (how many rule start and end dates have passed) changes when a dated
rule starts or ends, without any write.
"""

from odoo import api, fields, models, tools


class MallCatalog(models.AbstractModel):
    _inherit = "mall.catalog"

    @api.model
    def _member_pricing(self, member):
        """``(level name or None, pricelist or empty)`` of ``member`` in this
        company, or None for anonymous requests and members with neither."""
        if not member:
            return None
        company = self.env.company
        # the storefront's member record (superuser): the pricelist set on the
        # member for this company (its level's: see res.partner). Not
        # property_product_pricelist, whose compute searches Odoo's fallback
        # pricelists on every read: without a pricelist of its own the member
        # sees the catalogue's prices, as anonymous shoppers do.
        pricelist = member.sudo().with_company(company).specific_property_product_pricelist
        level = member._mall_level(company)
        if not pricelist and not level:
            return None
        return level.name or None, pricelist

    @api.model
    def _pricelist_phase(self):
        """How many start and end dates of pricelist rules have passed: it
        grows when a dated rule starts or ends (one small query)."""
        self.env.cr.execute(
            """
            SELECT COUNT(*) FILTER (WHERE date_start <= %(now)s)
                 + COUNT(*) FILTER (WHERE date_end < %(now)s)
              FROM product_pricelist_item
             WHERE date_start IS NOT NULL OR date_end IS NOT NULL
            """,
            {"now": fields.Datetime.now()},
        )
        return self.env.cr.fetchone()[0]

    @api.model
    def _member_prices(self, pricelist, template_ids):
        """``{template id: {variant id: price}}`` of ``pricelist`` for the
        active variants of ``template_ids`` (one unit), from the cache."""
        if not template_ids:
            return {}
        return self._member_prices_cached(
            self._version(), self._pricelist_phase(), pricelist.id, tuple(sorted(template_ids))
        )

    @api.model
    @tools.ormcache("version", "phase", "self.env.company.id", "pricelist_id", "template_ids")
    def _member_prices_cached(self, version, phase, pricelist_id, template_ids):
        # public catalogue: the technical user has no read rights on products or pricelists
        variants = (
            self.env["product.product"]
            .sudo()
            .search([("product_tmpl_id", "in", list(template_ids))])
        )
        pricelist = self.env["product.pricelist"].sudo().browse(pricelist_id)
        currency = self.env.company.sudo().currency_id
        prices = pricelist._get_products_price(variants, 1.0, currency=currency)
        result = {}
        for variant in variants:
            result.setdefault(variant.product_tmpl_id.id, {})[variant.id] = currency.round(
                prices[variant.id]
            )
        return result

    @api.model
    def _member_price(self, price, member_price):
        """``member_price`` when it differs from ``price``, else None."""
        currency = self.env.company.sudo().currency_id
        if member_price is None or currency.compare_amounts(price, member_price) == 0:
            return None
        return member_price

    @api.model
    def _member_items(self, items, member):
        """``(items, level name)``: product list items (dicts with ``id`` and
        ``price_from``) with ``member``'s ``member_price`` laid over them, as
        the catalogue's list shows them (new dicts: ``items`` may be the
        shared cached list); ``(items, None)`` for anonymous requests and
        members with neither a level nor a pricelist. Also used for the
        products of other pages (e.g. a campaign's)."""
        pricing = self._member_pricing(member)
        if not pricing:
            return items, None
        level_name, pricelist = pricing
        if not pricelist:
            # a level without member prices: the items as they are, with the level
            return items, level_name
        prices = self._member_prices(pricelist, [item["id"] for item in items])
        return [
            dict(
                item,
                member_price=self._member_price(
                    item["price_from"], min(prices.get(item["id"], {}).values(), default=None)
                ),
            )
            for item in items
        ], level_name

    @api.model
    def _product_list(self, category_id, q, sort, page, page_size, member=None):
        data = super()._product_list(category_id, q, sort, page, page_size, member=member)
        if not self._member_pricing(member):
            return data
        items, level_name = self._member_items(data["items"], member)
        return dict(data, items=items, member_level=level_name)

    @api.model
    def _product_detail(self, template_id, member=None):
        data = super()._product_detail(template_id, member=member)
        pricing = data and self._member_pricing(member)
        if not pricing:
            return data
        level_name, pricelist = pricing
        if not pricelist:
            return dict(data, member_level=level_name)
        prices = self._member_prices(pricelist, [template_id]).get(template_id, {})
        variants = [
            dict(
                variant,
                member_price=self._member_price(variant["price"], prices.get(variant["id"])),
            )
            for variant in data["variants"]
        ]
        return dict(
            data,
            variants=variants,
            member_price=self._member_price(data["price_from"], min(prices.values(), default=None)),
            member_level=level_name,
        )
