from .group_buy import group_buy_router

__all__ = ["group_buy_router"]
