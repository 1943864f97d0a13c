"""A fresh machine: scripts/run installs Odoo 18.0 and PostgreSQL by itself.

In a temporary copy of the repository with an empty .local/, no Odoo in the
usual places and no PostgreSQL binaries on the PATH, scripts/run downloads
Odoo from a local HTTP server (the same download code as GitHub's archive,
pointed there with ODOO_SOURCE), builds the virtualenv (pip's cache makes it
quick), starts the embedded PostgreSQL, creates the demo database and serves
the web client and the storefront API. A second run downloads and installs
nothing. A 404 or a truncated archive leaves nothing half-installed.
"""

import functools
import glob
import http.server
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time

import pytest
import requests

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PG_TOOLS = {
    "psql",
    "initdb",
    "pg_ctl",
    "postgres",
    "pg_config",
    "createdb",
    "dropdb",
    "pg_dump",
    "pg_restore",
    "pg_ctlcluster",
    "pg_lsclusters",
    "pg_createcluster",
    "pg_isready",
}


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _path_without_postgres(bindir):
    """The PATH of this process where no PostgreSQL program can be found."""
    os.makedirs(bindir)
    kept = []
    for folder in os.environ.get("PATH", "").split(os.pathsep):
        if not os.path.isdir(folder):
            continue
        names = os.listdir(folder)
        if not PG_TOOLS.intersection(names):
            kept.append(folder)
            continue
        for name in names:  # e.g. /usr/bin: keep everything but PostgreSQL
            target = os.path.join(bindir, name)
            if name not in PG_TOOLS and not name.startswith("pg_") and not os.path.lexists(target):
                os.symlink(os.path.join(folder, name), target)
    return os.pathsep.join([bindir, *kept])


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def fresh_machine():
    tree = os.environ.get("ODOO_PYTHONPATH")
    if not tree or not os.path.isfile(os.path.join(tree, "odoo-bin")):
        pytest.skip("run through scripts/test with an Odoo source tree (ODOO_PYTHONPATH)")
    work = tempfile.mkdtemp(prefix="mall-fresh-")
    os.chmod(work, 0o755)  # the cluster's unprivileged user reaches its folder inside
    try:
        copy = os.path.join(work, "repo")
        files = (
            subprocess.run(
                ["git", "-C", REPO, "ls-files", "-z", "-c", "-o", "--exclude-standard"],
                check=True,
                capture_output=True,
            )
            .stdout.decode()
            .split("\0")
        )
        for rel in filter(None, files):
            src = os.path.join(REPO, rel)
            if os.path.isfile(src):
                os.makedirs(os.path.dirname(os.path.join(copy, rel)), exist_ok=True)
                shutil.copy2(src, os.path.join(copy, rel))
        served = os.path.join(work, "www")
        os.makedirs(served)
        # the archive as GitHub serves it: one top folder holding the tree
        real = os.path.realpath(tree)
        name = os.path.basename(real)
        subprocess.run(
            [
                "tar",
                "-C",
                os.path.dirname(real),
                "-I",
                "gzip -1",
                "-cf",
                os.path.join(served, "odoo.tar.gz"),
                "--exclude=__pycache__",
                "--exclude=*.pyc",
                "--exclude=.git",
                "--transform",
                f"s,^{name},odoo-18.0-test,",
                name,
            ],
            check=True,
        )
        with open(os.path.join(served, "odoo.tar.gz"), "rb") as f:
            whole = f.read()
        with open(os.path.join(served, "truncated.tar.gz"), "wb") as f:
            f.write(whole[: len(whole) // 2])
        del whole
        server = http.server.ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(_Quiet, directory=served)
        )
        threading.Thread(target=server.serve_forever, daemon=True).start()
        env = {k: v for k, v in os.environ.items() if not k.startswith(("ODOO_", "PG", "MALL_"))}
        env.update(
            PATH=_path_without_postgres(os.path.join(work, "bin")),
            MALL_USUAL_ODOO=os.path.join(work, "no-odoo"),
            MALL_USUAL_VENV=os.path.join(work, "no-venv"),
            MALL_PG_SEARCH="",
            MALL_WORKERS="2",
        )
        yield {"repo": copy, "env": env, "url": f"http://127.0.0.1:{server.server_address[1]}"}
        server.shutdown()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _run_fails(machine, source):
    env = dict(machine["env"], ODOO_SOURCE=source)
    done = subprocess.run(
        [os.path.join(machine["repo"], "scripts", "run")],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    local = os.path.join(machine["repo"], ".local")
    assert done.returncode != 0, done.stdout
    assert not os.path.exists(os.path.join(local, "odoo-18.0")), "a tree was left half-installed"
    assert not os.path.exists(os.path.join(local, "odoo-18.0.unpacking"))
    assert not os.path.exists(os.path.join(local, "venv")), "a venv was made for a missing Odoo"
    assert "ODOO_SOURCE" in done.stderr, done.stderr
    downloads = os.path.join(local, "downloads")
    leftovers = os.listdir(downloads) if os.path.isdir(downloads) else []
    assert not leftovers, f"a bad download was kept: {leftovers}"
    return done.stderr


def _serve(machine, log_path, timeout):
    """Starts scripts/run, waits for the shop, returns (process, ports)."""
    port, sim, gevent = _free_port(), _free_port(), _free_port()
    env = dict(
        machine["env"],
        ODOO_SOURCE=machine["url"] + "/odoo.tar.gz",
        MALL_HTTP_PORT=str(port),
        MALL_SIM_PORT=str(sim),
        MALL_GEVENT_PORT=str(gevent),
    )
    log = open(log_path, "w")  # noqa: SIM115 (closed by _stop)
    process = subprocess.Popen(
        [os.path.join(machine["repo"], "scripts", "run")],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    process.log = log
    deadline = time.monotonic() + timeout
    base = f"http://127.0.0.1:{port}"
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.flush()
            pytest.fail(f"scripts/run stopped ({process.returncode}):\n" + _tail(log_path))
        try:
            login = requests.get(f"{base}/web/login", timeout=5)
            products = requests.get(f"{base}/mall/v1/products", timeout=10)
            if login.status_code == 200 and products.status_code == 200:
                return process, login, products
        except requests.RequestException:
            pass
        time.sleep(2)
    _stop(process)
    pytest.fail("the shop did not answer in time:\n" + _tail(log_path))


def _tail(path):
    with open(path) as f:
        return f.read()[-4000:]


def _stop(process):
    """Ctrl-C, as a person stops it: Odoo, the simulator and the cluster stop."""
    os.killpg(process.pid, signal.SIGINT)
    try:
        process.wait(timeout=90)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    process.log.close()


def test_fresh_machine_gets_the_shop_from_scripts_run(fresh_machine, tmp_path):
    machine = fresh_machine
    # a broken source first: nothing half-installed, and the message says what to do
    message = _run_fails(machine, machine["url"] + "/missing.tar.gz")
    assert "HTTP 404" in message
    message = _run_fails(machine, machine["url"] + "/truncated.tar.gz")
    assert "not a whole tar.gz archive" in message

    first_log = tmp_path / "first-run.log"
    process, login, products = _serve(machine, first_log, timeout=1500)
    try:
        assert "login" in login.text
        body = products.json()
        assert body["items"], body
        assert all(item["name"] for item in body["items"])
    finally:
        _stop(process)
    first = first_log.read_text()
    steps = (
        "downloading Odoo 18.0",
        "creating the virtualenv",
        "installing Odoo's and the suite's",
        "embedded PostgreSQL 16",
        "creating mall_demo",
    )
    for step in steps:
        assert step in first, f"{step!r} not in the first run's output:\n{first[-3000:]}"
    assert "stopped the throwaway PostgreSQL cluster" in first
    local = os.path.join(machine["repo"], ".local")
    assert os.path.isfile(os.path.join(local, "odoo-18.0", "odoo-bin"))
    assert os.path.isfile(os.path.join(local, "venv", ".mall-ready"))

    second_log = tmp_path / "second-run.log"
    site = glob.glob(os.path.join(local, "venv", "lib", "python3.*", "site-packages"))[0]
    site_before = os.path.getmtime(site)
    process, login, products = _serve(machine, second_log, timeout=300)
    _stop(process)
    second = second_log.read_text()
    done_again = ("download", "installing", "pip", "creating the virtualenv", "updating mall_demo")
    for absent in done_again:
        assert absent not in second, f"the second run did {absent!r}:\n{second}"
    assert "mall_demo is up to date" in second
    assert os.path.getmtime(site) == site_before, "something was installed into the venv"
