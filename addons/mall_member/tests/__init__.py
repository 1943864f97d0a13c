from . import test_member_api, test_member_level, test_member_refund
