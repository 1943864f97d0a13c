"""Property-based run over the storefront's OpenAPI document (schemathesis).

The schema is read from the running server's ``/mall/v1/openapi.json`` and
every operation it lists (all paths, all methods) is run: routes added to the
app later are covered without being named here. Three passes:

- ``test_every_operation_as_a_shopper``: a shopper logged in once through the
  WeChat simulator sends ``Authorization: Bearer <token>`` on every call;
  schemathesis' *examples* (the schema's own) and *coverage* cases
  (deterministic: boundary and invalid values of every parameter and body
  property, missing required ones, methods the path does not document).
- ``test_every_operation_fuzzed_as_a_shopper``: ``MAX_EXAMPLES`` random valid
  inputs per operation, same token. Only valid ones: hypothesis needs ~0.3 s
  of CPU per invalid input (measured), the coverage cases hold the invalid
  input.
- ``test_every_operation_fuzzed_without_a_token``: ``ANONYMOUS_MAX_EXAMPLES``
  random valid and invalid inputs, no token (or a generated, wrong one).

The run is reproducible: ``derandomize``, a fixed schemathesis seed, no
example database, no shrinking (a failure shows the request as a curl
command). The login rate limit and the order rate limits
(``mall_api.login_rate_limit``, ``mall_api.order_rate_limit``,
``mall_api.order_ip_rate_limit``) are set to 0 for the run and restored
afterwards, as is the company's mini-program app (pointed at the simulator).
Measured on the 2-core machine with the 6 operations of the first slice:
about 80 s for the file (20 s of it starting Odoo), ~6 s per operation.

Checks on every response:

- ``not_a_server_error``: no 5xx.
- ``status_code_conformance``: the status is documented for the operation
  (every mall route documents 400/401/404/422/429 through ``ERROR_RESPONSES``
  of ``mall_api/routers/common.py``; a route answering e.g. 403, 409 or 503
  must document it).
- ``content_type_conformance``, ``response_headers_conformance`` and
  ``response_schema_conformance``: the body and headers are the documented
  ones (the error bodies too: ``ErrorResponse``).
- ``negative_data_rejection``: input that violates the schema is refused with
  a 4xx (schemathesis' default list: 400, 401, 403, 404, 406, 422, 428).
- ``missing_required_header`` and ``unsupported_method``: a missing required
  header is refused, an undocumented method is 405 with ``Allow``.
- ``ignored_auth`` (the pass without a token): an operation that declares the
  bearer token never succeeds without it or with a generated one.
- ``error_shape`` (here): every non-2xx body is exactly
  ``{"error": {"code": str, "message": str}}``.
- ``no_write_on_refusal`` (here): after a response >= 400, nothing changed in
  the database. Requests are sequential and the server runs no cron, so a
  snapshot (``count(*)``, ``max(write_date)``) of the tables a shopper's
  request may touch (``TRACKED_TABLES``; those not installed are skipped),
  read with psycopg2 right before and right after the call, must be equal.

Left out: ``positive_data_acceptance`` (schema-valid input must be 2xx, 401,
403, 404 or 409): a storefront rightly refuses some schema-valid input with
400 (a business rule, e.g. not enough stock) or 422 (a nickname of blanks,
stripped to nothing), which the OpenAPI document cannot express.

Afterwards ``test_no_traceback_in_server_log`` reads what the server appended
to its log during the run: expected 4xx are logged without a traceback (at
INFO, below the test server's ``warn``), so any traceback or ERROR line is a
failure.
"""

import configparser
import os
import re
import secrets
import time

import pytest
import requests

schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, Phase, settings  # noqa: E402
from schemathesis import GenerationMode  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.config._checks import MissingRequiredHeaderConfig  # noqa: E402
from schemathesis.specs.openapi.checks import (  # noqa: E402
    content_type_conformance,
    ignored_auth,
    missing_required_header,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
    unsupported_method,
)

try:
    from tests.wechat_simulator.client import Simulator
except ImportError:  # run from inside tests/
    from wechat_simulator.client import Simulator

