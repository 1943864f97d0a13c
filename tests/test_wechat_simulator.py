"""The local WeChat simulator, driven through the real client libraries.

wechatpy 2.0.0a26 (mini-program API) and wechatpayv3 2.0.4 (WeChat Pay v3)
are pointed at the simulator by base URL, exactly as the suite's connectors
do it (PROTOCOLS.md section 0).  Notifications go to a small local HTTP
receiver and are checked with ``WeChatPay.callback()``.
"""

import json
import threading
import time
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from wechatpayv3 import WeChatPay, WeChatPayType
from wechatpayv3.utils import build_authorization, load_private_key
from wechatpy import WeChatClient
from wechatpy.exceptions import APILimitedException, WeChatClientException

try:
    from tests.wechat_simulator.client import MerchantKeys, Simulator
except ImportError:  # run from inside tests/ without the package on the path
    from wechat_simulator.client import MerchantKeys, Simulator

APPID = "wxsimtest00000001"
SECRET = "sim-test-secret"
MCHID = "1900000109"
OPENID = "o_sim_user_0001"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
CST = timezone(timedelta(hours=8))


# ---------------------------------------------------------------- helpers


class SimWeChatClient(WeChatClient):
    """wechatpy's mini-program client pointed at the simulator (PROTOCOLS 0)."""

    def __init__(self, base_url, appid=APPID, secret=SECRET, **kwargs):
        super().__init__(appid, secret, **kwargs)
        self.base_url = base_url
        self.API_BASE_URL = base_url + "/cgi-bin/"
        self.wxa.API_BASE_URL = base_url + "/"

    def fetch_access_token(self):
        return self._fetch_access_token(
            url=self.base_url + "/cgi-bin/token",
            params={"grant_type": "client_credential", "appid": self.appid, "secret": self.secret},
        )


class Receiver:
    """A tiny notify_url server: records every POST, answers from a plan."""

    def __init__(self):
        self.lock = threading.Lock()
        self.received = []
        self.plans = {}
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with receiver.lock:
                    receiver.received.append(
                        {
                            "path": self.path,
                            "headers": dict(self.headers.items()),
                            "body": body,
                            "time": time.monotonic(),
                        }
                    )
                    plan = receiver.plans.get(self.path) or []
                    answer = plan.pop(0) if plan else 200
                if isinstance(answer, float):  # answer too late: sleep, then 200
                    time.sleep(answer)
                    answer = 200
                payload = b"" if answer < 300 else b'{"code":"FAIL","message":"planned"}'
                self.send_response(answer)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path):
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def plan(self, path, *answers):
        """Answer the next POSTs to ``path`` with these statuses (float: delay)."""
        with self.lock:
            self.plans[path] = list(answers)

    def hits(self, path):
        with self.lock:
            return [r for r in self.received if r["path"] == path]

    def wait(self, path, count=1, timeout=5.0):
        return Simulator.wait_for(
            lambda: len(self.hits(path)) >= count and self.hits(path),
            timeout,
            message=f"{count} notifies to {path}",
        )

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def make_pay(
    sim, keys, notify_url=None, mode="public_key", cert_dir=None, timeout=None, public_key=None
):
    """wechatpayv3 pointed at the simulator.  Public-key mode needs no download;
    certificate mode reads ``cert_dir`` in the constructor (before the gateway
    can be changed), so tests put a valid certificate there first."""
    info = sim.keys()
    kwargs = {}
    if mode == "public_key":
        kwargs = {
            "public_key": public_key or info["public_key_pem"],
            "public_key_id": info["public_key_id"],
        }
    wxpay = WeChatPay(
        wechatpay_type=WeChatPayType.MINIPROG,
        mchid=keys.mchid,
        private_key=keys.private_key_pem,
        cert_serial_no=keys.serial,
        appid=APPID,
        apiv3_key=keys.apiv3_key,
        notify_url=notify_url,
        cert_dir=cert_dir,
        timeout=timeout,
        **kwargs,
    )
    assert wxpay._core._gate_way == "https://api.mch.weixin.qq.com"  # pinned 2.0.4 attribute
    wxpay._core._gate_way = sim.base_url
    return wxpay


def prepay(wxpay, out_trade_no, total=1990, openid=OPENID, **extra):
    code, text = wxpay.pay(
        description="五常稻花香大米 5kg",
        out_trade_no=out_trade_no,
        amount={"total": total, "currency": "CNY"},
        payer={"openid": openid},
        **extra,
    )
    return code, json.loads(text) if text else None


