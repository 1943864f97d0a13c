from . import test_attribution
from . import test_store_manager
