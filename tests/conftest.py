"""Fixtures for the cross-addon tests: a real Odoo server over HTTP.

scripts/test installs the suite into a database and exports:
  MALL_ODOO_CONF   the Odoo config it wrote (addons path, PostgreSQL, data dir)
  MALL_TEST_DB     a copy of that database for these tests
  ODOO_BIN, ODOO_PYTHON, ODOO_PYTHONPATH
These tests only speak HTTP to the server they start: they import no Odoo.
"""

import os
import socket
import subprocess
import sys
import time

import pytest
import requests

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class OdooServer:
    def __init__(self, url, db, process, log_path):
        self.url = url
        self.db = db
        self.process = process
        self.log_path = log_path

    def session(self, login="admin", password="admin"):
        """A requests session logged in to the web client."""
        s = requests.Session()
        r = s.post(
            f"{self.url}/web/session/authenticate",
            json={
                "jsonrpc": "2.0",
                "params": {"db": self.db, "login": login, "password": password},
            },
            timeout=30,
        )
        r.raise_for_status()
        body = r.json()
        if body.get("error") or not body["result"].get("uid"):
            raise AssertionError(f"login as {login} failed: {body}")
        return s

    def call(self, session, model, method, *args, **kwargs):
        r = session.post(
            f"{self.url}/web/dataset/call_kw/{model}/{method}",
            json={
                "jsonrpc": "2.0",
                "params": {"model": model, "method": method, "args": list(args), "kwargs": kwargs},
            },
            timeout=60,
        )
        r.raise_for_status()
        return r.json()


def start_odoo(name="http-tests-server", extra_args=(), extra_env=None):
    """Start an Odoo server on the tests' database: ``(OdooServer, stop)``.

    ``extra_args`` are more command-line options (e.g. ``--db_maxconn``),
    ``extra_env`` more environment variables (e.g. ``ODOO_MAX_HTTP_THREADS``);
    its log is ``<run dir>/<name>.log``."""
    conf = os.environ.get("MALL_ODOO_CONF")
    db = os.environ.get("MALL_TEST_DB")
    if not (conf and db):
        pytest.skip("run through scripts/test: MALL_ODOO_CONF and MALL_TEST_DB are not set")
    port = _free_port()
    run_dir = os.environ.get("MALL_RUN_DIR") or os.path.join(REPO, ".local", "logs")
    log_path = os.path.join(run_dir, f"{name}.log")
    env = dict(os.environ, **(extra_env or {}))
    if env.get("ODOO_PYTHONPATH"):
        env["PYTHONPATH"] = env["ODOO_PYTHONPATH"] + os.pathsep + env.get("PYTHONPATH", "")
    python = env.get("ODOO_PYTHON", sys.executable)
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            [
                python,
                env["ODOO_BIN"],
                "-c",
                conf,
                "-d",
                db,
                "--db-filter",
                f"^{db}$",
                "--http-interface",
                "127.0.0.1",
                "--http-port",
                str(port),
                "--max-cron-threads",
                "0",
                "--log-level",
                "warn",
                *extra_args,
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 120
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"Odoo exited at start, see {log_path}")
        try:
            if requests.get(f"{url}/web/health", timeout=10).status_code == 200:
                break
        except requests.RequestException:
            pass
        if time.time() > deadline:
            process.kill()
            raise RuntimeError(f"Odoo did not answer within 120 s, see {log_path}")
        time.sleep(0.5)

    def stop():
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()

    return OdooServer(url, db, process, log_path), stop


@pytest.fixture(scope="session")
def odoo_server():
    server, stop = start_odoo()
    yield server
    stop()