def self_signed_cert_pem():
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "unrelated")])
    now = datetime.now(timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.PEM).decode()


def signed_request(sim, keys, method, path, body="", headers=None):
    """A hand-made WeChat Pay request (for what the library cannot send)."""
    auth = build_authorization(
        path,
        method,
        keys.mchid,
        keys.serial,
        load_private_key(keys.private_key_pem),
        data=body or None,
    )
    all_headers = {
        "Authorization": auth,
        "Content-Type": "application/json",
        "Accept": "application/json",
        **(headers or {}),
    }
    return requests.request(
        method, sim.base_url + path, data=body.encode() or None, headers=all_headers, timeout=10
    )


def upload_time(offset_ms=0):
    moment = datetime.now(CST) + timedelta(milliseconds=offset_ms)
    return moment.isoformat(timespec="milliseconds")


# ---------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def sim():
    with Simulator.start(time_scale=0.001, settings={"refund_delay": 0.05}) as simulator:
        yield simulator


@pytest.fixture(scope="module")
def keys():
    return MerchantKeys.generate(MCHID, appids=[APPID])


@pytest.fixture(scope="module")
def receiver():
    server = Receiver()
    yield server
    server.close()


@pytest.fixture(autouse=True)
def fresh(sim, keys):
    sim.reset()
    sim.add_app(APPID, SECRET)
    sim.add_merchant(keys)


@pytest.fixture
def client(sim):
    return SimWeChatClient(sim.base_url)


@pytest.fixture
def notify_path(request):
    return "/notify/" + request.node.name


@pytest.fixture
def wxpay(sim, keys, receiver, notify_path):
    return make_pay(sim, keys, notify_url=receiver.url(notify_path))


def paid_order(sim, wxpay, receiver, path, out_trade_no, total=1990):
    """Prepay, pay through the control API, wait for the notify; returns the tx id."""
    assert prepay(wxpay, out_trade_no, total)[0] == 200
    result = sim.pay(out_trade_no)
    receiver.wait(path)
    return result["transaction_id"]


# ---------------------------------------------------------------- basics


def test_health_keys_and_unknown_paths(sim):
    assert sim.health()["ok"] is True
    info = sim.keys()
    assert info["public_key_id"].startswith("PUB_KEY_ID_0112")
    assert "BEGIN PUBLIC KEY" in info["public_key_pem"]
    cert = x509.load_pem_x509_certificate(info["certificate_pem"].encode())
    assert format(cert.serial_number, "X") == info["certificate_serial"]
    resp = requests.get(sim.base_url + "/cgi-bin/no-such-api", timeout=5)
    assert resp.status_code == 404 and resp.json()["error"] == "not_found"


def test_malformed_json_bodies(sim, client, keys):
    token = client.access_token
    resp = requests.post(
        f"{sim.base_url}/wxa/business/getuserphonenumber",
        params={"access_token": token},
        data=b"{not json",
        timeout=5,
    )
    assert resp.status_code == 200 and resp.json()["errcode"] == 47001
    resp = signed_request(sim, keys, "POST", "/v3/pay/transactions/jsapi", body="{not json")
    assert resp.status_code == 400 and resp.json()["code"] == "PARAM_ERROR"
    assert resp.headers["Wechatpay-Signature-Type"] == "WECHATPAY2-SHA256-RSA2048"
    assert sim.health()["ok"]


# ---------------------------------------------------------------- tokens


def test_token_fetch_and_auto_retry_after_revoke(sim, client):
    first = client.access_token
    assert sim.tokens()["issued"] == 1
    data = {"thing1": {"value": "您的订单已发货"}}
    client.wxa.send_subscribe_message(OPENID, "TPL-SHIP", data)
    sim.revoke_tokens()
    # the simulator answers 40001; a26 fetches a new token and repeats the call once
    client.wxa.send_subscribe_message(OPENID, "TPL-SHIP", data)
    assert client.access_token != first
    assert sim.tokens()["issued"] == 2
    assert sim.request_count("/cgi-bin/message/subscribe/send") == 3
    resp = requests.post(
        f"{sim.base_url}/cgi-bin/message/subscribe/send",
        params={"access_token": first},
        json={},
        timeout=5,
    )
    assert resp.json()["errcode"] == 40001
    # an expired token gets 42001, also retried transparently
    sim.expire_tokens()
    client.wxa.send_subscribe_message(OPENID, "TPL-SHIP", data)
    assert sim.tokens()["issued"] == 3
    assert len(sim.state()["subscribe_messages"]) == 3


