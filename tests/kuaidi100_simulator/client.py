"""Start the Kuaidi100 simulator as a subprocess and drive its control API.

Used by tests (it imports neither Odoo nor the server module)::

    with Simulator.start() as sim:
        sim.add_account("CUSTOMER", "key")
        sim.add_waybill("shunfeng", "SF1234567890", state="0", data=[...], phone="5678")
        ...  # point the client at sim.base_url
        assert sim.query_count("SF1234567890") == 1
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

# addon tests load this file by path, not as a package: its base likewise
_spec = importlib.util.spec_from_file_location(
    "mall_simulator_process", Path(__file__).resolve().parents[1] / "simulator_process.py"
)
simulator_process = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(simulator_process)
SimulatorError = simulator_process.SimulatorError


class Simulator(simulator_process.SimulatorProcess):
    """A running Kuaidi100 simulator process. Use :meth:`start`; stop with
    :meth:`stop` or a ``with`` block."""

    server = Path(__file__).with_name("server.py")
    workdir_prefix = "kuaidi100-sim-"
    control_timeout = 30

    # ------------------------------------------------------------ control API

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
