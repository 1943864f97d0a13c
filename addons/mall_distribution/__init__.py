from . import models, routers, schemas, wizard
