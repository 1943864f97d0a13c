from .lottery import lottery_router

__all__ = ["lottery_router"]
