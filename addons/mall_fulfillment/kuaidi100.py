"""A small Kuaidi100 client over ``requests`` (PROTOCOLS.md section 4)."""

import hashlib
import hmac
import json

import requests


class Kuaidi100Error(Exception):
    """A failure answer ``{"result": false, "returnCode", "message"}``, or no
    answer at all (``code`` ``"network"``)."""

    def __init__(self, code, message):
        super().__init__(f"{code}: {message}")
        self.code = str(code)
        self.message = message


def md5_upper(text):
    return hashlib.md5(text.encode()).hexdigest().upper()  # noqa: S324 - Kuaidi100's sign


def query_sign(param, key, customer):
    """``sign`` of a real-time query: MD5(param + key + customer), 32 upper-case hex."""
    return md5_upper(param + key + customer)


def push_sign(param, salt):
    """``sign`` of a subscription push: MD5(param + salt), 32 upper-case hex."""
    return md5_upper(param + (salt or ""))


def verify_push_sign(param, salt, sign):
    return bool(sign) and hmac.compare_digest(push_sign(param, salt), str(sign).upper())


def dumps(data):
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


class Kuaidi100Client:
    def __init__(self, base_url, customer, key, timeout=10):
        self.base_url = base_url.rstrip("/")
        self.customer = customer
        self.key = key
        self.timeout = timeout
        self.session = requests.Session()
        self.session.trust_env = False

    def _post(self, path, form):
        try:
            resp = self.session.post(self.base_url + path, data=form, timeout=self.timeout)
            data = resp.json()
        except (requests.RequestException, ValueError) as exc:
            raise Kuaidi100Error("network", str(exc)) from exc
        finally:
            self.session.close()
        if not isinstance(data, dict):
            raise Kuaidi100Error("network", "unexpected answer")
        return data

    def query(self, com, num, phone=None):
        """The timeline of a waybill (success answer of PROTOCOLS 4.1)."""
        payload = {"com": com, "num": num, "resultv2": "1", "show": "0", "order": "desc"}
        if phone:
            payload["phone"] = phone
        param = dumps(payload)
        data = self._post(
            "/poll/query.do",
            {
                "customer": self.customer,
                "param": param,
                "sign": query_sign(param, self.key, self.customer),
            },
        )
        if data.get("result") is False or str(data.get("status")) != "200":
            raise Kuaidi100Error(data.get("returnCode") or "500", data.get("message") or "")
        return data

    def subscribe(self, com, num, callbackurl, salt, phone=None):
        """Subscribe to pushes of a waybill; ``returnCode`` 200 (accepted) or
        501 (already tracked) are success, anything else raises."""
        parameters = {"callbackurl": callbackurl, "salt": salt, "resultv2": "1"}
        if phone:
            parameters["phone"] = phone
        param = dumps({"company": com, "number": num, "key": self.key, "parameters": parameters})
        data = self._post("/poll", {"schema": "json", "param": param})
        code = str(data.get("returnCode") or "")
        if code not in ("200", "501"):
            raise Kuaidi100Error(code or "500", data.get("message") or "")
        return data
