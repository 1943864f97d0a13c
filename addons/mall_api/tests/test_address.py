import http.client
import json
import socket
from urllib.parse import urlsplit

from odoo import fields
from odoo.tests import tagged

from ..models.res_partner import MAX_DELIVERY_ADDRESSES
from ..tokens import issue_token
from .common import API, MallApiCase

ADDRESS_KEYS = {"id", "name", "phone", "province", "city", "district", "detail", "is_default"}
STORED_FIELDS = ["name", "mobile", "state_id", "city", "mall_district", "street", "active"]


def new_address(**values):
    return {
        "name": "张三",
        "phone": "13812345678",
        "province": "广东",
        "city": "深圳市",
        "district": "南山区",
        "detail": "科技园南路 1 号 2 栋 301",
        **values,
    }


@tagged("post_install", "-at_install")
class TestAddresses(MallApiCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Partner = cls.env["res.partner"].sudo()
        cls.member = Partner.create(
            {
                "name": "地址测试会员",
                "company_id": cls.company.id,
                "mall_member_since": fields.Datetime.now(),
            }
        )
        cls.other = Partner.create(
            {
                "name": "另一位会员",
                "company_id": cls.company.id,
                "mall_member_since": fields.Datetime.now(),
            }
        )
        cls.token, _ttl = issue_token(cls.env, cls.member.id)
        cls.other_token, _ttl = issue_token(cls.env, cls.other.id)

    def _addresses(self, member=None, active=True):
        return (
            self.env["res.partner"]
            .sudo()
            .with_context(active_test=False)
            .search(
                [
                    ("parent_id", "=", (member or self.member).id),
                    ("active", "in", [True] if active else [True, False]),
                ],
                order="id",
            )
        )

    def _snapshot(self, member=None):
        addresses = self._addresses(member, active=False)
        return addresses.read([*STORED_FIELDS, "mall_default_address"], load=None)

    def add_address(self, token=None, **values):
        response = self.api("POST", "/addresses", new_address(**values), token=token or self.token)
        self.assertEqual(response.status_code, 201, response.text)
        return response.json()

    def listed(self, token=None):
        response = self.api("GET", "/addresses", token=token or self.token)
        self.assertEqual(response.status_code, 200, response.text)
        body = response.json()
        self.assertEqual(set(body), {"items"})
        return body["items"]

    # ------------------------------------------------------------ create, list

    def test_create_and_list(self):
        self.assertEqual(self.listed(), [])
        first = self.add_address()
        self.assertEqual(set(first), ADDRESS_KEYS)
        self.assertEqual(
            {k: v for k, v in first.items() if k != "id"},
            {
                "name": "张三",
                "phone": "13812345678",
                "province": "广东省",
                "city": "深圳市",
                "district": "南山区",
                "detail": "科技园南路 1 号 2 栋 301",
                "is_default": True,
            },
        )
        address = self.env["res.partner"].browse(first["id"])
        self.assertEqual(address.parent_id, self.member)
        self.assertEqual(address.type, "delivery")
        self.assertEqual(address.company_id, self.company)
        self.assertEqual(address.country_id, self.env.ref("base.cn"))
        self.assertEqual(address.state_id.name, "广东省")
        self.assertEqual(address.mobile, "13812345678")
        self.assertEqual(address.street, "科技园南路 1 号 2 栋 301")
        self.assertEqual(address.mall_district, "南山区")
        self.assertFalse(address.mall_member_since, "an address is not a member")
        # the member's own address is left alone (Odoo copies a first child's)
        self.assertFalse(self.member.street or self.member.state_id or self.member.city)

        second = self.add_address(
            name="李四", phone="15900001111", province="上海市", district=None
        )
        self.assertFalse(second["is_default"])
        self.assertEqual(second["province"], "上海市")
        self.assertIsNone(second["district"])
        third = self.add_address(name="王五", detail="  人民路 8 号  ")
        self.assertEqual(third["detail"], "人民路 8 号", "whitespace is stripped")
        # the default first, then the most recent
        self.assertEqual(
            [item["id"] for item in self.listed()], [first["id"], third["id"], second["id"]]
        )
        response = self.api("GET", f"/addresses/{second['id']}", token=self.token)
        self.assertEqual(response.status_code, 200, response.text)
        self.assertEqual(response.json(), second)
        # another member sees none of them
        self.assertEqual(self.listed(token=self.other_token), [])

    def test_create_as_default_moves_the_default(self):
        first = self.add_address()
        second = self.add_address(default=True)
        self.assertTrue(second["is_default"])
        defaults = [item["id"] for item in self.listed() if item["is_default"]]
        self.assertEqual(defaults, [second["id"]])
        self.assertFalse(self.env["res.partner"].browse(first["id"]).mall_default_address)

    def test_province_names(self):
        for given, expected in (
            ("广东省", "广东省"),
            ("浙江", "浙江省"),
            ("北京", "北京市"),
            ("广西", "广西壮族自治区"),
            ("新疆", "新疆维吾尔自治区"),
            ("内蒙古", "内蒙古自治区"),
            ("内蒙古自治区", "内蒙古自治区"),
            ("香港", "香港特别行政区"),
            (" 上海 ", "上海市"),
        ):
            with self.subTest(province=given):
                self.assertEqual(self.add_address(province=given)["province"], expected)

    def test_unknown_province_is_422_and_creates_nothing(self):
        for province in ("火星", "广", "Guangdong", "省"):
            with self.subTest(province=province):
                response = self.api(
                    "POST", "/addresses", new_address(province=province), token=self.token
                )
                self.assertError(response, 422, "invalid_province")
        self.assertFalse(self._addresses(active=False))

    def test_invalid_bodies_are_422_and_create_nothing(self):
        too_long = {
            "name": "名" * 33,
            "detail": "路" * 129,
            "city": "市" * 33,
            "district": "区" * 33,
        }
        bodies = [
            {},
            new_address(phone="12812345678"),
            new_address(phone="1381234567"),
            new_address(phone="138123456789"),
            new_address(phone="1381234567a"),
            new_address(phone="+8613812345678"),
            new_address(phone=13812345678),
            new_address(name=""),
            new_address(name="   "),
            new_address(name=None),
            new_address(detail=""),
            new_address(default="yes please"),
            new_address(extra="x"),
            new_address(country="中国"),
            *(new_address(**{key: value}) for key, value in too_long.items()),
        ]
        missing = new_address()
        del missing["city"]
        bodies.append(missing)
        for body in bodies:
            with self.subTest(body=body):
                response = self.api("POST", "/addresses", body, token=self.token)
                self.assertError(response, 422, "validation_error")
        response = self.api(
            "POST",
            "/addresses",
            raw="{not json",
            token=self.token,
            headers={"Content-Type": "application/json"},
        )
        self.assertError(response, 422, "validation_error")
        self.assertFalse(self._addresses(active=False))
        # the longest allowed values are fine
        longest = self.add_address(
            name="名" * 32, detail="路" * 128, city="市" * 32, district="区" * 32
        )
        self.assertEqual(len(longest["detail"]), 128)

    def test_limit_of_active_addresses(self):
        Partner = self.env["res.partner"].sudo()
        Partner.create(
            [
                {
                    "name": f"收件人{index}",
                    "parent_id": self.member.id,
                    "type": "delivery",
                    "company_id": self.company.id,
                }
                for index in range(MAX_DELIVERY_ADDRESSES - 1)
            ]
        )
        last = self.add_address()
        self.assertEqual(len(self.listed()), MAX_DELIVERY_ADDRESSES)
        before = self._snapshot()
        response = self.api("POST", "/addresses", new_address(default=True), token=self.token)
        self.assertError(response, 409, "address_limit")
        self.assertEqual(self._snapshot(), before, "a refused request writes nothing")
        # an archived (deleted) address does not count
        self.assertEqual(
            self.api("DELETE", f"/addresses/{last['id']}", token=self.token).status_code, 204
        )
        self.add_address()
        self.assertEqual(len(self.listed()), MAX_DELIVERY_ADDRESSES)
        # another member has its own limit
        self.add_address(token=self.other_token)

    # ------------------------------------------------------------ update

    def test_patch_any_subset(self):
        address = self.add_address()
        response = self.api(
            "PATCH", f"/addresses/{address['id']}", {"phone": "17700001111"}, token=self.token
        )
        self.assertEqual(response.status_code, 200, response.text)
        self.assertEqual(response.json(), {**address, "phone": "17700001111"})
        changes = {
            "name": "赵六",
            "province": "四川",
            "city": "成都市",
            "district": None,
            "detail": "天府大道 100 号",
        }
        response = self.api("PATCH", f"/addresses/{address['id']}", changes, token=self.token)
        self.assertEqual(response.status_code, 200, response.text)
        self.assertEqual(
            response.json(),
            {**address, **changes, "phone": "17700001111", "province": "四川省"},
        )
        record = self.env["res.partner"].browse(address["id"])
        self.assertEqual(record.state_id.name, "四川省")
        self.assertFalse(record.mall_district)
        # an empty patch changes nothing
        response = self.api("PATCH", f"/addresses/{address['id']}", {}, token=self.token)
        self.assertEqual(response.status_code, 200, response.text)
        self.assertEqual(response.json()["name"], "赵六")

    def test_patch_default(self):
        first = self.add_address()
        second = self.add_address()
        third = self.add_address()
        response = self.api(
            "PATCH", f"/addresses/{second['id']}", {"default": True}, token=self.token
        )
        self.assertEqual(response.status_code, 200, response.text)
        self.assertTrue(response.json()["is_default"])
        self.assertEqual([i["id"] for i in self.listed() if i["is_default"]], [second["id"]])
        # unsetting the default: the most recent other address becomes the default
        response = self.api(
            "PATCH", f"/addresses/{second['id']}", {"default": False}, token=self.token
        )
        self.assertEqual(response.status_code, 200, response.text)
        self.assertFalse(response.json()["is_default"])
        self.assertEqual([i["id"] for i in self.listed() if i["is_default"]], [third["id"]])
        # a member with a single address keeps it as default
        self.api("DELETE", f"/addresses/{second['id']}", token=self.token)
        self.api("DELETE", f"/addresses/{first['id']}", token=self.token)
        response = self.api(
            "PATCH", f"/addresses/{third['id']}", {"default": False}, token=self.token
        )
        self.assertEqual(response.status_code, 200, response.text)
        self.assertTrue(response.json()["is_default"])

    def test_invalid_patch_is_422_and_writes_nothing(self):
        address = self.add_address()
        before = self._snapshot()
        for body, code in (
            ({"phone": "1234"}, "validation_error"),
            ({"name": None}, "validation_error"),
            ({"default": None}, "validation_error"),
            ({"detail": "路" * 129}, "validation_error"),
            ({"name": "新名字", "extra": 1}, "validation_error"),
            ({"name": "新名字", "province": "火星"}, "invalid_province"),
        ):
            with self.subTest(body=body):
                response = self.api("PATCH", f"/addresses/{address['id']}", body, token=self.token)
                self.assertError(response, 422, code)
        self.assertEqual(self._snapshot(), before)

    # ------------------------------------------------------------ delete

    def test_delete_archives(self):
        address = self.add_address()
        response = self.api("DELETE", f"/addresses/{address['id']}", token=self.token)
        self.assertEqual(response.status_code, 204, response.text)
        self.assertEqual(response.content, b"")
        record = self.env["res.partner"].with_context(active_test=False).browse(address["id"])
        self.assertTrue(record.exists(), "orders keep their address")
        self.assertFalse(record.active)
        self.assertEqual(self.listed(), [])
        for method in ("GET", "DELETE"):
            with self.subTest(method=method):
                response = self.api(method, f"/addresses/{address['id']}", token=self.token)
                self.assertError(response, 404, "not_found")
        response = self.api(
            "PATCH", f"/addresses/{address['id']}", {"name": "复活"}, token=self.token
        )
        self.assertError(response, 404, "not_found")
        self.assertEqual(record.name, "张三")
        self.assertFalse(self.member._mall_delivery_address(address["id"]))

    def test_deleting_the_default_moves_it_to_the_most_recent(self):
        first = self.add_address()
        second = self.add_address()
        third = self.add_address()
        self.api("PATCH", f"/addresses/{first['id']}", {"default": True}, token=self.token)
        # deleting another address keeps the default
        self.assertEqual(
            self.api("DELETE", f"/addresses/{second['id']}", token=self.token).status_code, 204
        )
        self.assertEqual([i["id"] for i in self.listed() if i["is_default"]], [first["id"]])
        fourth = self.add_address()
        self.assertEqual(
            self.api("DELETE", f"/addresses/{first['id']}", token=self.token).status_code, 204
        )
        items = self.listed()
        self.assertEqual([i["id"] for i in items], [fourth["id"], third["id"]])
        self.assertEqual([i["is_default"] for i in items], [True, False])

    # ------------------------------------------------------------ access

    def test_needs_a_token(self):
        address = self.add_address()
        before = self._snapshot()
        for method, path, body in (
            ("GET", "/addresses", None),
            ("POST", "/addresses", new_address()),
            ("GET", f"/addresses/{address['id']}", None),
            ("PATCH", f"/addresses/{address['id']}", {"name": "x"}),
            ("DELETE", f"/addresses/{address['id']}", None),
        ):
            for token in (None, "1.2.3", f"{self.token}x"):
                with self.subTest(method=method, path=path, token=token):
                    response = self.api(method, path, body, token=token)
                    self.assertError(response, 401, "unauthorized")
        self.assertEqual(self._snapshot(), before)

    def test_other_members_addresses_are_404(self):
        mine = self.add_address()
        theirs = self.add_address(token=self.other_token, name="别人家")
        archived = self.add_address()
        self.api("DELETE", f"/addresses/{archived['id']}", token=self.token)
        # a contact of the member that is not a delivery address
        contact = (
            self.env["res.partner"]
            .sudo()
            .create({"name": "联系人", "parent_id": self.member.id, "type": "contact"})
        )
        before = self._snapshot(self.other) + self._snapshot()
        for address_id in (theirs["id"], archived["id"], contact.id, self.other.id, 999999999):
            for method, body in (("GET", None), ("PATCH", {"name": "改名"}), ("DELETE", None)):
                with self.subTest(address_id=address_id, method=method):
                    response = self.api(method, f"/addresses/{address_id}", body, token=self.token)
                    error = self.assertError(response, 404, "not_found")
                    self.assertNotIn("别人家", str(error))
        self.assertEqual(self._snapshot(self.other) + self._snapshot(), before)
        self.assertEqual([i["id"] for i in self.listed(token=self.other_token)], [theirs["id"]])
        self.assertEqual([i["id"] for i in self.listed()], [mine["id"]])
        for address_id in ("abc", "0", "-1"):
            with self.subTest(address_id=address_id):
                response = self.api("GET", f"/addresses/{address_id}", token=self.token)
                self.assertError(response, 422, "validation_error")

    def test_delivery_address_method(self):
        mine = self.add_address()
        theirs = self.add_address(token=self.other_token)
        archived = self.add_address()
        self.api("DELETE", f"/addresses/{archived['id']}", token=self.token)
        found = self.member._mall_delivery_address(mine["id"])
        self.assertEqual(found.ids, [mine["id"]])
        self.assertEqual(self.member._mall_delivery_address(str(mine["id"])), found)
        for address_id in (theirs["id"], archived["id"], self.member.id, None, "x", 0, True):
            with self.subTest(address_id=address_id):
                self.assertFalse(self.member._mall_delivery_address(address_id))
        self.assertEqual(self.other._mall_delivery_address(theirs["id"]).ids, [theirs["id"]])

    def test_openapi_documents_the_routes(self):
        response = self.api("GET", "/openapi.json")
        self.assertEqual(response.status_code, 200, response.text)
        paths = response.json()["paths"]
        self.assertEqual(set(paths["/addresses"]), {"get", "post"})
        self.assertEqual(set(paths["/addresses/{address_id}"]), {"get", "patch", "delete"})


@tagged("post_install", "-at_install")
class TestRawQueryString(MallApiCase):
    """A query string with raw (not percent-encoded) UTF-8 bytes, as some
    clients send it: it used to answer 500 (a2wsgi encodes the query as ASCII)."""

    def raw_get(self, target: bytes):
        url = urlsplit(self.base_url())
        with socket.create_connection((url.hostname, url.port), timeout=30) as sock:
            sock.sendall(
                b"GET " + API.encode() + target + b" HTTP/1.1\r\n"
                b"Host: " + url.netloc.encode() + b"\r\nConnection: close\r\n\r\n"
            )
            response = http.client.HTTPResponse(sock)
            response.begin()
            return response.status, response.read().decode()

    def test_raw_utf8_query_searches(self):
        status, text = self.raw_get("/products?q=大米&page_size=50".encode())
        self.assertEqual(status, 200, text)
        names = [item["name"] for item in json.loads(text)["items"]]
        expected = self.env["product.template"].search(
            [
                ("mall_ok", "=", True),
                ("mall_published", "=", True),
                ("sale_ok", "=", True),
                ("name", "ilike", "大米"),
            ]
        )
        self.assertTrue(expected)
        self.assertEqual(sorted(names), sorted(expected.mapped("name")))
        # the same query, percent-encoded, answers the same
        encoded = self.api("GET", "/products", params={"q": "大米", "page_size": 50})
        self.assertEqual(encoded.status_code, 200, encoded.text)
        self.assertEqual(sorted(i["name"] for i in encoded.json()["items"]), sorted(names))

    def test_raw_non_utf8_query_is_not_a_server_error(self):
        status, text = self.raw_get(b"/products?q=" + "大米".encode("gbk"))
        self.assertEqual(status, 200, text)
        self.assertEqual(json.loads(text)["items"], [])
