from . import test_auth
from . import test_catalog
