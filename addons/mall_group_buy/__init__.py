from . import models, routers, schemas
