PARAM_PREFIX = "mall_fulfillment."
CUSTOMER_PARAM = "mall_fulfillment.kuaidi100_customer"
KEY_PARAM = "mall_fulfillment.kuaidi100_key"
BASE_URL_PARAM = "mall_fulfillment.kuaidi100_base_url"
LIVE_PARAM = "mall_fulfillment.kuaidi100_live"
CACHE_MINUTES_PARAM = "mall_fulfillment.kuaidi100_cache_minutes"
QUERY_COST_PARAM = "mall_fulfillment.kuaidi100_query_cost"
RATE_LIMIT_PARAM = "mall_fulfillment.tracking_rate_limit"
RATE_WINDOW_PARAM = "mall_fulfillment.tracking_rate_window"
SALT_PARAM = "mall_fulfillment.kuaidi100_salt"
CALLBACK_URL_PARAM = "mall_fulfillment.kuaidi100_callback_url"
TIMEOUT_PARAM = "mall_fulfillment.kuaidi100_timeout"

DEFAULT_BASE_URL = "https://poll.kuaidi100.com"
DEFAULT_CACHE_MINUTES = 30
DEFAULT_QUERY_COST = 0.10
DEFAULT_RATE_LIMIT = 20
DEFAULT_RATE_WINDOW = 3600
DEFAULT_TIMEOUT = 10

PUSH_ROUTE = "/mall/kuaidi100/push"

# carriers that want the last 4 digits of the recipient's phone (PROTOCOLS 4.1)
PHONE_CARRIERS = {"shunfeng", "shunfengkuaiyun", "zhongtong"}

# Kuaidi100 ``state`` -> mall.tracking state (PROTOCOLS 4.1, basic and advanced codes)
DELIVERED_STATES = {"3", "301", "302", "303", "304"}
EXCEPTION_STATES = {"2", "4", "6", "13", "14", "401"}
IN_TRANSIT_STATES = {
    "0",
    "1",
    "5",
    "7",
    "8",
    "10",
    "11",
    "12",
    "101",
    "102",
    "103",
    "1001",
    "1002",
    "1003",
    "501",
}


def tracking_state(code):
    code = str(code or "").strip()
    if code in DELIVERED_STATES:
        return "delivered"
    if code in EXCEPTION_STATES:
        return "exception"
    if code in IN_TRANSIT_STATES:
        return "in_transit"
    return "unknown"


# fulfilment workbench and order flow
# (the hours, days and responsible user are fields of the company)
UPLOAD_SHIPPING_PARAM = "mall_fulfillment.upload_shipping_info"
DEFAULT_OVERDUE_HOURS = 24
DEFAULT_AUTO_RECEIVE_DAYS = 10