def test_superseded_token_and_stable_token(sim, client):
    sim.settings(token_overlap=0)
    old = client.access_token
    SimWeChatClient(sim.base_url).fetch_access_token()  # another server refreshes
    resp = requests.post(
        f"{sim.base_url}/wxa/sec/order/is_trade_managed",
        params={"access_token": old},
        json={"appid": APPID},
        timeout=5,
    )
    assert resp.json()["errcode"] == 40001
    body = {"grant_type": "client_credential", "appid": APPID, "secret": SECRET}
    a = requests.post(sim.base_url + "/cgi-bin/stable_token", json=body, timeout=5).json()
    b = requests.post(sim.base_url + "/cgi-bin/stable_token", json=body, timeout=5).json()
    assert a["access_token"] == b["access_token"] and a["expires_in"] > 300
    c = requests.post(
        sim.base_url + "/cgi-bin/stable_token", json={**body, "force_refresh": True}, timeout=5
    ).json()
    assert c["access_token"] != a["access_token"]
    assert sim.tokens()["issued"] == 4
    bad = requests.get(
        sim.base_url + "/cgi-bin/token",
        timeout=5,
        params={"grant_type": "client_credential", "appid": APPID, "secret": "wrong"},
    ).json()
    assert bad["errcode"] == 40125


# ---------------------------------------------------------------- login, phone, codes


def test_jscode2session_good_reused_and_bad_codes(sim, client):
    code = sim.add_code(APPID, OPENID, unionid="union-1")
    result = client.wxa.code_to_session(code)
    assert result["openid"] == OPENID and result["unionid"] == "union-1"
    assert result["session_key"]
    with pytest.raises(WeChatClientException) as reused:
        client.wxa.code_to_session(code)
    assert reused.value.errcode == 40163
    with pytest.raises(WeChatClientException) as bad:
        client.wxa.code_to_session("no-such-code")
    assert bad.value.errcode == 40029
    other_app_code = sim.add_code("wxsomeotherapp001", OPENID)
    with pytest.raises(WeChatClientException) as wrong_app:
        client.wxa.code_to_session(other_app_code)
    assert wrong_app.value.errcode == 40029


def test_phone_number_code(sim, client):
    code = sim.add_phone_code("13800138000")
    info = client.wxa.get_phone_number(code)["phone_info"]
    assert info["purePhoneNumber"] == "13800138000" and info["countryCode"] == "86"
    assert info["watermark"]["appid"] == APPID
    with pytest.raises(WeChatClientException) as used:
        client.wxa.get_phone_number(code)
    assert used.value.errcode == 40029


def test_wxacode_png_and_bad_scene(sim, client):
    res = client.wxa.get_wxa_code_unlimited("p=42&r=u7", page="pages/product/detail")
    assert res.headers["Content-Type"] == "image/png"
    assert res.content[:8] == PNG_SIGNATURE
    assert b'"scene": "p=42&r=u7"' in res.content  # tEXt chunk echoes what was encoded
    for scene in ("商品42", "x" * 33, "a%20b"):
        with pytest.raises(WeChatClientException) as bad:
            client.wxa.get_wxa_code_unlimited(scene)
        assert bad.value.errcode == 40169
    with pytest.raises(WeChatClientException) as bad_page:
        client.wxa.get_wxa_code_unlimited("p=1", page="/pages/index/index")
    assert bad_page.value.errcode == 41030


def test_subscribe_message_is_recorded_and_validated(sim, client):
    data = {
        "character_string1": {"value": "SO0042"},
        "thing2": {"value": "五常大米"},
        "amount3": {"value": "¥19.90"},
    }
    client.wxa.send_subscribe_message(OPENID, "TPL-PAID", data, page="pages/order/detail")
    client.post(
        "message/subscribe/send",
        data={
            "touser": OPENID,
            "template_id": "TPL-PAID",
            "data": data,
            "miniprogram_state": "trial",
            "lang": "zh_CN",
        },
    )
    messages = sim.state()["subscribe_messages"]
    assert [m["miniprogram_state"] for m in messages] == ["formal", "trial"]
    assert messages[0]["data"] == data and messages[0]["page"] == "pages/order/detail"
    with pytest.raises(WeChatClientException) as too_long:
        client.wxa.send_subscribe_message(OPENID, "TPL-PAID", {"thing1": {"value": "长" * 21}})
    assert too_long.value.errcode == 47003


