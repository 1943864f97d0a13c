from . import test_payment_flows
from . import test_refund_flows
from . import test_connector_api
from . import test_transfer_flows
