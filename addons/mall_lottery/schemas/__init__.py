from .lottery import *  # noqa: F403