# ---------------------------------------------------------------- shipping


def test_shipping_upload_waits_for_grace_then_succeeds(sim, client, wxpay, receiver, notify_path):
    sim.settings(shipping_grace_seconds=0.4)
    transaction_id = paid_order(sim, wxpay, receiver, notify_path, "SO-SHIP-1")
    url = sim.base_url + "/wxa/sec/order/upload_shipping_info"

    def body(offset_ms=0, contact="189****1234"):
        return {
            "order_key": {"order_number_type": 2, "transaction_id": transaction_id},
            "logistics_type": 1,
            "delivery_mode": 1,
            "shipping_list": [
                {
                    "tracking_no": "SF1234567890",
                    "express_company": "SF",
                    "item_desc": "五常稻花香大米 5kg x1",
                    "contact": {"receiver_contact": contact},
                }
            ],
            "upload_time": upload_time(offset_ms),
            "payer": {"openid": OPENID},
        }

    with pytest.raises(WeChatClientException) as early:
        client.post(url, data=body())
    assert early.value.errcode == 10060001

    def try_upload():
        try:
            return client.post(url, data=body(1))
        except WeChatClientException as exc:
            assert exc.errcode == 10060001
            return None

    assert Simulator.wait_for(try_upload, timeout=3, interval=0.1)["errcode"] == 0
    with pytest.raises(WeChatClientException) as unmasked:
        client.post(url, data=body(2, contact="18912341234"))
    assert unmasked.value.errcode == 47003
    assert client.post(url, data=body(3))["errcode"] == 0  # the one re-ship chance
    with pytest.raises(WeChatClientException) as third:
        client.post(url, data=body(4))
    assert third.value.errcode == 10060004
    unknown = body(5)
    unknown["order_key"] = {"order_number_type": 1, "mchid": MCHID, "out_trade_no": "SO-NONE"}
    with pytest.raises(WeChatClientException) as missing:
        client.post(url, data=unknown)
    assert missing.value.errcode == 10060001
    assert len(sim.state()["shipping_uploads"]) == 2
    managed = client.post(sim.base_url + "/wxa/sec/order/is_trade_managed", data={"appid": APPID})
    assert managed["is_trade_managed"] is True


# ---------------------------------------------------------------- pay: modes


def test_pay_public_key_mode_prepay_notify_and_callback(sim, keys, wxpay, receiver, notify_path):
    code, result = prepay(wxpay, "SO0001-1", total=1990, attach="cart:7")
    assert code == 200 and result["prepay_id"].startswith("wx")  # response verified by the lib
    pay_sign = wxpay.sign([APPID, "1700000000", "NONCE", f"prepay_id={result['prepay_id']}"])
    assert pay_sign
    code, text = wxpay.query(out_trade_no="SO0001-1")
    assert code == 200 and json.loads(text)["trade_state"] == "NOTPAY"
    paid = sim.pay("SO0001-1")
    hit = receiver.wait(notify_path)[0]
    assert hit["headers"]["Wechatpay-Serial"] == sim.keys()["public_key_id"]
    data = wxpay.callback(hit["headers"], hit["body"])
    assert data["event_type"] == "TRANSACTION.SUCCESS"
    resource = data["resource"]
    assert resource["out_trade_no"] == "SO0001-1" and resource["amount"]["total"] == 1990
    assert resource["trade_state"] == "SUCCESS" and resource["attach"] == "cart:7"
    assert resource["transaction_id"] == paid["transaction_id"]
    assert resource["payer"]["openid"] == OPENID and resource["mchid"] == MCHID
    code, text = wxpay.query(transaction_id=paid["transaction_id"])
    assert code == 200 and json.loads(text)["trade_state"] == "SUCCESS"
    note = Simulator.wait_for(
        lambda: sim.notifies(out_trade_no="SO0001-1")[0]["delivered"]
        and sim.notifies(out_trade_no="SO0001-1")
    )[0]
    assert note["attempt_log"][0]["status"] == 200
    # the library really verifies: a client holding another public key refuses the answer
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
    wrong = make_pay(
        sim,
        keys,
        notify_url=receiver.url(notify_path),
        public_key=other.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ).decode(),
    )
    with pytest.raises(Exception, match="failed to verify the signature"):
        wrong.query(out_trade_no="SO0001-1")


