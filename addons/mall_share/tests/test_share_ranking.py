import io
import json
from urllib.parse import urlencode

import openpyxl

from odoo import Command
from odoo.addons.mall_api.tests.common import MallApiCase
from odoo.exceptions import AccessError
from odoo.tests import new_test_user, tagged


@tagged("post_install", "-at_install")
class TestShareRanking(MallApiCase):
    """The ranking of sharing members, as operators read it and export it."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.sharer, cls.token, _address = cls._mall_member("排行甲")
        cls.sharer.name = "排行榜张三"
        cls.other, _token, _address = cls._mall_member("排行乙")
        cls.other.name = "排行榜李四"
        cls.reader, _token, cls.reader_address = cls._mall_member("排行丙")
        cls.product = cls.env["product.template"].create(
            {
                "name": "排行测试小米",
                "list_price": 30.0,
                "mall_ok": True,
                "mall_published": True,
                "mall_fulfillment": "warehouse",
                "taxes_id": [Command.clear()],
            }
        )
        Share = cls.env["mall.share"]
        cls.share = Share._mall_share(cls.sharer, cls.product.id)
        cls.other_share = Share._mall_share(cls.other, cls.product.id)
        Open = cls.env["mall.share.open"]
        for client in ("client-0001", "client-0002", "client-0003"):
            Open._mall_record(cls.share, client_id=client)
        Open._mall_record(cls.share, member=cls.reader)
        Open._mall_record(cls.other_share, client_id="client-0001")
        order = cls.env["sale.order"]._mall_create_placed_order(
            cls.reader, cls.reader_address, {cls.product.product_variant_id: 2}, None, None, None
        )
        order.action_confirm()
        cls.campaign = new_test_user(
            cls.env, login="share_campaign", groups="mall_base.group_mall_campaign"
        )

    def test_the_ranking_reads_what_the_shares_brought_and_exports_it(self):
        Report = self.env["mall.share.report"].with_user(self.campaign)
        measures = ["opens", "registrations", "orders", "order_amount"]
        rows = Report.read_group(
            [("member_id", "in", (self.sharer | self.other).ids)],
            [f"{m}:sum" for m in measures],
            ["member_id"],
            orderby="orders desc, opens desc",
        )
        self.assertEqual(
            [(r["member_id"][0], r["opens"], r["registrations"], r["orders"]) for r in rows],
            [(self.sharer.id, 4, 0, 1), (self.other.id, 1, 0, 0)],
        )
        self.assertAlmostEqual(rows[0]["order_amount"], 60.0)
        data = {
            "title": "分享排行",
            "model": Report._name,
            "measure_count": len(measures),
            "origin_count": 1,
            "col_group_headers": [[{"title": "总计", "width": len(measures), "height": 1}]],
            "measure_headers": [{"title": m, "is_bold": False} for m in measures],
            "origin_headers": [],
            "rows": [
                {
                    "title": row["member_id"][1],
                    "indent": 0,
                    "values": [{"value": row[m], "is_bold": False} for m in measures],
                }
                for row in rows
            ],
        }
        self.authenticate("share_campaign", "share_campaign")
        response = self.url_open("/web/pivot/export_xlsx?" + urlencode({"data": json.dumps(data)}))
        self.assertEqual(response.status_code, 200, response.text[:300])
        sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
        cells = [[cell.value for cell in line] for line in sheet.iter_rows()]
        self.assertEqual(cells[-2][:4], ["排行榜张三", 4, 0, 1])
        self.assertEqual(cells[-1][:4], ["排行榜李四", 1, 0, 0])

    def test_operators_see_their_company_only_and_change_nothing(self):
        other_company = self.env["res.company"].create({"name": "分享测试分公司"})
        outsider = new_test_user(
            self.env,
            login="share_outsider",
            groups="mall_base.group_mall_campaign",
            company_id=other_company.id,
            company_ids=[Command.set(other_company.ids)],
        )
        self.assertFalse(self.env["mall.share"].with_user(outsider).search([]))
        self.assertFalse(self.env["mall.share.report"].with_user(outsider).search([]))
        shares = self.env["mall.share"].with_user(self.campaign).search([])
        self.assertIn(self.share, shares)
        self.assertEqual(shares.filtered(lambda s: s == self.share).open_count, 4)
        with self.assertRaises(AccessError):
            self.share.with_user(self.campaign).write({"channel": "poster"})
        # the poster URL is not given to someone reading the share
        self.assertFalse(self.share.with_user(self.campaign).read(["channel"])[0].get("poster_key"))
