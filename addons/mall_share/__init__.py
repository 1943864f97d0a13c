from . import controllers, models, routers, schemas
