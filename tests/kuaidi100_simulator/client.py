"""Start the Kuaidi100 simulator as a subprocess and drive its control API.

Used by tests (it imports neither Odoo nor the server module)::

    with Simulator.start() as sim:
        sim.add_account("CUSTOMER", "key")
        sim.add_waybill("shunfeng", "SF1234567890", state="0", data=[...], phone="5678")
        ...  # point the client at sim.base_url
        assert sim.query_count("SF1234567890") == 1
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

SERVER = Path(__file__).with_name("server.py")


class SimulatorError(RuntimeError):
    """The simulator did not start, or a control call was refused."""


class Simulator:
    """A running simulator process. Use :meth:`start`; stop with :meth:`stop`
    or a ``with`` block."""

    def __init__(self, process, port, host, log_path, workdir):
        self.process = process
        self.port = port
        self.host = host
        self.base_url = f"http://{host}:{port}"
        self.log_path = log_path
        self._workdir = workdir
        self.http = requests.Session()
        self.http.trust_env = False

    @classmethod
    def start(
        cls,
        quiet: bool = True,
        host: str = "127.0.0.1",
        python: str | None = None,
        startup_timeout: float = 20.0,
    ) -> Simulator:
        """Launch ``server.py`` on a free port and wait until it answers."""
        workdir = tempfile.TemporaryDirectory(prefix="kuaidi100-sim-")
        ready_file = os.path.join(workdir.name, "port")
        log_path = os.path.join(workdir.name, "server.log")
        cmd = [python or sys.executable, str(SERVER), "--host", host, "--port", "0"]
        cmd += ["--ready-file", ready_file]
        if quiet:
            cmd.append("--quiet")
        log = open(log_path, "wb")  # noqa: SIM115 - the child keeps writing to it
        try:
            process = subprocess.Popen(
                cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
            )
        finally:
            log.close()
        deadline = time.monotonic() + startup_timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                output = Path(log_path).read_text(errors="replace")
                workdir.cleanup()
                raise SimulatorError(f"simulator exited with {process.returncode}:\n{output}")
            if os.path.exists(ready_file):
                sim = cls(process, int(Path(ready_file).read_text()), host, log_path, workdir)
                try:
                    sim.health()
                    return sim
                except requests.RequestException:
                    pass
            time.sleep(0.02)
        process.kill()
        process.wait()
        workdir.cleanup()
        raise SimulatorError("simulator did not become ready in time")

    def stop(self, timeout: float = 5.0) -> None:
        """Terminate the process (SIGTERM, then SIGKILL) and clean up."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.http.close()
        self._workdir.cleanup()

    def __enter__(self) -> Simulator:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def log(self) -> str:
        try:
            return Path(self.log_path).read_text(errors="replace")
        except OSError:
            return ""

    # ------------------------------------------------------------ control API

    def control(self, method: str, path: str, json=None, params=None, timeout: float = 30):
        """Call ``/_sim/<path>``; return the decoded JSON, raise on 4xx/5xx."""
        url = f"{self.base_url}/_sim/{path.lstrip('/')}"
        resp = self.http.request(method, url, json=json, params=params, timeout=timeout)
        try:
            data = resp.json()
        except ValueError:
            data = {"error": resp.text}
        if resp.status_code >= 400:
            raise SimulatorError(f"{method} {path}: {resp.status_code} {data}")
        return data

    def health(self) -> dict:
        return self.control("GET", "health", timeout=2)

    def add_account(self, customer: str, key: str) -> dict:
        return self.control("POST", "accounts", {"customer": customer, "key": key})

    def add_waybill(self, com: str, num: str, state="0", data=(), phone=None) -> dict:
        """A waybill the query answers: ``data`` is the timeline, newest first
        (``{time, ftime, context, location?, status?}``)."""
        return self.control(
            "POST",
            "waybills",
            {"com": com, "num": num, "state": str(state), "data": list(data), "phone": phone},
        )

    def query_count(self, num: str | None = None) -> int:
        """Accepted queries of ``num`` (or of all numbers)."""
        if num:
            return self.control("GET", "queries", params={"num": num})["count"]
        return self.control("GET", "queries")["total"]

    def subscriptions(self) -> list:
        return self.control("GET", "subscriptions")["subscriptions"]

    def push(self, num: str, **options) -> dict:
        """Push the waybill's timeline; ``options``: status, url, salt, sign.
        Returns ``{status, body}`` of the receiving server."""
        return self.control("POST", "push", {"num": num, **options})

    def reset(self) -> dict:
        return self.control("POST", "reset")
