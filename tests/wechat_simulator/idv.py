"""The real-name (二要素: name + ID number) verification service of the
simulator, for ``mall_identity``: WeChat's own ``checkrealnameinfo`` is not
open to retail malls, so shops buy this check from a cloud market; this is
a stand-in with the shape of those APIs.

* ``POST /idv/v1/verify`` with ``Authorization: APPCODE <code>`` (any
  non-empty code) and ``{"name", "idcard"}`` → ``{"code": 0, "result": 1,
  "message": "一致"}``; ``result`` 2 when the number is registered with
  another name, 3 when it is unknown (in ``--demo`` mode an unknown number
  with a valid check character is a match, so the demo's shoppers can verify
  with any well-formed number); no app code → 401 ``{"code": 401}``; an
  ill-formed number → ``{"code": 0, "result": 3}``.
* Control: ``POST /_sim/identities`` ``{name, id_number}`` registers a
  person; ``GET /_sim/identities`` → ``{"checks": [{name, id_number_masked,
  result}]}`` (the numbers it was asked about are kept masked only).
* "Provider down": the simulator's faults (``POST /_sim/faults``
  ``{"path_prefix": "/idv/", "kind": "http_500"|"timeout", "count": -1}``).
"""

from __future__ import annotations

import json
import sys

IDV_ROUTES = [
    ("root", ("POST",), r"/idv/v1/verify", "idv_verify"),
    ("sim", ("GET", "POST"), r"/_sim/identities", "sim_identities"),
]
_WEIGHTS = [pow(2, 17 - i, 11) for i in range(17)]


def _valid_number(number):
    if len(number) != 18 or not number[:17].isdigit():
        return False
    check = "10X98765432"[sum(int(c) * w for c, w in zip(number, _WEIGHTS, strict=False)) % 11]
    return number[17] == check


def _mask(number):
    return number[:4] + "*" * max(len(number) - 8, 0) + number[-4:]


class IdentityVerificationMixin:
    """Mixed into ``WeChatSimulator`` (its lock, demo flag, json_response)."""

    def _reset_idv_state(self):
        self.identities: dict[str, str] = {}
        self.identity_checks: list[dict] = []

    def idv_verify(self, req):
        # the simulator's own response type, from the module that defines it
        # (``__main__`` when server.py runs as a script)
        json_response = sys.modules[type(self).__module__].json_response
        auth = req.header("authorization")
        if not auth.startswith("APPCODE ") or not auth[8:].strip():
            return json_response({"code": 401, "message": "invalid appcode"}, 401)
        try:
            body = json.loads(req.body.decode("utf-8") or "{}")
            name, number = str(body["name"]), str(body["idcard"]).upper()
        except (ValueError, KeyError, TypeError):
            return json_response({"code": 400, "message": "name and idcard required"}, 400)
        with self.lock:
            known = self.identities.get(number)
            if known is not None:
                result = 1 if known == name else 2
            elif self.demo and _valid_number(number):
                result = 1
            else:
                result = 3
            self.identity_checks.append(
                {"name": name, "id_number_masked": _mask(number), "result": result}
            )
        message = {1: "一致", 2: "不一致", 3: "无此身份证号码"}[result]
        return json_response({"code": 0, "result": result, "message": message})

    def sim_identities(self, req, body, match):
        with self.lock:
            if req.method == "POST":
                self._require(body, "name", "id_number")
                self.identities[str(body["id_number"]).upper()] = str(body["name"])
                return {"ok": True}
            return {"checks": list(self.identity_checks)}
