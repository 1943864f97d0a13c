import os
import tempfile
from unittest.mock import patch

from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestMallH5(HttpCase):
    def setUp(self):
        super().setUp()
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        self.root = tmp.name
        os.makedirs(os.path.join(self.root, "assets"))
        with open(os.path.join(self.root, "index.html"), "w", encoding="utf-8") as f:
            f.write("<!doctype html><title>商城</title>")
        with open(os.path.join(self.root, "assets", "index-abc.js"), "w") as f:
            f.write("console.log(1)")
        env = patch.dict(os.environ, {"MALL_H5_DIR": self.root})
        env.start()
        self.addCleanup(env.stop)

    def test_index_and_assets(self):
        response = self.url_open("/mall/h5/")
        self.assertEqual(response.status_code, 200)
        self.assertIn("text/html", response.headers["Content-Type"])
        self.assertEqual(response.headers["Cache-Control"], "no-cache")
        self.assertIn("商城", response.text)
        asset = self.url_open("/mall/h5/assets/index-abc.js")
        self.assertEqual(asset.status_code, 200)
        self.assertIn("javascript", asset.headers["Content-Type"])
        self.assertIn("immutable", asset.headers["Cache-Control"])

    def test_unknown_paths(self):
        # a page path gets the app; a missing file is 404; nothing outside the build
        self.assertIn("商城", self.url_open("/mall/h5/pages/cart/index").text)
        self.assertEqual(self.url_open("/mall/h5/assets/missing.js").status_code, 404)
        self.assertEqual(self.url_open("/mall/h5/../../odoo.conf").status_code, 404)
        outside = self.url_open("/mall/h5/%2e%2e/%2e%2e/etc/passwd")
        self.assertNotIn("root:", outside.text)
        response = self.url_open("/mall/h5", allow_redirects=False)
        self.assertEqual(response.status_code, 301)
        self.assertTrue(response.headers["Location"].endswith("/mall/h5/"))

    def test_missing_build(self):
        with patch.dict(os.environ, {"MALL_H5_DIR": os.path.join(self.root, "nothing")}):
            response = self.url_open("/mall/h5/")
        self.assertEqual(response.status_code, 503)
        self.assertIn("npm run build:h5", response.text)

    def test_config_names_the_simulator_in_test_mode_only(self):
        provider = self.env["payment.provider"].search(
            [("code", "=", "wechatpay"), ("company_id", "=", self.env.company.id)], limit=1
        )
        if not provider:
            self.skipTest("no WeChat Pay provider")

        def set_provider(state, url):
            # SQL: the provider's constraints want keys this test does not need
            self.env.cr.execute(
                "UPDATE payment_provider SET state = %s, wechatpay_api_base_url = %s WHERE id = %s",
                (state, url, provider.id),
            )
            provider.invalidate_recordset()

        set_provider("test", "http://127.0.0.1:8099/")
        self.assertEqual(
            self.url_open("/mall/h5/config.json").json(),
            {"pay_simulator_url": "http://127.0.0.1:8099"},
        )
        set_provider("test", "https://api.mch.weixin.qq.com")
        self.assertEqual(self.url_open("/mall/h5/config.json").json(), {"pay_simulator_url": None})
        set_provider("disabled", "http://127.0.0.1:8099")
        self.assertEqual(self.url_open("/mall/h5/config.json").json(), {"pay_simulator_url": None})
