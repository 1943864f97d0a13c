from .distribution import distribution_router
