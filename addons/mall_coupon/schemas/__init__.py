from .coupon import *  # noqa: F403
