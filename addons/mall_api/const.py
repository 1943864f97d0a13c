APP_NAME = "mall"
ROOT_PATH = "/mall/v1"
ROUTING_TYPE = "mall_fastapi"

SECRET_PARAM = "mall_api.token_secret"
TOKEN_TTL_PARAM = "mall_api.token_ttl"
DEFAULT_TOKEN_TTL = 7 * 24 * 3600
LOGIN_RATE_LIMIT_PARAM = "mall_api.login_rate_limit"
LOGIN_RATE_WINDOW_PARAM = "mall_api.login_rate_window"
DEFAULT_LOGIN_RATE_LIMIT = 20
DEFAULT_LOGIN_RATE_WINDOW = 60
LOW_STOCK_PARAM = "mall_api.low_stock_threshold"
DEFAULT_LOW_STOCK = 10

PAGE_SIZE_MAX = 50
DEFAULT_NICKNAME = "微信用户"

# WeChat errcodes of a bad login code: invalid, already used
INVALID_CODE_ERRCODES = (40029, 40163)
WECHAT_RATE_LIMIT_ERRCODE = 45011

ORDER_RATE_LIMIT_PARAM = "mall_api.order_rate_limit"
ORDER_RATE_WINDOW_PARAM = "mall_api.order_rate_window"
DEFAULT_ORDER_RATE_LIMIT = 10
DEFAULT_ORDER_RATE_WINDOW = 60
ORDER_IP_RATE_LIMIT_PARAM = "mall_api.order_ip_rate_limit"
DEFAULT_ORDER_IP_RATE_LIMIT = 300
IDEMPOTENCY_KEY_PATTERN = r"^[A-Za-z0-9_\-]{8,64}$"
# coupon codes tried per member (POST /orders and /orders/quote, each code counts)
COUPON_RATE_LIMIT_PARAM = "mall_api.coupon_rate_limit"
COUPON_RATE_WINDOW_PARAM = "mall_api.coupon_rate_window"
DEFAULT_COUPON_RATE_LIMIT = 30
DEFAULT_COUPON_RATE_WINDOW = 600
# request bodies larger than this are refused with 413 before they are read
# (a route may allow more: fastapi.endpoint._mall_max_body_bytes)
MAX_BODY_PARAM = "mall_api.max_body_bytes"
DEFAULT_MAX_BODY_BYTES = 1024 * 1024
