"""WeCom (企业微信, host ``qyapi.weixin.qq.com``) side of the simulator.

A mixin of ``server.WeChatSimulator``: it shares that simulator's HTTP
layer, dispatch, fault injection, token records (a WeCom token is a token
record whose ``appid`` is the corpid), request log and control API.  It speaks
what the ``wecom`` addon uses (PROTOCOLS.md section 3):

* ``GET /cgi-bin/gettoken`` per corpid + secret (the same token until it
  expires, as WeCom does);
* contact ways (``externalcontact/add_contact_way``, get, update, del) with a
  QR-code image served by the simulator;
* ``externalcontact/get`` (with ``unionid``);
* callbacks: ``POST /_sim/wecom/add-contact`` plays a customer scanning a
  contact way: the event is encrypted and signed as WeCom does (AES-256-CBC,
  PKCS#7 to 32 bytes, ``msg_signature`` = sha1 of the sorted token,
  timestamp, nonce and ciphertext) and POSTed to the corp's callback URL; the
  welcome code it carries may be used once, within ``wecom_welcome_window``
  seconds of the callback;
* ``externalcontact/send_welcome_msg``, ``media/upload``;
* mass sends: ``externalcontact/add_msg_template`` (one task per sender, the
  results per customer: sent, not a friend, limit reached — configurable),
  ``get_groupmsg_task`` and ``get_groupmsg_send_result`` with cursors.

It imports nothing of ``server.py``: what it needs of it (the error types,
``Response``, ``make_png``) are attributes of the simulator class.  Standard
library and ``cryptography`` only; no Odoo, no wechatpy (so the addon's use
of wechatpy's crypto is checked against an independent implementation).
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import string
import struct
import time
from collections import Counter

import requests
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

#: (family, methods, path pattern, handler) appended to server.ROUTES
WECOM_ROUTES = [
    ("mini", ("GET",), r"/cgi-bin/gettoken", "wecom_gettoken"),
    ("mini", ("POST",), r"/cgi-bin/externalcontact/add_contact_way", "wecom_add_contact_way"),
    ("mini", ("POST",), r"/cgi-bin/externalcontact/get_contact_way", "wecom_get_contact_way"),
    ("mini", ("POST",), r"/cgi-bin/externalcontact/update_contact_way", "wecom_update_contact_way"),
    ("mini", ("POST",), r"/cgi-bin/externalcontact/del_contact_way", "wecom_del_contact_way"),
    ("mini", ("GET",), r"/cgi-bin/externalcontact/get", "wecom_get_external_contact"),
    ("mini", ("POST",), r"/cgi-bin/externalcontact/send_welcome_msg", "wecom_send_welcome_msg"),
    ("mini", ("POST",), r"/cgi-bin/media/upload", "wecom_media_upload"),
    ("mini", ("POST",), r"/cgi-bin/externalcontact/add_msg_template", "wecom_add_msg_template"),
    ("mini", ("POST",), r"/cgi-bin/externalcontact/get_groupmsg_task", "wecom_get_groupmsg_task"),
    (
        "mini",
        ("POST",),
        r"/cgi-bin/externalcontact/get_groupmsg_send_result",
        "wecom_get_groupmsg_send_result",
    ),
    ("sim", ("GET", "POST"), r"/_sim/wecom/corps", "sim_wecom_corps"),
    ("sim", ("POST",), r"/_sim/wecom/contacts", "sim_wecom_contacts"),
    ("sim", ("POST",), r"/_sim/wecom/add-contact", "sim_wecom_add_contact"),
    ("sim", ("POST",), r"/_sim/wecom/del-contact", "sim_wecom_del_contact"),
    ("sim", ("POST",), r"/_sim/wecom/replay", "sim_wecom_replay"),
    ("sim", ("POST",), r"/_sim/wecom/verify-url", "sim_wecom_verify_url"),
    ("sim", ("GET", "POST"), r"/_sim/wecom/outcomes", "sim_wecom_outcomes"),
    ("sim", ("GET",), r"/_sim/wecom/callbacks", "sim_wecom_callbacks"),
    ("sim", ("GET",), r"/_sim/wecom/welcome", "sim_wecom_welcome"),
    ("sim", ("GET",), r"/_sim/wecom/contact-ways", "sim_wecom_contact_ways"),
    ("sim", ("GET",), r"/_sim/wecom/tasks", "sim_wecom_tasks"),
    ("sim", ("GET",), r"/_sim/wecom/media", "sim_wecom_media"),
    ("sim", ("GET",), r"/_sim/wecom/qr/(?P<config_id>[0-9a-f]+)\.png", "sim_wecom_qr"),
]

#: settings of the WeCom side (``--set`` / ``POST /_sim/settings``)
WECOM_SETTINGS = {
    # seconds a welcome code may be used after its callback (WeCom: 20)
    "wecom_welcome_window": 20,
    # mass messages a customer may receive before 3 "limit reached" (WeCom: 4 a month)
    "wecom_customer_limit": 4,
    # seconds the simulator waits for the suite to answer a callback (WeCom: 5)
    "wecom_callback_timeout": 5,
}

DEMO_CORPID = "wwdemocorp0000001"
DEMO_CORP = {
    "corpid": DEMO_CORPID,
    "secrets": ["demo-contact-secret", "demo-agent-secret"],
    "token": "demoWeComToken",
    "encoding_aes_key": "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
    "users": ["zhangsan", "lisi", "wangwu"],
}

MSG_STATUS = {0: "not_sent", 1: "sent", 2: "not_friend", 3: "limit_reached"}
MAX_ATTACHMENTS = 9
PAGE_MAX = 1000
PAGE_DEFAULT = 500


def _secret_kind(secret: str) -> str:
    return "wecom:" + hashlib.sha256(secret.encode()).hexdigest()[:12]


def _id(prefix: str, n: int = 24) -> str:
    alphabet = string.ascii_letters + string.digits
    return prefix + "".join(secrets.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- callback crypto


def wecom_signature(token: str, timestamp: str, nonce: str, encrypt: str) -> str:
    """``msg_signature``: sha1 of the four strings sorted and joined."""
    return hashlib.sha1("".join(sorted([token, timestamp, nonce, encrypt])).encode()).hexdigest()  # noqa: S324 - WeCom's


def wecom_encrypt(encoding_aes_key: str, plaintext: str, receive_id: str) -> str:
    """``random(16) | len(msg) as uint32 BE | msg | receiveid``, PKCS#7 to 32
    bytes, AES-256-CBC with IV = key[:16], base64."""
    key = base64.b64decode(encoding_aes_key + "=")
    msg = plaintext.encode()
    raw = secrets.token_bytes(16) + struct.pack(">I", len(msg)) + msg + receive_id.encode()
    pad = 32 - len(raw) % 32
    raw += bytes([pad]) * pad
    encryptor = Cipher(algorithms.AES(key), modes.CBC(key[:16])).encryptor()
    return base64.b64encode(encryptor.update(raw) + encryptor.finalize()).decode()


def event_xml(fields: dict) -> str:
    parts = []
    for name, value in fields.items():
        if isinstance(value, int):
            parts.append(f"<{name}>{value}</{name}>")
        else:
            parts.append(f"<{name}><![CDATA[{value}]]></{name}>")
    return "<xml>" + "".join(parts) + "</xml>"


class WeComMixin:
    """WeCom endpoints and control API; state lives in ``self.wecom_*``."""

    # ------------------------------------------------------------ state

    def _wecom_reset(self):
        """Forget the WeCom state (called by ``_reset_state`` under the lock)."""
        self.wecom_corps: dict[str, dict] = {}
        self.wecom_ways: dict[str, dict] = {}
        self.wecom_contacts: dict[tuple, dict] = {}
        self.wecom_media: dict[str, dict] = {}
        self.wecom_welcome_codes: dict[str, dict] = {}
        self.wecom_welcome_sends: list[dict] = []
        self.wecom_callbacks: list[dict] = []
        self.wecom_tasks: dict[str, dict] = {}
        self.wecom_outcomes: dict[str, int] = {}
        self.wecom_received: Counter = Counter()
        self.wecom_gettoken_calls: Counter = Counter()
        if self.demo:
            self.wecom_corps[DEMO_CORPID] = self._wecom_new_corp(dict(DEMO_CORP))

    @staticmethod
    def _wecom_new_corp(body: dict) -> dict:
        key = body.get("encoding_aes_key") or ""
        if len(key) != 43:
            raise ValueError("encoding_aes_key must be 43 characters")
        base64.b64decode(key + "=")
        secrets_ = body.get("secrets") or []
        if isinstance(secrets_, str):
            secrets_ = [secrets_]
        return {
            "corpid": body["corpid"],
            "secrets": list(secrets_),
            "token": body["token"],
            "encoding_aes_key": key,
            "callback_url": body.get("callback_url") or "",
            # None: any userid is a member of the corp
            "users": list(body["users"]) if body.get("users") is not None else None,
            "console_welcome": bool(body.get("console_welcome")),
        }

    # ------------------------------------------------------------ helpers

    def _wecom_token_corp(self, req) -> dict:
        """The corp of the request's access_token (40001/41001/42001 otherwise)."""
        corpid = self._token_appid(req)
        with self.lock:
            corp = self.wecom_corps.get(corpid)
        if corp is None:
            # a mini-program token on a WeCom API
            raise self.MiniError(40014, "invalid access_token")
        return corp

    def _wecom_check_users(self, corp: dict, users) -> list:
        if not isinstance(users, list) or not all(isinstance(u, str) and u for u in users):
            raise self.MiniError(40058, "invalid user list")
        if corp["users"] is not None:
            unknown = [u for u in users if u not in corp["users"]]
            if unknown:
                raise self.MiniError(60111, f"invalid userid {unknown[0]}")
        return users

    @staticmethod
    def _wecom_check_state(state) -> str:
        if state in (None, ""):
            return ""
        if not isinstance(state, str) or len(state) > 30:
            raise ValueError("state")  # 40097 invalid args, like a wrong type
        return state

    def _wecom_check_attachments(self, corp: dict, attachments) -> None:
        if attachments is None:
            return
        if not isinstance(attachments, list) or len(attachments) > MAX_ATTACHMENTS:
            raise self.MiniError(41063, "attachments exceed limit or invalid")
        for item in attachments:
            kind = item.get("msgtype")
            if kind == "image":
                media_id = item["image"].get("media_id")
                if media_id and not self._wecom_media_ok(corp, media_id):
                    raise self.MiniError(40007, "invalid media_id")
                if not media_id and not item["image"].get("pic_url"):
                    raise self.MiniError(40007, "invalid media_id")
            elif kind == "miniprogram":
                mp = item["miniprogram"]
                if not mp.get("appid") or not mp.get("page") or not mp.get("title"):
                    raise self.MiniError(40097, "miniprogram needs appid, page and title")
                if len(mp["title"].encode()) > 64:
                    raise self.MiniError(40097, "miniprogram title longer than 64 bytes")
                if not self._wecom_media_ok(corp, mp.get("pic_media_id") or ""):
                    raise self.MiniError(40007, "invalid pic_media_id")
            elif kind in ("link", "video", "file"):
                continue
            else:
                raise self.MiniError(40097, f"invalid msgtype {kind!r}")

    def _wecom_media_ok(self, corp: dict, media_id: str) -> bool:
        with self.lock:
            media = self.wecom_media.get(media_id)
        return bool(
            media and media["corpid"] == corp["corpid"] and media["expires_at"] > time.time()
        )

    def _wecom_contact(self, corpid: str, external_userid: str) -> dict | None:
        return self.wecom_contacts.get((corpid, external_userid))

    # ------------------------------------------------------------ token

    def wecom_gettoken(self, req) -> dict:
        """GET /cgi-bin/gettoken: one token per corpid + secret, the same one
        until it expires (WeCom does not supersede a valid token)."""
        q = req.query
        corpid, secret = q.get("corpid", ""), q.get("corpsecret", "")
        with self.lock:
            corp = self.wecom_corps.get(corpid)
            if corp is None:
                raise self.MiniError(40013, "invalid corpid")
            if secret not in corp["secrets"]:
                raise self.MiniError(40001, "invalid secret")
            self.wecom_gettoken_calls[corpid] += 1
            kind = _secret_kind(secret)
            now = time.time()
            record = self.tokens.get(self.latest_token.get((corpid, kind), ""))
            if not record or record["revoked"] or record["expires_at"] <= now:
                record = self._issue_token(corpid, kind)
            return {
                "errcode": 0,
                "errmsg": "ok",
                "access_token": record["token"],
                "expires_in": max(1, int(record["expires_at"] - now)),
            }

    # ------------------------------------------------------------ contact ways

    def wecom_add_contact_way(self, req) -> dict:
        corp = self._wecom_token_corp(req)
        body = self._mini_json(req)
        way_type, scene = body.get("type"), body.get("scene")
        if way_type is None:
            raise self.MiniError(41037, "missing type")
        if way_type not in (1, 2) or scene not in (1, 2):
            raise self.MiniError(40058, "invalid type or scene")
        users = self._wecom_check_users(corp, body.get("user") or [])
        if not users and not body.get("party"):
            raise self.MiniError(40058, "user or party required")
        if way_type == 1 and len(users) != 1:
            raise self.MiniError(40058, "a single contact way takes exactly one user")
        state = self._wecom_check_state(body.get("state"))
        if len(body.get("remark") or "") > 30:
            raise self.MiniError(40058, "remark longer than 30 characters")
        config_id = secrets.token_hex(16)
        way = {
            "config_id": config_id,
            "corpid": corp["corpid"],
            "type": way_type,
            "scene": scene,
            "style": body.get("style"),
            "remark": body.get("remark") or "",
            "skip_verify": body.get("skip_verify", True),
            "state": state,
            "user": users,
            "party": list(body.get("party") or []),
            "is_temp": bool(body.get("is_temp")),
            "qr_code": f"{self.base_url}/_sim/wecom/qr/{config_id}.png" if scene == 2 else "",
            "created_at": time.time(),
            "deleted": False,
        }
        with self.lock:
            self.wecom_ways[config_id] = way
        out = {"errcode": 0, "errmsg": "ok", "config_id": config_id}
        if way["qr_code"]:
            out["qr_code"] = way["qr_code"]
        return out

    def _wecom_way(self, corp: dict, config_id) -> dict:
        with self.lock:
            way = self.wecom_ways.get(config_id or "")
        if not way or way["deleted"] or way["corpid"] != corp["corpid"]:
            raise self.MiniError(40058, "invalid config_id")
        return way

    def wecom_get_contact_way(self, req) -> dict:
        corp = self._wecom_token_corp(req)
        way = self._wecom_way(corp, self._mini_json(req).get("config_id"))
        view = {k: v for k, v in way.items() if k not in ("corpid", "created_at", "deleted")}
        return {"errcode": 0, "errmsg": "ok", "contact_way": view}

    def wecom_update_contact_way(self, req) -> dict:
        corp = self._wecom_token_corp(req)
        body = self._mini_json(req)
        way = self._wecom_way(corp, body.get("config_id"))
        changes = {}
        if "user" in body:
            changes["user"] = self._wecom_check_users(corp, body["user"] or [])
            if way["type"] == 1 and len(changes["user"]) != 1:
                raise self.MiniError(40058, "a single contact way takes exactly one user")
        if "state" in body:
            changes["state"] = self._wecom_check_state(body["state"])
        for name in ("remark", "skip_verify", "style", "party"):
            if name in body:
                changes[name] = body[name]
        with self.lock:
            way.update(changes)
            way["updated_at"] = time.time()
        return {"errcode": 0, "errmsg": "ok"}

    def wecom_del_contact_way(self, req) -> dict:
        corp = self._wecom_token_corp(req)
        way = self._wecom_way(corp, self._mini_json(req).get("config_id"))
        with self.lock:
            way["deleted"] = True
        return {"errcode": 0, "errmsg": "ok"}

    def sim_wecom_qr(self, req, body, match):
        config_id = match.group("config_id")
        with self.lock:
            way = self.wecom_ways.get(config_id)
        if not way:
            raise self.SimError(404, "no such contact way")
        text = json.dumps({"config_id": config_id, "state": way["state"]})
        return self.Response(
            200, self.make_png(430, config_id, text), [("Content-Type", "image/png")]
        )

    # ------------------------------------------------------------ external contacts

    def wecom_get_external_contact(self, req) -> dict:
        corp = self._wecom_token_corp(req)
        external_userid = req.query.get("external_userid", "")
        with self.lock:
            contact = self._wecom_contact(corp["corpid"], external_userid)
            if not contact:
                raise self.MiniError(84061, "not external contact")
            follow = [
                {
                    "userid": userid,
                    "remark": "",
                    "description": "",
                    "createtime": rel["createtime"],
                    "state": rel["state"],
                    "add_way": rel["add_way"],
                }
                for userid, rel in contact["follow"].items()
                if rel["friend"]
            ]
            external = {
                "external_userid": contact["external_userid"],
                "name": contact["name"],
                "type": 1,
                "avatar": "",
                "gender": 0,
            }
            if contact["unionid"]:
                external["unionid"] = contact["unionid"]
        return {"errcode": 0, "errmsg": "ok", "external_contact": external, "follow_user": follow}

    def _wecom_put_contact(self, corpid, external_userid, userid, name, unionid, state, friend):
        """Create or update a contact and its relation to ``userid``; caller holds the lock."""
        key = (corpid, external_userid)
        contact = self.wecom_contacts.setdefault(
            key,
            {
                "external_userid": external_userid,
                "name": name or "客户",
                "unionid": unionid or "",
                "follow": {},
            },
        )
        if name:
            contact["name"] = name
        if unionid:
            contact["unionid"] = unionid
        contact["follow"][userid] = {
            "createtime": int(time.time()),
            "state": state or "",
            "add_way": 1,
            "friend": friend,
        }
        return contact

    def sim_wecom_contacts(self, req, body, match):
        """Seed contacts without callbacks (mass-send tests): ``{corpid,
        contacts: [{external_userid, userid, name?, unionid?, state?, friend?=true}]}``."""
        self._require(body, "corpid")
        with self.lock:
            if body["corpid"] not in self.wecom_corps:
                raise self.SimError(404, "unknown corpid")
            for item in body.get("contacts") or []:
                self._wecom_put_contact(
                    body["corpid"],
                    item["external_userid"],
                    item["userid"],
                    item.get("name"),
                    item.get("unionid"),
                    item.get("state"),
                    item.get("friend", True),
                )
            return {"ok": True, "contacts": len(self.wecom_contacts)}

    # ------------------------------------------------------------ callbacks

    def _wecom_deliver(self, corp: dict, plaintext: str, url: str | None = None, forge=None):
        """Encrypt, sign and POST one event to the corp's callback URL; record it."""
        timestamp = str(int(time.time()))
        nonce = "".join(secrets.choice(string.digits) for _ in range(10))
        encrypt = wecom_encrypt(corp["encoding_aes_key"], plaintext, corp["corpid"])
        if forge == "corpid":  # signed right, encrypted for another corp
            encrypt = wecom_encrypt(corp["encoding_aes_key"], plaintext, "wwforgedcorp0000")
        signature = wecom_signature(corp["token"], timestamp, nonce, encrypt)
        if forge == "signature":
            signature = hashlib.sha1(secrets.token_bytes(8)).hexdigest()  # noqa: S324
        body = (
            f"<xml><ToUserName><![CDATA[{corp['corpid']}]]></ToUserName>"
            f"<AgentID><![CDATA[]]></AgentID><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>"
        )
        params = {"msg_signature": signature, "timestamp": timestamp, "nonce": nonce}
        record = {
            "id": len(self.wecom_callbacks) + 1,
            "corpid": corp["corpid"],
            "url": url or corp["callback_url"],
            "params": params,
            "body": body,
            "plaintext": plaintext,
            "forge": forge,
        }
        return self._wecom_post(record)

    def _wecom_post(self, record: dict) -> dict:
        if not record["url"]:
            raise self.SimError(400, "the corp has no callback_url")
        started = time.time()
        record = dict(record, sent_at=started)
        try:
            resp = requests.post(
                record["url"],
                params=record["params"],
                data=record["body"].encode(),
                headers={"Content-Type": "text/xml"},
                timeout=self.setting("wecom_callback_timeout"),
            )
            record.update(status=resp.status_code, answer=resp.text[:500])
        except requests.RequestException as exc:
            record.update(status=None, answer=f"{type(exc).__name__}: {exc}")
        record["ms"] = round((time.time() - started) * 1000, 1)
        with self.lock:
            record["id"] = len(self.wecom_callbacks) + 1
            self.wecom_callbacks.append(record)
        return record

    @staticmethod
    def _callback_view(record: dict) -> dict:
        return {
            k: record.get(k) for k in ("id", "url", "status", "answer", "ms", "sent_at", "forge")
        }

    def _wecom_corp_for(self, body: dict) -> dict:
        self._require(body, "corpid")
        with self.lock:
            corp = self.wecom_corps.get(body["corpid"])
        if not corp:
            raise self.SimError(404, "unknown corpid")
        return corp

    def sim_wecom_add_contact(self, req, body, match):
        """A customer adds ``userid`` through a contact way (``state``):
        ``{corpid, userid, state?, unionid?, name?, external_userid?, url?,
        forge?: "signature"|"corpid", welcome?: true}``. The event
        ``change_external_contact/add_external_contact`` is POSTed at once;
        the answer says what the suite replied."""
        corp = self._wecom_corp_for(body)
        self._require(body, "userid")
        external_userid = body.get("external_userid") or _id("wm", 26)
        forged = bool(body.get("forge"))
        welcome_code = ""
        now = time.time()
        with self.lock:
            if not forged:
                self._wecom_put_contact(
                    corp["corpid"],
                    external_userid,
                    body["userid"],
                    body.get("name"),
                    body.get("unionid"),
                    body.get("state"),
                    True,
                )
            if body.get("welcome", True) and not corp["console_welcome"]:
                welcome_code = _id("WC", 30)
                self.wecom_welcome_codes[welcome_code] = {
                    "corpid": corp["corpid"],
                    "userid": body["userid"],
                    "external_userid": external_userid,
                    "issued_at": now,
                    "deadline": now + self.settings["wecom_welcome_window"],
                    "used_at": None,
                    "forged": forged,
                }
        fields = {
            "ToUserName": corp["corpid"],
            "FromUserName": "sys",
            "CreateTime": int(now),
            "MsgType": "event",
            "Event": "change_external_contact",
            "ChangeType": "add_external_contact",
            "UserID": body["userid"],
            "ExternalUserID": external_userid,
        }
        if body.get("state"):
            fields["State"] = body["state"]
        if welcome_code:
            fields["WelcomeCode"] = welcome_code
        record = self._wecom_deliver(corp, event_xml(fields), body.get("url"), body.get("forge"))
        return {
            "external_userid": external_userid,
            "welcome_code": welcome_code,
            "callback": self._callback_view(record),
        }

    def sim_wecom_del_contact(self, req, body, match):
        """``{corpid, userid, external_userid, change_type: del_external_contact |
        del_follow_user}``: the customer deleted the clerk or the reverse."""
        corp = self._wecom_corp_for(body)
        self._require(body, "userid", "external_userid")
        change = body.get("change_type") or "del_external_contact"
        if change not in ("del_external_contact", "del_follow_user"):
            raise self.SimError(400, "change_type must be del_external_contact or del_follow_user")
        with self.lock:
            contact = self._wecom_contact(corp["corpid"], body["external_userid"])
            rel = contact and contact["follow"].get(body["userid"])
            if rel:
                rel["friend"] = False
        fields = {
            "ToUserName": corp["corpid"],
            "FromUserName": "sys",
            "CreateTime": int(time.time()),
            "MsgType": "event",
            "Event": "change_external_contact",
            "ChangeType": change,
            "UserID": body["userid"],
            "ExternalUserID": body["external_userid"],
        }
        if change == "del_follow_user":
            fields["Source"] = "DELETE_BY_TRANSFER" if body.get("transfer") else ""
        record = self._wecom_deliver(corp, event_xml(fields), body.get("url"))
        return {"callback": self._callback_view(record)}

    def sim_wecom_replay(self, req, body, match):
        """Send a recorded callback again: ``{id, fresh?: false}``. ``fresh``
        re-signs it with a new timestamp and nonce (WeCom's own retry); without
        it the bytes and query are exactly the same (a replay by a third party)."""
        with self.lock:
            records = [r for r in self.wecom_callbacks if r["id"] == body.get("id")]
            corp = records and self.wecom_corps.get(records[0]["corpid"])
        if not records:
            raise self.SimError(404, "no such callback")
        if body.get("fresh"):
            record = self._wecom_deliver(corp, records[0]["plaintext"], records[0]["url"])
        else:
            record = self._wecom_post({k: v for k, v in records[0].items() if k != "id"})
        return {"callback": self._callback_view(record)}

    def sim_wecom_verify_url(self, req, body, match):
        """WeCom's URL check: ``GET ?msg_signature&timestamp&nonce&echostr``
        (echostr encrypted); ``ok`` when the answer is the plaintext exactly."""
        corp = self._wecom_corp_for(body)
        url = body.get("url") or corp["callback_url"]
        plain = "".join(secrets.choice(string.digits) for _ in range(19))
        echostr = wecom_encrypt(corp["encoding_aes_key"], plain, corp["corpid"])
        timestamp = str(int(time.time()))
        nonce = "".join(secrets.choice(string.digits) for _ in range(10))
        signature = wecom_signature(corp["token"], timestamp, nonce, echostr)
        if body.get("forge"):
            signature = "0" * 40
        try:
            resp = requests.get(
                url,
                params={
                    "msg_signature": signature,
                    "timestamp": timestamp,
                    "nonce": nonce,
                    "echostr": echostr,
                },
                timeout=self.setting("wecom_callback_timeout"),
            )
        except requests.RequestException as exc:
            return {"ok": False, "status": None, "answer": str(exc)}
        return {
            "ok": resp.status_code == 200 and resp.text == plain,
            "status": resp.status_code,
            "answer": resp.text[:200],
        }

    # ------------------------------------------------------------ welcome message

    def wecom_send_welcome_msg(self, req) -> dict:
        corp = self._wecom_token_corp(req)
        body = self._mini_json(req)
        code = body.get("welcome_code") or ""
        now = time.time()
        text = (body.get("text") or {}).get("content") or ""
        attachments = body.get("attachments")
        record = {"welcome_code": code, "received_at": now, "payload": body}
        with self.lock:
            info = self.wecom_welcome_codes.get(code)
        try:
            if not info or info["corpid"] != corp["corpid"]:
                raise self.MiniError(40097, "invalid welcome_code")
            record.update(
                callback_at=info["issued_at"],
                deadline=info["deadline"],
                within_window=now <= info["deadline"],
                external_userid=info["external_userid"],
                userid=info["userid"],
            )
            if info["used_at"] is not None:
                raise self.MiniError(41051, "welcome_code already used")
            if now > info["deadline"]:
                raise self.MiniError(41051, "welcome_code expired")
            if not text and not attachments:
                raise self.MiniError(41049, "text or attachments required")
            if len(text.encode()) > 4000:
                raise self.MiniError(40097, "text longer than 4000 bytes")
            self._wecom_check_attachments(corp, attachments)
            with self.lock:
                if info["used_at"] is not None:
                    raise self.MiniError(41051, "welcome_code already used")
                info["used_at"] = now
            record["errcode"] = 0
        except self.MiniError as err:
            record["errcode"] = err.errcode
            with self.lock:
                self.wecom_welcome_sends.append(record)
            raise
        with self.lock:
            self.wecom_welcome_sends.append(record)
        return {"errcode": 0, "errmsg": "ok"}

    def wecom_media_upload(self, req) -> dict:
        corp = self._wecom_token_corp(req)
        kind = req.query.get("type", "")
        if kind not in ("image", "voice", "video", "file"):
            raise self.MiniError(40004, "invalid media type")
        content_type = req.header("content-type")
        if "multipart/form-data" not in content_type or b'name="media"' not in req.body:
            raise self.MiniError(41001 if not req.body else 40005, "invalid media file")
        media_id = _id("3", 60)
        now = time.time()
        with self.lock:
            self.wecom_media[media_id] = {
                "media_id": media_id,
                "corpid": corp["corpid"],
                "type": kind,
                "size": len(req.body),
                "created_at": int(now),
                "expires_at": now + 3 * 86400,
            }
        return {
            "errcode": 0,
            "errmsg": "ok",
            "type": kind,
            "media_id": media_id,
            "created_at": str(int(now)),
        }

    # ------------------------------------------------------------ mass send

    def wecom_add_msg_template(self, req) -> dict:
        corp = self._wecom_token_corp(req)
        body = self._mini_json(req)
        chat_type = body.get("chat_type") or "single"
        if chat_type != "single":
            raise self.MiniError(40097, "the simulator sends to customers only (chat_type single)")
        externals = body.get("external_userid") or []
        if not isinstance(externals, list) or not externals or len(externals) > 10000:
            raise self.MiniError(40097, "external_userid: 1 to 10000 ids")
        text = (body.get("text") or {}).get("content") or ""
        attachments = body.get("attachments")
        if not text and not attachments:
            raise self.MiniError(41049, "text or attachments required")
        self._wecom_check_attachments(corp, attachments)
        sender = body.get("sender") or ""
        if sender:
            self._wecom_check_users(corp, [sender])
        limit = self.setting("wecom_customer_limit")
        msgid = _id("msg", 20)
        now = int(time.time())
        results, fail_list, senders = [], [], set()
        with self.lock:
            for external_userid in dict.fromkeys(externals):
                contact = self._wecom_contact(corp["corpid"], external_userid)
                if not contact:
                    fail_list.append(external_userid)
                    continue
                users = [sender] if sender else list(contact["follow"])
                for userid in users:
                    rel = contact["follow"].get(userid)
                    if rel is None:
                        if sender:
                            fail_list.append(external_userid)
                        continue
                    senders.add(userid)
                    status = self.wecom_outcomes.get(external_userid)
                    if status is None:
                        if not rel["friend"]:
                            status = 2
                        elif self.wecom_received[external_userid] >= limit:
                            status = 3
                        else:
                            status = 1
                    if status == 1:
                        self.wecom_received[external_userid] += 1
                    results.append(
                        {
                            "external_userid": external_userid,
                            "userid": userid,
                            "status": status,
                            "send_time": now if status == 1 else 0,
                        }
                    )
            self.wecom_tasks[msgid] = {
                "msgid": msgid,
                "corpid": corp["corpid"],
                "sender": sender,
                "created_at": now,
                "payload": body,
                "fail_list": fail_list,
                # the clerk confirmed in the client at once (status 1 = sent)
                "tasks": [{"userid": u, "status": 1, "send_time": now} for u in sorted(senders)],
                "results": results,
            }
        return {"errcode": 0, "errmsg": "ok", "fail_list": fail_list, "msgid": msgid}

    @staticmethod
    def _page(items: list, body: dict):
        limit = body.get("limit") or PAGE_DEFAULT
        if not isinstance(limit, int) or not 1 <= limit <= PAGE_MAX:
            raise ValueError("limit")
        cursor = body.get("cursor") or ""
        try:
            start = int(base64.urlsafe_b64decode(cursor.encode()).decode()) if cursor else 0
        except ValueError:
            raise ValueError("cursor") from None
        page = items[start : start + limit]
        end = start + len(page)
        next_cursor = (
            base64.urlsafe_b64encode(str(end).encode()).decode() if end < len(items) else ""
        )
        return page, next_cursor

    def _wecom_task(self, corp: dict, msgid) -> dict:
        with self.lock:
            task = self.wecom_tasks.get(msgid or "")
        if not task or task["corpid"] != corp["corpid"]:
            raise self.MiniError(41063, "invalid msgid")
        return task

    def wecom_get_groupmsg_task(self, req) -> dict:
        corp = self._wecom_token_corp(req)
        body = self._mini_json(req)
        task = self._wecom_task(corp, body.get("msgid"))
        page, next_cursor = self._page(task["tasks"], body)
        return {"errcode": 0, "errmsg": "ok", "task_list": page, "next_cursor": next_cursor}

    def wecom_get_groupmsg_send_result(self, req) -> dict:
        corp = self._wecom_token_corp(req)
        body = self._mini_json(req)
        task = self._wecom_task(corp, body.get("msgid"))
        if not body.get("userid"):
            raise self.MiniError(40097, "userid required")
        rows = [dict(r, chat_id="") for r in task["results"] if r["userid"] == body["userid"]]
        page, next_cursor = self._page(rows, body)
        return {"errcode": 0, "errmsg": "ok", "send_list": page, "next_cursor": next_cursor}

    # ------------------------------------------------------------ control API

    def sim_wecom_corps(self, req, body, match):
        """``{corpid, secrets[], token, encoding_aes_key, callback_url?, users?[],
        console_welcome?}`` registers (or replaces) a corp; GET lists them."""
        if req.method == "GET":
            with self.lock:
                return {"corps": list(self.wecom_corps.values())}
        self._require(body, "corpid", "token", "encoding_aes_key")
        try:
            corp = self._wecom_new_corp(body)
        except ValueError as exc:
            raise self.SimError(400, str(exc)) from None
        with self.lock:
            self.wecom_corps[corp["corpid"]] = corp
        return {"ok": True, "corp": corp}

    def sim_wecom_outcomes(self, req, body, match):
        """``{external_userids: [...], status: 0|1|2|3}`` forces the mass-send
        result of those customers (``status: null`` clears); GET lists."""
        with self.lock:
            if req.method == "POST":
                status = body.get("status")
                if status not in (None, 0, 1, 2, 3):
                    raise self.SimError(400, "status must be 0, 1, 2, 3 or null")
                for external_userid in body.get("external_userids") or []:
                    if status is None:
                        self.wecom_outcomes.pop(external_userid, None)
                    else:
                        self.wecom_outcomes[external_userid] = status
            return {"outcomes": dict(self.wecom_outcomes)}

    def sim_wecom_callbacks(self, req, body, match):
        with self.lock:
            return {"callbacks": [dict(r) for r in self.wecom_callbacks]}

    def sim_wecom_welcome(self, req, body, match):
        """Every send_welcome_msg received, with the callback time, deadline and
        whether it came within the window; and the codes issued."""
        with self.lock:
            return {
                "sends": [dict(r) for r in self.wecom_welcome_sends],
                "codes": {k: dict(v) for k, v in self.wecom_welcome_codes.items()},
            }

    def sim_wecom_contact_ways(self, req, body, match):
        with self.lock:
            return {"contact_ways": [dict(w) for w in self.wecom_ways.values()]}

    def sim_wecom_tasks(self, req, body, match):
        """Mass-send tasks with per-status counts (``?msgid=`` for one)."""
        msgid = req.query.get("msgid")
        with self.lock:
            tasks = [t for t in self.wecom_tasks.values() if not msgid or t["msgid"] == msgid]
            out = []
            for task in tasks:
                counts = Counter(MSG_STATUS[r["status"]] for r in task["results"])
                view = {k: v for k, v in task.items() if k != "results"}
                out.append(dict(view, counts=dict(counts), recipients=len(task["results"])))
            return {"tasks": out, "gettoken_calls": dict(self.wecom_gettoken_calls)}

    def sim_wecom_media(self, req, body, match):
        with self.lock:
            return {"media": list(self.wecom_media.values())}

    def _wecom_state(self) -> dict:
        """The WeCom part of ``GET /_sim/state`` (caller holds the lock)."""
        return {
            "corps": list(self.wecom_corps.values()),
            "contact_ways": len(self.wecom_ways),
            "contacts": len(self.wecom_contacts),
            "callbacks": len(self.wecom_callbacks),
            "welcome_sends": len(self.wecom_welcome_sends),
            "tasks": len(self.wecom_tasks),
            "gettoken_calls": dict(self.wecom_gettoken_calls),
        }


__all__ = [
    "DEMO_CORP",
    "WECOM_ROUTES",
    "WECOM_SETTINGS",
    "WeComMixin",
    "wecom_encrypt",
    "wecom_signature",
]
