"""WeCom over real HTTP: the suite's server and the simulator's WeCom side.

A contact-way QR code is created; a customer adding the clerk makes the
simulator POST the encrypted, signed event to the suite's callback URL; the
suite verifies and stores it, and the queue job sends the welcome message once
within WeCom's 20 seconds (the simulator records both times). A forged
callback and a replay write nothing. A push to 1,000 customers of 4 clerks is
sent as one WeCom task per clerk and its results add up."""

import base64
import secrets
import string

import pytest

from .storefront import rpc_result, wait

try:
    from tests.wechat_simulator.client import Simulator
except ImportError:  # run from inside tests/
    from wechat_simulator.client import Simulator

CLERKS = ["zhangsan", "lisi", "wangwu", "zhaoliu"]
PNG = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"0" * 64).decode()


@pytest.fixture(scope="module")
def wecom(odoo_server):
    admin = odoo_server.session()

    def call(model, method, *args, **kwargs):
        return rpc_result(odoo_server.call(admin, model, method, *args, **kwargs))

    if not call(
        "ir.module.module", "search_count", [["name", "=", "wecom"], ["state", "=", "installed"]]
    ):
        pytest.skip("wecom is not installed in this database")
    sim = Simulator.start()
    company_id = call("res.users", "read", [2], ["company_id"])[0]["company_id"][0]
    corpid = "ww" + secrets.token_hex(8)
    secret = secrets.token_hex(16)
    token = secrets.token_hex(8)
    aes_key = "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(43))
    sim.add_corp(
        corpid,
        [secret],
        token,
        aes_key,
        callback_url=f"{odoo_server.url}/wecom/callback/{company_id}",
        users=CLERKS,
    )
    call(
        "res.company",
        "write",
        [company_id],
        {
            "wecom_corp_id": corpid,
            "wecom_contact_secret": secret,
            "wecom_callback_token": token,
            "wecom_encoding_aes_key": aes_key,
            "wecom_api_base_url": sim.base_url,
            "wecom_welcome_text": "欢迎！点开小程序领取新人礼。",
            "wecom_welcome_image": PNG,
            "wecom_welcome_mp_appid": "wxmallapp0000001",
            "wecom_welcome_mp_page": "pages/index/index",
            "wecom_welcome_mp_title": "新人礼",
            "wecom_welcome_mp_image": PNG,
        },
    )
    yield {"sim": sim, "call": call, "corpid": corpid, "company_id": company_id}
    sim.stop()


def test_contact_way_callback_and_welcome(wecom):
    sim, call, corpid = wecom["sim"], wecom["call"], wecom["corpid"]
    (way_id,) = call(
        "wecom.contact.way",
        "create",
        [{"name": "南京路店 张三", "userids": "zhangsan", "state": "st:http1"}],
    )
    call("wecom.contact.way", "action_create_in_wecom", [way_id])
    (way,) = call("wecom.contact.way", "read", [way_id], ["status", "config_id", "qr_image"])
    assert way["status"] == "active" and way["config_id"] and way["qr_image"]
    assert [w["state"] for w in sim.wecom_contact_ways() if w["config_id"] == way["config_id"]] == [
        "st:http1"
    ]
    assert sim.wecom_verify_url(corpid)["ok"]

    added = sim.wecom_add_contact(corpid, "zhangsan", state="st:http1", unionid="union-http-1")
    assert added["callback"]["status"] == 200
    assert added["callback"]["ms"] < 5000  # answered before WeCom's 5 s

    seen = []

    def event():
        rows = call(
            "wecom.event",
            "search_read",
            [["external_userid", "=", added["external_userid"]]],
            ["welcome_status", "welcome_error", "status", "error", "contact_id"],
        )
        seen[:] = rows
        return (
            rows
            if rows and rows[0]["welcome_status"] == "sent" and rows[0]["status"] == "processed"
            else None
        )

    try:
        (row,) = wait(event, timeout=30, message="welcome sent and event processed")
    except AssertionError as error:
        raise AssertionError(f"{error}: {seen}") from None
    sends = [s for s in sim.wecom_welcome()["sends"] if s["welcome_code"] == added["welcome_code"]]
    assert len(sends) == 1
    assert sends[0]["errcode"] == 0 and sends[0]["within_window"]
    assert sends[0]["received_at"] - sends[0]["callback_at"] < 20
    kinds = [a["msgtype"] for a in sends[0]["payload"]["attachments"]]
    assert kinds == ["image", "miniprogram"]
    (contact,) = call(
        "wecom.external.contact",
        "read",
        [row["contact_id"][0]],
        ["unionid", "state", "follow_userids"],
    )
    assert (contact["unionid"], contact["state"], contact["follow_userids"]) == (
        "union-http-1",
        "st:http1",
        "zhangsan",
    )

    # forged and replayed callbacks write nothing, and no second welcome is sent
    events_before = call("wecom.event", "search_count", [])
    contacts_before = call("wecom.external.contact", "search_count", [])
    forged = sim.wecom_add_contact(corpid, "lisi", state="st:http1", forge="signature")
    assert forged["callback"]["status"] == 403
    assert sim.wecom_replay(added["callback"]["id"])["callback"]["status"] == 200
    assert sim.wecom_replay(added["callback"]["id"], fresh=True)["callback"]["status"] == 200
    assert call("wecom.event", "search_count", []) == events_before
    assert call("wecom.external.contact", "search_count", []) == contacts_before
    sends = [s for s in sim.wecom_welcome()["sends"] if s["welcome_code"] == added["welcome_code"]]
    assert len(sends) == 1


