"""Wire constants of WeChat Pay API v3 used by the connector."""

DEFAULT_API_BASE_URL = "https://api.mch.weixin.qq.com"

NOTIFY_ROUTE = "/payment/wechatpay/notify"
REFUND_NOTIFY_ROUTE = "/payment/wechatpay/refund_notify"

# The codes of the payment methods to activate when WeChat Pay is activated.
DEFAULT_PAYMENT_METHOD_CODES = {"wechat_pay"}

SUPPORTED_CURRENCIES = ("CNY",)

# Wechatpay-Serial of a notify or response verified with the WeChat Pay public key.
PUBLIC_KEY_ID_PREFIX = "PUB_KEY_ID_"
# Deliberately wrong signatures WeChat sends to check that merchants verify.
SIGNTEST_PREFIX = "WECHATPAY/SIGNTEST/"
SIGNATURE_TYPE = "WECHATPAY2-SHA256-RSA2048"
# Notifies whose Wechatpay-Timestamp is further away from now are refused.
MAX_CLOCK_SKEW_SECONDS = 5 * 60

# out_trade_no: 6 to 32 of [0-9A-Za-z_-|*]; out_refund_no: up to 64 of [0-9A-Za-z_-|*@].
OUT_TRADE_NO_MAX_LENGTH = 32
OUT_TRADE_NO_MIN_LENGTH = 6
OUT_REFUND_NO_MAX_LENGTH = 64

# trade_state of the order query -> what happens to the Odoo transaction.
TRADE_STATE_PAID = ("SUCCESS", "REFUND")
TRADE_STATE_WAITING = ("NOTPAY", "USERPAYING")
TRADE_STATE_CANCELED = ("CLOSED", "REVOKED")
TRADE_STATE_ERROR = ("PAYERROR",)

# error codes of the close call: the order is paid / was already closed
CLOSE_ORDER_PAID = "ORDERPAID"
CLOSE_ALREADY_CLOSED = ("ORDER_CLOSED", "ORDERCLOSED")

# refund status (refund answer, refund query, REFUND.* notifies)
REFUND_STATUS_DONE = "SUCCESS"
REFUND_STATUS_PENDING = "PROCESSING"
REFUND_STATUS_FAILED = ("CLOSED", "ABNORMAL")

# Time zone of WeChat Pay timestamps (time_expire is sent in RFC 3339 with +08:00).
WECHATPAY_TZ = "Asia/Shanghai"

# Connection and read timeouts of every call to WeChat Pay, in seconds.
REQUEST_TIMEOUT = (5, 20)

# Seconds before a post-processing job that collided with a parallel one (the
# same journal entry number, a serialization failure) runs again.
POST_PROCESS_RETRY_SECONDS = 1

# Merchant transfer to a user's balance (商家转账, version of 2025).
TRANSFER_NOTIFY_ROUTE = "/payment/wechatpay/transfer_notify"
# out_bill_no: 5 to 32 digits and letters
OUT_BILL_NO_MAX_LENGTH = 32
# the transfer amount from which WeChat Pay wants the payee's real name (fen)
TRANSFER_NAME_REQUIRED_FEN = 200000
# the answer's and query's states, in the order a bill moves through them
TRANSFER_STATES = (
    "ACCEPTED",
    "PROCESSING",
    "WAIT_USER_CONFIRM",
    "TRANSFERING",
    "CANCELING",
    "SUCCESS",
    "FAIL",
    "CANCELLED",
)
TRANSFER_FINAL_STATES = ("SUCCESS", "FAIL", "CANCELLED")
TRANSFER_NOTIFY_EVENT = "MCHTRANSFER.BILL.FINISHED"
