from .share import *  # noqa: F403
