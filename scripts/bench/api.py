#!/usr/bin/env python3
"""Benchmark of the storefront API (mall_api, /mall/v1) against Odoo's own baselines.

Run by hand, never in the tests::

    /opt/venv-odoo/bin/python scripts/bench/api.py          # all included, ~10 minutes
    /opt/venv-odoo/bin/python scripts/bench/api.py --keep   # keeps .local/pg-bench and the
                                                            # database mall_bench, reuses them
    /opt/venv-odoo/bin/python scripts/bench/api.py --nginx  # through Debian's nginx, configured
                                                            # by docker/nginx.conf.template

What it does, all in one run:

1. through scripts/lib/common.sh: finds Odoo (``find_odoo``: a clear error
   when it is missing), a PostgreSQL (``pg_setup``: the ``PG*`` server when
   one answers, else a throwaway cluster ``.local/pg-tmp-bench-<pid>``,
   deleted at the end, or ``.local/pg-bench`` kept with ``--keep``), creates
   a database as Odoo's database manager does and installs ``mall_api`` and
   ``mall_demo`` with demo data (when it exists: updates them in it, or
   reuses it as it is with ``--no-update``); Odoo is started with ``-d`` and
   no ``--db-filter`` (add it with ``--db-filter``);
2. starts the WeChat simulator (tests/wechat_simulator) and Odoo with
   ``--workers=2 --max-cron-threads=0`` on free ports, points the company's
   mini-program at the simulator, turns the API's rate limits, the cap on
   unpaid orders per member and the cap on units held per member off, tops
   the catalogue up to 20 published products (copies of demo products), logs
   in 32 members through the simulator and gives each an address;
3. loads the server from separate processes (4 processes of threads, one
   ``requests.Session`` per concurrent client) at concurrency 1, 8 and 32 for
   ``--duration`` seconds per cell, scenario by scenario:

   ``health``        GET /web/health (Odoo's cheapest route: the floor)
   ``jsonrpc-list``  POST /web/dataset/call_kw/product.template/search_read,
                     the same 20 products as the API's list, as admin with
                     one web session per client (Odoo called directly)
   ``product-list``  GET /mall/v1/products?page_size=20
   ``product-detail`` GET /mall/v1/products/{id}, rotating over the products
   ``member-product-list`` GET /mall/v1/products?page_size=20 with a member's
                     token, the members at a level with member prices (the
                     public list plus the member-price overlay); ``n/a``
                     without mall_member or a level with member prices
   ``cart-add``      POST /mall/v1/cart/lines {product_id, qty: 1}, per member
   ``order-many``    POST /mall/v1/orders, one line, rotating over every
                     variant (Idempotency-Key unique per request; 201 = placed)
   ``order-hot``     POST /mall/v1/orders for ONE stock-limited variant: before
                     each cell its product is set to warehouse fulfilment and
                     its on-hand quantity to S (earlier orders of it cancelled),
                     S being half of what order-many placed in the same cell
                     (so it sells out mid-cell at every concurrency); 201 =
                     placed, 409 out_of_stock = refused (not an error);
                     oversold = placed beyond S, checked again in the database
   ``quote``         POST /mall/v1/orders/quote, the body of ``order-many``
                     (the checkout's amounts: nothing placed, written or held)
   ``product-reviews`` GET /mall/v1/products/{id}/reviews, rotating over the
                     products (``n/a`` without mall_review)
   ``coupon-list``   GET /mall/v1/coupons (the coupon center), per member
   ``coupon-claim``  POST /mall/v1/coupons/{id}/claim of one coupon of the
                     center without total or per-member limit (all claims
                     serialize on the coupon's row: the contended path);
                     both ``n/a`` without mall_coupon
   ``campaign-list`` GET /mall/v1/campaigns (the running campaigns, public)
   ``campaign-detail`` GET /mall/v1/campaigns/{id} of a running campaign with
                     20 products; both ``n/a`` without mall_campaign
   ``me-points``     GET /mall/v1/me/points (balance, pending and the first
                     page of the ledger), per member; ``n/a`` without
                     mall_member
   ``share-create``  POST /mall/v1/shares {product_id} (a link; the member's
                     share of that product again after the first), per member
   ``share-open``    POST /mall/v1/shares/open of one member's share, each
                     request a new anonymous client (every one a counted open)
   ``me-shares``     GET /mall/v1/me/shares, per member
   ``me-invites``    GET /mall/v1/me/invites, per member; the share
                     scenarios are ``n/a`` without mall_share
   ``me-promoter``   GET /mall/v1/me/promoter (分销中心: balances summed from
                     the commission ledger, team counts), per member; the
                     company makes every member a promoter for the run
   ``promoter-commissions`` GET /mall/v1/me/promoter/commissions, per member
   ``promoter-withdrawals`` GET /mall/v1/me/promoter/withdrawals, per member
   ``promoter-withdraw`` POST /mall/v1/me/promoter/withdrawals of 1 yuan with
                     nothing withdrawable: the locked check path, 409
                     ``insufficient_balance`` = refused (not an error)
   ``promoter-apply`` POST /mall/v1/me/promoter/apply: 409 ``already_promoter``
                     = refused (every member is one); the five distribution
                     scenarios are ``n/a`` without mall_distribution
   ``group-list``    GET /mall/v1/group-buys (running group-buy offers)
   ``group-detail``  GET /mall/v1/group-buys/{id} (an offer and its open groups)
   ``me-groups``     GET /mall/v1/me/groups, per member
   ``group-open``    POST /mall/v1/group-buys/{id}/orders: opens a group with
                     an order at the group price (no allotment, no per-member
                     limit; 201 = placed)
   ``group-quote``   POST /mall/v1/group-buys/{id}/quote, the body of
                     ``group-open`` (the confirm page's amounts, nothing
                     written); all five ``n/a`` without mall_group_buy
   ``flash-list``    GET /mall/v1/flash-sales (the running and next flash
                     sales with their items); ``n/a`` without mall_flash_sale
   ``flash-buy``     POST /mall/v1/flash-sales/{id}/orders for ONE flash SKU:
                     before each cell a new flash sale of a new warehouse
                     variant with allotment A (``--flash-allotment``, default
                     40/s x duration) and no per-member limit; 201 = taken,
                     409 flash_sold_out = refused (not an error); oversold =
                     taken beyond A, checked again in the database (the
                     sale's flash orders and its item's ``sold``)
   ``me-coins``      GET /mall/v1/me/coins (spendable balance, next expiry and
                     the first page of the ledger), per member; ``n/a``
                     without mall_coin
   ``me-identity``   GET /mall/v1/me/identity (the member's real-name state,
                     masked), per member; ``n/a`` without mall_identity
   ``identity-verify`` POST /mall/v1/me/identity of members not verified, with
                     a name the simulator's name + ID number service says does
                     not match: the local checks, the blind index and the
                     service's round trip (422 identity_mismatch = refused,
                     nothing stored); ``n/a`` without mall_identity
   ``points-mall-list`` GET /mall/v1/points-mall/products; ``points-mall-detail``
                     GET /mall/v1/points-mall/products/{id}; ``points-mall-order``
                     POST /mall/v1/points-mall/orders of one product (members
                     verified, given coins and points by the operator's
                     wizards; each exchange spends both and confirms an
                     order); ``n/a`` without mall_points_mall

   ``lottery-register`` POST /mall/v1/lotteries/{id}/registrations: before
                     each cell a fresh batch of lotteries, each with a window
                     open now (members verified when mall_identity is there,
                     and the real name then required); request ``seq`` of a
                     client registers in lottery ``seq`` of the batch, so
                     every request is a new registration (201), the one
                     guarded INSERT of the route; ``n/a`` without mall_lottery

   With ``--nginx`` Odoo runs with ``--proxy-mode`` behind Debian's nginx
   (``apt-get install nginx``) configured by the same template as the Docker
   set-up (``docker/nginx.conf.template``), and every request goes through it;

4. prints one table (requests, req/s, p50 and p99 in ms, errors), the
   targets' verdicts and the oversold count, and tears down the server, the
   simulator and the cluster (also on Ctrl-C).

A scenario whose route answers 404/405 (not written yet) is reported as
``n/a (route missing)``. Latencies are wall-clock on the machine that also
runs Odoo and PostgreSQL: the load generator competes for the same CPUs
(that is true of both the API and its baselines).

Targets (issue #5), at concurrency 8: product-list p50 at most half the
jsonrpc-list p50 and at most 3x the health p50; at concurrency 32: order-hot
at least 25 placed orders/s (while stock lasts) with zero oversold. Issue
#18, at concurrency 8: lottery-register at least half of health's req/s.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import math
import multiprocessing
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import requests

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

API = "/mall/v1"
SCENARIOS = [
    "health",
    "jsonrpc-list",
    "product-list",
    "product-detail",
    "product-reviews",
    "member-product-list",
    "cart-add",
    "order-many",
    "order-hot",
    "quote",
    "coupon-list",
    "coupon-claim",
    "me-points",
    "share-create",
    "share-open",
    "me-shares",
    "me-invites",
    "me-promoter",
    "promoter-commissions",
    "promoter-withdrawals",
    "promoter-withdraw",
    "promoter-apply",
    "group-list",
    "group-detail",
    "me-groups",
    "group-open",
    "group-quote",
    "flash-list",
    "flash-buy",
    "me-coins",
    "me-identity",
    "identity-verify",
    "points-mall-list",
    "points-mall-detail",
    "points-mall-order",
    "lottery-register",
    "campaign-list",
    "campaign-detail",
]
DISTRIBUTION_SCENARIOS = (
    "me-promoter",
    "promoter-commissions",
    "promoter-withdrawals",
    "promoter-withdraw",
    "promoter-apply",
)
MEMBER_ROUTES = {
    "member-product-list",
    "cart-add",
    "order-many",
    "order-hot",
    "quote",
    "coupon-list",
    "coupon-claim",
    "me-points",
    "share-create",
    "me-shares",
    "me-invites",
    *DISTRIBUTION_SCENARIOS,
    "group-list",
    "group-detail",
    "me-groups",
    "group-open",
    "group-quote",
    "flash-buy",
    "me-coins",
    "me-identity",
    "identity-verify",
    "points-mall-order",
    "lottery-register",
}
PROCESSES = 4  # load-generator processes (threads share them)
PAGE = 20
CART_SPREAD = 10
ADDRESS = {
    "name": "张三",
    "phone": "13800138000",
    "province": "上海市",
    "city": "上海市",
    "district": "浦东新区",
    "detail": "张杨路 1500 号",
    "default": True,
}
LIST_DOMAIN = [["mall_ok", "=", True], ["mall_published", "=", True], ["sale_ok", "=", True]]
RATE_LIMIT_PARAMS = (
    "mall_api.login_rate_limit",
    "mall_api.order_rate_limit",
    "mall_api.order_ip_rate_limit",
)
TARGET_LIST_VS_JSONRPC = 0.5
TARGET_LIST_VS_HEALTH = 3.0
TARGET_HOT_RATE = 25.0
TARGET_LOTTERY_VS_HEALTH = 0.5
# lotteries per client and second of a cell (above the registrations a client makes)
LOTTERY_BATCH_RATE = 150
TARGET_FLASH_RATE = 25.0


class BenchError(RuntimeError):
    pass


def say(message):
    print(f"==> {message}", flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_session():
    session = requests.Session()
    session.trust_env = False
    return session


# environment: PostgreSQL, database, Odoo ----------------------------------------

SETUP = r"""
set -euo pipefail
source "$REPO/scripts/lib/common.sh"
emit() {
    local v
    for v in ODOO_BIN ODOO_PYTHON ODOO_PYTHONPATH PGHOST PGPORT PGUSER PGPASSWORD \
             PG_STARTED PG_DATA PG_BASE PG_EPHEMERAL; do
        echo "@@$v=${!v:-}"
    done
}
find_odoo
ensure_requirements "$REPO/requirements.txt"
compute_addons_path
pg_setup "$BENCH_CLUSTER"
emit  # known before anything else can fail: the cluster is stopped again
mkdir -p "$(dirname "$BENCH_CONF")"
write_odoo_conf "$BENCH_CONF"
: >"$BENCH_LOG"
if db_exists "$BENCH_DB"; then
    if [ -n "$BENCH_NO_UPDATE" ]; then
        say "reusing the database $BENCH_DB as it is"
    else
        say "updating mall_api, mall_demo in the database $BENCH_DB (log: $BENCH_LOG)"
        odoo_bin -c "$BENCH_CONF" -d "$BENCH_DB" -i mall_api,mall_demo -u mall_api,mall_demo \
            --stop-after-init --log-level=warn >>"$BENCH_LOG" 2>&1 \
            || { tail -40 "$BENCH_LOG" >&2; die "updating the addons failed (log: $BENCH_LOG)"; }
    fi
