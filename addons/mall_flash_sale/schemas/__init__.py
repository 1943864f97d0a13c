from .flash_sale import *  # noqa: F403
