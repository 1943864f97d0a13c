"""What the simulators' ``client.py`` share: start their ``server.py`` as a
subprocess on a free port, stop it, and call its control API (``/_sim/...``).

The clients load this file by path (addon tests load them by path, not as a
package). Like them, it imports neither Odoo nor a server module.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests


class SimulatorError(RuntimeError):
    """The simulator did not start, or a control call was refused."""


class SimulatorProcess:
    """A running simulator process. Use :meth:`start`; stop with :meth:`stop`
    or a ``with`` block. A client's subclass names its ``server`` and turns
    its own start options into the server's arguments (:meth:`_server_args`)."""

    server: Path  # the simulator's server.py
    workdir_prefix = "sim-"
    control_timeout: float = 10

    def __init__(
        self,
        process: subprocess.Popen,
        port: int,
        host: str,
        log_path: str,
        workdir: tempfile.TemporaryDirectory,
    ):
        self.process = process
        self.port = port
        self.host = host
        self.base_url = f"http://{host}:{port}"
        self.log_path = log_path
        self._workdir = workdir
        self.http = requests.Session()
        self.http.trust_env = False

    # ------------------------------------------------------------ lifecycle

    @classmethod
    def start(
        cls,
        quiet: bool = True,
        host: str = "127.0.0.1",
        python: str | None = None,
        startup_timeout: float = 20.0,
        **options,
    ):
        """Launch ``server.py`` on a free port and wait until it answers.
        ``options``: what the client's :meth:`_server_args` takes."""
        args = cls._server_args(**options)
        workdir = tempfile.TemporaryDirectory(prefix=cls.workdir_prefix)
        ready_file = os.path.join(workdir.name, "port")
        log_path = os.path.join(workdir.name, "server.log")
        cmd = [python or sys.executable, str(cls.server), "--host", host, "--port", "0"]
        cmd += ["--ready-file", ready_file, *args]
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

    @classmethod
    def _server_args(cls) -> list:
        """The server's further command-line arguments for the start options."""
        return []

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

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def log(self) -> str:
        """What the process wrote to stdout/stderr so far."""
        try:
            return Path(self.log_path).read_text(errors="replace")
        except OSError:
            return ""

    # ------------------------------------------------------------ control API

    def control(self, method: str, path: str, json=None, params=None, timeout=None):
        """Call ``/_sim/<path>``; return the decoded JSON, raise on 4xx/5xx.
        ``timeout``: the class's ``control_timeout`` unless given."""
        url = f"{self.base_url}/_sim/{path.lstrip('/')}"
        if timeout is None:
            timeout = self.control_timeout
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

    def reset(self) -> dict:
        return self.control("POST", "reset")
