from urllib.parse import urlsplit

from odoo.tests import tagged

from .common import JPEG, PNG, ReviewCase, b64


@tagged("post_install", "-at_install")
class TestReviewApi(ReviewCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.order, cls.lines = cls.received_order(cls.member, [(cls.rice, 1), (cls.noodle, 2)])

    def fetch(self, url):
        """GET a URL the API answered, on the test server."""
        parts = urlsplit(url)
        return self.opener.get(f"{self.base_url()}{parts.path}?{parts.query}", timeout=30)

    def product_reviews(self, template, **params):
        response = self.api("GET", f"/products/{template.id}/reviews", params=params)
        self.assertEqual(response.status_code, 200, response.text)
        return response.json()

    # ------------------------------------------------------------------ posting

    def test_post_a_review_with_photos(self):
        response = self.post(
            self.lines[self.rice],
            4,
            text="米粒饱满，煮出来很香",
            images=[b64(PNG), "data:image/jpeg;base64," + b64(JPEG)],
        )
        self.assertEqual(response.status_code, 201, response.text)
        body = response.json()
        review = self.env["mall.review"].browse(body["id"])
        self.assertEqual(review.partner_id, self.member)
        self.assertEqual(
            {k: body[k] for k in ("order_id", "order_line_id", "product_id", "rating", "text")},
            {
                "order_id": self.order.id,
                "order_line_id": self.lines[self.rice].id,
                "product_id": self.rice_template.id,
                "rating": 4,
                "text": "米粒饱满，煮出来很香",
            },
        )
        self.assertEqual(body["variant"], "1kg")
        self.assertEqual(
            (body["state"], body["image_count"], body["anonymous"]), ("published", 2, False)
        )
        self.assertEqual(
            (body["can_follow_up"], body["follow_up"], body["reply"]), (True, None, None)
        )
        self.assertEqual(len(body["images"]), 2)
        photo = self.fetch(body["images"][0]["url"])
        self.assertEqual(photo.status_code, 200)
        self.assertEqual(photo.content, PNG)
        self.assertEqual(self.fetch(body["images"][1]["thumbnail_url"]).status_code, 200)
        # the photo's id alone, or another token, opens nothing
        attachment = review.image_ids.sorted("id")[0]  # the PNG
        self.assertNotEqual(
            self.opener.get(f"{self.base_url()}/web/image/{attachment.id}").content, PNG
        )
        self.assertNotEqual(
            self.opener.get(
                f"{self.base_url()}/web/image/{attachment.id}?access_token=x{attachment.access_token}"
            ).content,
            PNG,
        )
        # hidden: the URLs stop working
        review.with_user(self.operator)._mall_hide("测试")
        self.assertNotEqual(self.fetch(body["images"][0]["url"]).content, PNG)

        mine = self.api("GET", "/me/reviews", token=self.token).json()
        self.assertEqual(mine["paging"]["total"], 1)
        self.assertEqual(
            (
                mine["items"][0]["state"],
                mine["items"][0]["hide_reason"],
                mine["items"][0]["images"],
            ),
            ("hidden", "测试", []),
        )
        self.assertFalse(mine["items"][0]["can_follow_up"])
        self.assertEqual(
            self.api("GET", "/me/reviews", token=self.token, params={"state": "published"}).json()[
                "items"
            ],
            [],
        )
        self.assertEqual(self.api("GET", "/me/reviews", token=self.other_token).json()["items"], [])

    def test_post_errors_write_nothing(self):
        line = self.lines[self.rice]
        unreceived = self.paid_order(self.member, [(self.noodle, 1)])._mall_product_lines()
        other_order, other_lines = self.received_order(self.other, [(self.rice, 1)])
        cases = [
            (self.post(line, token=self.other_token), 404, "not_found"),
            (self.post(other_lines[self.rice]), 404, "not_found"),
            (
                self.api(
                    "POST", "/reviews", {"order_line_id": 2**31 - 1, "rating": 5}, token=self.token
                ),
                404,
                "not_found",
            ),
            (self.post(unreceived), 409, "order_not_received"),
            (self.post(line, 6), 422, "validation_error"),
            (self.post(line, 0), 422, "validation_error"),
            (self.post(line, text="好" * 501), 422, "validation_error"),
            (self.post(line, images=[b64(PNG)] * 10), 422, "validation_error"),
            (self.post(line, images=["not base64!"]), 422, "invalid_image"),
            (self.post(line, images=[b64(b"GIF89a")]), 422, "invalid_image"),
            (self.post(line, color="red"), 422, "validation_error"),
        ]
        for response, status, code in cases:
            with self.subTest(code=code, status=status):
                self.assertError(response, status, code)
        self.assertEqual(self.count_reviews(), 0)
        self.assertEqual(self.post(line).status_code, 201)
        self.assertError(self.post(line, 1, text="改个差评"), 409, "already_reviewed")
        self.assertEqual(self.count_reviews(), 1)
        self.assertEqual(
            self.api("POST", "/reviews", {"order_line_id": line.id, "rating": 5}).status_code, 401
        )
        self.assertEqual(other_order.mall_shopper_state, "done")

    def test_follow_up(self):
        review_id = self.post(self.lines[self.rice], 5, text="好吃").json()["id"]
        path = f"/reviews/{review_id}/follow-up"
        self.assertError(
            self.api("POST", path, {"text": "别人的"}, token=self.other_token), 404, "not_found"
        )
        self.assertError(
            self.api("POST", path, {"text": "  "}, token=self.token), 422, "empty_follow_up"
        )
        self.assertError(
            self.api("POST", "/reviews/2147483647/follow-up", {"text": "x"}, token=self.token),
            404,
            "not_found",
        )
        response = self.api(
            "POST", path, {"text": "吃完一袋又买了", "images": [b64(PNG)]}, token=self.token
        )
        self.assertEqual(response.status_code, 201, response.text)
        body = response.json()
        self.assertEqual(body["id"], review_id)
        self.assertFalse(body["can_follow_up"])
        follow_up = body["follow_up"]
        self.assertEqual((follow_up["text"], follow_up["state"]), ("吃完一袋又买了", "published"))
        self.assertEqual(len(follow_up["images"]), 1)
        self.assertError(
            self.api("POST", path, {"text": "再追"}, token=self.token), 409, "follow_up_exists"
        )
        self.assertEqual(self.count_reviews(), 2)

    # ------------------------------------------------------------------ order lines, to review

    def test_review_status_on_order_lines_and_lines_to_review(self):
        paid = self.paid_order(self.member, [(self.rice_5kg, 1)])

        def statuses(order):
            body = self.api("GET", f"/orders/{order.id}", token=self.token).json()
            return {
                line["id"]: (line["review_status"], line["review_id"]) for line in body["lines"]
            }

        rice_line, noodle_line = self.lines[self.rice], self.lines[self.noodle]
        self.assertEqual(set(statuses(paid).values()), {(None, None)})
        self.assertEqual(
            statuses(self.order),
            {rice_line.id: ("to_review", None), noodle_line.id: ("to_review", None)},
        )
        pending = self.api("GET", "/me/reviews/pending", token=self.token).json()
        self.assertEqual(
            {item["order_line_id"] for item in pending["items"]}, {rice_line.id, noodle_line.id}
        )
        self.assertEqual(pending["paging"]["total"], 2)
        item = next(i for i in pending["items"] if i["order_line_id"] == rice_line.id)
        self.assertEqual(
            (item["order_id"], item["product_id"], item["variant"]),
            (self.order.id, self.rice_template.id, "1kg"),
        )
        self.assertTrue(item["received_at"])

        review_id = self.post(rice_line).json()["id"]
        self.assertEqual(statuses(self.order)[rice_line.id], ("can_follow_up", review_id))
        self.api("POST", f"/reviews/{review_id}/follow-up", {"text": "追评"}, token=self.token)
        self.assertEqual(statuses(self.order)[rice_line.id], ("reviewed", review_id))
        pending = self.api("GET", "/me/reviews/pending", token=self.token).json()
        self.assertEqual([i["order_line_id"] for i in pending["items"]], [noodle_line.id])
        # the order list carries the statuses too
        orders = self.api("GET", "/orders", token=self.token).json()["items"]
        listed = next(o for o in orders if o["id"] == self.order.id)
        self.assertEqual(
            {line["id"]: line["review_status"] for line in listed["lines"]},
            {rice_line.id: "reviewed", noodle_line.id: "to_review"},
        )
        self.assertEqual(
            self.api("GET", "/me/reviews/pending", token=self.other_token).json()["items"], []
        )

    # ------------------------------------------------------------------ product reviews

    def _three_reviews(self):
        """张小米 5 stars with a photo and a reply, 李大米 3 stars anonymous,
        李大米's second one held for a sensitive word."""
        self.company.mall_review_sensitive_words = "加微信"
        _order, lines = self.received_order(self.other, [(self.rice, 1), (self.rice_5kg, 1)])
        first = self.env["mall.review"].browse(
            self.post(self.lines[self.rice], 5, text="很香", images=[b64(PNG)]).json()["id"]
        )
        first.with_user(self.operator).reply = "感谢您的好评！"
        second = self.env["mall.review"].browse(
            self.post(
                lines[self.rice_5kg], 3, text="一般", anonymous=True, token=self.other_token
            ).json()["id"]
        )
        held = self.env["mall.review"].browse(
            self.post(lines[self.rice], 1, text="加微信买更便宜", token=self.other_token).json()[
                "id"
            ]
        )
        self.assertEqual(held.state, "pending")
        return first, second, held

    def test_product_reviews_masked_and_summarised(self):
        first, second, held = self._three_reviews()
        body = self.product_reviews(self.rice_template)
        self.assertEqual(
            body["summary"], {"count": 2, "rating": 4.0, "good_rate": 50, "with_photos": 1}
        )
        self.assertEqual([item["id"] for item in body["items"]], [second.id, first.id])
        anonymous, named = body["items"]
        self.assertEqual(
            (anonymous["nickname"], anonymous["avatar_url"], anonymous["anonymous"]),
            ("匿名用户", None, True),
        )
        self.assertEqual((anonymous["rating"], anonymous["variant"]), (3, "5kg"))
        self.assertEqual(
            (named["nickname"], named["avatar_url"], named["text"]),
            ("张**", "https://thirdwx.qlogo.cn/zhang.png", "很香"),
        )
        self.assertEqual(named["reply"]["text"], "感谢您的好评！")
        self.assertTrue(named["reply"]["replied_at"])
        self.assertEqual(self.fetch(named["images"][0]["url"]).content, PNG)
        # nothing of the member leaks: no name, no id
        self.assertNotIn("张小米", str(body))
        self.assertNotIn("李大米", str(body))

        photos = self.product_reviews(self.rice_template, with_photos="true")
        self.assertEqual([item["id"] for item in photos["items"]], [first.id])
        self.assertEqual(photos["paging"]["total"], 1)
        page = self.product_reviews(self.rice_template, page=2, page_size=1)
        self.assertEqual([item["id"] for item in page["items"]], [first.id])
        self.assertEqual((page["paging"]["total"], page["paging"]["pages"]), (2, 2))

        # published by an operator: shown; its follow-up under it
        held.with_user(self.operator).action_publish()
        self.env["mall.review"]._mall_post_follow_up(self.other, held.id, text="已经收到返现")
        body = self.product_reviews(self.rice_template)
        self.assertEqual(body["summary"]["count"], 3)
        self.assertEqual(body["items"][0]["id"], held.id)
        self.assertEqual(body["items"][0]["follow_up"]["text"], "已经收到返现")
        self.assertEqual(body["items"][0]["nickname"], "李**")
        # a misspelt parameter is refused, not ignored
        self.assertError(
            self.api("GET", f"/products/{self.rice_template.id}/reviews", params={"with_photo": 1}),
            422,
            "validation_error",
        )
        # other products, unknown ones
        self.assertEqual(self.product_reviews(self.noodle_template)["summary"]["count"], 0)
        self.assertError(self.api("GET", "/products/2147483647/reviews"), 404, "not_found")
        self.rice_template.mall_published = False
        self.assertError(
            self.api("GET", f"/products/{self.rice_template.id}/reviews"), 404, "not_found"
        )

    def test_product_detail_shows_the_summary_and_newest_two(self):
        def detail():
            response = self.api("GET", f"/products/{self.rice_template.id}")
            self.assertEqual(response.status_code, 200, response.text)
            return response.json()["reviews"]

        self.assertEqual(
            detail(),
            {"count": 0, "rating": None, "good_rate": None, "with_photos": 0, "items": []},
        )
        first, second, held = self._three_reviews()
        reviews = detail()
        self.assertEqual(
            {k: reviews[k] for k in ("count", "rating", "good_rate", "with_photos")},
            {"count": 2, "rating": 4.0, "good_rate": 50, "with_photos": 1},
        )
        self.assertEqual([item["nickname"] for item in reviews["items"]], ["匿名用户", "张**"])
        held.with_user(self.operator).action_publish()
        reviews = detail()
        self.assertEqual(reviews["count"], 3)
        self.assertEqual([item["id"] for item in reviews["items"]], [held.id, second.id])
        # hidden, replied: the detail follows (its cache is bumped)
        held.with_user(self.operator)._mall_hide("广告")
        second.with_user(self.operator).reply = "已改进包装"
        reviews = detail()
        self.assertEqual([item["id"] for item in reviews["items"]], [second.id, first.id])
        self.assertEqual(reviews["items"][0]["reply"]["text"], "已改进包装")

    def test_routes_are_in_the_openapi_document(self):
        paths = self.api("GET", "/openapi.json").json()["paths"]
        self.assertIn("post", paths["/reviews"])
        self.assertIn("413", paths["/reviews"]["post"]["responses"])
        self.assertIn("post", paths["/reviews/{review_id}/follow-up"])
        self.assertIn("get", paths["/me/reviews"])
        self.assertIn("get", paths["/me/reviews/pending"])
        self.assertIn("get", paths["/products/{product_id}/reviews"])
