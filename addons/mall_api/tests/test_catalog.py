import re

from odoo.addons.fastapi.pools import fastapi_app_pool
from odoo.tests import tagged

from .common import API, MallApiCase, MallApiSimulatorCase

FORBIDDEN_WORDS = ("settlement", "standard_price", "seller", "supplier", "cost")


def published(env):
    """What the catalogue lists, by its own domain (features narrow it: the
    points mall's goods are not for sale)."""
    return env["product.template"].sudo().search(env["mall.catalog"].sudo()._published_domain())


@tagged("post_install", "-at_install")
class TestCatalog(MallApiCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.published = published(cls.env)
        cls.hidden = cls.published[0]
        cls.hidden.mall_published = False
        cls.published -= cls.hidden

    def test_categories_count_published_products(self):
        response = self.api("GET", "/categories")
        self.assertEqual(response.status_code, 200, response.text)
        items = response.json()["items"]
        expected = {}
        for template in self.published:
            expected[template.categ_id.id] = expected.get(template.categ_id.id, 0) + 1
        self.assertEqual({i["id"]: i["product_count"] for i in items}, expected)
        self.assertIn("大米", {i["name"] for i in items})

    def test_one_app_for_every_path(self):
        """The FastAPI apps are pooled per endpoint, not per path: opening
        several products builds no app per product (each new app cost 0.2–1 s
        and stayed in memory for good)."""
        for product in self.published[:3]:
            response = self.api("GET", f"/products/{product.id}")
            self.assertEqual(response.status_code, 200, response.text)
        pools = fastapi_app_pool._queue_by_db_by_root_path[self.env.cr.dbname]
        self.assertIn(API, pools)
        self.assertEqual([path for path in pools if path.startswith(API + "/")], [])

    def test_products_paging(self):
        total = len(self.published)
        self.assertGreater(total, 5)
        seen = []
        page = 1
        while True:
            response = self.api("GET", "/products", params={"page": page, "page_size": 5})
            self.assertEqual(response.status_code, 200, response.text)
            body = response.json()
            self.assertEqual(body["paging"]["total"], total)
            self.assertEqual(body["paging"]["pages"], -(-total // 5))
            seen += [item["id"] for item in body["items"]]
            if page >= body["paging"]["pages"]:
                break
            page += 1
        self.assertEqual(sorted(seen), sorted(self.published.ids))
        self.assertNotIn(self.hidden.id, seen)
        item = body["items"][0]
        self.assertEqual(
            set(item),
            {
                "id",
                "name",
                "price_from",
                "currency",
                "image_url",
                "category",
                "member_price",
                "flash_sale",
            },
        )
        # anonymous: no member prices
        self.assertIsNone(item["member_price"])
        self.assertIsNone(body["member_level"])
        template = self.env["product.template"].browse(item["id"])
        self.assertAlmostEqual(
            item["price_from"], min(template.product_variant_ids.mapped("lst_price"))
        )
        self.assertEqual(
            item["category"], {"id": template.categ_id.id, "name": template.categ_id.name}
        )
        self.assertIn(f"/mall/image/product.template/{template.id}/", item["image_url"])
        self._check_image_is_public(template, item["image_url"])

    def _check_image_is_public(self, template, image_url):
        """Shoppers have no Odoo session: the catalogue's pictures of
        published products load for everyone, cached for good (the URL
        changes with the picture); an unpublished product's do not."""
        path = image_url[image_url.index("/mall/image/") :]
        response = self.url_open(path)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.headers["Content-Type"].startswith("image/"))
        self.assertIn("immutable", response.headers["Cache-Control"])
        variant = template.product_variant_ids[:1]
        variant_path = f"/mall/image/product.product/{variant.id}/image_512"
        self.assertEqual(self.url_open(variant_path).status_code, 200)
        hidden = template.copy({"name": "未上架的米"})
        hidden.mall_published = False
        for url in (
            f"/mall/image/product.template/{hidden.id}/image_512",
            f"/mall/image/res.partner/{self.env.user.partner_id.id}/image_512",
            f"/mall/image/product.template/{template.id}/datas",
        ):
            self.assertEqual(self.url_open(url).status_code, 404, url)

    def test_products_sort(self):
        def ids(sort):
            response = self.api("GET", "/products", params={"sort": sort, "page_size": 50})
            self.assertEqual(response.status_code, 200, response.text)
            return [item["id"] for item in response.json()["items"]]

        Template = self.env["product.template"]

        def lowest(template_ids):
            return [
                min(template.product_variant_ids.mapped("lst_price"))
                for template in Template.browse(template_ids)
            ]

        # a variant price extra below the base price decides the order
        cheap = self.published.sorted("list_price")[-1]
        cheap.attribute_line_ids[0].product_template_value_ids[:1].price_extra = (
            -cheap.list_price + 0.5
        )
        asc = ids("price_asc")
        self.assertEqual(asc[0], cheap.id)
        self.assertEqual(lowest(asc), sorted(lowest(asc)))
        self.assertEqual(sorted(asc), sorted(self.published.ids))
        desc = lowest(ids("price_desc"))
        self.assertEqual(desc, sorted(desc, reverse=True))
        # pages of a price sort follow each other
        pages = []
        for page in (1, 2, 3):
            response = self.api(
                "GET", "/products", params={"sort": "price_asc", "page_size": 5, "page": page}
            )
            pages += [item["id"] for item in response.json()["items"]]
        self.assertEqual(pages, asc[:15])
        newest = Template.browse(ids("newest"))
        self.assertEqual(
            newest.mapped("create_date"), sorted(newest.mapped("create_date"), reverse=True)
        )
        self.assertEqual(sorted(ids("default")), sorted(self.published.ids))

    def test_products_search_and_category(self):
        rice = self.env["product.category"].search([("name", "=", "大米")], limit=1)
        response = self.api("GET", "/products", params={"category_id": rice.id, "page_size": 50})
        items = response.json()["items"]
        self.assertEqual(
            {i["id"] for i in items}, set(self.published.filtered(lambda t: t.categ_id == rice).ids)
        )
        target = self.published[-1]
        response = self.api("GET", "/products", params={"q": target.name[:3]})
        self.assertIn(target.id, [i["id"] for i in response.json()["items"]])
        response = self.api("GET", "/products", params={"q": "不存在的商品名"})
        self.assertEqual(response.json()["items"], [])
        self.assertEqual(response.json()["paging"]["total"], 0)

    def test_products_bad_parameters(self):
        for params in (
            {"page_size": 51},
            {"page_size": 0},
            {"page": 0},
            {"sort": "cheapest"},
            {"category_id": "rice"},
        ):
            with self.subTest(params=params):
                self.assertError(
                    self.api("GET", "/products", params=params), 422, "validation_error"
                )

    def test_product_detail(self):
        template = self.published.filtered(lambda t: len(t.product_variant_ids) == 4)[0]
        response = self.api("GET", f"/products/{template.id}")
        self.assertEqual(response.status_code, 200, response.text)
        body = response.json()
        self.assertEqual(body["name"], template.name)
        self.assertEqual({a["name"] for a in body["attributes"]}, {"产地", "品种", "等级"})
        self.assertEqual(len(body["variants"]), 4)
        for variant_data in body["variants"]:
            variant = self.env["product.product"].browse(variant_data["id"])
            self.assertEqual(variant.product_tmpl_id, template)
            self.assertAlmostEqual(variant_data["price"], variant.lst_price)
            self.assertEqual(variant_data["attributes"][0]["attribute"], "规格")
            # shipped by the supplier: the mall does not limit it
            self.assertEqual(variant_data["stock_state"], "in_stock")

        # from our warehouse: by the free quantity (low at 10 or less); a
        # flash sale's allotment is not free (the demo's holds this product's)
        if "mall.flash.sale" in self.env:
            sales = self.env["mall.flash.sale"].sudo().search([])
            sales.filtered(lambda s: s.state in ("scheduled", "running")).action_cancel()
        template.mall_fulfillment = "warehouse"
        variants = template.product_variant_ids
        location = (
            self.env["stock.warehouse"]
            .search([("company_id", "=", self.company.id)], limit=1)
            .lot_stock_id
        )
        for variant, qty in zip(variants, (0, 3, 10, 11), strict=True):
            quant = (
                self.env["stock.quant"]
                .with_context(inventory_mode=True)
                .create(
                    {
                        "product_id": variant.id,
                        "location_id": location.id,
                        "inventory_quantity": qty,
                    }
                )
            )
            quant.action_apply_inventory()
        body = self.api("GET", f"/products/{template.id}").json()
        states = {v["id"]: v["stock_state"] for v in body["variants"]}
        self.assertEqual(
            [states[v.id] for v in variants], ["out_of_stock", "low", "low", "in_stock"]
        )
        self.assertEqual(body["nutrition"], template.mall_nutrition_info)
        self.assertEqual(body["storage"], template.mall_storage_info)
        self.assertTrue(body["images"])

    def test_product_detail_not_found(self):
        self.assertError(self.api("GET", f"/products/{self.hidden.id}"), 404, "not_found")
        self.assertError(self.api("GET", "/products/999999999"), 404, "not_found")
        self.assertError(self.api("GET", "/products/abc"), 422, "validation_error")


@tagged("post_install", "-at_install")
class TestNoSettlementPrices(MallApiSimulatorCase):
    def test_no_cost_or_settlement_in_any_response(self):
        templates = published(self.env)
        secret_values = set()
        for template in templates:
            for variant in template.product_variant_ids:
                if variant.standard_price:
                    secret_values.add(variant.standard_price)
        for info in (
            self.env["product.supplierinfo"]
            .sudo()
            .search([("product_tmpl_id", "in", templates.ids)])
        ):
            secret_values.add(info.price)
        self.assertTrue(secret_values, "the demo has settlement prices")
        sale_prices = set(
            templates.product_variant_ids.mapped("lst_price") + templates.mapped("list_price")
        )
        secret_values -= sale_prices
        token = self.member_token(scene="store_qr:S01")
        bodies = [
            self.api("GET", "/me", token=token).text,
            self.api("GET", "/categories").text,
            self.api("GET", "/openapi.json").text,
        ]
        page = 1
        while True:
            response = self.api("GET", "/products", params={"page": page, "page_size": 50})
            bodies.append(response.text)
            if page >= response.json()["paging"]["pages"]:
                break
            page += 1
        for template in templates:
            bodies.append(self.api("GET", f"/products/{template.id}").text)
        numbers = set()
        for body in bodies:
            lowered = body.lower()
            for word in FORBIDDEN_WORDS:
                self.assertNotIn(word, lowered)
            numbers.update(float(n) for n in re.findall(r"(?<![\w.])\d+\.\d+(?![\w.])", body))
        leaked = {v for v in secret_values if any(abs(v - n) < 0.001 for n in numbers)}
        self.assertFalse(leaked, f"settlement prices or costs in the API output: {leaked}")


@tagged("post_install", "-at_install")
class TestCatalogCache(MallApiCase):
    def test_list_follows_product_changes(self):
        def listed():
            response = self.api("GET", "/products", params={"page_size": 50})
            self.assertEqual(response.status_code, 200, response.text)
            return {item["id"]: item for item in response.json()["items"]}

        template = published(self.env)[0]
        before = listed()
        self.assertIn(template.id, before)
        for lang in ("en_US", "zh_CN"):
            template.with_context(lang=lang).name = "新米上市"
        self.assertEqual(listed()[template.id]["name"], "新米上市")
        ptav = template.attribute_line_ids.product_template_value_ids[:1]
        ptav.price_extra = -template.list_price + 1.0
        self.assertAlmostEqual(listed()[template.id]["price_from"], 1.0)
        template.mall_published = False
        self.assertNotIn(template.id, listed())

    def test_detail_follows_attribute_names_and_stays_live_on_stock(self):
        template = published(self.env).filtered(lambda t: len(t.product_variant_ids) == 4)[0]
        variant = template.product_variant_ids[0]
        self.assertEqual(self.api("GET", f"/products/{template.id}").status_code, 200)
        value = variant.product_template_attribute_value_ids[0].product_attribute_value_id
        for lang in ("en_US", "zh_CN"):
            value.with_context(lang=lang).name = "特级新米"
        body = self.api("GET", f"/products/{template.id}").json()
        shown = {a["value"] for v in body["variants"] for a in v["attributes"]}
        self.assertIn("特级新米", shown)

        # stock is never cached: the same cached detail shows each new state
        template.mall_fulfillment = "warehouse"
        location = (
            self.env["stock.warehouse"]
            .search([("company_id", "=", self.company.id)], limit=1)
            .lot_stock_id
        )

        def state_with(qty):
            self.env["stock.quant"].with_context(inventory_mode=True).create(
                {"product_id": variant.id, "location_id": location.id, "inventory_quantity": qty}
            ).action_apply_inventory()
            body = self.api("GET", f"/products/{template.id}").json()
            return {v["id"]: v["stock_state"] for v in body["variants"]}[variant.id]

        self.assertEqual(state_with(0), "out_of_stock")
        version = self.env["mall.catalog"]._version()
        self.assertEqual(state_with(50), "in_stock")
        self.assertEqual(state_with(2), "low")
        self.assertEqual(self.env["mall.catalog"]._version(), version)

    def test_writes_shoppers_do_not_see_keep_the_cache(self):
        Catalog = self.env["mall.catalog"]
        template = published(self.env)[0]
        self.assertEqual(self.api("GET", "/products").status_code, 200)
        version = Catalog._version()
        # stock valuation and internal notes change nothing a shopper sees
        template.product_variant_ids.write({"standard_price": 3.21})
        template.write({"description": "仓库内部备注"})
        self.assertEqual(Catalog._version(), version)
        template.write({"list_price": template.list_price + 1})
        self.assertGreater(Catalog._version(), version)
