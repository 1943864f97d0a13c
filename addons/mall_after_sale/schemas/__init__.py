from .after_sale import *  # noqa: F403
