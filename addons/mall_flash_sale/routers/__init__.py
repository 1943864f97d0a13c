from .flash_sale import flash_sale_router
