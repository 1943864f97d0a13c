from .review import review_router
