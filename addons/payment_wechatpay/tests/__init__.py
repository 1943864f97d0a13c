from . import test_payment_flows
from . import test_refund_flows