API = "/mall/v1"
MAX_EXAMPLES = 12
ANONYMOUS_MAX_EXAMPLES = 3
SEED = 20261122
TIMEOUT = 30
# what a shopper's request may write
TRACKED_TABLES = (
    "res_partner",
    "sale_order",
    "sale_order_line",
    "mall_stock_hold",
    "payment_transaction",
    "mail_message",
    "mall_after_sale",
    "mall_after_sale_line",
    "mall_service_contact",
    "mall_coupon",
    "loyalty_card",
    "mall_points_line",
    "mall_points_account",
    "mall_review",
    "ir_attachment",
    "mall_share",
    "mall_share_open",
    "mall_share_invite",
    "mall_promoter",
    "mall_commission_line",
    "mall_withdrawal",
    "payment_wechatpay_transfer",
    "mall_group_offer",
    "mall_group",
    "mall_group_member",
    "mall_flash_order",
    "mall_flash_sale_line",
    "mall_flash_claim",
    "mall_coin_line",
    "mall_coin_account",
    "mall_coin_allocation",
    "mall_identity",
    "mall_identity_reveal_log",
    "mall_lottery_registration",
    "mall_attribution_log",
    "mall_campaign_gift",
)
# turned off for the run (0 = no limit), restored afterwards
RATE_LIMIT_PARAMS = (
    "mall_api.login_rate_limit",
    "mall_api.order_rate_limit",
    "mall_api.order_ip_rate_limit",
    "mall_api.coupon_rate_limit",
    "mall_after_sale.request_rate_limit",
    "mall_review.post_rate_limit",
    "mall_identity.verify_rate_limit",
)
# these operations end the token they are sent with: each call gets a token
# of its own (a new login), so that the shopper's token stays valid
TOKEN_ENDING_OPERATIONS = {("POST", "/auth/logout")}
COMPANY_WECHAT_FIELDS = ("wechat_mp_appid", "wechat_mp_secret", "wechat_mp_api_base_url")


class Database:
    """A direct connection to the test database, to see what a request wrote."""

    def __init__(self, conf_path, dbname):
        import psycopg2

        parser = configparser.RawConfigParser()
        parser.read(conf_path)

        def option(key):
            value = parser.get("options", key, fallback=None)
            return None if value in (None, "", "False", "None") else value

        kwargs = {"dbname": dbname}
        for key in ("host", "port", "user", "password"):
            if option(f"db_{key}"):
                kwargs[key] = option(f"db_{key}")
        self.conn = psycopg2.connect(**kwargs)
        self.conn.autocommit = True
        with self.conn.cursor() as cr:
            cr.execute(
                "SELECT relname FROM pg_class WHERE relkind = 'r' AND relname = ANY(%s)",
                [list(TRACKED_TABLES)],
            )
            present = {name for (name,) in cr.fetchall()}
        self.tables = [t for t in TRACKED_TABLES if t in present]
        self.query = " UNION ALL ".join(
            f"SELECT '{t}', count(*), max(write_date) FROM {t}" for t in self.tables
        )

    def snapshot(self):
        """``{table: (rows, last write_date)}``."""
        with self.conn.cursor() as cr:
            cr.execute(self.query)
            return {table: (count, last) for table, count, last in cr.fetchall()}

    def wait_for_jobs(self, timeout=30):
        """Until no queue job is waiting or running: what a login queued (the
        new-member gift) is written before a snapshot is taken, not during
        the request it would be blamed on."""
        deadline = time.monotonic() + timeout
        with self.conn.cursor() as cr:
            while True:
                cr.execute(
                    "SELECT count(*) FROM queue_job"
                    " WHERE state IN ('pending', 'enqueued', 'started')"
                )
                if not cr.fetchone()[0] or time.monotonic() > deadline:
                    return
                time.sleep(0.05)

    def close(self):
        self.conn.close()


@pytest.fixture(scope="module")
def sim():
    simulator = Simulator.start()
    yield simulator
    simulator.stop()


