from . import (
    test_company_rules,
    test_kuaidi100_sign,
    test_neutralize,
    test_subscribe,
    test_tracking_api,
    test_tracking_concurrency,
    test_tracking_push,
)
from . import test_order_access
from . import test_order_flow
from . import test_settings
from . import test_ship_import
