from .coin import *  # noqa: F403
