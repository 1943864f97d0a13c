from . import mall_coupon_report
