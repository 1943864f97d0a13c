from odoo.tests import tagged
from odoo.tests.common import TransactionCase

SIZES = ["500g", "1kg", "2.5kg", "5kg"]


@tagged("post_install", "-at_install")
class TestMallDemoData(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.categories = {
            name: cls.env.ref(f"mall_demo.categ_{key}")
            for key, name in (("rice", "大米"), ("noodle", "面条"), ("grain", "杂粮"))
        }
        cls.products = cls.env["product.template"].search(
            [
                ("categ_id", "child_of", cls.env.ref("mall_demo.categ_mall").id),
                ("mall_points_mall", "=", False),
            ]
        )
        cls.suppliers = (
            cls.env.ref("mall_demo.supplier_wuchang")
            | cls.env.ref("mall_demo.supplier_xinxiang")
            | cls.env.ref("mall_demo.supplier_shanxi")
        )

    def test_catalogue_spans_the_three_categories(self):
        self.assertGreaterEqual(len(self.products), 12)
        for name, categ in self.categories.items():
            with self.subTest(category=name):
                self.assertEqual(categ.name, name)
                self.assertGreaterEqual(
                    len(self.products.filtered(lambda p, c=categ: p.categ_id == c)), 3
                )

    def test_every_product_is_complete(self):
        attribute_names = {"产地", "品种", "等级", "规格"}
        for product in self.products:
            with self.subTest(product=product.name):
                self.assertTrue(product.sale_ok)
                self.assertTrue(product.mall_ok)
                self.assertTrue(product.is_storable)
                self.assertTrue(product.image_1920, "an image")
                self.assertTrue(product.description_sale)
                self.assertTrue(product.mall_nutrition_info)
                self.assertTrue(product.mall_storage_info)
                self.assertEqual(
                    set(product.attribute_line_ids.attribute_id.mapped("name")),
                    attribute_names,
                )
                variants = product.product_variant_ids
                self.assertEqual(
                    sorted(
                        variants.product_template_attribute_value_ids.mapped("name"),
                        key=SIZES.index,
                    ),
                    SIZES,
                )

    def test_variant_prices_weights_and_stock(self):
        for product in self.products:
            variants = product.product_variant_ids.sorted(
                lambda v: SIZES.index(v.product_template_attribute_value_ids.name)
            )
            prices = variants.mapped("lst_price")
            weights = variants.mapped("weight")
            with self.subTest(product=product.name):
                self.assertEqual(prices, sorted(prices), "bigger bags cost more")
                self.assertEqual(len(set(prices)), 4, "a price per variant")
                self.assertEqual(weights, [0.5, 1.0, 2.5, 5.0])
                # a bigger bag is cheaper per kilogram
                self.assertLess(prices[-1] / weights[-1], prices[0] / weights[0])
                for variant in variants:
                    self.assertGreater(variant.qty_available, 0, variant.display_name)

    def test_suppliers_and_settlement_prices(self):
        self.assertEqual(len(self.suppliers), 3)
        for supplier in self.suppliers:
            with self.subTest(supplier=supplier.name):
                self.assertTrue(supplier.is_company)
                self.assertTrue(supplier.child_ids, "has contacts")
                self.assertTrue(supplier.phone and supplier.street)
        for product in self.products:
            for variant in product.product_variant_ids:
                seller = variant.seller_ids.filtered(lambda s, v=variant: s.product_id == v)
                with self.subTest(variant=variant.display_name):
                    self.assertEqual(len(seller), 1)
                    self.assertIn(seller.partner_id, self.suppliers)
                    self.assertLess(seller.price, variant.lst_price)
                    self.assertGreater(seller.price, 0)

    def test_shoppers_with_addresses(self):
        shoppers = self.env["res.partner"].search([("mall_openid", "=like", "demo-openid-%")])
        self.assertGreaterEqual(len(shoppers), 5)
        for shopper in shoppers:
            with self.subTest(shopper=shopper.name):
                self.assertTrue(shopper.mall_is_member)
                self.assertTrue(shopper.mall_register_channel)
                addresses = shopper.child_ids.filtered(lambda c: c.type == "delivery")
                self.assertTrue(addresses)
                for address in addresses:
                    self.assertEqual(address.country_id.code, "CN")
                    self.assertTrue(address.state_id and address.street and address.mobile)

    def test_mall_product_list_shows_the_shop_only(self):
        """微信商城 > 商品 opens on the mall's catalogue, not Odoo's demo furniture."""
        action = self.env["ir.actions.act_window"]._for_xml_id("mall_base.action_mall_products")
        self.assertIn("search_default_mall_ok", action["context"])
        shown = self.env["product.template"].search(
            [("mall_ok", "=", True), ("mall_points_mall", "=", False)]
        )
        # and the limited deer wine of the lottery demo (sold by 抢签 only)
        lottery_wine = self.env.ref("mall_lottery.product_deer_wine").product_tmpl_id
        self.assertEqual(shown, self.products | lottery_wine)
        self.assertEqual(self.env.company.name, "稻香米面商城")

    def test_paid_demo_orders_are_mall_orders(self):
        """The demo's paid orders are what the storefront would have placed:
        the shoppers see them as paid, with the shipping fee of their
        province, and they wait to be shipped."""
        zhang = self.env.ref("mall_demo.shopper_zhang")
        orders = self.env["sale.order"].search(
            [("partner_id", "in", (zhang | self.env.ref("mall_demo.shopper_li")).ids)]
        )
        self.assertEqual(len(orders), 2)
        for order in orders:
            with self.subTest(order=order.name):
                self.assertTrue(order.mall_order)
                self.assertEqual(order.state, "sale")
                self.assertEqual(order.mall_shopper_state, "paid")
                self.assertTrue(order.order_line.filtered("is_delivery"))
                self.assertTrue(order._mall_deliveries())
        found = self.env["sale.order"]._mall_find_order(
            zhang, orders.filtered(lambda o: o.partner_id == zhang).id
        )
        self.assertTrue(found)

    def test_members_have_points(self):
        Account = self.env["mall.points.account"]
        Line = self.env["mall.points.line"]
        company = self.env.company
        for xmlid, seeded in (("shopper_zhang", 120), ("shopper_wang", 250)):
            member = self.env.ref(f"mall_demo.{xmlid}")
            with self.subTest(member=member.name):
                balance = Account._mall_balance(member, company)
                posted = Line.search([("partner_id", "=", member.id), ("state", "=", "posted")])
                self.assertEqual(sum(posted.mapped("points")), balance)
                # the seeded ledger, plus what received demo orders earned (reviews' demo)
                others = posted.filtered(lambda line: line.kind != "earn")
                self.assertEqual(sum(others.mapped("points")), seeded)
        # the paid demo orders earned points, credited when they are received
        zhang = self.env.ref("mall_demo.shopper_zhang")
        earned = Line.search([("partner_id", "=", zhang.id), ("kind", "=", "earn")])
        self.assertEqual(earned.state, "pending")
        self.assertGreater(earned.points, 0)

    def test_demo_reviews(self):
        """Shoppers reviewed what they received: published reviews on the
        product pages, one anonymous, one with a photo, two with a reply."""
        reviews = self.env["mall.review"].search(
            [("partner_id", "in", self.env.ref("mall_demo.shopper_wang").ids)]
        )
        self.assertEqual(len(reviews), 2)
        reviews = self.env["mall.review"].search([("partner_id.mall_openid", "like", "demo-")])
        self.assertGreaterEqual(len(reviews), 5)
        self.assertEqual(set(reviews.mapped("state")), {"published"})
        self.assertEqual(set(reviews.order_id.mapped("mall_shopper_state")), {"done"})
        self.assertTrue(reviews.filtered("anonymous"))
        self.assertEqual(len(reviews.filtered("reply")), 2)
        photo = reviews.filtered("has_images")
        self.assertEqual(len(photo), 1)
        self.assertTrue(photo.image_ids.access_token)
        rice = self.env.ref("mall_demo.rice_wuchang")
        summary = self.env["mall.review"]._mall_product_summary(rice.id)
        self.assertEqual((summary["count"], summary["rating"]), (2, 4.5))

    def test_member_levels_and_member_prices(self):
        """普通 / 银卡 / 金卡 / 黑卡 with their prices in CNY; the shoppers have
        a level, and the paid demo orders gave their growth value."""
        levels = self.env["mall.member.level"].search([("company_id", "=", self.env.company.id)])
        self.assertEqual(
            [(level.name, level.growth_min) for level in levels],
            [("普通会员", 0), ("银卡会员", 1000), ("金卡会员", 5000), ("黑卡会员", 20000)],
        )
        regular, silver, gold, black = levels
        self.assertFalse(regular.pricelist_id)
        for level in (silver, gold, black):
            self.assertEqual(level.pricelist_id.currency_id.name, "CNY")
        self.assertEqual(
            (gold.free_shipping, gold.free_shipping_threshold, gold.points_multiplier),
            (True, 99, 1.5),
        )
        self.assertEqual((black.free_shipping, black.free_shipping_threshold), (True, 0))
        rice = self.products[0].product_variant_ids[0]
        price = gold.pricelist_id._get_product_price(rice, 1.0)
        self.assertAlmostEqual(price, rice.lst_price * 0.95, places=2)
        zhang = self.env.ref("mall_demo.shopper_zhang")
        paid = self.env["sale.order"].search([("partner_id", "=", zhang.id)])
        self.assertEqual(zhang.mall_growth_value, int(paid.amount_total))
        self.assertEqual(zhang.mall_level_id, regular)
        shoppers = self.env["res.partner"].search([("mall_openid", "!=", False)])
        self.assertTrue(all(shoppers.mapped("mall_level_id")))

    def test_promoters_earned_on_the_paid_demo_orders(self):
        chen = self.env.ref("mall_demo.promoter_chen")
        wang = self.env.ref("mall_demo.promoter_wang")
        self.assertEqual((chen.state, wang.state), ("approved", "approved"))
        self.assertEqual(self.env.ref("mall_demo.promoter_zhao").state, "applied")
        self.assertTrue(chen.code)
        level1 = chen.line_ids.filtered(lambda x: x.kind == "pending")
        self.assertEqual(
            set(level1.buyer_id.mapped("name")), {"张小米", "李面面"}, "陈稻香's team ordered"
        )
        self.assertEqual(set(level1.mapped("level")), {"1"})
        self.assertIn("2", wang.line_ids.mapped("level"))
        self.assertGreater(chen.amount_pending, 0)
        self.assertEqual((chen.team_l1_count, wang.team_l2_count), (2, 2))

    def test_activity_coins(self):
        """The paid order of 五常稻花香大米 earned 张小米 a coin; 王杂粮's coin of
        50 hours ago is expired, the ledgers add up."""
        Line = self.env["mall.coin.line"]
        zhang = self.env.ref("mall_demo.shopper_zhang")
        wang = self.env.ref("mall_demo.shopper_wang")
        company = self.env.ref("mall_api.mall_api_endpoint").company_id
        earned = Line.search([("partner_id", "=", zhang.id), ("source", "=", "order")])
        self.assertEqual(earned.coins, 1)
        self.assertIn("赠送活动币", earned.name)
        self.assertEqual(Line._mall_balance(zhang, company), 2)
        self.assertEqual(Line._mall_balance(wang, company), 2)
        expired = Line.search([("partner_id", "=", wang.id), ("kind", "=", "expire")])
        self.assertEqual(expired.coins, -1)
        for member in (zhang, wang):
            lines = Line.search([("partner_id", "=", member.id)], order="id")
            self.assertEqual(lines[-1:].balance_after, sum(lines.mapped("coins")))

    def test_points_mall(self):
        """积分商城: a small bottle of deer-antler wine and glasses, for coins + points."""
        exchanged = self.env["product.template"].search([("mall_points_mall", "=", True)])
        self.assertEqual(
            exchanged,
            self.env.ref("mall_demo.pm_deer_wine_mini") | self.env.ref("mall_demo.pm_wine_glass"),
        )
        for product in exchanged:
            with self.subTest(product=product.name):
                self.assertTrue(product.mall_published and product.image_1920)
                self.assertGreater(product.mall_pm_coins, 0)
                self.assertGreater(product.mall_pm_points, 0)
                self.assertGreater(product.product_variant_id.qty_available, 0)
                self.assertFalse(product.product_variant_id._mall_is_sellable(self.env.company))
