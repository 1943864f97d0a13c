from . import mall_coupon_grant
