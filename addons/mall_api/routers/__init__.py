from .auth import auth_router
from .me import me_router
from .catalog import catalog_router
