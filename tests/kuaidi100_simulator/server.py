"""Kuaidi100 simulator: the real-time query and subscription APIs of
poll.kuaidi100.com (PROTOCOLS.md section 4) on 127.0.0.1, for tests and demos.

Standard library only; state in memory. Control API under ``/_sim/``:

* ``GET  /_sim/health``
* ``POST /_sim/accounts`` ``{customer, key}``: an account whose queries are accepted
* ``POST /_sim/waybills`` ``{com, num, state, data, phone?}``: a waybill with a
  timeline (``data`` newest first, Kuaidi100's entries); ``phone`` (last 4
  digits) is then required in queries
* ``GET  /_sim/queries?num=``: ``{"total": n, "by_number": {...}}`` of accepted queries
* ``GET  /_sim/subscriptions``: subscriptions received
* ``POST /_sim/push`` ``{num, status?, url?, salt?, sign?}``: push the waybill's
  timeline, signed ``MD5(param + salt)`` upper-case, to its subscription's
  callback URL (or ``url``); answers ``{status, body}`` of the merchant
* ``POST /_sim/reset``: forget everything
"""

import argparse
import hashlib
import json
import os
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def md5_upper(text):
    return hashlib.md5(text.encode()).hexdigest().upper()  # noqa: S324 - Kuaidi100's sign


def failure(code, message):
    return {"result": False, "returnCode": str(code), "message": message}


class State:
    def __init__(self):
        self.lock = threading.Lock()
        self.reset()

    def reset(self):
        self.accounts = {}  # customer -> key
        self.waybills = {}  # num -> {com, state, data, phone}
        self.queries = {}  # num -> count
        self.subscriptions = []


