from odoo.tests import tagged
from odoo.tests.common import TransactionCase

from ..scene import channel_of_scene, format_scene, parse_scene


@tagged("post_install", "-at_install")
class TestScene(TransactionCase):
    def test_a_scene_made_here_reads_back(self):
        scene = format_scene(group_offer=3, group=41, sharer="K7Q2M9XA")
        self.assertEqual(scene, "o=3&g=41&u=K7Q2M9XA")
        self.assertLessEqual(len(scene), 32)
        self.assertEqual(parse_scene(scene), {"group_offer": 3, "group": 41, "sharer": "K7Q2M9XA"})
        self.assertEqual(channel_of_scene(scene), "share")

    def test_what_breaks_the_grammar_is_dropped(self):
        # unknown keys, ids that are not ids, values with other characters
        self.assertEqual(parse_scene("p=12&x=1&g=abc&u=A%B"), {"product": 12})
        self.assertEqual(parse_scene("summer2026"), {})
        self.assertEqual(parse_scene("u=" + "A" * 40), {})
        self.assertEqual(channel_of_scene("summer2026"), "miniprogram")

    def test_legacy_channel_scenes_are_still_read(self):
        self.assertEqual(parse_scene("store_qr:S01"), {"channel": "store_qr", "store": "S01"})
        self.assertEqual(channel_of_scene("clerk_qr:C9"), "clerk_qr")
        self.assertEqual(parse_scene("nochannel:1"), {})

    def test_a_scene_that_would_not_fit_is_refused(self):
        with self.assertRaises(ValueError):
            format_scene(sharer="A" * 30, product=12)
        with self.assertRaises(ValueError):
            format_scene(sharer="张三")
        with self.assertRaises(ValueError):
            format_scene(shop=1)

    def test_share_codes_are_made_once_and_found_per_company(self):
        company = self.env.company
        member = self.env["res.partner"].create({"name": "李四", "company_id": company.id})
        code = member._mall_get_share_code()
        self.assertRegex(code, r"^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$")
        self.assertEqual(member._mall_get_share_code(), code)
        partners = self.env["res.partner"]
        self.assertEqual(partners._mall_find_by_share_code(code, company), member)
        other = self.env["res.company"].create({"name": "别家店"})
        self.assertFalse(partners._mall_find_by_share_code(code, other))
        self.assertFalse(partners._mall_find_by_share_code("", company))
