from odoo.addons.mall_base import images

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

# the photo checks are mall_base's (shared with product reviews)
MAX_IMAGES = images.MAX_IMAGES
MAX_IMAGE_BYTES = images.MAX_IMAGE_BYTES
MAX_IMAGE_CHARS = images.MAX_IMAGE_CHARS
# the largest body of POST /after-sales: 9 such images and 64 KB for the rest
# (the setting may lower it)
MAX_REQUEST_BODY_BYTES = images.MAX_IMAGES_BODY_BYTES
MAX_BODY_PARAM = "mall_after_sale.max_body_bytes"
# after-sales requests per member
REQUEST_RATE_LIMIT_PARAM = "mall_after_sale.request_rate_limit"
REQUEST_RATE_WINDOW_PARAM = "mall_after_sale.request_rate_window"
DEFAULT_REQUEST_RATE_LIMIT = 10
DEFAULT_REQUEST_RATE_WINDOW = 3600
IMAGE_SIGNATURES = images.IMAGE_SIGNATURES

SERVICE_URL_PARAM = "mall_after_sale.service_url"
