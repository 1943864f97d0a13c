from .coin import coin_router
