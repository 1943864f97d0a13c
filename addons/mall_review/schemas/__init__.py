from .review import *  # noqa: F403