def test_push_to_1000_customers(wecom):
    sim, call, corpid, company_id = (
        wecom["sim"],
        wecom["call"],
        wecom["corpid"],
        wecom["company_id"],
    )
    prefix = "wmp" + secrets.token_hex(4)
    externals = [f"{prefix}{i:04d}" for i in range(1000)]
    seeds = [
        {"external_userid": e, "userid": CLERKS[i % 4], "friend": i % 20 != 7}  # 50 not friends
        for i, e in enumerate(externals)
    ]
    sim.wecom_seed_contacts(corpid, seeds)
    # 30 friends already got their messages this month
    sim.wecom_outcome([e for i, e in enumerate(externals) if i % 20 != 7][:30], 3)
    contact_ids = call(
        "wecom.external.contact",
        "create",
        [
            {"company_id": company_id, "external_userid": e, "name": f"客户{i}"}
            for i, e in enumerate(externals)
        ],
    )
    call(
        "wecom.follow.user",
        "create",
        [
            {
                "contact_id": cid,
                "company_id": company_id,
                "userid": CLERKS[i % 4],
                "state": "st:http1",
            }
            for i, cid in enumerate(contact_ids)
        ],
    )
    (push_id,) = call(
        "wecom.push",
        "create",
        [{"name": "新米节", "text": "新米上市，点开小程序领券", "company_id": company_id}],
    )
    added = call(
        "wecom.push", "action_add_contacts", [push_id], [["external_userid", "=like", prefix + "%"]]
    )
    assert added == 1000
    call("wecom.push", "action_send", [push_id])

    def done():
        (push,) = call(
            "wecom.push",
            "read",
            [push_id],
            [
                "state",
                "recipient_count",
                "sent_count",
                "not_friend_count",
                "limit_count",
                "task_ids",
            ],
        )
        return push if push["state"] == "done" else None

    push = wait(done, timeout=120, message="push done")
    tasks = call("wecom.push.task", "read", push["task_ids"], ["userid", "msgid"])
    assert sorted(t["userid"] for t in tasks) == sorted(CLERKS)
    remote = [t for t in sim.wecom_tasks()["tasks"] if t["msgid"] in {t["msgid"] for t in tasks}]
    assert sorted(t["sender"] for t in remote) == sorted(CLERKS)  # one task per clerk
    assert sum(t["recipients"] for t in remote) == 1000
    remote_counts = {}
    for task in remote:
        for status, count in task["counts"].items():
            remote_counts[status] = remote_counts.get(status, 0) + count
    assert remote_counts == {"sent": 920, "not_friend": 50, "limit_reached": 30}
    assert push["recipient_count"] == 1000
    assert (push["sent_count"], push["not_friend_count"], push["limit_count"]) == (920, 50, 30)
    assert push["sent_count"] + push["not_friend_count"] + push["limit_count"] == 1000
