from . import test_coin_api, test_coin_model, test_coin_refund
