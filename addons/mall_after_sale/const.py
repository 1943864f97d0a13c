STATES = [
    ("requested", "Requested"),
    ("approved", "Approved"),
    ("rejected", "Rejected"),
    ("awaiting_return", "Awaiting Return"),
    ("return_shipped", "Return Shipped"),
    ("received", "Received"),
    ("refunding", "Refunding"),
    ("refunded", "Refunded"),
    ("refund_failed", "Refund Failed"),
    ("cancelled", "Cancelled"),
]
# a request in one of these states holds its quantities and keeps the order in after-sales
OPEN_STATES = (
    "requested",
    "approved",
    "awaiting_return",
    "return_shipped",
    "received",
    "refunding",
    "refund_failed",
)
# shopper states of an order that was paid
PAID_SHOPPER_STATES = ("paid", "shipped", "done", "after_sale")
# quantities of requests in these states no longer count against what is refundable
RELEASED_STATES = ("rejected", "cancelled")

TYPES = [
    ("refund_only", "Refund Only"),
    ("return_refund", "Return and Refund"),
]

REASONS = [
    ("quality", "Quality Problem"),
    ("damaged", "Damaged in Transit"),
    ("wrong_item", "Wrong Item Sent"),
    ("missing_item", "Missing Item"),
    ("not_as_described", "Not as Described"),
    ("not_received", "Not Received"),
    ("no_longer_needed", "No Longer Needed"),
    ("other", "Other"),
]

MAX_IMAGES = 9
MAX_IMAGE_BYTES = 5 * 1024 * 1024
# an image in the JSON body: base64 of a little more than MAX_IMAGE_BYTES (so
# that the precise "over 5 MB" error comes from the model), with a data: prefix
MAX_IMAGE_CHARS = 7_100_000
# the largest body of POST /after-sales: 9 such images and 64 KB for the rest
# (the setting may lower it)
MAX_REQUEST_BODY_BYTES = MAX_IMAGES * MAX_IMAGE_CHARS + 64 * 1024
MAX_BODY_PARAM = "mall_after_sale.max_body_bytes"
# after-sales requests per member
REQUEST_RATE_LIMIT_PARAM = "mall_after_sale.request_rate_limit"
REQUEST_RATE_WINDOW_PARAM = "mall_after_sale.request_rate_window"
DEFAULT_REQUEST_RATE_LIMIT = 10
DEFAULT_REQUEST_RATE_WINDOW = 3600
IMAGE_SIGNATURES = {
    b"\xff\xd8\xff": "image/jpeg",
    b"\x89PNG\r\n\x1a\n": "image/png",
}

SERVICE_URL_PARAM = "mall_after_sale.service_url"
