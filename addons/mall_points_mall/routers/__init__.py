from .points_mall import points_mall_router

__all__ = ["points_mall_router"]
