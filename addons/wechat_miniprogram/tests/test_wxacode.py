import io
import json

from PIL import Image

from odoo.exceptions import ValidationError
from odoo.tests import tagged

from ..exceptions import WeChatError
from .common import WeChatMiniProgramCase

PATH = "/wxa/getwxacodeunlimit"


@tagged("post_install", "-at_install")
class TestWxaCode(WeChatMiniProgramCase):
    APP_EXTRA = {"pages": ["pages/index/index", "pages/store/home"]}

    def test_png_returned(self):
        png = self.mp._get_unlimited_qrcode(
            "store=12&clerk=7", page="pages/store/home", width=300, env_version="trial"
        )
        image = Image.open(io.BytesIO(png))
        self.assertEqual(image.format, "PNG")
        meta = json.loads(image.info["wxacode"])
        self.assertEqual(meta["scene"], "store=12&clerk=7")
        self.assertEqual(meta["page"], "pages/store/home")
        self.assertEqual(meta["env_version"], "trial")
        self.assertEqual(image.size, (300, 300))

    def test_bad_scene_or_page_refused_before_calling(self):
        calls = self.sim.request_count(PATH)
        for scene in ("a" * 33, "", "门店12", "a%20b", "a b"):
            with self.subTest(scene=scene), self.assertRaises(ValidationError):
                self.mp._get_unlimited_qrcode(scene)
        for page in ("/pages/index/index", "pages/index/index?x=1"):
            with self.subTest(page=page), self.assertRaises(ValidationError):
                self.mp._get_unlimited_qrcode("a=1", page=page)
        with self.assertRaises(ValidationError):
            self.mp._get_unlimited_qrcode("a=1", env_version="beta")
        self.assertEqual(self.sim.request_count(PATH), calls)
        self.assertEqual(len(self.mp._get_unlimited_qrcode("a" * 32)) > 0, True)

    def test_unpublished_page(self):
        with self.assertRaises(WeChatError) as error:
            self.mp._get_unlimited_qrcode("a=1", page="pages/unknown/page")
        self.assertEqual(error.exception.errcode, 41030)
        png = self.mp._get_unlimited_qrcode("a=1", page="pages/unknown/page", check_path=False)
        self.assertTrue(png.startswith(b"\x89PNG"))

    def test_scene_message_in_chinese(self):
        self.env["res.lang"]._activate_lang("zh_CN")
        with self.assertRaises(ValidationError) as error:
            self.mp.with_context(lang="zh_CN")._get_unlimited_qrcode("门店")
        self.assertIn("32", str(error.exception))
        self.assertIn("字符", str(error.exception))
