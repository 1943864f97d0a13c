from .points import points_router