def test_pay_certificate_mode_with_cert_dir(sim, keys, receiver, notify_path, tmp_path):
    sim.settings(mode="certificate")
    info = sim.keys()
    (tmp_path / f"{info['certificate_serial']}.pem").write_text(info["certificate_pem"])
    wxpay = make_pay(
        sim, keys, notify_url=receiver.url(notify_path), mode="certificate", cert_dir=str(tmp_path)
    )
    assert prepay(wxpay, "SO-CERT-1")[0] == 200
    sim.pay("SO-CERT-1")
    hit = receiver.wait(notify_path)[0]
    assert hit["headers"]["Wechatpay-Serial"] == info["certificate_serial"]
    data = wxpay.callback(hit["headers"], hit["body"])
    assert data["resource"]["out_trade_no"] == "SO-CERT-1"
    assert sim.request_count("/v3/certificates") == 0


def test_pay_certificate_mode_downloads_certificates(sim, keys, receiver, notify_path, tmp_path):
    sim.settings(mode="certificate")
    # an unrelated valid certificate lets the constructor finish without a download
    # (it would go to the real host); the first unknown serial triggers one from us
    (tmp_path / "UNRELATED.pem").write_text(self_signed_cert_pem())
    wxpay = make_pay(
        sim, keys, notify_url=receiver.url(notify_path), mode="certificate", cert_dir=str(tmp_path)
    )
    assert prepay(wxpay, "SO-CERT-2")[0] == 200
    serial = sim.keys()["certificate_serial"]
    assert sim.request_count("/v3/certificates") == 1
    assert (tmp_path / f"{serial}.pem").read_text() == sim.keys()["certificate_pem"]


def test_certificates_unavailable_in_public_key_mode(sim, keys, wxpay):
    code, text = wxpay._core.request("/v3/certificates", skip_verify=True)
    assert code == 500 and json.loads(text)["code"] == "SYSTEM_ERROR"
    sim.settings(certificates_available=True)
    code, text = wxpay._core.request("/v3/certificates", skip_verify=True)
    assert code == 200 and json.loads(text)["data"][0]["serial_no"]


def test_mixed_mode_follows_request_serial(sim, keys, wxpay, receiver, notify_path, tmp_path):
    sim.settings(mode="mixed")
    info = sim.keys()
    with_id = signed_request(
        sim,
        keys,
        "GET",
        "/v3/refund/domestic/refunds/NONE",
        headers={"Wechatpay-Serial": info["public_key_id"]},
    )
    without = signed_request(sim, keys, "GET", "/v3/refund/domestic/refunds/NONE")
    assert with_id.headers["Wechatpay-Serial"] == info["public_key_id"]
    assert without.headers["Wechatpay-Serial"] == info["certificate_serial"]
    assert prepay(wxpay, "SO-MIX-1")[0] == 200
    sim.pay("SO-MIX-1")
    sim.pay("SO-MIX-1", resend=True)
    hits = receiver.wait(notify_path, 2)
    assert {h["headers"]["Wechatpay-Serial"] for h in hits} == {
        info["public_key_id"],
        info["certificate_serial"],
    }
    # a public-key-mode client verifies both: the certificate-signed one makes it
    # download /v3/certificates (available in mixed mode) first
    assert all(wxpay.callback(h["headers"], h["body"]) for h in hits)
    assert sim.request_count("/v3/certificates") == 1
    # a certificate-only client cannot even parse a PUB_KEY_ID serial: it raises
    (tmp_path / f"{info['certificate_serial']}.pem").write_text(info["certificate_pem"])
    cert_only = make_pay(sim, keys, mode="certificate", cert_dir=str(tmp_path))
    by_key_id = next(h for h in hits if h["headers"]["Wechatpay-Serial"] == info["public_key_id"])
    with pytest.raises(ValueError):
        cert_only.callback(by_key_id["headers"], by_key_id["body"])


# ---------------------------------------------------------------- pay: request checks