else
    say "creating $BENCH_DB with mall_api, mall_demo and demo data (a few minutes; log: $BENCH_LOG)"
    create_db "$BENCH_CONF" "$BENCH_DB" "$BENCH_LOG"
    odoo_bin -c "$BENCH_CONF" -d "$BENCH_DB" -i mall_api,mall_demo --stop-after-init \
        --log-level=warn >>"$BENCH_LOG" 2>&1 \
        || { tail -40 "$BENCH_LOG" >&2; die "installing the addons failed (log: $BENCH_LOG)"; }
fi
emit
"""

TEARDOWN = r"""
source "$REPO/scripts/lib/common.sh"
PG_STARTED=$1 PG_DATA=$2 PG_BASE=$3 PG_EPHEMERAL=$4
command -v psql >/dev/null 2>&1 || PATH="$(_pg_bindir):$PATH"
# a throwaway cluster goes with its databases; on a server that stays, drop ours
if [ -n "$BENCH_DROP" ] && [ -z "$PG_EPHEMERAL" ]; then
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$BENCH_DROP\"" >/dev/null 2>&1 || true
fi
pg_teardown
"""


def wait_for_health(process, url, seconds, what, interval):
    """Until ``url``/web/health answers 200; a BenchError when the process
    exits or ``seconds`` pass."""
    http = http_session()
    deadline = time.monotonic() + seconds
    while True:
        if process.poll() is not None:
            raise BenchError(f"{what} exited at start")
        try:
            if http.get(f"{url}/web/health", timeout=5).status_code == 200:
                return
        except requests.RequestException:
            pass
        if time.monotonic() > deadline:
            raise BenchError(f"{what} did not answer within {seconds} s")
        time.sleep(interval)


class Environment:
    """The PostgreSQL, database, simulator and Odoo of one run."""

    def __init__(self, args):
        self.args = args
        # --db names a database to keep: in .local/pg-bench when no PG* server answers
        self.keep = args.keep or bool(args.db)
        cluster = "bench" if self.keep else f"tmp-bench-{os.getpid()}"
        self.db = args.db or ("mall_bench" if self.keep else f"mall_bench_{os.getpid()}")
        self.run_dir = REPO / ".local" / "bench" / (self.db if self.keep else f"run-{os.getpid()}")
        self.conf = self.run_dir / "odoo.conf"
        self.base_env = dict(
            os.environ,
            REPO=str(REPO),
            BENCH_CLUSTER=cluster,
            BENCH_CONF=str(self.conf),
            BENCH_DB=self.db,
            BENCH_LOG=str(self.run_dir / "install.log"),
            BENCH_NO_UPDATE="1" if args.no_update else "",
        )
        self.vars = {}
        self.sim = None
        self.odoo = None
        self.nginx = None
        self.gevent_port = None
        self.url = None
        self.odoo_log = self.run_dir / "odoo.log"

    def setup_database(self):
        self.run_dir.mkdir(parents=True, exist_ok=True)
        process = subprocess.Popen(
            ["bash", "-c", SETUP],
            env=self.base_env,
            stdout=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        try:
            for line in process.stdout:
                if line.startswith("@@"):
                    key, _, value = line[2:].rstrip("\n").partition("=")
                    self.vars[key] = value
                else:
                    print(line, end="", flush=True)
        except BaseException:
            # Ctrl-C: the install runs in its own session, stop it too
            os.killpg(process.pid, signal.SIGTERM)
            process.wait()
            raise
        if process.wait():
            # common.sh already said why (stderr); a half-started cluster is stopped
            self.vars.setdefault("PG_STARTED", "")
            raise SystemExit(process.returncode)

    def odoo_env(self):
        env = dict(self.base_env)
        # the key of real-name ID numbers (mall_identity), for the bench only
        env.setdefault("MALL_IDENTITY_KEY", "bench-only-identity-key-not-for-production")
        for key in ("PGHOST", "PGPORT", "PGUSER", "PGPASSWORD"):
            if self.vars.get(key):
                env[key] = self.vars[key]
        if self.vars.get("ODOO_PYTHONPATH"):
            path = [self.vars["ODOO_PYTHONPATH"], env.get("PYTHONPATH", "")]
            env["PYTHONPATH"] = os.pathsep.join(p for p in path if p)
        return env

    def start_simulator(self):
        from tests.wechat_simulator.client import Simulator

        self.sim = Simulator.start(python=self.vars.get("ODOO_PYTHON") or sys.executable)
        say(f"WeChat simulator on {self.sim.base_url}")

    def start_odoo(self):
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        cmd = [
            self.vars["ODOO_PYTHON"],
            self.vars["ODOO_BIN"],
            "-c",
            str(self.conf),
            "-d",
            self.db,
            "--http-interface",
            "127.0.0.1",
            "--http-port",
            str(port),
            "--gevent-port",
            str(free_port()),
            f"--workers={self.args.workers}",
            "--max-cron-threads=0",
            "--limit-time-cpu=600",
            "--limit-time-real=1200",
            "--limit-request=1000000",
            "--log-level=warn",
            f"--logfile={self.odoo_log}",
        ]
        if self.args.db_filter:
            cmd.append(f"--db-filter=^{self.db}$")
        if self.args.nginx:
            cmd.append("--proxy-mode")
        self.gevent_port = int(cmd[cmd.index("--gevent-port") + 1])
        env = self.odoo_env()
        if self.args.nginx:
            # behind a buffering proxy a worker may wait longer for a request's
            # first bytes (see docker/compose.yml)
            env.setdefault("ODOO_HTTP_SOCKET_TIMEOUT", "30")
        say(f"Odoo with --workers={self.args.workers} on {self.url} (log: {self.odoo_log})")
        self.odoo = subprocess.Popen(
            cmd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        wait_for_health(self.odoo, self.url, 120, f"Odoo (log: {self.odoo_log})", 0.5)
        http = http_session()
        if self.args.nginx:
            self.start_nginx(port)
        # the first request of each worker loads the registry: warm them all
        for _ in range(4 * self.args.workers):
            http.get(f"{self.url}{API}/products", params={"page_size": 1}, timeout=120)

    def start_nginx(self, odoo_port):
        """Debian's nginx in front of Odoo, with the production template."""
        binary = shutil.which("nginx") or (
            "/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else None
        )
        if not binary:
            raise BenchError("--nginx needs Debian's nginx: apt-get install nginx")
        prefix = self.run_dir / "nginx"
        for sub in ("logs", "tmp"):
            (prefix / sub).mkdir(parents=True, exist_ok=True)
        port = free_port()
        template = (REPO / "docker" / "nginx.conf.template").read_text()
        values = {
            "ODOO_UPSTREAM": f"127.0.0.1:{odoo_port}",
            "ODOOCHAT_UPSTREAM": f"127.0.0.1:{self.gevent_port}",
            "NGINX_PORT": f"127.0.0.1:{port}",
        }
        for key, value in values.items():
            template = template.replace("${%s}" % key, value)
        tmp = prefix / "tmp"
        (prefix / "nginx.conf").write_text(
            f"""worker_processes auto;
pid {prefix}/nginx.pid;
error_log {prefix}/logs/error.log warn;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
{template}
}}
"""
        )
        self.nginx = subprocess.Popen(
            [binary, "-p", str(prefix), "-c", str(prefix / "nginx.conf"), "-g", "daemon off;"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.url = f"http://127.0.0.1:{port}"
        wait_for_health(self.nginx, self.url, 30, f"nginx (log: {prefix}/logs/error.log)", 0.3)
        say(f"nginx (Debian's, docker/nginx.conf.template) on {self.url} in front of Odoo")

    def teardown(self):
        if self.nginx and self.nginx.poll() is None:
            self.nginx.terminate()
            self.nginx.wait(10)
            say("stopped nginx")
        self.nginx = None
        if self.odoo and self.odoo.poll() is None:
            try:
                os.killpg(self.odoo.pid, signal.SIGTERM)
                self.odoo.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.odoo.pid, signal.SIGKILL)
                self.odoo.wait()
            except ProcessLookupError:
                pass
            say("stopped Odoo")
        self.odoo = None
        if self.sim:
            self.sim.stop()
            self.sim = None
            say("stopped the WeChat simulator")
        if self.vars:
            env = self.odoo_env()
            env["BENCH_DROP"] = "" if self.keep else self.db
            v = self.vars
            subprocess.run(
                [
                    "bash",
                    "-c",
                    TEARDOWN,
                    "teardown",
                    v.get("PG_STARTED", ""),
                    v.get("PG_DATA", ""),
                    v.get("PG_BASE", ""),
                    v.get("PG_EPHEMERAL", ""),
                ],
                env=env,
                check=False,
            )
            if not self.keep:
                subprocess.run(
                    ["rm", "-rf", str(REPO / ".local" / "data" / "filestore" / self.db)],
                    check=False,
                )
            self.vars = {}
        with contextlib.suppress(OSError):
            self.run_dir.rmdir()  # only when empty (e.g. Odoo was not found)


# admin JSON-RPC ----------------------------------------------------------------


class Admin:
    def __init__(self, url, db, login="admin", password="admin"):
        self.url = url
        self.db = db
        self.http = http_session()
        self.session_id = authenticate(self.http, url, db, login, password)

    def call(self, model, method, *args, **kwargs):
        r = self.http.post(
            f"{self.url}/web/dataset/call_kw/{model}/{method}",
            json={
                "jsonrpc": "2.0",
                "params": {"model": model, "method": method, "args": list(args), "kwargs": kwargs},
            },
            timeout=300,
        )
        r.raise_for_status()
        body = r.json()
        if body.get("error"):
            data = body["error"].get("data") or {}
            raise BenchError(f"{model}.{method}: {data.get('message') or body['error']}")
        return body.get("result")  # Odoo leaves it out when the method returns None


def authenticate(http, url, db, login, password):
    r = http.post(
        f"{url}/web/session/authenticate",
        json={"jsonrpc": "2.0", "params": {"db": db, "login": login, "password": password}},
        timeout=60,
    )
    r.raise_for_status()
    body = r.json()
    if body.get("error") or not (body.get("result") or {}).get("uid"):
        raise BenchError(f"login as {login} failed: {body.get('error')}")
    return http.cookies.get("session_id")


# fixture: company, catalogue, members ----------------------------------------------


class Fixture:
    """What the scenarios need, prepared once through the API and admin JSON-RPC."""

    def __init__(self, env, clients):
        self.env = env
        self.url = env.url
        self.clients = clients
        self.admin = Admin(env.url, env.db)
        self.http = http_session()
        self.missing = {}  # scenario -> why it cannot be measured
        self.templates = []
        self.variants = []
        self.hot_template = None
        self.hot_variant = None
        self.members = []  # dicts: token, address_id
        self.coupon_id = None
        self.share_scene = None
        self.group_offer_id = None
        self.group_variant = None
        self.campaign_id = None
        self.rpc_sessions = []
        self.points_mall_templates = []
        self.points_mall_variant = None
        self.identity_tokens = []
        self.members_verified = False

    def api(self, method, path, **kwargs):
        kwargs.setdefault("timeout", 60)
        return self.http.request(method, f"{self.url}{API}{path}", **kwargs)

    def prepare(self):
        self.point_company_at_simulator()
        for key in RATE_LIMIT_PARAMS:
            self.admin.call("ir.config_parameter", "set_param", key, "0")
        self.top_up_catalogue()
        self.read_catalogue()
        self.log_members_in()
        self.give_members_a_level()
        self.create_coupon()
        try:
            self.prepare_points_mall()
        except BenchError as exc:
            # the members' real names are in place; only the product failed
            for kind in ("points-mall-list", "points-mall-detail", "points-mall-order"):
                self.missing.setdefault(kind, f"n/a (could not prepare it: {exc})"[:200])
        self.create_share()
        self.make_promoters()
        self.create_group_offer()
        self.create_campaign()
        say(f"{self.clients} admin web sessions for the JSON-RPC baseline")
        for _ in range(self.clients):
            http = http_session()
            self.rpc_sessions.append(authenticate(http, self.url, self.env.db, "admin", "admin"))

    def point_company_at_simulator(self):
        found = self.admin.call(
            "ir.model.data",
            "search_read",
            [["module", "=", "mall_api"], ["name", "=", "mall_api_endpoint"]],
            ["res_id"],
        )
        if not found:
            raise BenchError("mall_api is not installed in this database")
        endpoint = self.admin.call("fastapi.endpoint", "read", [found[0]["res_id"]], ["company_id"])
        self.company = endpoint[0]["company_id"][0]
        self.appid = "wxbench" + uuid.uuid4().hex[:10]
        secret = uuid.uuid4().hex
        self.env.sim.add_app(self.appid, secret)
        self.admin.call(
            "res.company",
            "write",
            [self.company],
            {
                "wechat_mp_appid": self.appid,
                "wechat_mp_secret": secret,
                "wechat_mp_api_base_url": self.env.sim.base_url,
                # the load's members never pay: no cap on units held per member
                "mall_hold_limit_per_product": 0,
                "mall_max_unpaid_orders": 0,  # unpaid orders per member, likewise
            },
        )

    def top_up_catalogue(self):
        """Copies of published products until 20 are published (the demo has 14)."""
        published = self.admin.call(
            "product.template", "search", LIST_DOMAIN, order="id", limit=PAGE
        )
        missing = PAGE - len(published)
        if missing <= 0 or not published:
            return
        say(f"publishing {missing} copies of demo products (a page of {PAGE})")
        for i in range(missing):
            source = published[i % len(published)]
            copy_id = self.admin.call("product.template", "copy", [source])
            copy_id = copy_id[0] if isinstance(copy_id, list) else copy_id
            sellers = self.admin.call(
                "product.supplierinfo",
                "search_read",
                [["product_tmpl_id", "=", source]],
                ["partner_id", "price", "product_id"],
            )
            copied = self.admin.call(
                "product.supplierinfo", "search_count", [["product_tmpl_id", "=", copy_id]]
            )
            if sellers and not copied:
                # one settlement price per supplier for every variant of the copy
                prices = {}
                for seller in sellers:
                    partner = seller["partner_id"][0]
                    prices[partner] = min(prices.get(partner, seller["price"]), seller["price"])
                for partner, price in prices.items():
                    self.admin.call(
                        "product.supplierinfo",
                        "create",
                        {"product_tmpl_id": copy_id, "partner_id": partner, "price": price},
                    )
            try:
                self.admin.call(
                    "product.template",
                    "write",
                    [copy_id],
                    {"name": f"压测商品 {i + 1:02d}", "mall_ok": True, "mall_published": True},
                )
            except BenchError as exc:
                say(f"could not publish a copy ({exc}); the page stays shorter")
                self.admin.call("product.template", "unlink", [copy_id])
                return

    def read_catalogue(self):
        r = self.api("GET", "/products", params={"page_size": 50})
        r.raise_for_status()
        self.templates = [item["id"] for item in r.json()["items"]]
        if not self.templates:
            raise BenchError("no published product: is mall_demo installed?")
        storable = {
            row["id"]
            for row in self.admin.call(
                "product.template", "search_read", [["id", "in", self.templates]], ["is_storable"]
            )
            if row["is_storable"]
        }
        by_template = {}
        for tmpl_id in self.templates:
            detail = self.api("GET", f"/products/{tmpl_id}")
            detail.raise_for_status()
            by_template[tmpl_id] = [v["id"] for v in detail.json()["variants"]]
        # the hot SKU: a storable product with the fewest variants
        candidates = sorted(
            (t for t in self.templates if t in storable and by_template[t]),
            key=lambda t: (len(by_template[t]), t),
        )
        if candidates:
            self.hot_template = candidates[0]
            self.hot_variant = by_template[self.hot_template][0]
        self.variants = [
            v for t in self.templates if t != self.hot_template for v in by_template[t]
        ]
        say(
            f"{len(self.templates)} published products, {len(self.variants)} variants, "
            f"hot SKU: variant {self.hot_variant} of product {self.hot_template}"
        )

    def log_members_in(self):
        say(f"logging {self.clients} members in through the simulator, with an address each")
        for i in range(self.clients):
            code = self.env.sim.add_code(self.appid, f"obench{os.getpid()}x{i:03d}")
            r = self.api("POST", "/auth/login", json={"code": code})
            if r.status_code != 200:
                raise BenchError(f"member login failed: {r.status_code} {r.text[:300]}")
            member = {
                "token": r.json()["token"],
                "id": r.json()["member"]["id"],
                "address_id": None,
            }
            r = self.api(
                "POST",
                "/addresses",
                json=ADDRESS,
                headers={"Authorization": f"Bearer {member['token']}"},
            )
            if r.status_code in (404, 405):
                why = f"n/a (route missing: POST {API}/addresses {r.status_code})"
                self.missing.setdefault("order-many", why)
                self.missing.setdefault("order-hot", why)
                self.missing.setdefault("quote", why)
            elif r.status_code not in (200, 201):
                raise BenchError(f"creating an address failed: {r.status_code} {r.text[:300]}")
            else:
                member["address_id"] = r.json()["id"]
            self.members.append(member)

    def give_members_a_level(self):
        """The members reach the highest level with member prices (the demo's 黑卡
        has none, 金卡 has): their product list carries member prices."""
        why = "n/a (mall_member is not installed, or no level has member prices)"
        if not self.has_model("mall.member.level"):
            self.missing["member-product-list"] = why
            return
        levels = self.admin.call(
            "mall.member.level",
            "search_read",
            [["company_id", "=", self.company], ["pricelist_id", "!=", False]],
            ["name", "growth_min"],
            order="growth_min desc",
            limit=1,
        )
        if not levels:
            self.missing["member-product-list"] = why
            return
        ids = [member["id"] for member in self.members]
        self.admin.call("res.partner", "write", ids, {"mall_growth_value": levels[0]["growth_min"]})
        self.admin.call("res.partner", "action_mall_recompute_level", ids)
        say(f"{len(ids)} members at the level {levels[0]['name']}")

    def prepare_points_mall(self):
        """Real names through the simulator's service for the members, more
        members left unverified for ``identity-verify``, a points-mall
        product with plenty of stock, coins and points for every member."""
        if not self.env_has_points_mall():
            for kind in ("points-mall-list", "points-mall-detail", "points-mall-order"):
                self.missing[kind] = "n/a (mall_points_mall is not installed)"
        if not self.has_model("mall.identity"):
            for kind in ("me-identity", "identity-verify"):
                self.missing[kind] = "n/a (mall_identity is not installed)"
            return
        self.admin.call(
            "res.company",
            "write",
            [self.company],
            {
                "mall_identity_provider": "idv_http",
                "mall_identity_api_url": self.env.sim.base_url,
                "mall_identity_api_appcode": "bench",
            },
        )
        self.admin.call("ir.config_parameter", "set_param", "mall_identity.verify_rate_limit", "0")
        weights = [pow(2, 17 - i, 11) for i in range(17)]
        for i, member in enumerate(self.members):
            first17 = f"33010619900101{i:03d}"
            total = sum(int(c) * w for c, w in zip(first17, weights, strict=True))
            check = "10X98765432"[total % 11]
            self.env.sim.add_identity("王小二", first17 + check)
            r = self.api(
                "POST",
                "/me/identity",
                json={"name": "王小二", "id_number": first17 + check},
                headers={"Authorization": f"Bearer {member['token']}"},
            )
            if r.status_code != 201:
                raise BenchError(f"real-name verification failed: {r.status_code} {r.text[:300]}")
        self.members_verified = True
        for i in range(self.clients):
            code = self.env.sim.add_code(self.appid, f"obenchid{os.getpid()}x{i:03d}")
            r = self.api("POST", "/auth/login", json={"code": code})
            self.identity_tokens.append(r.json()["token"])
        if "points-mall-order" in self.missing:
            return
        template = self.admin.call(
            "product.template",
            "create",
            {
                "name": "压测积分商城定制酒杯",
                "list_price": 0,
                "is_storable": True,
                "sale_ok": True,
                "mall_ok": True,
                "mall_fulfillment": "warehouse",
                "mall_points_mall": True,
                "mall_pm_coins": 1,
                "mall_pm_points": 1,
            },
        )
        self.admin.call("product.template", "write", [template], {"mall_published": True})
        (variant,) = self.admin.call(
            "product.template", "read", [template], ["product_variant_ids"]
        )[0]["product_variant_ids"][:1]
        (warehouse,) = self.admin.call(
            "stock.warehouse",
            "search_read",
            [["company_id", "=", self.company]],
            ["lot_stock_id"],
            limit=1,
        )
        quant = self.admin.call(
            "stock.quant",
            "create",
            {
                "product_id": variant,
                "location_id": warehouse["lot_stock_id"][0],
                "inventory_quantity": 1_000_000,
            },
            context={"inventory_mode": True},
        )
        self.admin.call(
            "stock.quant", "action_apply_inventory", [quant], context={"inventory_mode": True}
        )
        for member in self.members:
            for model, field in (("mall.coin.adjust", "coins"), ("mall.points.adjust", "points")):
                wizard = self.admin.call(
                    model, "create", {"partner_id": member["id"], field: 100_000, "reason": "压测"}
                )
                self.admin.call(model, "action_confirm", [wizard])
        self.points_mall_variant = variant
        self.points_mall_templates = [
            row["id"]
            for row in self.api("GET", "/points-mall/products?page_size=50").json()["items"]
        ]
        say(f"{len(self.members)} members verified, with coins and points to exchange")

    def env_has_points_mall(self):
        return bool(
            self.admin.call(
                "ir.model.fields",
                "search_count",
                [["model", "=", "product.template"], ["name", "=", "mall_points_mall"]],
            )
        )

    # the hot SKU ------------------------------------------------------------

    def create_coupon(self):
        """A coupon of the center anyone may claim any number of times."""
        if not self.has_model("mall.coupon"):
            for kind in ("coupon-list", "coupon-claim"):
                self.missing[kind] = "n/a (mall_coupon is not installed)"
            return
        self.coupon_id = self.admin.call(
            "mall.coupon",
            "create",
            {
                "name": "压测券",
                "kind": "no_threshold",
                "amount": 1,
                "validity": "days",
                "validity_days": 7,
                "total_qty": 0,
                "member_limit": 0,
                "company_id": self.company,
            },
        )

    def create_lotteries(self, count):
        """``count`` lotteries of one product, each with a window open now
        (the real name required when the members are verified); their ids."""
        if not self.has_model("mall.lottery"):
            self.missing["lottery-register"] = "n/a (mall_lottery is not installed)"
            return []
        now = time.time()

        def utc(offset):
            return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(now + offset))

        window = {"date_start": utc(-60), "date_end": utc(7200), "draw_at": utc(7500)}
        ids = []
        for start in range(0, count, 100):
            vals = [
                {
                    "name": f"压测抢签 {start + i}",
                    "product_id": self.variants[0],
                    "quantity": 1,
                    "price": 1,
                    "require_real_name": self.members_verified,
                    "company_id": self.company,
                    "window_ids": [[0, 0, window]],
                }
                for i in range(min(100, count - start))
            ]
            batch = self.admin.call("mall.lottery", "create", vals)
            self.admin.call("mall.lottery", "action_schedule", batch)
            ids += batch
        return ids

    def close_lotteries(self, ids):
        """Close the lotteries of a cell (the cron follows every open one)."""
        for start in range(0, len(ids), 100):
            self.admin.call("mall.lottery", "action_close", ids[start : start + 100])

    def create_share(self):
        """One member's share of a product: the scene every share-open opens."""
        if not self.has_model("mall.share"):
            for kind in ("share-create", "share-open", "me-shares", "me-invites"):
                self.missing[kind] = "n/a (mall_share is not installed)"
            return
        r = self.api(
            "POST",
            "/shares",
            json={"product_id": self.templates[0]},
            headers={"Authorization": f"Bearer {self.members[0]['token']}"},
        )
        if r.status_code != 200:
            raise BenchError(f"creating a share failed: {r.status_code} {r.text[:300]}")
        self.share_scene = r.json()["scene"]

    def make_promoters(self):
        """Every member a promoter (the company setting), with nothing to withdraw."""
        if not self.has_model("mall.promoter"):
            for kind in DISTRIBUTION_SCENARIOS:
                self.missing[kind] = "n/a (mall_distribution is not installed)"
            return
        self.admin.call(
            "res.company",
            "write",
            [self.company],
            {"mall_dist_everyone": True, "mall_dist_daily_withdrawals": 0},
        )

    def create_group_offer(self):
        """A running group-buy offer of one variant, without allotment or
        per-member limit."""
        if not self.has_model("mall.group.offer"):
            for kind in ("group-list", "group-detail", "me-groups", "group-open", "group-quote"):
                self.missing[kind] = "n/a (mall_group_buy is not installed)"
            return
        self.group_variant = self.variants[0]
        now = time.time()
        self.group_offer_id = self.admin.call(
            "mall.group.offer",
            "create",
            {
                "name": "压测 3人团",
                "group_size": 3,
                "time_limit_hours": 24,
                "allotment": 0,
                "member_limit": 0,
                "date_start": time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(now - 3600)),
                "date_end": time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(now + 86400)),
                "company_id": self.company,
                "line_ids": [[0, 0, {"product_id": self.group_variant, "group_price": 9.9}]],
            },
        )
        self.admin.call("mall.group.offer", "action_start", [self.group_offer_id])

    def create_campaign(self):
        """A running theme campaign with the first products of the catalogue."""
        if not self.has_model("mall.campaign"):
            for kind in ("campaign-list", "campaign-detail"):
                self.missing[kind] = "n/a (mall_campaign is not installed)"
            return
        self.campaign_id = self.admin.call(
            "mall.campaign",
            "create",
            {
                "name": "压测活动",
                "code": "BENCH" + uuid.uuid4().hex[:6],
                "kind": "theme",
                "company_id": self.company,
                "state": "published",
                "product_tmpl_ids": [[6, 0, self.templates[:20]]],
            },
        )

    def hot_sold_in_db(self):
        """Quantity of the hot variant in non-cancelled sale order lines."""
        rows = self.admin.call(
            "sale.order.line",
            "search_read",
            [["product_id", "=", self.hot_variant], ["state", "!=", "cancel"]],
            ["product_uom_qty", "order_id"],
        )
        return sum(row["product_uom_qty"] for row in rows), sorted(
            {row["order_id"][0] for row in rows}
        )

    def reset_hot_stock(self, stock):
        """Warehouse fulfilment, earlier orders cancelled, ``stock`` on hand."""
        self.admin.call(
            "product.template", "write", [self.hot_template], {"mall_fulfillment": "warehouse"}
        )
        _qty, orders = self.hot_sold_in_db()
        if orders:
            self.admin.call(
                "sale.order",
                "action_cancel",
                orders,
                context={"disable_cancel_warning": True},
            )
        if self.has_model("mall.stock.hold"):
            holds = self.admin.call(
                "mall.stock.hold",
                "search",
                [["product_id", "=", self.hot_variant], ["state", "=", "active"]],
            )
            if holds:
                say(f"{len(holds)} active stock holds of the hot SKU remain after cancelling")
        warehouse = self.admin.call(
            "stock.warehouse",
            "search_read",
            [["company_id", "=", self.company]],
            ["lot_stock_id"],
            limit=1,
        )
        location = warehouse[0]["lot_stock_id"][0]
        ctx = {"inventory_mode": True}
        quant = self.admin.call(
            "stock.quant",
            "create",
            {
                "product_id": self.hot_variant,
                "location_id": location,
                "inventory_quantity": stock,
            },
            context=ctx,
        )
        quant = quant[0] if isinstance(quant, list) else quant
        self.admin.call("stock.quant", "action_apply_inventory", [quant], context=ctx)
        qty = self.admin.call("product.product", "read", [self.hot_variant], ["qty_available"])[0][
            "qty_available"
        ]
        if qty != stock:
            raise BenchError(f"the hot SKU has {qty} on hand, not {stock}")

    # the flash SKU ----------------------------------------------------------

    def create_flash_sale(self, allotment):
        """A new warehouse variant with ``allotment`` on hand and a running
        flash sale of all of it, no per-member limit: ``(sale id, variant id)``."""
        call = self.admin.call
        template = call(
            "product.template",
            "create",
            {
                "name": f"压测秒杀大米 {uuid.uuid4().hex[:6]}",
                "list_price": 59.9,
                "is_storable": True,
                "mall_ok": True,
                "mall_published": True,
                "sale_ok": True,
                "mall_fulfillment": "warehouse",
                "taxes_id": [[5, 0, 0]],
            },
        )
        variant = call("product.template", "read", [template], ["product_variant_ids"])[0][
            "product_variant_ids"
        ][0]
        warehouse = call(
            "stock.warehouse",
            "search_read",
            [["company_id", "=", self.company]],
            ["lot_stock_id"],
            limit=1,
        )
        ctx = {"inventory_mode": True}
        quant = call(
            "stock.quant",
            "create",
            {
                "product_id": variant,
                "location_id": warehouse[0]["lot_stock_id"][0],
                "inventory_quantity": allotment,
            },
            context=ctx,
        )
        quant = quant[0] if isinstance(quant, list) else quant
        call("stock.quant", "action_apply_inventory", [quant], context=ctx)
        now = time.time()
        fmt = "%Y-%m-%d %H:%M:%S"
        sale = call(
            "mall.flash.sale",
            "create",
            {
                "name": "压测秒杀",
                "company_id": self.company,
                "date_start": time.strftime(fmt, time.gmtime(now - 60)),
                "date_end": time.strftime(fmt, time.gmtime(now + 3600)),
                "member_limit": 0,
                "line_ids": [
                    [0, 0, {"product_id": variant, "flash_price": 19.9, "allotment": allotment}]
                ],
            },
        )
        call("mall.flash.sale", "action_schedule", [sale])
        return sale, variant

    def flash_sold_in_db(self, sale):
        """(units of the sale's flash orders paid or waiting, the item's ``sold``)."""
        rows = self.admin.call(
            "mall.flash.order",
            "search_read",
            [["sale_id", "=", sale], ["state", "in", ["pending_payment", "paid"]]],
            ["qty"],
        )
        (line,) = self.admin.call(
            "mall.flash.sale.line", "search_read", [["sale_id", "=", sale]], ["sold"]
        )
        return sum(row["qty"] for row in rows), line["sold"]

    def end_flash_sale(self, sale):
        self.admin.call("mall.flash.sale", "action_cancel", [sale])

    def has_model(self, model):
        if not hasattr(self, "_models"):
            self._models = {}
        if model not in self._models:
            self._models[model] = bool(
                self.admin.call("ir.model", "search_count", [["model", "=", model]])
            )
        return self._models[model]


