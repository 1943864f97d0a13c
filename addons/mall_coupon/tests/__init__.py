from . import test_coupon_api, test_coupon_checkout, test_coupon_model
