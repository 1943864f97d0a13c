"""The shopper's mini-program (miniprogram/, uni-app) against the suite.

- both targets build: H5 (served by mall_h5 at /mall/h5/, with nothing from a
  CDN) and mp-weixin (its app.json lists every page; no H5-only API on the
  WeChat target: miniprogram/scripts/check-mp.mjs);
- the client's generated types (miniprogram/src/api/schema.d.ts) are those of
  the running server's /mall/v1/openapi.json: the API cannot drift from its
  client;
- the whole journey in headless Chromium on the H5 build
  (miniprogram/e2e/journey.mjs, puppeteer-core on Debian's chromium; nothing
  is downloaded): shop → claim a 满减 coupon → the operator gives points →
  category → product → 规格 → cart → checkout with a new address, the coupon
  and 积分抵扣 → pay the rest on the WeChat simulator → 待发货; the operator
  ships over JSON-RPC → 待收货 with tracking → confirm receipt → 我的积分
  (points earned) → 我的 (the level reached) → 会员价 on the product → 评价
  with a photo → the product's reviews → a partial refund approved over
  JSON-RPC → the points given back and taken back (issue #15); and one
  journey per part of the later issues (JOURNEYS below). Their screenshots
  stay in .local/miniprogram-e2e/<journey>/ (git-ignored) for a person to
  look at.

scripts/test runs `npm ci` first (MALL_MINIPROGRAM_READY); without node and
npm these tests skip (scripts/test counts that as a failure under CI=true).
"""

import os
import shutil
import subprocess

import pytest
import requests

from .storefront import configure_store

try:
    from tests.wechat_simulator.client import Simulator
except ImportError:  # run from inside tests/
    from wechat_simulator.client import Simulator

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MP = os.path.join(REPO, "miniprogram")
SHOTS = os.path.join(REPO, ".local", "miniprogram-e2e")
CHROMIUM = shutil.which("chromium") or shutil.which("google-chrome") or "/usr/bin/chromium"
MCHID = "1900000777"


def _npm(*args, timeout=300, env=None):
    return subprocess.run(
        ["npm", "run", "--silent", *args],
        cwd=MP,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )


def _node(*args, timeout=300, env=None):
    return subprocess.run(
        ["node", *args],
        cwd=MP,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )


def _explain(result):
    return f"exit {result.returncode}\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"


@pytest.fixture(scope="module")
def client_ready():
    if not (shutil.which("node") and shutil.which("npm")):
        pytest.skip("node and npm are not on this machine")
    if not os.path.isdir(os.path.join(MP, "node_modules")):
        pytest.skip("miniprogram/node_modules is missing: run through scripts/test (npm ci)")
    return True


@pytest.fixture(scope="module")
def h5_build(client_ready):
    result = _npm("build:h5")
    return result


def test_h5_build(h5_build):
    assert h5_build.returncode == 0, _explain(h5_build)
    root = os.path.join(MP, "dist", "build", "h5")
    with open(os.path.join(root, "index.html"), encoding="utf-8") as f:
        index = f.read()
    assert "/mall/h5/assets/" in index
    # nothing from a CDN at run time (uni-h5's own shadow images are dropped)
    for folder, _dirs, files in os.walk(root):
        for name in files:
            if name.endswith((".js", ".css", ".html")):
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    text = f.read()
                assert "cdn.dcloud.net.cn" not in text, name
                assert "unpkg.com" not in text and "jsdelivr" not in text, name


def test_mp_weixin_build_lists_every_page(client_ready):
    result = _npm("build:mp-weixin")
    assert result.returncode == 0, _explain(result)
    check = _node("scripts/check-mp.mjs")
    assert check.returncode == 0, _explain(check)


def test_api_types_match_the_server(client_ready, odoo_server):
    if os.environ.get("MALL_MODULES"):
        pytest.skip("the contract is that of every suite addon (MALL_MODULES installs fewer)")
    result = _node("scripts/gen-api.mjs", "--check", f"{odoo_server.url}/mall/v1/openapi.json")
    assert result.returncode == 0, _explain(result)


