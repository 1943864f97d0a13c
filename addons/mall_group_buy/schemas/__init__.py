from .group_buy import *  # noqa: F403
