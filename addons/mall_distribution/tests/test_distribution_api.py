import io
import json
from datetime import timedelta
from urllib.parse import urlencode

import openpyxl

from odoo import fields
from odoo.tests import new_test_user, tagged

from .common import DistributionCase


@tagged("post_install", "-at_install")
class TestDistributionApi(DistributionCase):
    def _settled(self, promoter_member, buyer_name, lines):
        """An order of a new member bound to ``promoter_member``, received
        past the window and settled."""
        buyer, _t, _addr = self._mall_member(buyer_name, mall_dist_parent_id=promoter_member.id)
        order = self._order(buyer, lines)
        order.mall_received_at = fields.Datetime.now() - timedelta(days=8)
        self.Line._cron_mall_settle()
        return order

    def test_apply_then_approved_promoter_center(self):
        member, token, _addr = self._mall_member("甲")
        body = self.api("GET", "/me/promoter", token=token).json()
        self.assertEqual((body["state"], body["code"]), ("none", None))
        self.assertError(
            self.api("POST", "/me/promoter/apply", {"real_name": "  "}, token=token),
            422,
            "real_name_required",
        )
        response = self.api("POST", "/me/promoter/apply", {"real_name": "张三"}, token=token)
        self.assertEqual(response.status_code, 201, response.text)
        self.assertEqual(response.json()["state"], "applied")
        self.assertError(
            self.api("POST", "/me/promoter/apply", {"real_name": "张三"}, token=token),
            409,
            "application_pending",
        )
        self.assertError(
            self.api("GET", "/me/promoter/commissions", token=token), 409, "not_promoter"
        )
        promoter = self.Promoter._mall_get(member)
        promoter.action_approve()
        # a team of two levels, an order of the first level
        b, _t, _a = self._mall_member("乙", mall_dist_parent_id=member.id)
        self._mall_member("丙", mall_dist_parent_id=b.id)
        self._order(b, [(self.rice, 1)])
        body = self.api("GET", "/me/promoter", token=token).json()
        self.assertEqual(body["state"], "approved")
        self.assertEqual(body["code"], member.mall_share_code)
        self.assertEqual((body["team_level1"], body["team_level2"]), (1, 1))
        self.assertEqual((body["pending"], body["settleable"], body["withdrawn"]), (10.0, 0.0, 0.0))
        ledger = self.api("GET", "/me/promoter/commissions", token=token).json()
        self.assertEqual(ledger["total"], 1)
        (item,) = ledger["items"]
        self.assertEqual((item["kind"], item["amount"], item["level"]), ("pending", 10.0, 1))
        self.assertEqual(item["buyer"], "会**")  # masked nickname
        self.assertError(
            self.api("POST", "/me/promoter/apply", {"real_name": "张三"}, token=token),
            409,
            "already_promoter",
        )

    def test_withdrawal_errors_write_nothing(self):
        member, token, promoter = self._promoter("甲")
        self._settled(member, "乙", [(self.rice, 2)])  # 20 withdrawable
        _other, other_token, _addr = self._mall_member("戊")
        Withdrawal = self.env["mall.withdrawal"]

        def count():
            return Withdrawal.search_count([]), self.Line.search_count([])

        before = count()
        self.assertError(
            self.api("POST", "/me/promoter/withdrawals", {"amount": 5}, token=other_token),
            409,
            "not_promoter",
        )
        self.company.mall_dist_min_withdrawal = 10.0
        self.assertError(
            self.api("POST", "/me/promoter/withdrawals", {"amount": 5}, token=token),
            422,
            "withdrawal_below_minimum",
        )
        self.assertError(
            self.api("POST", "/me/promoter/withdrawals", {"amount": 25}, token=token),
            409,
            "insufficient_balance",
        )
        promoter.real_name = False
        self.assertError(
            self.api("POST", "/me/promoter/withdrawals", {"amount": 10}, token=token),
            422,
            "real_name_required",
        )
        self.assertEqual(count(), before)
        # with the real name given, two a day
        for _i in range(2):
            response = self.api(
                "POST", "/me/promoter/withdrawals", {"amount": 10, "real_name": "李四"}, token=token
            )
            self.assertEqual(response.status_code, 201, response.text)
        body = response.json()
        self.assertEqual(
            (body["state"], body["amount"], body["confirm"]), ("requested", 10.0, None)
        )
        self.assertEqual(promoter.real_name, "李四")
        self.company.mall_dist_daily_withdrawals = 2
        before = count()
        self.assertError(
            self.api("POST", "/me/promoter/withdrawals", {"amount": 10}, token=token),
            429,
            "withdrawal_daily_limit",
        )
        self.assertEqual(count(), before)
        listed = self.api("GET", "/me/promoter/withdrawals", token=token).json()
        self.assertEqual(listed["total"], 2)
        info = self.api("GET", "/me/promoter", token=token).json()
        self.assertEqual((info["settleable"], info["withdrawn"]), (0.0, 0.0))
        kinds = [
            i["kind"]
            for i in self.api("GET", "/me/promoter/commissions", token=token).json()["items"]
        ]
        self.assertEqual(kinds, ["withdrawal", "withdrawal", "settleable", "pending"])

    def test_reports_export_as_finance(self):
        member, _token, promoter = self._promoter("甲")
        self._settled(member, "乙", [(self.rice, 3)])
        finance = new_test_user(
            self.env, login="dist_finance", groups="mall_base.group_mall_finance"
        )
        Line = self.env["mall.commission.line"].with_user(finance)
        measures = ["commission_amount", "pending_delta", "settleable_delta", "withdrawn_delta"]
        row = Line.read_group(
            [("promoter_id", "=", promoter.id)], [f"{m}:sum" for m in measures], ["partner_id"]
        )[0]
        self.assertEqual([row[m] for m in measures], [30.0, 0.0, 30.0, 0.0])
        month = Line.read_group(
            [("promoter_id", "=", promoter.id)],
            ["amount:sum"],
            ["create_date:month", "kind"],
            lazy=False,
        )
        self.assertEqual(sorted(r["amount"] for r in month), [30.0, 30.0])
        data = {
            "title": "推广员排行",
            "model": Line._name,
            "measure_count": len(measures),
            "origin_count": 1,
            "col_group_headers": [[{"title": "总计", "width": len(measures), "height": 1}]],
            "measure_headers": [{"title": m, "is_bold": False} for m in measures],
            "origin_headers": [],
            "rows": [
                {
                    "title": row["partner_id"][1],
                    "indent": 0,
                    "values": [{"value": row[m], "is_bold": False} for m in measures],
                }
            ],
        }
        self.authenticate("dist_finance", "dist_finance")
        response = self.url_open("/web/pivot/export_xlsx?" + urlencode({"data": json.dumps(data)}))
        self.assertEqual(response.status_code, 200, response.text[:300])
        sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
        cells = [[cell.value for cell in line] for line in sheet.iter_rows()]
        self.assertEqual(cells[-1][0], member.name)
        self.assertEqual(cells[-1][1:5], [30, 0, 30, 0])
