from .campaign import campaign_router

__all__ = ["campaign_router"]