def test_pay_request_validation_and_idempotent_prepay(sim, keys, wxpay):
    code, first = prepay(wxpay, "SO-DUP-1", total=100)
    code2, again = prepay(wxpay, "SO-DUP-1", total=100)
    assert code == code2 == 200 and first["prepay_id"] == again["prepay_id"]
    code, err = prepay(wxpay, "SO-DUP-1", total=200)
    assert code == 400 and err["code"] == "INVALID_REQUEST" and "201" in err["message"]
    code, err = prepay(wxpay, "bad no!")
    assert code == 400 and err["code"] == "PARAM_ERROR"
    code, err = prepay(wxpay, "SO-DUP-2", notify_url="https://shop.example/notify?db=x")
    assert code == 400 and err["code"] == "PARAM_ERROR"
    code, err = prepay(wxpay, "SO-DUP-3", appid="wxnotmerchants01")
    assert code == 400 and err["code"] == "APPID_MCHID_NOT_MATCH"
    code, text = wxpay.query(out_trade_no="SO-UNKNOWN")
    assert code == 404 and json.loads(text)["code"] == "ORDER_NOT_EXIST"


def test_bad_merchant_signature_and_stale_timestamp(sim, keys, receiver, monkeypatch):
    impostor = MerchantKeys.generate(MCHID, appids=[APPID], apiv3_key=keys.apiv3_key)
    impostor.serial = keys.serial  # right serial, wrong private key
    wxpay = make_pay(sim, impostor, notify_url=receiver.url("/x"))
    code, text = wxpay.query(out_trade_no="SO-ANY")
    assert code == 401 and json.loads(text)["code"] == "SIGN_ERROR"
    honest = make_pay(sim, keys, notify_url=receiver.url("/x"))

    class Clock:
        @staticmethod
        def time():
            return time.time() - 600

    monkeypatch.setattr("wechatpayv3.utils.time", Clock)
    code, text = honest.query(out_trade_no="SO-ANY")
    assert code == 401 and "5分钟" in json.loads(text)["message"]


# ---------------------------------------------------------------- notifies


def test_tampered_signtest_and_stale_notifies(sim, wxpay, receiver, notify_path):
    paid_order(sim, wxpay, receiver, notify_path, "SO-BAD-1")
    for count, flag in enumerate(("tamper", "signtest", "stale"), start=2):
        sim.pay("SO-BAD-1", resend=True, **{flag: True})
        hit = receiver.wait(notify_path, count)[-1]
        result = wxpay.callback(hit["headers"], hit["body"])
        if flag == "stale":
            # wechatpayv3 does not check the timestamp: the merchant must
            assert result is not None
            assert int(hit["headers"]["Wechatpay-Timestamp"]) < time.time() - 500
        else:
            assert result is None, flag
    signtest = receiver.hits(notify_path)[2]["headers"]["Wechatpay-Signature"]
    assert signtest.startswith("WECHATPAY/SIGNTEST/")


def test_duplicate_notify_arrives_twice(sim, wxpay, receiver, notify_path):
    assert prepay(wxpay, "SO-TWICE-1")[0] == 200
    sim.pay("SO-TWICE-1", duplicate=1, duplicate_delay=0.05)
    hits = receiver.wait(notify_path, 2)
    ids = {wxpay.callback(h["headers"], h["body"])["id"] for h in hits}
    assert len(ids) == 1
    time.sleep(0.1)
    assert len(receiver.hits(notify_path)) == 2


def test_unanswered_notify_is_resent_on_schedule(sim, wxpay, receiver, notify_path):
    receiver.plan(notify_path, 500, 500, 503)
    assert prepay(wxpay, "SO-RETRY-1")[0] == 200
    sim.pay("SO-RETRY-1")
    hits = receiver.wait(notify_path, 4)
    gaps = [b["time"] - a["time"] for a, b in zip(hits, hits[1:], strict=False)]
    for gap, scheduled in zip(gaps, (15, 15, 30), strict=True):
        assert gap >= scheduled * 0.001 * 0.9
    note = Simulator.wait_for(
        lambda: sim.notifies(out_trade_no="SO-RETRY-1")[0]["delivered"]
        and sim.notifies(out_trade_no="SO-RETRY-1")[0]
    )
    assert [a["status"] for a in note["attempt_log"]] == [500, 500, 503, 200]
    assert [a["kind"] for a in note["attempt_log"]] == ["initial", "retry", "retry", "retry"]
    time.sleep(0.3)  # the next slot (3 min x 0.001) passes: no further copy
    assert len(receiver.hits(notify_path)) == 4


