"""Pydantic schemas of every request and response of the storefront API.

Responses list their fields explicitly: nothing else of a record leaves the
server (no costs, no supplier or settlement prices). One module per area."""

from .common import *  # noqa: F403
from .address import *  # noqa: F403
from .order import *  # noqa: F403
