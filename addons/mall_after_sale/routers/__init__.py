from .after_sale import after_sale_router
from .service import service_router