@pytest.fixture(scope="module")
def fuzz(odoo_server, sim):
    """The storefront pointed at the simulator, rate limits off, one shopper
    logged in, the database connection and where the server log stood."""
    admin = odoo_server.session()

    def call(model, method, *args, **kwargs):
        result = odoo_server.call(admin, model, method, *args, **kwargs)
        assert not result.get("error"), result
        return result["result"]

    found = call(
        "ir.model.data",
        "search_read",
        [["module", "=", "mall_api"], ["name", "=", "mall_api_endpoint"]],
        ["res_id"],
    )
    if not found:
        pytest.skip("mall_api is not installed in this database")
    (endpoint,) = call("fastapi.endpoint", "read", [found[0]["res_id"]], ["company_id"])
    company_id = endpoint["company_id"][0]
    (company_before,) = call("res.company", "read", [company_id], list(COMPANY_WECHAT_FIELDS))
    params_before = {
        key: call("ir.config_parameter", "get_param", key) for key in RATE_LIMIT_PARAMS
    }

    appid = "wx" + secrets.token_hex(8)
    secret = secrets.token_hex(16)
    sim.add_app(appid, secret)
    call(
        "res.company",
        "write",
        [company_id],
        {
            "wechat_mp_appid": appid,
            "wechat_mp_secret": secret,
            "wechat_mp_api_base_url": sim.base_url,
        },
    )
    for key in RATE_LIMIT_PARAMS:
        call("ir.config_parameter", "set_param", key, "0")
    # real names (mall_identity): checked by the simulator's name + ID number service
    identity_fields = call(
        "ir.model.fields",
        "search_count",
        [["model", "=", "res.company"], ["name", "=", "mall_identity_provider"]],
    )
    if identity_fields:
        call(
            "res.company",
            "write",
            [company_id],
            {
                "mall_identity_provider": "idv_http",
                "mall_identity_api_url": sim.base_url,
                "mall_identity_api_appcode": "schemathesis",
            },
        )

    http = requests.Session()
    http.trust_env = False
    url = odoo_server.url + API

    db = Database(os.environ["MALL_ODOO_CONF"], odoo_server.db)

    def new_token():
        code = sim.add_code(appid, "o" + secrets.token_hex(12))
        r = http.post(f"{url}/auth/login", json={"code": code}, timeout=TIMEOUT)
        assert r.status_code == 200, r.text
        db.wait_for_jobs()
        return r.json()["token"]

    token = new_token()
    log_offset = os.path.getsize(odoo_server.log_path)
    yield {
        "url": url,
        "http": http,
        "auth": {"Authorization": f"Bearer {token}"},
        "new_token": new_token,
        "db": db,
        "log_path": odoo_server.log_path,
        "log_offset": log_offset,
    }
    db.close()
    for key, value in params_before.items():
        call("ir.config_parameter", "set_param", key, value or False)
    call(
        "res.company",
        "write",
        [company_id],
        {field: company_before[field] or False for field in COMPANY_WECHAT_FIELDS},
    )


def _load_schema(fuzz, headers=None, modes=None):
    config = schemathesis.Config(seed=SEED)
    schema = schemathesis.openapi.from_url(f"{fuzz['url']}/openapi.json", config=config)
    schema.config.update(base_url=fuzz["url"], headers=headers, request_timeout=TIMEOUT)
    if modes:
        schema.config.generation.modes = modes
    # a missing required header (Idempotency-Key) is invalid input: FastAPI
    # answers 422 like for any other parameter (schemathesis expects 406)
    schema.config.checks.missing_required_header = MissingRequiredHeaderConfig(
        expected_statuses=[400, 422]
    )
    return schema


@pytest.fixture(scope="module")
def shopper_schema(fuzz):
    """Valid and invalid input, with the shopper's token."""
    return _load_schema(fuzz, headers=fuzz["auth"])


@pytest.fixture(scope="module")
def shopper_valid_schema(fuzz):
    """Only valid input, with the shopper's token."""
    return _load_schema(fuzz, headers=fuzz["auth"], modes=[GenerationMode.POSITIVE])


@pytest.fixture(scope="module")
def anonymous_schema(fuzz):
    """Valid and invalid input, no token."""
    return _load_schema(fuzz)


def error_shape(ctx, response, case):
    """Every non-2xx answer is ``{"error": {"code": str, "message": str}}``."""
    if 200 <= response.status_code < 300:
        return None
    try:
        body = response.json()
    except ValueError:
        body = None
    error = body.get("error") if isinstance(body, dict) else None
    assert (
        isinstance(body, dict)
        and set(body) == {"error"}
        and isinstance(error, dict)
        and set(error) == {"code", "message"}
        and isinstance(error["code"], str)
        and isinstance(error["message"], str)
    ), (
        f"{response.status_code} is not the mall's error shape "
        f'{{"error": {{"code", "message"}}}}: {response.text[:500]!r}'
    )
    return None


