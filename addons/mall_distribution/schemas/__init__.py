from .distribution import *  # noqa: F403
