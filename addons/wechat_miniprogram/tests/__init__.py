from . import test_access_token
from . import test_library_facts
from . import test_login
from . import test_rpc_access
from . import test_settings
from . import test_shipping_upload
from . import test_subscribe_message
from . import test_wxacode
