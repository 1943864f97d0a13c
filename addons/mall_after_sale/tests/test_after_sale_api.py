from odoo.addons.mall_api import ratelimit
from odoo.tests import tagged

from ..const import (
    MAX_BODY_PARAM,
    MAX_IMAGES,
    MAX_REQUEST_BODY_BYTES,
    REQUEST_RATE_LIMIT_PARAM,
    REQUEST_RATE_WINDOW_PARAM,
)
from .common import JPEG, PNG, AfterSaleCase, b64


@tagged("post_install", "-at_install")
class TestAfterSaleApi(AfterSaleCase):
    def counts(self):
        return (
            self.env["mall.after.sale"].sudo().search_count([]),
            self.env["mall.after.sale.line"].sudo().search_count([]),
            self.env["ir.attachment"].sudo().search_count([("res_model", "=", "mall.after.sale")]),
        )

    def test_request_with_images_list_get_cancel(self):
        order = self.paid_order([(self.rice, 2)])
        line = self.line_of(order, self.rice)
        response = self.request_after_sale(
            order,
            [(line, 1)],
            description="包装破损",
            reason_code="damaged",
            images=[b64(PNG), "data:image/jpeg;base64," + b64(JPEG)],
        )
        self.assertEqual(response.status_code, 201, response.text)
        body = response.json()
        self.assertEqual(body["state"], "requested")
        self.assertEqual(body["image_count"], 2)
        self.assertEqual(body["amount"], 30.0)
        self.assertEqual(
            body["lines"],
            [
                {
                    "order_line_id": line.id,
                    "product_id": self.rice.id,
                    "name": self.rice.display_name,
                    "qty": 1,
                    "amount": 30.0,
                }
            ],
        )
        request = self.env["mall.after.sale"].browse(body["id"])
        self.assertEqual(sorted(request.image_ids.mapped("mimetype")), ["image/jpeg", "image/png"])
        listed = self.api("GET", "/after-sales").json()
        self.assertEqual([item["id"] for item in listed["items"]], [request.id])
        self.assertEqual(listed["total"], 1)
        # another member sees nothing of it
        self.assertEqual(self.api("GET", "/after-sales", token=self.other_token).json()["total"], 0)
        self.assertError(
            self.api("GET", f"/after-sales/{request.id}", token=self.other_token), 404, "not_found"
        )
        self.assertError(
            self.api("POST", f"/after-sales/{request.id}/cancel", token=self.other_token),
            404,
            "not_found",
        )
        # cancel before review: the photos are deleted
        images = request.image_ids
        body = self.api("POST", f"/after-sales/{request.id}/cancel").json()
        self.assertEqual(body["state"], "cancelled")
        self.assertEqual(body["image_count"], 0)
        self.assertFalse(images.exists())
        self.assertFalse(
            self.env["ir.attachment"]
            .sudo()
            .search([("res_model", "=", "mall.after.sale"), ("res_id", "=", request.id)])
        )
        self._read(order)
        self.assertEqual(order.mall_shopper_state, "paid")
        # after the review it cannot be cancelled
        request2 = self.after_sale(self.request_after_sale(order, [(line, 2)], "return_refund"))
        request2.action_approve()
        self.assertError(
            self.api("POST", f"/after-sales/{request2.id}/cancel"), 409, "invalid_state"
        )

    def test_bad_requests_write_nothing(self):
        order = self.paid_order([(self.rice, 2), (self.flour, 1)])
        rice = self.line_of(order, self.rice)
        flour = self.line_of(order, self.flour)
        before = self.counts()
        cases = [
            (self.request_after_sale(order, [(rice, 3)]), 409, "exceeds_refundable"),
            (self.request_after_sale(order, [(rice, 1), (rice, 1)]), 422, "duplicate_line"),
            (
                # at most 9, in the schema (maxItems in the OpenAPI document)
                self.request_after_sale(order, [(rice, 1)], images=[b64(PNG)] * 10),
                422,
                "validation_error",
            ),
            (
                self.request_after_sale(order, [(rice, 1)], images=[b64(b"GIF89a" + b"\0" * 20)]),
                422,
                "invalid_image",
            ),
            (
                self.request_after_sale(order, [(rice, 1)], images=["not base64!"]),
                422,
                "invalid_image",
            ),
            (
                self.request_after_sale(
                    order, [(rice, 1)], images=[b64(PNG + b"\0" * (5 * 1024 * 1024))]
                ),
                422,
                "image_too_large",
            ),
            (
                # returns of a supplier's and of warehouse goods go to two addresses
                self.request_after_sale(order, [(rice, 1), (flour, 1)], "return_refund"),
                422,
                "mixed_return_addresses",
            ),
            (
                self.request_after_sale(order, [(rice, 1)], reason_code="bored"),
                422,
                "validation_error",
            ),
            (
                self.request_after_sale(order, [(rice, 1)], type_="exchange"),
                422,
                "validation_error",
            ),
            (self.request_after_sale(order, [(rice, 1)], token=self.other_token), 404, "not_found"),
            (self.request_after_sale(order, [(rice, 1)], token="x.1.y"), 401, "unauthorized"),
        ]
        for response, status, code in cases:
            with self.subTest(code=code):
                self.assertError(response, status, code)
        other_order = self.paid_order([(self.noodle, 1)])
        self.assertError(
            self.request_after_sale(order, [(self.line_of(other_order, self.noodle), 1)]),
            404,
            "line_not_found",
        )
        self.assertEqual(self.counts(), before)
        self.assertEqual(order.mall_shopper_state, "paid")

    def test_unpaid_order_is_refused(self):
        order = self.env["sale.order"].create(
            {
                "partner_id": self.member.id,
                "mall_order": True,
                "order_line": [(0, 0, {"product_id": self.rice.id, "product_uom_qty": 1})],
            }
        )
        self.assertError(self.request_after_sale(order, [(order.order_line, 1)]), 409, "not_paid")

    def test_paid_order_not_confirmed_is_refused(self):
        """Paid but not confirmed (a group-buy order waiting for its group,
        which refunds it in full if it fails): nothing to ask for yet."""
        order = self.paid_order([(self.rice, 1)], confirm=False)
        self.assertEqual((order.state, order.mall_shopper_state), ("draft", "paid"))
        body = self.api("GET", f"/orders/{order.id}", token=self.token).json()
        self.assertEqual([line["refundable_quantity"] for line in body["lines"]], [0])
        before = self.counts()
        self.assertError(
            self.request_after_sale(order, [(self.line_of(order, self.rice), 1)]),
            409,
            "not_confirmed",
        )
        self.assertEqual(self.counts(), before)
        self.env["payment.transaction"].search(
            [("sale_order_ids", "in", order.ids)]
        )._post_process()
        body = self.api("GET", f"/orders/{order.id}", token=self.token).json()
        self.assertEqual([line["refundable_quantity"] for line in body["lines"]], [1])

    def test_service_contact(self):
        order = self.paid_order([(self.rice, 1)])
        Contact = self.env["mall.service.contact"]
        self.company.write({"mall_service_url": False, "mall_service_qr": False})
        body = self.api("GET", "/service/contact").json()
        self.assertEqual(body["available"], False)
        self.assertIsNone(body["url"])
        self.assertTrue(body["message"])
        self.assertEqual(Contact.search_count([("member_id", "=", self.member.id)]), 1)
        self.company.mall_service_url = "https://work.weixin.qq.com/kfid/kfc0123456789"
        response = self.api("GET", "/service/contact", params={"order_id": order.id})
        self.assertEqual(response.status_code, 200, response.text)
        self.assertEqual(response.json()["url"], "https://work.weixin.qq.com/kfid/kfc0123456789")
        self.assertIsNone(response.json()["qr_image_url"])
        self.assertTrue(response.json()["available"])
        log = Contact.search([("member_id", "=", self.member.id)], limit=1)
        self.assertEqual(log.order_id, order)
        # someone else's order: 404, not recorded
        self.assertError(
            self.api(
                "GET", "/service/contact", params={"order_id": order.id}, token=self.other_token
            ),
            404,
            "not_found",
        )
        self.assertFalse(Contact.search([("member_id", "=", self.other.id)]))
        self.company.mall_service_qr = b64(PNG)
        body = self.api("GET", "/service/contact").json()
        self.assertIn("/mall/image/res.company/", body["qr_image_url"])
        # (loaded without an Odoo session: tests/test_mall_after_sale_http.py)
        self.assertEqual(Contact.search_count([("member_id", "=", self.member.id)]), 3)

    def test_order_lines_say_what_is_refundable(self):
        """A shopper's client finds the line ids and what may still be asked
        in GET /orders/{id}, and asks with them alone."""
        order = self.paid_order([(self.rice, 2), (self.noodle, 1)])

        def lines():
            response = self.api("GET", f"/orders/{order.id}")
            self.assertEqual(response.status_code, 200, response.text)
            return {line["product_id"]: line for line in response.json()["lines"]}

        shown = lines()
        self.assertEqual(
            {p: (x["id"], x["refundable_quantity"]) for p, x in shown.items()},
            {
                self.rice.id: (self.line_of(order, self.rice).id, 2),
                self.noodle.id: (self.line_of(order, self.noodle).id, 1),
            },
        )
        body = {
            "order_id": order.id,
            "lines": [{"order_line_id": shown[self.rice.id]["id"], "qty": 1}],
            "type": "refund_only",
            "reason_code": "quality",
        }
        first = self.api("POST", "/after-sales", body)
        self.assertEqual(first.status_code, 201, first.text)
        self.assertEqual(
            {p: x["refundable_quantity"] for p, x in lines().items()},
            {self.rice.id: 1, self.noodle.id: 1},
        )
        # the order list shows the same
        listed = self.api("GET", "/orders").json()["items"]
        listed_lines = next(o for o in listed if o["id"] == order.id)["lines"]
        self.assertEqual(sorted(x["refundable_quantity"] for x in listed_lines), [1, 1])
        # a cancelled request gives its quantity back; a rejected one too
        self.api("POST", f"/after-sales/{first.json()['id']}/cancel")
        self.assertEqual(lines()[self.rice.id]["refundable_quantity"], 2)
        body["lines"][0]["qty"] = 2
        second = self.after_sale(self.api("POST", "/after-sales", body))
        self.assertEqual(lines()[self.rice.id]["refundable_quantity"], 0)
        second.rejection_reason = "测试"
        second.action_reject()
        self.assertEqual(lines()[self.rice.id]["refundable_quantity"], 2)

    def test_unpaid_order_lines_are_not_refundable(self):
        order = self.env["sale.order"].create(
            {
                "partner_id": self.member.id,
                "company_id": self.company.id,
                "mall_order": True,
                "order_line": [(0, 0, {"product_id": self.rice.id, "product_uom_qty": 3})],
            }
        )
        (line,) = self.api("GET", f"/orders/{order.id}").json()["lines"]
        self.assertEqual((line["id"], line["refundable_quantity"]), (order.order_line.id, 0))

    def test_requests_are_rate_limited_per_member(self):
        self.env["ir.config_parameter"].sudo().set_param(REQUEST_RATE_LIMIT_PARAM, "2")
        # one window for the whole test (fixed windows start on multiples of their length)
        self.env["ir.config_parameter"].sudo().set_param(REQUEST_RATE_WINDOW_PARAM, "1000000000")
        order = self.paid_order([(self.rice, 3)])
        rice = self.line_of(order, self.rice)
        self.after_sale(self.request_after_sale(order, [(rice, 1)]))
        # refused requests count too (each one is parsed and checked)
        self.assertError(self.request_after_sale(order, [(rice, 9)]), 409, "exceeds_refundable")
        before = self.counts()
        response = self.request_after_sale(order, [(rice, 1)], images=[b64(PNG)])
        self.assertError(response, 429, "rate_limited")
        self.assertGreater(int(response.headers["Retry-After"]), 0)
        self.assertEqual(self.counts(), before)
        # per member: another member is not limited by it
        other_order = self.paid_order([(self.rice, 1)], member=self.other)
        self.after_sale(
            self.request_after_sale(
                other_order, [(self.line_of(other_order, self.rice), 1)], token=self.other_token
            )
        )
        ratelimit.reset()
        self.after_sale(self.request_after_sale(order, [(rice, 1)]))

    def test_body_limit_and_image_count_are_documented(self):
        endpoint = self.env["fastapi.endpoint"]
        self.assertEqual(
            endpoint._mall_max_body_bytes("POST", "/after-sales"), MAX_REQUEST_BODY_BYTES
        )
        # room for 9 images of 5 MB in base64, and not much more
        self.assertGreaterEqual(MAX_REQUEST_BODY_BYTES, MAX_IMAGES * (5 * 1024 * 1024) * 4 // 3)
        self.assertLess(MAX_REQUEST_BODY_BYTES, 70 * 1000 * 1000)
        self.assertLess(endpoint._mall_max_body_bytes("POST", "/orders"), MAX_REQUEST_BODY_BYTES)
        spec = self.api("GET", "/openapi.json", token=False).json()
        operation = spec["paths"]["/after-sales"]["post"]
        self.assertIn("413", operation["responses"])
        schema = spec["components"]["schemas"]["AfterSaleCreate"]["properties"]["images"]
        self.assertEqual(schema["maxItems"], MAX_IMAGES)

    def test_body_over_the_limit_is_refused_unread(self):
        """A body over the route's limit is 413 before it is read (shown with
        the limit set lower: sending 60 MB would only take the test's time)."""
        self.env["ir.config_parameter"].sudo().set_param(MAX_BODY_PARAM, "500")
        order = self.paid_order([(self.rice, 1)])
        before = self.counts()
        response = self.request_after_sale(
            order, [(self.line_of(order, self.rice), 1)], images=[b64(PNG)] * 9
        )
        self.assertError(response, 413, "payload_too_large")
        self.assertEqual(self.counts(), before)
