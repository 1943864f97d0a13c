"""The H5 build of the shopper's mini-program, served at /mall/h5/.

The files are those of ``miniprogram/dist/build/h5`` at the top of the
repository (``scripts/run`` builds them), or of the folder named by the
environment variable ``MALL_H5_DIR``. The build uses a hash router, so every
page is ``/mall/h5/#/pages/...``: only ``index.html`` and ``assets/`` are ever
asked for; an unknown path gets ``index.html``.
"""

import mimetypes
import os

from werkzeug.security import safe_join

from odoo import http
from odoo.http import request

ROOT = "/mall/h5"
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
DEFAULT_DIR = os.path.join(REPO, "miniprogram", "dist", "build", "h5")
REAL_WECHATPAY_HOST = "api.mch.weixin.qq.com"

MISSING_PAGE = """<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>商城 H5 未构建</title></head>
<body style="font-family:sans-serif;margin:2em">
<h1>商城 H5 页面尚未构建 / The H5 shop is not built</h1>
<p>请运行 <code>scripts/run</code>（会自动构建），或手动构建：</p>
<pre>cd miniprogram &amp;&amp; npm ci &amp;&amp; npm run build:h5</pre>
<p>Run <code>scripts/run</code> (it builds it), or build it by hand as above
(Node.js 18+ and npm are needed). The API at <a href="/mall/v1/docs">/mall/v1/docs</a>
works without it.</p>
</body></html>"""


def build_dir():
    return os.environ.get("MALL_H5_DIR") or DEFAULT_DIR


class MallH5(http.Controller):
    def _file_response(self, path, immutable=False):
        with open(path, "rb") as f:
            data = f.read()
        content_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
        if content_type.startswith("text/") or content_type in (
            "application/javascript",
            "application/json",
        ):
            content_type += "; charset=utf-8"
        cache = "public, max-age=31536000, immutable" if immutable else "no-cache"
        return request.make_response(
            data,
            headers=[
                ("Content-Type", content_type),
                ("Cache-Control", cache),
                ("X-Content-Type-Options", "nosniff"),
            ],
        )

    @http.route(ROOT, type="http", auth="none", methods=["GET"], save_session=False)
    def h5_root(self):
        return request.redirect(f"{ROOT}/", code=301, local=True)

    @http.route(
        [f"{ROOT}/", f"{ROOT}/<path:subpath>"],
        type="http",
        auth="none",
        methods=["GET", "HEAD"],
        save_session=False,
    )
    def h5_file(self, subpath=""):
        root = build_dir()
        index = os.path.join(root, "index.html")
        if not os.path.isfile(index):
            return request.make_response(
                MISSING_PAGE,
                headers=[("Content-Type", "text/html; charset=utf-8")],
                status=503,
            )
        if subpath:
            path = safe_join(root, subpath)
            if path and os.path.isfile(path):
                return self._file_response(path, immutable=subpath.startswith("assets/"))
            if subpath.startswith("assets/") or "." in os.path.basename(subpath):
                return request.make_response(
                    "not found", headers=[("Content-Type", "text/plain")], status=404
                )
        return self._file_response(index)

    @http.route(
        f"{ROOT}/config.json",
        type="http",
        auth="public",
        methods=["GET"],
        save_session=False,
    )
    def h5_config(self):
        """What the H5 build needs at run time: where the WeChat Pay simulator's
        pay page is when the company's WeChat Pay is in test mode against one
        (the demo of scripts/run, the end-to-end test); null otherwise."""
        # sudo: a shopper's browser (public user) may not read payment
        # providers; only the base URL of one in test mode leaves the server.
        provider = (
            request.env["payment.provider"]
            .sudo()
            .search(
                [
                    ("code", "=", "wechatpay"),
                    ("state", "=", "test"),
                    ("company_id", "=", request.env.company.id),
                ],
                limit=1,
            )
        )
        url = (provider.wechatpay_api_base_url or "").rstrip("/")
        simulator = url if url and REAL_WECHATPAY_HOST not in url else None
        return request.make_json_response({"pay_simulator_url": simulator})
