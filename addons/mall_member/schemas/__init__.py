from .points import *  # noqa: F403
