from . import test_auth
from . import test_catalog
from . import test_address
from . import test_me_phone
from . import test_order
from . import test_shipping_fees
from . import test_ratelimit
