from .tracking import tracking_router