# load generator (runs in child processes) ------------------------------------------


def build_request(spec, client, seq):
    """(method, path, headers, json) of request ``seq`` of client ``client``."""
    kind = spec["scenario"]
    if kind == "health":
        return "GET", "/web/health", None, None
    if kind == "jsonrpc-list":
        return (
            "POST",
            "/web/dataset/call_kw/product.template/search_read",
            {"Cookie": f"session_id={spec['rpc_sessions'][client]}"},
            {
                "jsonrpc": "2.0",
                "id": seq,
                "params": {
                    "model": "product.template",
                    "method": "search_read",
                    "args": [],
                    "kwargs": {
                        "domain": LIST_DOMAIN,
                        "fields": ["name", "list_price", "categ_id", "write_date"],
                        "limit": PAGE,
                        "order": "name, id",
                    },
                },
            },
        )
    if kind == "product-list":
        return "GET", f"{API}/products?page_size={PAGE}", None, None
    if kind == "flash-list":
        return "GET", f"{API}/flash-sales", None, None
    if kind == "product-detail":
        templates = spec["templates"]
        return "GET", f"{API}/products/{templates[(client + seq) % len(templates)]}", None, None
    if kind == "product-reviews":
        templates = spec["templates"]
        template = templates[(client + seq) % len(templates)]
        return "GET", f"{API}/products/{template}/reviews", None, None
    if kind == "share-open":
        body = {"scene": spec["share_scene"], "client_id": f"bench{client:03d}x{seq:08d}"}
        return "POST", f"{API}/shares/open", None, body
    if kind == "points-mall-list":
        return "GET", f"{API}/points-mall/products?page_size={PAGE}", None, None
    if kind == "points-mall-detail":
        templates = spec["points_mall_templates"] or [0]
        return (
            "GET",
            f"{API}/points-mall/products/{templates[(client + seq) % len(templates)]}",
            None,
            None,
        )
    if kind == "identity-verify":
        # a well-formed number the service does not know under this name
        token = spec["identity_tokens"][client]
        body = {"name": "李不符", "id_number": "11010519491231002X"}
        return "POST", f"{API}/me/identity", {"Authorization": f"Bearer {token}"}, body
    if kind == "campaign-list":
        return "GET", f"{API}/campaigns", None, None
    if kind == "campaign-detail":
        return "GET", f"{API}/campaigns/{spec['campaign_id']}", None, None
    member = spec["members"][client]
    headers = {"Authorization": f"Bearer {member['token']}"}
    if kind == "share-create":
        templates = spec["templates"]
        body = {"product_id": templates[(client + seq) % len(templates)]}
        return "POST", f"{API}/shares", headers, body
    if kind == "me-shares":
        return "GET", f"{API}/me/shares", headers, None
    if kind == "me-invites":
        return "GET", f"{API}/me/invites", headers, None
    if kind == "member-product-list":
        return "GET", f"{API}/products?page_size={PAGE}", headers, None
    if kind == "coupon-list":
        return "GET", f"{API}/coupons", headers, None
    if kind == "me-points":
        return "GET", f"{API}/me/points", headers, None
    if kind == "me-coins":
        return "GET", f"{API}/me/coins", headers, None
    if kind == "me-identity":
        return "GET", f"{API}/me/identity", headers, None
    if kind == "points-mall-order":
        headers["Idempotency-Key"] = str(uuid.uuid4())
        body = {
            "product_id": spec["points_mall_variant"],
            "qty": 1,
            "address_id": member["address_id"],
        }
        return "POST", f"{API}/points-mall/orders", headers, body
    if kind == "coupon-claim":
        return "POST", f"{API}/coupons/{spec['coupon_id']}/claim", headers, None
    if kind == "lottery-register":
        lotteries = spec["lottery_ids"] or [0]
        return (
            "POST",
            f"{API}/lotteries/{lotteries[seq % len(lotteries)]}/registrations",
            headers,
            None,
        )
    if kind == "me-promoter":
        return "GET", f"{API}/me/promoter", headers, None
    if kind == "promoter-commissions":
        return "GET", f"{API}/me/promoter/commissions", headers, None
    if kind == "promoter-withdrawals":
        return "GET", f"{API}/me/promoter/withdrawals", headers, None
    if kind == "promoter-withdraw":
        return "POST", f"{API}/me/promoter/withdrawals", headers, {"amount": 1, "real_name": "张三"}
    if kind == "promoter-apply":
        return "POST", f"{API}/me/promoter/apply", headers, {"real_name": "张三"}
    if kind == "group-list":
        return "GET", f"{API}/group-buys", headers, None
    if kind == "group-detail":
        return "GET", f"{API}/group-buys/{spec['group_offer_id']}", headers, None
    if kind == "me-groups":
        return "GET", f"{API}/me/groups", headers, None
    if kind == "group-open":
        headers["Idempotency-Key"] = str(uuid.uuid4())
        body = {"address_id": member["address_id"], "product_id": spec["group_variant"]}
        return "POST", f"{API}/group-buys/{spec['group_offer_id']}/orders", headers, body
    if kind == "group-quote":
        body = {"address_id": member["address_id"], "product_id": spec["group_variant"]}
        return "POST", f"{API}/group-buys/{spec['group_offer_id']}/quote", headers, body
    if kind == "flash-buy":
        headers["Idempotency-Key"] = str(uuid.uuid4())
        body = {"product_id": spec["flash_variant"], "qty": 1, "address_id": member["address_id"]}
        return "POST", f"{API}/flash-sales/{spec['flash_sale']}/orders", headers, body
    if kind == "cart-add":
        # 10 products per member's cart (a cart holds at most 50 lines, 99 of each)
        variants = spec["variants"]
        variant = variants[(client * 7 + seq % CART_SPREAD) % len(variants)]
        return "POST", f"{API}/cart/lines", headers, {"product_id": variant, "qty": 1}
    headers["Idempotency-Key"] = str(uuid.uuid4())
    if kind in ("order-many", "quote"):
        variants = spec["variants"]
        variant = variants[(client * 7 + seq) % len(variants)]
    else:
        variant = spec["hot_variant"]
    body = {"address_id": member["address_id"], "lines": [{"product_id": variant, "qty": 1}]}
    if kind == "quote":
        return "POST", f"{API}/orders/quote", headers, body
    return "POST", f"{API}/orders", headers, body


