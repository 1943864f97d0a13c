from .coupon import coupon_router