# The browser journeys (miniprogram/e2e/<name>.mjs, on e2e/lib.mjs) and the
# screenshots each must take: the pages a person reads them for.
JOURNEYS = {
    # issue #15: shop, coupons, points, levels, reviews, a partial refund
    "journey": (
        "首页",
        "分类",
        "商品详情",
        "规格",
        "购物车",
        "确认订单",
        "积分抵扣",
        "待发货",
        "待收货",
        "我的积分",
        "会员价",
        "评价",
        "商品评价",
        "已退款",
        "积分退回",
    ),
    # issue #16: a share, its poster, a friend invited through it, the rewards
    "share": ("分享", "海报", "好友打开", "邀请有礼", "我的分享", "受邀奖励"),
    # issue #16, distribution: apply, a two-level chain through shares, the
    # commission settled, a withdrawal confirmed by the member
    "distribution": (
        "申请推广员",
        "分销中心",
        "可提现",
        "佣金明细",
        "提现",
        "待确认收款",
        "已到账",
    ),
    # issue #16, flash sales: the home block, the flash-sale page, grab, pay
    "flash_sale": (
        "限时秒杀",
        "秒杀列表",
        "确认抢购",
        "待付款",
        "待发货",
        "已抢",
    ),
    # issue #18: an order of a qualifying product earns an activity coin, which expires
    "coins": (
        "商品详情",
        "确认订单",
        "待发货",
        "我的",
        "我的活动币",
        "活动币过期",
    ),
    # issue #18: a real name verified, a points-mall exchange with coins + points
    "points_mall": (
        "我的",
        "实名认证-填写",
        "实名认证-已实名",
        "积分商城",
        "兑换商品",
        "确认兑换",
        "兑换成功",
    ),
    # issue #16, group buying: a 2-person group opened and paid, a friend
    # joins through the group's scene and pays, the group succeeds
    "group_buy": (
        "首页拼团",
        "拼团活动",
        "确认拼团",
        "拼团支付",
        "拼团中",
        "好友打开拼团",
        "拼团成功",
        "待发货",
        "我的拼团",
    ),
    # issue #17: a clerk's WeCom QR code, the welcome card to the new-member
    # gift page, the gift coupon, an order with it attributed to store and clerk
    "growth": ("新人礼", "我的优惠券", "首页活动", "活动页", "新人券", "待发货"),
    # issue #18, lottery: a verified shopper registers in an open window, the
    # draw cron runs (time moved), the winner buys at the lottery price and pays
    "lottery": (
        "抢签列表",
        "抢签详情",
        "已报名",
        "中签",
        "抽签价支付",
        "待发货",
        "已购买",
        "开奖公示",
    ),
}


@pytest.mark.parametrize("journey", list(JOURNEYS))
def test_shopper_journey_in_chromium(h5_build, odoo_server, journey):
    assert h5_build.returncode == 0, _explain(h5_build)
    if requests.get(f"{odoo_server.url}/mall/h5/", timeout=30).status_code == 404:
        pytest.skip("mall_h5 is not installed in this database")
    if not os.path.exists(CHROMIUM):
        pytest.skip("Chromium is not installed")
    shots = os.path.join(SHOTS, journey)
    with Simulator.start(demo=True, time_scale=0.001) as sim:
        store = configure_store(odoo_server, sim, MCHID)
        # the tracking route answers from what is stored: no live Kuaidi100 query
        store["call"]("ir.config_parameter", "set_param", "mall_fulfillment.kuaidi100_live", "0")
        shutil.rmtree(shots, ignore_errors=True)
        result = _node(
            f"e2e/{journey}.mjs",
            timeout=600,
            env={
                "MALL_URL": odoo_server.url,
                "MALL_DB": odoo_server.db,
                "MALL_SHOTS": shots,
                "CHROMIUM": CHROMIUM,
            },
        )
    print(result.stdout)
    assert result.returncode == 0, _explain(result)
    assert "journey complete" in result.stdout
    taken = sorted(os.listdir(shots))
    for page in JOURNEYS[journey]:
        assert any(page in name for name in taken), (page, taken)