def test_slow_or_unreachable_notify_url_counts_as_failure(sim, keys, receiver, notify_path):
    sim.settings(notify_timeout=0.2)
    wxpay = make_pay(sim, keys, notify_url=receiver.url(notify_path))
    receiver.plan(notify_path, 0.5)  # first answer comes too late
    assert prepay(wxpay, "SO-SLOW-1")[0] == 200
    sim.pay("SO-SLOW-1")
    note = Simulator.wait_for(
        lambda: sim.notifies(out_trade_no="SO-SLOW-1")[0]["delivered"]
        and sim.notifies(out_trade_no="SO-SLOW-1")[0],
        timeout=5,
    )
    first, second = note["attempt_log"][:2]
    assert first["status"] is None and "Timeout" in first["error"]
    assert second["status"] == 200
    closed = make_pay(sim, keys, notify_url="http://127.0.0.1:9/closed")
    assert prepay(closed, "SO-DEAD-1")[0] == 200
    sim.pay("SO-DEAD-1")
    Simulator.wait_for(lambda: len(sim.notifies(out_trade_no="SO-DEAD-1")[0]["attempt_log"]) >= 3)
    assert all(a["error"] for a in sim.notifies(out_trade_no="SO-DEAD-1")[0]["attempt_log"])


def test_amount_override_notify(sim, wxpay, receiver, notify_path):
    assert prepay(wxpay, "SO-AMT-1", total=1990)[0] == 200
    sim.pay("SO-AMT-1", amount_override=1)
    hit = receiver.wait(notify_path)[0]
    assert wxpay.callback(hit["headers"], hit["body"])["resource"]["amount"]["total"] == 1
    code, text = wxpay.query(out_trade_no="SO-AMT-1")
    assert json.loads(text)["amount"]["total"] == 1990


# ---------------------------------------------------------------- refunds and close


def refund(wxpay, out_refund_no, amount, total=1990, out_trade_no=None, notify_url=None):
    code, text = wxpay.refund(
        out_refund_no=out_refund_no,
        out_trade_no=out_trade_no,
        amount={"refund": amount, "total": total, "currency": "CNY"},
        notify_url=notify_url,
    )
    return code, json.loads(text)


def test_refund_processing_then_success_notify(sim, wxpay, receiver, notify_path):
    paid_order(sim, wxpay, receiver, notify_path, "SO-RF-1")
    refund_path = notify_path + "-refund"
    code, result = refund(
        wxpay, "RF-1", 500, out_trade_no="SO-RF-1", notify_url=receiver.url(refund_path)
    )
    assert code == 200 and result["status"] == "PROCESSING"
    hit = receiver.wait(refund_path)[0]
    data = wxpay.callback(hit["headers"], hit["body"])
    assert data["event_type"] == "REFUND.SUCCESS"
    assert data["resource"]["refund_status"] == "SUCCESS"
    assert data["resource"]["out_refund_no"] == "RF-1"
    assert data["resource"]["amount"]["refund"] == 500
    code, text = wxpay.query_refund("RF-1")
    assert code == 200 and json.loads(text)["status"] == "SUCCESS"
    assert json.loads(wxpay.query(out_trade_no="SO-RF-1")[1])["trade_state"] == "REFUND"


def test_refund_outcome_closed(sim, wxpay, receiver, notify_path):
    transaction_id = paid_order(sim, wxpay, receiver, notify_path, "SO-RF-2")
    sim.refund_outcome("CLOSED", "RF-2")
    code, text = wxpay.refund(
        out_refund_no="RF-2",
        transaction_id=transaction_id,
        amount={"refund": 1990, "total": 1990, "currency": "CNY"},
        notify_url=receiver.url(notify_path + "-refund"),
    )
    assert code == 200
    hit = receiver.wait(notify_path + "-refund")[0]
    data = wxpay.callback(hit["headers"], hit["body"])
    assert data["event_type"] == "REFUND.CLOSED"
    assert json.loads(wxpay.query_refund("RF-2")[1])["status"] == "CLOSED"


def test_refund_over_paid_total_refused_and_idempotent(sim, wxpay, receiver, notify_path):
    paid_order(sim, wxpay, receiver, notify_path, "SO-RF-3")
    code, first = refund(wxpay, "RF-3a", 1500, out_trade_no="SO-RF-3")
    assert code == 200
    code, again = refund(wxpay, "RF-3a", 1500, out_trade_no="SO-RF-3")
    assert code == 200 and again["refund_id"] == first["refund_id"]
    code, err = refund(wxpay, "RF-3b", 600, out_trade_no="SO-RF-3")
    assert code == 400 and err["code"] == "INVALID_REQUEST"
    code, ok = refund(wxpay, "RF-3c", 490, out_trade_no="SO-RF-3")
    assert code == 200
    refunds = sim.control("GET", "refunds", params={"out_trade_no": "SO-RF-3"})["refunds"]
    assert sorted(r["out_refund_no"] for r in refunds) == ["RF-3a", "RF-3c"]