class Handler(BaseHTTPRequestHandler):
    server_version = "Kuaidi100Simulator/1.0"

    def log_message(self, fmt, *args):
        if not self.server.quiet:
            super().log_message(fmt, *args)

    # ------------------------------------------------------------ plumbing

    def _body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _form(self):
        return {
            key: values[0]
            for key, values in urllib.parse.parse_qs(
                self._body().decode(), keep_blank_values=True
            ).items()
        }

    def _json_body(self):
        raw = self._body()
        return json.loads(raw) if raw else {}

    def _send(self, data, status=200):
        body = json.dumps(data, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json;charset=UTF-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    # ------------------------------------------------------------ routes

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        params = dict(urllib.parse.parse_qsl(url.query))
        state = self.server.state
        if url.path == "/_sim/health":
            return self._send({"ok": True})
        if url.path == "/_sim/queries":
            with state.lock:
                counts = dict(state.queries)
            if params.get("num"):
                return self._send({"count": counts.get(params["num"], 0)})
            return self._send({"total": sum(counts.values()), "by_number": counts})
        if url.path == "/_sim/subscriptions":
            with state.lock:
                return self._send({"subscriptions": list(state.subscriptions)})
        return self._send({"error": "not found"}, 404)

    def do_POST(self):
        path = urllib.parse.urlsplit(self.path).path
        if path == "/poll/query.do":
            return self._query()
        if path == "/poll":
            return self._subscribe()
        if path.startswith("/_sim/"):
            return self._control(path[len("/_sim/") :])
        return self._send({"error": "not found"}, 404)

    def _query(self):
        if "x-www-form-urlencoded" not in (self.headers.get("Content-Type") or ""):
            return self._send(failure(400, "请使用表单方式提交"))
        form = self._form()
        state = self.server.state
        customer, sign, param = form.get("customer"), form.get("sign"), form.get("param")
        if not customer or not sign or not param:
            return self._send(failure(400, "找不到对应公司或参数不完整"))
        with state.lock:
            key = state.accounts.get(customer)
        if key is None:
            return self._send(failure(400, "customer错误"))
        if sign != md5_upper(param + key + customer):
            return self._send(failure(503, "验证签名失败"))
        try:
            query = json.loads(param)
        except ValueError:
            return self._send(failure(400, "参数错误"))
        com, num = query.get("com"), query.get("num")
        if not com or not num or not 6 <= len(num) <= 32:
            return self._send(failure(400, "找不到对应公司或参数不完整"))
        with state.lock:
            waybill = state.waybills.get(num)
            if waybill and waybill["com"] == com:
                state.queries[num] = state.queries.get(num, 0) + 1
        if not waybill or waybill["com"] != com:
            return self._send(failure(500, "查询无结果，请隔段时间再查"))
        if waybill.get("phone") and query.get("phone") != waybill["phone"]:
            return self._send(failure(400, "请输入正确的收、寄件人电话号码后4位"))
        return self._send(self._result(num, waybill))

    @staticmethod
    def _result(num, waybill):
        return {
            "message": "ok",
            "nu": num,
            "com": waybill["com"],
            "ischeck": "1" if waybill["state"] == "3" else "0",
            "condition": "F00",
            "status": "200",
            "state": waybill["state"],
            "data": waybill["data"],
        }

    def _subscribe(self):
        form = self._form()
        state = self.server.state
        if form.get("schema") != "json":
            return self._send(failure(700, "schema错误"))
        try:
            param = json.loads(form.get("param") or "")
        except ValueError:
            return self._send(failure(700, "参数错误"))
        with state.lock:
            keys = set(state.accounts.values())
        if param.get("key") not in keys:
            return self._send(failure(600, "您不是合法的订阅者（即授权Key出错）"))
        parameters = param.get("parameters") or {}
        if not param.get("company") or not param.get("number") or not parameters.get("callbackurl"):
            return self._send(failure(700, "订阅参数错误"))
        with state.lock:
            for sub in state.subscriptions:
                if sub["number"] == param["number"] and sub["company"] == param["company"]:
                    return self._send(failure(501, "重复订阅"))
            state.subscriptions.append(
                {
                    "company": param["company"],
                    "number": param["number"],
                    "callbackurl": parameters["callbackurl"],
                    "salt": parameters.get("salt"),
                    "phone": parameters.get("phone"),
                    "resultv2": parameters.get("resultv2"),
                }
            )
        return self._send({"result": True, "returnCode": "200", "message": "提交成功"})

    def _control(self, what):
        state = self.server.state
        data = self._json_body()
        if what == "accounts":
            with state.lock:
                state.accounts[data["customer"]] = data["key"]
            return self._send({"ok": True})
        if what == "waybills":
            with state.lock:
                state.waybills[data["num"]] = {
                    "com": data["com"],
                    "state": str(data.get("state", "0")),
                    "data": data.get("data") or [],
                    "phone": data.get("phone"),
                }
            return self._send({"ok": True})
        if what == "reset":
            with state.lock:
                state.reset()
            return self._send({"ok": True})
        if what == "push":
            return self._push(data)
        return self._send({"error": "not found"}, 404)

    def _push(self, data):
        state = self.server.state
        num = data["num"]
        with state.lock:
            waybill = state.waybills.get(num)
            sub = next((s for s in state.subscriptions if s["number"] == num), None)
        if not waybill:
            return self._send({"error": "unknown waybill"}, 400)
        url = data.get("url") or (sub and sub["callbackurl"])
        if not url:
            return self._send({"error": "no callback url"}, 400)
        salt = data["salt"] if "salt" in data else (sub and sub["salt"]) or ""
        param = json.dumps(
            {
                "status": data.get("status", "polling"),
                "billstatus": "got",
                "message": "",
                "autoCheck": "0",
                "comOld": "",
                "comNew": "",
                "lastResult": self._result(num, waybill),
            },
            ensure_ascii=False,
        )
        sign = data["sign"] if "sign" in data else md5_upper(param + salt)
        body = urllib.parse.urlencode({"param": param, "sign": sign}).encode()
        request = urllib.request.Request(
            url, data=body, headers={"Content-Type": "application/x-www-form-urlencoded"}
        )
        try:
            with urllib.request.urlopen(request, timeout=20) as resp:  # noqa: S310
                return self._send({"status": resp.status, "body": resp.read().decode()})
        except urllib.error.HTTPError as exc:
            return self._send({"status": exc.code, "body": exc.read().decode(errors="replace")})


class SimHTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address, quiet=False):
        super().__init__(address, Handler)
        self.state = State()
        self.quiet = quiet


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--ready-file", help="write the bound port here when ready")
    parser.add_argument("--quiet", action="store_true", help="no per-request log lines")
    parser.add_argument(
        "--account", action="append", default=[], help="CUSTOMER:KEY accepted from the start"
    )
    args = parser.parse_args(argv)
    server = SimHTTPServer((args.host, args.port), quiet=args.quiet)
    for account in args.account:
        customer, _sep, key = account.partition(":")
        server.state.accounts[customer] = key
    port = server.server_address[1]
    if args.ready_file:
        tmp = args.ready_file + ".tmp"
        with open(tmp, "w") as handle:
            handle.write(str(port))
        os.replace(tmp, args.ready_file)
    print(f"KUAIDI100_SIMULATOR_READY {port} http://{args.host}:{port}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
