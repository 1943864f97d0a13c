from .auth import auth_router
from .me import me_router
from .catalog import catalog_router
from .address import address_router
from .cart import cart_router
from .order import order_router
