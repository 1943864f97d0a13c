from datetime import timedelta

from odoo.addons.mall_base.exceptions import MallError
from odoo.exceptions import AccessError, ValidationError
from odoo.tests import new_test_user, tagged

from .common import CouponCase


@tagged("post_install", "-at_install")
class TestCouponModel(CouponCase):
    def claim(self, coupon, member=None):
        return coupon._mall_claim(member or self.member)

    def discount_of(self, coupon, lines, member=None):
        member = member or self.member
        card = self.claim(coupon, member)
        return self.quote_model(member, lines, [card.code])["amount_discount"]

    def assertRefused(self, code, func, *args):
        with self.assertRaises(MallError) as caught:
            func(*args)
        self.assertEqual(caught.exception.code, code)
        return caught.exception

    # the kinds ------------------------------------------------------------

    def test_threshold_coupon_needs_the_minimum_spend(self):
        coupon = self._coupon()
        card = self.claim(coupon)
        self.assertEqual(coupon.description, "满100减10")
        self.assertMoney(
            self.quote_model(self.member, [(self.rice, 1)], [card.code])["amount_discount"], -10
        )
        # 25.00 of noodles do not reach 100
        error = self.assertRefused(
            "invalid_coupon", self.quote_model, self.member, [(self.noodle, 2)], [card.code]
        )
        self.assertEqual(error.kind, "conflict")

    def test_percent_coupon_is_capped(self):
        coupon = self._coupon(
            name="85折", kind="percent", amount=0, percent=15, max_discount=20, min_amount=0
        )
        self.assertEqual(coupon.description, "无门槛8.5折，最多减20")
        card = self.claim(coupon)
        quote = self.quote_model
        self.assertMoney(
            quote(self.member, [(self.noodle, 2)], [card.code])["amount_discount"], -3.75
        )
        self.assertMoney(quote(self.member, [(self.rice, 1)], [card.code])["amount_discount"], -15)
        # 15% of 300 is 45: the cap gives 20
        self.assertMoney(quote(self.member, [(self.rice, 3)], [card.code])["amount_discount"], -20)

    def test_no_threshold_coupon(self):
        coupon = self._coupon(name="无门槛5元", kind="no_threshold", amount=5, min_amount=0)
        self.assertEqual(coupon.description, "无门槛减5")
        self.assertMoney(self.discount_of(coupon, [(self.noodle, 1)]), -5)

    def test_category_coupon_discounts_only_its_category(self):
        coupon = self._coupon(
            name="面条9折",
            kind="percent",
            amount=0,
            percent=10,
            min_amount=0,
            scope="category",
            category_id=self.noodle_category.id,
        )
        # 10% of the 25.00 of noodles, nothing of the rice
        self.assertMoney(self.discount_of(coupon, [(self.rice, 1), (self.noodle, 2)]), -2.5)

    def test_product_coupon_needs_its_product(self):
        coupon = self._coupon(
            name="大米立减8",
            kind="no_threshold",
            amount=8,
            min_amount=0,
            scope="products",
            product_ids=[self.rice.id],
        )
        card = self.claim(coupon)
        self.assertRefused(
            "invalid_coupon", self.quote_model, self.member, [(self.noodle, 4)], [card.code]
        )
        self.assertMoney(
            self.quote_model(self.member, [(self.rice, 1), (self.noodle, 1)], [card.code])[
                "amount_discount"
            ],
            -8,
        )

    def test_operator_form_keeps_the_program_in_step(self):
        coupon = self._coupon()
        program = coupon.program_id
        self.assertEqual(program.program_type, "coupons")
        self.assertEqual(program.reward_ids.discount, 10)
        self.assertEqual(program.rule_ids.minimum_amount, 100)
        self.assertFalse(program.communication_plan_ids, "no e-mail to members")
        coupon.write({"amount": 20, "min_amount": 150})
        self.assertEqual(program.reward_ids.discount, 20)
        self.assertEqual(program.rule_ids.minimum_amount, 150)
        with self.assertRaises(ValidationError):
            coupon.write({"min_amount": 15})  # 满15减20 makes no sense
        with self.assertRaises(ValidationError):
            self._coupon(validity="fixed", date_to=False)

    # validity ---------------------------------------------------------------

    def test_fixed_dates_validity(self):
        coupon = self._coupon(date_from=self.today, date_to=self.today + timedelta(days=3))
        card = self.claim(coupon)
        self.assertEqual(card.expiration_date, self.today + timedelta(days=3))
        self.assertEqual(card.partner_id, self.member)
        self.assertEqual(card.points, 1)
        self.assertEqual(card.mall_state, "usable")
        # an ended coupon is no more in the center
        coupon.write({"date_from": False, "date_to": self.today - timedelta(days=1)})
        self.assertFalse(self.env["mall.coupon"]._mall_find_coupon(self.member, coupon.id))
        card.invalidate_recordset()
        self.assertEqual(card.mall_state, "expired")
        self.assertRefused(
            "invalid_coupon", self.quote_model, self.member, [(self.rice, 1)], [card.code]
        )

    def test_days_after_claiming_validity(self):
        coupon = self._coupon(validity="days", validity_days=7, date_to=False)
        self.assertFalse(coupon.program_id.date_to, "each card expires on its own")
        card = self.claim(coupon)
        self.assertEqual(card.expiration_date, self.today + timedelta(days=7))
        card.expiration_date = self.today - timedelta(days=1)
        self.assertEqual(card.mall_state, "expired")
        self.assertEqual(
            self.env["loyalty.card"]._mall_find_member_cards(self.member, "expired"), card
        )
        self.assertFalse(self.env["loyalty.card"]._mall_find_member_cards(self.member, "usable"))
        self.assertRefused(
            "invalid_coupon", self.quote_model, self.member, [(self.rice, 1)], [card.code]
        )

    # quantities -------------------------------------------------------------

    def test_per_member_limit(self):
        coupon = self._coupon(member_limit=2)
        self.claim(coupon)
        self.claim(coupon)
        self.assertRefused("coupon_limit_reached", self.claim, coupon)
        self.assertEqual(len(coupon.card_ids.filtered(lambda c: c.partner_id == self.member)), 2)
        # another member still can
        self.claim(coupon, self.other)
        self.assertEqual(coupon.issued_count, 3)

    def test_total_quantity(self):
        coupon = self._coupon(total_qty=2, member_limit=0)
        self.claim(coupon)
        self.claim(coupon, self.other)
        self.assertEqual(coupon.remaining_qty, 0)
        self.assertRefused("coupon_sold_out", self.claim, coupon)
        self.assertEqual(coupon.issued_count, 2)
        self.assertEqual(len(coupon.card_ids), 2)

    def test_granted_only_coupon_is_not_claimable(self):
        coupon = self._coupon(claim_mode="granted", total_qty=2)
        Coupon = self.env["mall.coupon"]
        self.assertNotIn(coupon, Coupon._mall_find_claimable(self.member))
        self.assertFalse(Coupon._mall_find_coupon(self.member, coupon.id))
        # operators grant it to a segment, within the total quantity, all or none
        third, _token, _address = self._mall_member("丙")
        self.assertRefused("coupon_sold_out", coupon._mall_grant, self.member | self.other | third)
        self.assertFalse(coupon.card_ids)
        cards = coupon._mall_grant(self.member | self.other)
        self.assertEqual(cards.partner_id, self.member | self.other)
        self.assertEqual(set(cards.mapped("mall_source")), {"grant"})
        self.assertEqual(coupon.issued_count, 2)

    def test_new_member_coupon(self):
        coupon = self._coupon(name="新人券", kind="new_member", amount=5, min_amount=0)
        self.claim(coupon)
        # a member who already paid an order is no more new
        order = self.env["sale.order"].create(
            {"partner_id": self.other.id, "mall_order": True, "company_id": self.company.id}
        )
        order.state = "sale"
        self.assertRefused("coupon_new_member_only", self.claim, coupon, self.other)
        self.assertEqual(coupon.issued_count, 1)

    # stacking and ownership ---------------------------------------------------

    def test_one_shop_coupon_per_order_unless_they_stack(self):
        first = self.claim(
            self._coupon(name="无门槛5", kind="no_threshold", amount=5, min_amount=0)
        )
        second = self.claim(self._coupon(name="满100减10"))
        self.assertRefused(
            "coupon_not_stackable",
            self.quote_model,
            self.member,
            [(self.rice, 1)],
            [first.code, second.code],
        )
        (first | second).mall_coupon_id.write({"stackable": True})
        quote = self.quote_model(self.member, [(self.rice, 1)], [first.code, second.code])
        self.assertMoney(quote["amount_discount"], -15)
        self.assertMoney(quote["amount_total"], 85)

    def test_one_coupon_stacks_only_with_a_stacking_one(self):
        first = self.claim(
            self._coupon(name="无门槛5", kind="no_threshold", amount=5, min_amount=0)
        )
        second = self.claim(self._coupon(name="满100减10", stackable=True))
        self.assertRefused(
            "coupon_not_stackable",
            self.quote_model,
            self.member,
            [(self.rice, 1)],
            [first.code, second.code],
        )

    def test_another_members_coupon_is_unknown(self):
        card = self.claim(self._coupon(), self.other)
        error = self.assertRefused(
            "invalid_coupon", self.quote_model, self.member, [(self.rice, 1)], [card.code]
        )
        self.assertEqual(error.kind, "not_found")

    def test_quote_lists_usable_coupons_best_preselected(self):
        small = self.claim(
            self._coupon(name="无门槛5", kind="no_threshold", amount=5, min_amount=0)
        )
        big = self.claim(self._coupon(name="满100减10"))
        noodles_only = self.claim(
            self._coupon(
                name="面条9折",
                kind="percent",
                amount=0,
                percent=10,
                min_amount=0,
                scope="category",
                category_id=self.noodle_category.id,
            )
        )
        self.claim(self._coupon(name="别人的"), self.other)
        quote = self.quote_model(self.member, [(self.rice, 1)])
        self.assertEqual(
            [(c["code"], c["discount"], c["preselected"]) for c in quote["coupons"]],
            [(big.code, 10.0, True), (small.code, 5.0, False)],
        )
        self.assertNotIn(noodles_only.code, [c["code"] for c in quote["coupons"]])
        # the amounts are those of the coupons sent
        self.assertMoney(quote["amount_discount"], 0)
        chosen = self.quote_model(self.member, [(self.rice, 1)], [small.code])
        self.assertMoney(chosen["amount_discount"], -5)
        self.assertEqual([c["code"] for c in chosen["coupons"] if c["preselected"]], [small.code])

    # the operators -----------------------------------------------------------

    def test_campaign_operator_sets_up_and_grants_coupons(self):
        operator = new_test_user(
            self.env, login="coupon_campaign", groups="mall_base.group_mall_campaign"
        )
        coupon = (
            self.env["mall.coupon"]
            .with_user(operator)
            .create(
                {
                    "name": "定向券",
                    "kind": "no_threshold",
                    "amount": 5,
                    "date_to": self.today + timedelta(days=3),
                    "claim_mode": "granted",
                    "total_qty": 5,
                }
            )
        )
        self.assertEqual(coupon.program_id.reward_ids.discount, 5)
        wizard = (
            self.env["mall.coupon.grant"]
            .with_user(operator)
            .create(
                {"coupon_id": coupon.id, "partner_ids": [(6, 0, (self.member | self.other).ids)]}
            )
        )
        wizard.action_grant()
        self.assertEqual(coupon.card_ids.partner_id, self.member | self.other)
        self.assertEqual(coupon.with_user(operator).remaining_qty, 3)
        product_operator = new_test_user(
            self.env, login="coupon_product", groups="mall_base.group_mall_product"
        )
        with self.assertRaises(AccessError):
            self.env["mall.coupon"].with_user(product_operator).create(
                {"name": "x", "amount": 5, "kind": "no_threshold", "date_to": self.today}
            )

    def test_operators_see_their_companies_coupons_only(self):
        other_company = self.env["res.company"].create({"name": "另一家店"})
        operator = new_test_user(
            self.env,
            login="coupon_campaign_a",
            groups="mall_base.group_mall_campaign",
            company_id=self.company.id,
            company_ids=[(6, 0, self.company.ids)],
        )
        mine = self._coupon(name="本店券")
        theirs = self._coupon(name="别家券", company_id=other_company.id)
        visible = self.env["mall.coupon"].with_user(operator).search([])
        self.assertIn(mine, visible)
        self.assertNotIn(theirs, visible)
        # nor is it in this company's coupon center
        self.assertNotIn(theirs, self.env["mall.coupon"]._mall_find_claimable(self.member))

    def test_coupon_of_a_refunded_order_is_usable_again(self):
        card = self.claim(self._coupon())
        order = (
            self.env["sale.order"]
            .sudo()
            ._mall_place_order(self.member, self.address, {self.rice: 1}, "refund-key", [card.code])
        )
        # (the state is computed from the orders: not kept in the cache across them)
        card.invalidate_recordset()
        self.assertEqual(card.mall_state, "used")
        # paid: loyalty takes the coupon's point
        order.action_confirm()
        card.invalidate_recordset()
        self.assertEqual((card.points, card.mall_state), (0, "used"))
        # fully refunded (mall_after_sale gives the points back): usable while valid
        for coupon, change in order._get_point_changes().items():
            coupon.points -= change
        card.invalidate_recordset()
        self.assertEqual((card.points, card.mall_state), (1, "usable"))
        self.assertEqual(
            [c["code"] for c in self.quote_model(self.member, [(self.rice, 1)])["coupons"]],
            [card.code],
        )

    def test_rule_text_and_deleting(self):
        coupon = self._coupon(
            name="满50打折", kind="percent", amount=0, percent=15, max_discount=20, min_amount=50
        )
        self.assertEqual(coupon.description, "满50 8.5折，最多减20")
        program = coupon.program_id
        coupon.unlink()
        self.assertFalse(program.exists(), "the program goes with its coupon")
        issued = self._coupon()
        self.claim(issued)
        self.assertRefused("coupon_issued", issued.unlink)
        self.assertTrue(issued.exists())