def classify(spec, response):
    """'ok', 'refused' (409 out_of_stock on the hot SKU) or 'error'."""
    kind = spec["scenario"]
    status = response.status_code
    if kind.startswith("order"):
        if status == 201:
            return "ok"
        if kind == "order-hot" and status == 409:
            try:
                if response.json()["error"]["code"] == "out_of_stock":
                    return "refused"
            except (ValueError, KeyError, TypeError):
                pass
        return "error"
    if kind in ("promoter-withdraw", "promoter-apply"):
        if status == 201:
            return "ok"
        refusals = ("insufficient_balance", "already_promoter", "application_pending")
        return "refused" if status == 409 and error_code(response) in refusals else "error"
    if kind == "flash-buy":
        if status == 201:
            return "ok"
        if status == 409 and error_code(response) == "flash_sold_out":
            return "refused"
        return "error"
    if kind in ("cart-add", "coupon-claim", "group-open", "points-mall-order", "lottery-register"):
        return "ok" if status in (200, 201) else "error"
    if kind == "identity-verify":
        return "refused" if error_code(response) == "identity_mismatch" else "error"
    if status != 200:
        return "error"
    if kind == "jsonrpc-list":
        try:
            if "error" in response.json():
                return "error"
        except ValueError:
            return "error"
    return "ok"