def test_close(sim, wxpay, receiver, notify_path):
    assert prepay(wxpay, "SO-CLOSE-1")[0] == 200
    code, text = wxpay.close("SO-CLOSE-1")  # 204, signed, verified by the library
    assert code == 204 and text == ""
    assert json.loads(wxpay.query(out_trade_no="SO-CLOSE-1")[1])["trade_state"] == "CLOSED"
    code, err = prepay(wxpay, "SO-CLOSE-1")
    assert code == 400 and err["code"] == "ORDER_CLOSED"
    paid_order(sim, wxpay, receiver, notify_path, "SO-CLOSE-2")
    code, text = wxpay.close("SO-CLOSE-2")
    assert code == 400 and json.loads(text)["code"] == "ORDERPAID"


# ---------------------------------------------------------------- fault injection


def test_fault_injection(sim, client, wxpay):
    data = {"thing1": {"value": "hi"}}
    client.wxa.send_subscribe_message(OPENID, "TPL", data)  # fetch the token first
    sim.fault("/cgi-bin/message/subscribe/send", "http_500")
    with pytest.raises(WeChatClientException) as http_error:
        client.wxa.send_subscribe_message(OPENID, "TPL", data)
    assert http_error.value.errcode is None
    client.wxa.send_subscribe_message(OPENID, "TPL", data)  # the fault is used up
    sim.fault("/cgi-bin/message/subscribe/send", "errcode", errcode=45009, errmsg="reach max")
    with pytest.raises(APILimitedException):
        client.wxa.send_subscribe_message(OPENID, "TPL", data)
    sim.fault("/v3/pay/transactions/jsapi", "http_500", count=2)
    assert prepay(wxpay, "SO-FAULT-1")[0] == 500
    assert prepay(wxpay, "SO-FAULT-1")[0] == 500
    assert prepay(wxpay, "SO-FAULT-1")[0] == 200
    sim.fault("/v3/pay/transactions/out-trade-no/", "timeout", delay=1.0)
    wxpay._core._timeout = 0.3  # WeChatPay(timeout=...) sets the same attribute
    with pytest.raises(requests.exceptions.Timeout):
        wxpay.query(out_trade_no="SO-FAULT-1")
    wxpay._core._timeout = None
    assert wxpay.query(out_trade_no="SO-FAULT-1")[0] == 200


# ---------------------------------------------------------------- demo mode


def test_demo_mode_page_and_credentials(receiver):
    with Simulator.start(demo=True, time_scale=0.001) as demo:
        creds = demo.demo()
        client = SimWeChatClient(demo.base_url, creds["appid"], creds["secret"])
        assert client.wxa.code_to_session("demo:o_newcomer")["openid"] == "o_newcomer"
        keys = MerchantKeys(
            mchid=creds["mchid"],
            appids=[creds["appid"]],
            apiv3_key=creds["apiv3_key"],
            serial=creds["merchant_serial"],
            private_key_pem=creds["merchant_private_key_pem"],
        )
        wxpay = WeChatPay(
            wechatpay_type=WeChatPayType.MINIPROG,
            mchid=creds["mchid"],
            private_key=keys.private_key_pem,
            cert_serial_no=keys.serial,
            appid=creds["appid"],
            apiv3_key=keys.apiv3_key,
            notify_url=receiver.url("/notify/demo"),
            public_key=creds["platform_public_key_pem"],
            public_key_id=creds["platform_public_key_id"],
        )
        wxpay._core._gate_way = demo.base_url
        code, text = wxpay.pay(
            description="演示订单",
            out_trade_no="DEMO-0001",
            amount={"total": 1, "currency": "CNY"},
            payer={"openid": "o_newcomer"},
        )
        assert code == 200
        page = requests.get(demo.base_url + "/", timeout=5)
        assert "text/html" in page.headers["Content-Type"]
        assert "DEMO-0001" in page.text and "模拟支付" in page.text
        # what the page's button does
        requests.post(
            demo.base_url + "/_sim/pay",
            data=json.dumps({"out_trade_no": "DEMO-0001", "mchid": creds["mchid"]}),
            timeout=5,
        ).raise_for_status()
        hit = receiver.wait("/notify/demo")[0]
        assert wxpay.callback(hit["headers"], hit["body"])["resource"]["amount"]["total"] == 1
