from . import test_order_core