def exception_name(exc):
    """``ConnectionError (ConnectionResetError)``: the class and its innermost cause."""
    causes = re.findall(r"(\w+(?:Error|Disconnected|Timeout))\(", repr(exc))
    name = type(exc).__name__
    return f"{name} ({causes[-1]})" if causes and causes[-1] != name else name


def error_code(response):
    try:
        return response.json()["error"]["code"]
    except (ValueError, KeyError, TypeError):
        return ""


def run_clients(spec, clients, start_at, stop_at):
    """Run ``clients`` (client indexes) as threads; one Session each."""
    results = []
    lock = threading.Lock()

    def client_loop(client):
        http = http_session()
        base = spec["url"]
        out = {"lat": [], "ok": 0, "refused": 0, "error": 0, "statuses": {}, "ok_times": []}
        seq = 0
        # untimed warm-up request: the connection is open before the clock starts
        try:
            method, path, headers, body = build_request(spec, client, seq)
            if not spec["scenario"].startswith("order") and spec["scenario"] != "flash-buy":
                http.request(method, base + path, headers=headers, json=body, timeout=60)
        except requests.RequestException:
            pass
        delay = start_at - time.time()
        if delay > 0:
            time.sleep(delay)
        while time.time() < stop_at:
            seq += 1
            method, path, headers, body = build_request(spec, client, seq)
            began = time.perf_counter()
            try:
                response = http.request(method, base + path, headers=headers, json=body, timeout=60)
                kind = classify(spec, response)
                status = response.status_code
                if status >= 300:
                    status = f"{status} {error_code(response)}".rstrip()
            except requests.RequestException as exc:
                kind, status = "error", exception_name(exc)
            elapsed = time.perf_counter() - began
            out["lat"].append(elapsed)
            out[kind] += 1
            out["statuses"][str(status)] = out["statuses"].get(str(status), 0) + 1
            if kind == "ok":
                out["ok_times"].append(time.time() - start_at)
        out["end"] = time.time()
        with lock:
            results.append(out)

    threads = [threading.Thread(target=client_loop, args=(c,)) for c in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def run_cell(spec, concurrency, duration):
    """Load the server with ``concurrency`` clients for ``duration`` seconds."""
    processes = min(PROCESSES, concurrency)
    groups = [list(range(p, concurrency, processes)) for p in range(processes)]
    start_at = time.time() + 1.5  # time for the children to start and warm up
    stop_at = start_at + duration
    context = multiprocessing.get_context("fork")
    with concurrent.futures.ProcessPoolExecutor(processes, mp_context=context) as pool:
        futures = [pool.submit(run_clients, spec, group, start_at, stop_at) for group in groups]
        outs = [out for future in futures for out in future.result()]
    latencies = sorted(lat for out in outs for lat in out["lat"])
    end = max(out["end"] for out in outs)
    statuses = {}
    for out in outs:
        for status, count in out["statuses"].items():
            statuses[status] = statuses.get(status, 0) + count
    ok_times = sorted(t for out in outs for t in out["ok_times"])
    return {
        "requests": len(latencies),
        "elapsed": end - start_at,
        "rps": len(latencies) / (end - start_at),
        "p50": percentile(latencies, 50) * 1000,
        "p99": percentile(latencies, 99) * 1000,
        "ok": sum(out["ok"] for out in outs),
        "refused": sum(out["refused"] for out in outs),
        "errors": sum(out["error"] for out in outs),
        "statuses": statuses,
        "ok_times": ok_times,
    }


def percentile(values, pct):
    if not values:
        return float("nan")
    index = max(0, min(len(values) - 1, math.ceil(pct / 100 * len(values)) - 1))
    return values[index]


# the run -------------------------------------------------------------------------


def probe(fixture, spec):
    """Why the scenario cannot be measured (its route answers 404/405), else None."""
    kind = spec["scenario"]
    if kind in fixture.missing:
        return fixture.missing[kind]
    if kind in ("order-hot",) and not fixture.hot_variant:
        return "n/a (no storable product for the hot SKU)"
    if kind.startswith("flash") and not fixture.has_model("mall.flash.sale"):
        return "n/a (mall_flash_sale is not installed)"
    if kind == "flash-buy":
        return None
    if kind == "product-reviews":
        # a missing route and an unknown product both answer 404: ask the schema
        paths = fixture.http.get(f"{fixture.url}{API}/openapi.json", timeout=60).json()["paths"]
        if "/products/{product_id}/reviews" not in paths:
            return "n/a (mall_review is not installed)"
        return None
    if kind not in MEMBER_ROUTES:
        return None
    if kind.startswith("order"):
        # a real request would place an order: ask with an empty body instead
        # (a route answers 422, a missing one 404/405)
        method, path = "POST", f"{API}/orders"
        r = fixture.http.post(
            fixture.url + path,
            json={},
            headers={"Authorization": f"Bearer {fixture.members[0]['token']}"},
            timeout=60,
        )
    else:
        method, path, headers, body = build_request(spec, 0, 0)
        r = fixture.http.request(method, fixture.url + path, headers=headers, json=body, timeout=60)
    if r.status_code in (404, 405):
        return f"n/a (route missing: {method} {path} {r.status_code})"
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--keep",
        action="store_true",
        help="keep the cluster (.local/pg-bench) and database (mall_bench); reuse them next run",
    )
    parser.add_argument(
        "--db", help="database to use and keep, like --keep (updated when it exists)"
    )
    parser.add_argument(
        "--no-update",
        action="store_true",
        help="reuse an existing database as it is (default: update mall_api, mall_demo in it)",
    )
    parser.add_argument(
        "--duration", type=float, default=8.0, help="seconds per cell (default %(default)s)"
    )
    parser.add_argument(
        "--concurrency", default="1,8,32", help="concurrency levels (default %(default)s)"
    )
    parser.add_argument(
        "--scenarios",
        default=",".join(SCENARIOS),
        help="scenarios to run, comma-separated (default: all)",
    )
    parser.add_argument(
        "--db-filter",
        action="store_true",
        help="also pass --db-filter (Odoo then lists the databases on every sessionless request)",
    )
    parser.add_argument("--workers", type=int, default=2, help="Odoo workers (default 2)")
    parser.add_argument(
        "--nginx",
        action="store_true",
        help="load Odoo through Debian's nginx with docker/nginx.conf.template (as in production)",
    )
    parser.add_argument(
        "--hot-stock",
        type=int,
        default=0,
        help="stock S of the hot SKU per cell (default: half of what order-many placed)",
    )
    parser.add_argument(
        "--flash-allotment",
        type=int,
        default=0,
        help="allotment A of the flash SKU per cell (default: 40 x duration)",
    )
    args = parser.parse_args()
    levels = [int(c) for c in args.concurrency.split(",")]
    scenarios = [s for s in args.scenarios.split(",") if s]
    unknown = set(scenarios) - set(SCENARIOS)
    if unknown:
        parser.error(f"unknown scenarios: {', '.join(sorted(unknown))}")
    started = time.monotonic()

    env = Environment(args)

    def interrupted(signum, _frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupted)
    rows = []
    hot = {}
    flash = {}
    load_before = os.getloadavg()[0]
    try:
        env.setup_database()
        env.start_simulator()
        env.start_odoo()
        fixture = Fixture(env, max(levels))
        fixture.prepare()
        common = {
            "url": env.url,
            "templates": fixture.templates,
            "variants": fixture.variants,
            "hot_variant": fixture.hot_variant,
            "coupon_id": fixture.coupon_id,
            "share_scene": fixture.share_scene,
            "group_offer_id": fixture.group_offer_id,
            "group_variant": fixture.group_variant,
            "campaign_id": fixture.campaign_id,
            "members": fixture.members,
            "points_mall_templates": fixture.points_mall_templates,
            "points_mall_variant": fixture.points_mall_variant,
            "identity_tokens": fixture.identity_tokens,
            "rpc_sessions": fixture.rpc_sessions,
        }
        say(
            f"load: {', '.join(scenarios)} at concurrency {args.concurrency}, "
            f"{args.duration:g} s per cell"
        )
        placed = {}
        for scenario in scenarios:
            spec = dict(common, scenario=scenario)
            if scenario == "lottery-register":
                spec["lottery_ids"] = fixture.create_lotteries(1)
            why = probe(fixture, spec)
            if why:
                say(f"{scenario}: {why}")
                rows.append({"scenario": scenario, "concurrency": "-", "na": why})
                continue
            for concurrency in levels:
                note = ""
                if scenario == "order-hot":
                    stock = args.hot_stock or max(
                        20, int(placed.get(concurrency, 40 * args.duration) / 2)
                    )
                    try:
                        fixture.reset_hot_stock(stock)
                    except BenchError as exc:
                        why = f"n/a (could not set the hot SKU's stock: {exc})"
                        say(f"{scenario}: {why}")
                        rows.append({"scenario": scenario, "concurrency": concurrency, "na": why})
                        continue
                    before, _orders = fixture.hot_sold_in_db()
                if scenario == "lottery-register":
                    count = int(args.duration * LOTTERY_BATCH_RATE / concurrency) + 20
                    say(f"{scenario}: {count} lotteries with a window open now")
                    spec["lottery_ids"] = fixture.create_lotteries(count)
                if scenario == "flash-buy":
                    allotment = args.flash_allotment or int(40 * args.duration)
                    spec["flash_sale"], spec["flash_variant"] = fixture.create_flash_sale(allotment)
                cell = run_cell(spec, concurrency, args.duration)
                if scenario == "lottery-register":
                    # closed: the lottery cron of the server no longer follows them
                    fixture.close_lotteries(spec["lottery_ids"])
                if scenario == "order-many":
                    placed[concurrency] = cell["ok"]
                if scenario == "order-hot":
                    after, _orders = fixture.hot_sold_in_db()
                    sold_db = after - before
                    oversold = max(0, cell["ok"] - stock)
                    oversold_db = max(0, sold_db - stock)
                    last = cell["ok_times"][-1] if cell["ok_times"] else cell["elapsed"]
                    rate = cell["ok"] / last if last > 0 and cell["ok"] else 0.0
                    hot[concurrency] = {
                        "stock": stock,
                        "placed": cell["ok"],
                        "refused": cell["refused"],
                        "oversold": oversold,
                        "oversold_db": oversold_db,
                        "sold_db": sold_db,
                        "rate": rate,
                    }
                    note = (
                        f"S={stock}: placed {cell['ok']} ({rate:.1f}/s while stock lasted), "
                        f"refused {cell['refused']}, oversold {oversold} (db: {oversold_db})"
                    )
                elif scenario == "flash-buy":
                    taken_db, sold_db = fixture.flash_sold_in_db(spec["flash_sale"])
                    fixture.end_flash_sale(spec["flash_sale"])
                    last = cell["ok_times"][-1] if cell["ok_times"] else cell["elapsed"]
                    rate = cell["ok"] / last if last > 0 and cell["ok"] else 0.0
                    flash[concurrency] = {
                        "allotment": allotment,
                        "taken": cell["ok"],
                        "oversold": max(0, cell["ok"] - allotment),
                        "oversold_db": max(0, taken_db - allotment, sold_db - allotment),
                        "rate": rate,
                        "p99": cell["p99"],
                    }
                    note = (
                        f"A={allotment}: taken {cell['ok']} ({rate:.1f}/s while it lasted), "
                        f"refused {cell['refused']}, oversold {flash[concurrency]['oversold']} "
                        f"(db: {taken_db} flash orders, sold {sold_db}, oversold "
                        f"{flash[concurrency]['oversold_db']})"
                    )
                elif scenario.startswith("order"):
                    note = f"placed {cell['ok']}"
                if cell["errors"]:
                    shown = {
                        s: n
                        for s, n in cell["statuses"].items()
                        if s not in ("200", "201", "409 out_of_stock", "409 flash_sold_out")
                    }
                    note = (note + "; " if note else "") + f"statuses {shown}"
                rows.append(dict(cell, scenario=scenario, concurrency=concurrency, note=note))
                say(
                    f"{scenario} x{concurrency}: {cell['requests']} requests, "
                    f"{cell['rps']:.1f}/s, p50 {cell['p50']:.1f} ms, p99 {cell['p99']:.1f} ms, "
                    f"{cell['errors']} errors {note}"
                )
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        env.teardown()
        return 130
    except BenchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        env.teardown()
        return 2
    except BaseException:
        env.teardown()
        raise
    load_after = os.getloadavg()[0]
    env.teardown()
    if not (args.keep or args.db):
        shutil.rmtree(env.run_dir, ignore_errors=True)  # logs stay only after a failure
    report(rows, hot, levels, args, time.monotonic() - started, (load_before, load_after), flash)
    return 0


