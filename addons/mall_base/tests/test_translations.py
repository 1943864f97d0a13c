import os
import re

import polib

from odoo.modules.module import get_module_path
from odoo.tests import tagged
from odoo.tests.common import TransactionCase
from odoo.tools.translate import TranslationModuleReader

SUITE_AUTHOR = "Odoo WeChat Mall"
# demo records are written in Chinese already: nothing to translate there
CHINESE = re.compile(r"[\u4e00-\u9fff]")


@tagged("post_install", "-at_install")
class TestSuiteTranslations(TransactionCase):
    """Every user-facing string of every installed suite addon has zh_CN."""

    def test_every_term_has_a_chinese_translation(self):
        modules = self.env["ir.module.module"].search(
            [("state", "=", "installed"), ("author", "=", SUITE_AUTHOR)]
        )
        self.assertIn("mall_base", modules.mapped("name"))
        for module in modules.mapped("name"):
            with self.subTest(module=module):
                po_path = os.path.join(get_module_path(module), "i18n", "zh_CN.po")
                self.assertTrue(os.path.exists(po_path), f"{module} has no i18n/zh_CN.po")
                translated = {e.msgid for e in polib.pofile(po_path) if e.msgstr}
                terms = {
                    source
                    for _mod, _type, _name, _res_id, source, _value, _comments in (
                        TranslationModuleReader(self.env.cr, modules=[module], lang="zh_CN")
                    )
                    if not CHINESE.search(source)
                }
                missing = sorted(terms - translated)
                self.assertFalse(
                    missing,
                    f"{module}: run scripts/i18n {module} and translate: {missing[:10]}",
                )