def no_write_on_refusal(before, after):
    def no_write_on_refusal(ctx, response, case):
        """A refused request (>= 400) changed nothing in the database."""
        if response.status_code < 400:
            return None
        changed = {
            table: {"before": before.get(table), "after": after.get(table)}
            for table in set(before) | set(after)
            if before.get(table) != after.get(table)
        }
        assert not changed, (
            f"{response.status_code} refused the request but the database changed "
            f"(rows, last write_date): {changed}"
        )
        return None

    return no_write_on_refusal


CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    negative_data_rejection,
    missing_required_header,
    unsupported_method,
    error_shape,
]


def _sendable(case):
    """Whether HTTP can carry the case's headers (latin-1 values). The
    coverage phase makes some that it cannot for routes whose bearer token is
    optional (the catalogue's), in the ``Accept-Language`` header; requests
    refuses to send them, so there is nothing to check."""
    for value in (case.headers or {}).values():
        try:
            str(value).encode("latin-1")
        except UnicodeEncodeError:
            return False
    return True


def _call_and_check(case, fuzz, headers=None, checks=()):
    db = fuzz["db"]
    if not _sendable(case):
        return
    if headers and (case.method.upper(), case.path) in TOKEN_ENDING_OPERATIONS:
        headers = {"Authorization": f"Bearer {fuzz['new_token']()}"}
        if (case.headers or {}).get("Authorization") == fuzz["auth"]["Authorization"]:
            case.headers = {**case.headers, **headers}
    before = db.snapshot()
    response = case.call(session=fuzz["http"], timeout=TIMEOUT)
    after = db.snapshot()
    case.validate_response(
        response,
        checks=[*CHECKS, *checks, no_write_on_refusal(before, after)],
        # the token is ours, not a generated one
        headers=headers,
        transport_kwargs={"timeout": TIMEOUT},
    )


shopper = schemathesis.pytest.from_fixture("shopper_schema")
shopper_valid = schemathesis.pytest.from_fixture("shopper_valid_schema")
anonymous = schemathesis.pytest.from_fixture("anonymous_schema")

SETTINGS = {
    "deadline": None,
    "derandomize": True,
    "database": None,
    "print_blob": False,
    "suppress_health_check": list(HealthCheck),
}


@settings(phases=[Phase.explicit], **SETTINGS)
@shopper.parametrize()
def test_every_operation_as_a_shopper(case, fuzz):
    """The schema's examples and schemathesis' coverage cases (boundaries,
    invalid values, missing parameters, undocumented methods)."""
    _call_and_check(case, fuzz, fuzz["auth"])


@settings(max_examples=MAX_EXAMPLES, phases=[Phase.generate], **SETTINGS)
@shopper_valid.parametrize()
def test_every_operation_fuzzed_as_a_shopper(case, fuzz):
    """Random valid input (generating invalid input is ~10 times slower; the
    coverage cases above hold the invalid input)."""
    _call_and_check(case, fuzz, fuzz["auth"])


@settings(max_examples=ANONYMOUS_MAX_EXAMPLES, phases=[Phase.generate], **SETTINGS)
@anonymous.parametrize()
def test_every_operation_fuzzed_without_a_token(case, fuzz):
    """Random valid and invalid input, no token (or a generated, wrong one):
    an operation that declares the bearer token must refuse it (``ignored_auth``)."""
    _call_and_check(case, fuzz, checks=[ignored_auth])


TRACEBACK = re.compile(r"Traceback \(most recent call last\)|^\S+ \S+ \d+ (ERROR|CRITICAL) ", re.M)


def test_no_traceback_in_server_log(fuzz):
    """The runs above logged no traceback and no error on the server."""
    with open(fuzz["log_path"], encoding="utf-8", errors="replace") as log:
        log.seek(fuzz["log_offset"])
        appended = log.read()
    found = [m.start() for m in TRACEBACK.finditer(appended)]
    assert not found, "the server logged errors during the run:\n" + "\n---\n".join(
        appended[max(start - 200, 0) : start + 1500] for start in found[:5]
    )