def report(rows, hot, levels, args, seconds, load, flash=None):
    print()
    print(
        f"storefront API vs Odoo baselines, --workers={args.workers}, "
        f"{'through nginx, ' if args.nginx else ''}"
        f"{args.duration:g} s per cell, {os.cpu_count()} CPUs, run {seconds / 60:.1f} min, "
        f"load average {load[0]:.1f} before the load, {load[1]:.1f} after"
    )
    print("| scenario | concurrency | requests | req/s | p50 ms | p99 ms | errors | notes |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for row in rows:
        if "na" in row:
            print(f"| {row['scenario']} | {row['concurrency']} | | | | | | {row['na']} |")
            continue
        print(
            f"| {row['scenario']} | {row['concurrency']} | {row['requests']} | {row['rps']:.1f} "
            f"| {row['p50']:.1f} | {row['p99']:.1f} | {row['errors']} | {row['note']} |"
        )
    print()
    cells = {(r["scenario"], r["concurrency"]): r for r in rows if "na" not in r}
    verdicts = []
    at = 8 if 8 in levels else levels[-1]
    lst, rpc, health = (cells.get((s, at)) for s in ("product-list", "jsonrpc-list", "health"))
    if lst and rpc:
        ok = lst["p50"] <= TARGET_LIST_VS_JSONRPC * rpc["p50"]
        verdicts.append(
            f"product-list p50 <= {TARGET_LIST_VS_JSONRPC:g} x jsonrpc-list p50 at {at}: "
            f"{lst['p50']:.1f} vs {rpc['p50']:.1f} ms "
            f"(ratio {lst['p50'] / rpc['p50']:.2f}) -> {'MET' if ok else 'NOT MET'}"
        )
    if lst and health:
        ok = lst["p50"] <= TARGET_LIST_VS_HEALTH * health["p50"]
        verdicts.append(
            f"product-list p50 <= {TARGET_LIST_VS_HEALTH:g} x health p50 at {at}: "
            f"{lst['p50']:.1f} vs {health['p50']:.1f} ms "
            f"(ratio {lst['p50'] / health['p50']:.2f}) -> {'MET' if ok else 'NOT MET'}"
        )
    member_list = cells.get(("member-product-list", at))
    if member_list and health:
        # issue #15: member prices keep the list fast
        ok = member_list["p50"] <= TARGET_LIST_VS_HEALTH * health["p50"]
        verdicts.append(
            f"member-product-list p50 <= {TARGET_LIST_VS_HEALTH:g} x health p50 at {at}: "
            f"{member_list['p50']:.1f} vs {health['p50']:.1f} ms "
            f"(ratio {member_list['p50'] / health['p50']:.2f}) -> {'MET' if ok else 'NOT MET'}"
        )
    lottery = cells.get(("lottery-register", at))
    if lottery and health:
        ok = lottery["rps"] >= TARGET_LOTTERY_VS_HEALTH * health["rps"]
        verdicts.append(
            f"lottery-register req/s >= {TARGET_LOTTERY_VS_HEALTH:g} x health req/s at {at}: "
            f"{lottery['rps']:.1f} vs {health['rps']:.1f} "
            f"(ratio {lottery['rps'] / health['rps']:.2f}) -> {'MET' if ok else 'NOT MET'}"
        )
    top = max(levels)
    if top in hot:
        h = hot[top]
        ok = h["rate"] >= TARGET_HOT_RATE and h["oversold"] == 0 and h["oversold_db"] == 0
        verdicts.append(
            f"order-hot at {top}: {h['rate']:.1f} placed orders/s (target >= {TARGET_HOT_RATE:g}), "
            f"oversold {h['oversold']} (database: {h['oversold_db']}) -> "
            f"{'MET' if ok else 'NOT MET'}"
        )
    else:
        verdicts.append(f"order-hot at {top}: not measured -> UNKNOWN")
    if flash and top in flash:
        f = flash[top]
        ok = f["rate"] >= TARGET_FLASH_RATE and f["oversold"] == 0 and f["oversold_db"] == 0
        verdicts.append(
            f"flash-buy at {top}: {f['rate']:.1f} accepted orders/s "
            f"(target >= {TARGET_FLASH_RATE:g}), p99 {f['p99']:.1f} ms, oversold "
            f"{f['oversold']} (database: {f['oversold_db']}) -> {'MET' if ok else 'NOT MET'}"
        )
    oversold = sum(h["oversold"] for h in hot.values())
    oversold_db = sum(h["oversold_db"] for h in hot.values())
    print("targets:")
    for line in verdicts:
        print(f"  {line}")
    if hot:
        print(
            f"oversold (all order-hot cells): {oversold} by responses, "
            f"{oversold_db} in the database"
        )
    else:
        print("oversold: not measured (order-hot n/a)")


if __name__ == "__main__":
    sys.exit(main())
