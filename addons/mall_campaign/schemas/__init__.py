from .campaign import *  # noqa: F403
