from . import test_group_api, test_group_flow, test_group_rules
