from odoo.addons.mall_base import images

STATES = [
    ("pending", "Pending Moderation"),
    ("published", "Published"),
    ("hidden", "Hidden"),
]
REWARDS = [
    ("none", "None"),
    ("coupon", "A coupon"),
    ("points", "Points"),
]
MAX_TEXT = 500
MAX_REPLY = 500
ANONYMOUS_NICKNAME = "匿名用户"
# the photos served to shoppers, thumbnails within this box
THUMBNAIL_SIZE = "256x256"
# the product detail shows this many reviews
DETAIL_REVIEWS = 2

# POST /reviews and POST /reviews/{id}/follow-up carry up to 9 photos (mall_base.images)
MAX_IMAGES = images.MAX_IMAGES
MAX_IMAGE_CHARS = images.MAX_IMAGE_CHARS
MAX_REQUEST_BODY_BYTES = images.MAX_IMAGES_BODY_BYTES
MAX_BODY_PARAM = "mall_review.max_body_bytes"
# reviews and follow-ups posted per member (refused ones too)
POST_RATE_LIMIT_PARAM = "mall_review.post_rate_limit"
POST_RATE_WINDOW_PARAM = "mall_review.post_rate_window"
DEFAULT_POST_RATE_LIMIT = 20
DEFAULT_POST_RATE_WINDOW = 3600

VERSION_SEQUENCE = "mall_review_version"
