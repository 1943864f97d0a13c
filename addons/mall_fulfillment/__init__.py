from . import controllers, models, routers, schemas, wizard
from .hooks import post_init_hook
