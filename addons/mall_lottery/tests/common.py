import importlib.util
import uuid
from datetime import timedelta
from pathlib import Path

from odoo import Command, fields
from odoo.addons.mall_api.tests.common import MallApiCase
from odoo.tests import tagged


def load_verify_script():
    """``scripts/lottery_verify.py`` of the repository (standard library only)."""
    path = Path(__file__).resolve().parents[3] / "scripts" / "lottery_verify.py"
    spec = importlib.util.spec_from_file_location("mall_lottery_verify", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@tagged("post_install", "-at_install")
class LotteryCase(MallApiCase):
    """Members with a token and an address; a dropshipped deer wine without
    taxes at 1,288 (lottery price 688); no shipping fee; no promotion."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        params = cls.env["ir.config_parameter"].sudo()
        params.set_param("mall_api.order_rate_limit", "0")
        cls.env["loyalty.program"].sudo().search([]).active = False
        cls.company.mall_delivery_carrier_id = False
        cls.company.mall_delivery_carrier_ids = False
        cls.member, cls.token, cls.address = cls._mall_member("甲")
        cls.other, cls.other_token, cls.other_address = cls._mall_member("乙")
        cls.supplier = cls.env["res.partner"].create(
            {"name": "抢签测试酒业", "mall_is_supplier": True}
        )
        cls.wine = (
            cls.env["product.template"]
            .create(
                {
                    "name": "抢签测试鹿茸酒",
                    "list_price": 1288.0,
                    "is_storable": True,
                    "mall_ok": True,
                    "mall_published": True,
                    "mall_fulfillment": "dropship",
                    "taxes_id": [Command.clear()],
                    "seller_ids": [Command.create({"partner_id": cls.supplier.id, "price": 500})],
                }
            )
            .product_variant_id
        )

    def now(self):
        return fields.Datetime.now()

    def _lottery(self, windows=None, schedule=True, **values):
        """A lottery with ``windows`` ``[(start, end, draw)]`` in minutes from
        now (default: one open now, drawn later)."""
        now = self.now()
        windows = windows or [(-1, 10, 15)]
        lottery = self.env["mall.lottery"].create(
            {
                "name": "鹿茸酒 限量抢签",
                "product_id": self.wine.id,
                "quantity": 2,
                "price": 688.0,
                "require_real_name": False,
                "company_id": self.company.id,
                "window_ids": [
                    Command.create(
                        {
                            "date_start": now + timedelta(minutes=start),
                            "date_end": now + timedelta(minutes=end),
                            "draw_at": now + timedelta(minutes=draw),
                        }
                    )
                    for start, end, draw in windows
                ],
                **values,
            }
        )
        if schedule:
            lottery.action_schedule()
        return lottery

    def register(self, lottery, token=None):
        return self.api("POST", f"/lotteries/{lottery.id}/registrations", token=token or self.token)

    def members(self, count, prefix="抽"):
        return [self._mall_member(f"{prefix}{i}") for i in range(count)]

    def close_window(self, window, draw=True):
        """Time moved: the window closed a second ago (and its draw time passed)."""
        now = self.now()
        window.write(
            {
                "date_start": min(window.date_start, now - timedelta(minutes=5)),
                "date_end": now - timedelta(seconds=1),
                "draw_at": now - timedelta(seconds=1) if draw else now + timedelta(minutes=5),
            }
        )

    def run_cron(self):
        self.env.flush_all()
        self.env["mall.lottery"]._cron_mall_lottery()
        self.env.invalidate_all()

    def order(self, registration, token=None, address=None, key=None):
        return self.api(
            "POST",
            f"/me/lottery-registrations/{registration.id}/order",
            {"address_id": (address or self.address).id},
            token=token or self.token,
            headers={"Idempotency-Key": key or uuid.uuid4().hex},
        )
