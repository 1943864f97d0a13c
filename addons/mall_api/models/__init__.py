from . import fastapi_endpoint
from . import res_partner
