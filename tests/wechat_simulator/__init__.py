"""Local WeChat simulator (mini-program server API + WeChat Pay API v3).

``server.py`` is the process; ``client.py`` starts it and drives its control
API from tests.  Neither imports Odoo.
"""

from .client import MerchantKeys
from .client import Simulator
from .client import SimulatorError

__all__ = ["MerchantKeys", "Simulator", "SimulatorError"]
