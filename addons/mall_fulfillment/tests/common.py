from odoo import Command
from odoo.addons.mall_api.tests.common import MallApiCase, load_simulator_client
from odoo.addons.mall_api.tokens import issue_token
from odoo.tests import tagged

from ..const import (
    BASE_URL_PARAM,
    CACHE_MINUTES_PARAM,
    CUSTOMER_PARAM,
    KEY_PARAM,
    LIVE_PARAM,
    QUERY_COST_PARAM,
    RATE_LIMIT_PARAM,
)

CUSTOMER = "TESTCUSTOMER0001"
KEY = "test-kuaidi100-key"
SF_NUMBER = "SF1234567890123"
TIMELINE = [
    {
        "time": "2026-11-21 18:30:00",
        "ftime": "2026-11-21 18:30:00",
        "context": "快件已到达【上海浦东转运中心】",
        "location": "上海市",
        "status": "在途",
    },
    {
        "time": "2026-11-20 09:00:00",
        "ftime": "2026-11-20 09:00:00",
        "context": "顺丰速运 已收取快件",
        "location": "哈尔滨市",
        "status": "揽收",
    },
]


def load_kuaidi100_simulator():
    """``tests/kuaidi100_simulator/client.py`` (``MALL_KUAIDI100_SIM`` or the
    path relative to this addon)."""
    return load_simulator_client("kuaidi100_simulator", "MALL_KUAIDI100_SIM")


@tagged("post_install", "-at_install")
class FulfillmentCase(MallApiCase):
    """A Kuaidi100 simulator, two members and a shipped order of the first."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # messages are asserted in English, whatever languages the database has
        cls.env = cls.env(context=dict(cls.env.context, lang="en_US"))
        cls.sim = load_kuaidi100_simulator().Simulator.start()
        cls.addClassCleanup(cls.sim.stop)
        cls.set_params(
            {
                CUSTOMER_PARAM: CUSTOMER,
                KEY_PARAM: KEY,
                BASE_URL_PARAM: cls.sim.base_url,
                LIVE_PARAM: "1",
                CACHE_MINUTES_PARAM: "30",
                QUERY_COST_PARAM: "0.10",
                RATE_LIMIT_PARAM: "0",
            }
        )
        cls.carrier_sf = cls.env["delivery.carrier"].search(
            [("mall_kuaidi100_code", "=", "shunfeng")], limit=1
        )
        cls.member, cls.address = cls._member("甲", "13912345678")
        cls.other, _address = cls._member("乙", "13700001111")
        cls.token, _ttl = issue_token(cls.env, cls.member.id)
        cls.other_token, _ttl = issue_token(cls.env, cls.other.id)
        cls.product = cls.env["product.product"].create(
            {"name": "测试运单商品", "type": "consu", "list_price": 10.0}
        )
        cls.order = cls._order(cls.member, cls.address)
        cls.picking = cls.order.picking_ids.filtered(
            lambda p: p.location_dest_id.usage == "customer"
        )
        cls.picking.write({"carrier_id": cls.carrier_sf.id, "carrier_tracking_ref": SF_NUMBER})
        cls.tracking = cls.picking.mall_tracking_ids

    def setUp(self):
        super().setUp()
        self.sim.reset()
        self.sim.add_account(CUSTOMER, KEY)
        self.sim.add_waybill("shunfeng", SF_NUMBER, state="0", data=TIMELINE, phone="5678")

    @classmethod
    def set_params(cls, values):
        ICP = cls.env["ir.config_parameter"].sudo()
        for key, value in values.items():
            ICP.set_param(key, value)

    @classmethod
    def _member(cls, name, mobile):
        member, _token, address = cls._mall_member(name, mobile=mobile)
        return member, address

    @classmethod
    def _order(cls, member, address, confirm=True):
        order = cls.env["sale.order"].create(
            {
                "partner_id": member.id,
                "partner_shipping_id": address.id,
                "company_id": cls.company.id,
                "mall_order": True,
                "order_line": [
                    Command.create({"product_id": cls.product.id, "product_uom_qty": 1})
                ],
            }
        )
        if confirm:
            order.action_confirm()
        return order

    def logs(self):
        return self.env["mall.tracking.query.log"].search(
            [("tracking_id", "=", self.tracking.id)], order="id"
        )
