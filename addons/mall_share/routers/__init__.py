from .share import share_router
