from . import models, report, routers, schemas, wizard
