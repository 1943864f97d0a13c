from . import test_lottery_api, test_lottery_draw, test_lottery_identity, test_lottery_order
