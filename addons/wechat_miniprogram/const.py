"""Wire facts of the WeChat mini-program server API this connector relies on
(PROTOCOLS.md section 1) and the translatable reasons shown for its errcodes."""

import re

from odoo.tools.translate import LazyTranslate

_lt = LazyTranslate(__name__)

DEFAULT_API_BASE_URL = "https://api.weixin.qq.com"
# seconds; ir.config_parameter "wechat_miniprogram.timeout" overrides it
DEFAULT_TIMEOUT = 10
TIMEOUT_PARAM = "wechat_miniprogram.timeout"
# a cached token is renewed this many seconds before WeChat's expiry (wechatpy uses 60)
TOKEN_MARGIN = 60

# WeChat answers these when the access token is wrong, expired or superseded
TOKEN_ERRCODES = (40001, 40014, 42001)
# worth trying again later (None: HTTP error, timeout or connection error)
TRANSIENT_ERRCODES = (None, -1, 45009)
# shipping info: WeChat has not recorded the payment yet (a few seconds after paying)
PAYMENT_NOT_FOUND = 10060001

SHIPPING_PATH = "/wxa/sec/order/upload_shipping_info"
SHIPPING_MAX_ATTEMPTS = 8
SHIPPING_MAX_ITEMS = 15
ITEM_DESC_MAX = 120
SUBSCRIBE_MAX_ATTEMPTS = 5

# wxacode.getUnlimited: 1 to 32 visible characters of this set
SCENE_RE = re.compile(r"^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$")
QRCODE_ENV_VERSIONS = ("release", "trial", "develop")
QRCODE_WIDTH_MIN = 280
QRCODE_WIDTH_MAX = 1280
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

# subscribe-message keyword types and their maximum length (longer values get 47003)
KEYWORD_MAX_LENGTH = {
    "thing": 20,
    "name": 20,
    "number": 32,
    "letter": 32,
    "character_string": 32,
    "amount": 32,
    "phone_number": 17,
    "car_number": 8,
    "phrase": 5,
    "symbol": 5,
}

ERROR_REASONS = {
    -1: _lt("WeChat is busy, please try again later."),
    40001: _lt("WeChat refused the access token: check the AppID and AppSecret."),
    40003: _lt("The openid is not valid for this mini-program."),
    40013: _lt("The AppID is not valid."),
    40029: _lt("The WeChat code is invalid or has expired: please log in again."),
    40037: _lt("The subscribe-message template id is not valid for this mini-program."),
    40125: _lt("The AppSecret is not valid."),
    40163: _lt("This WeChat code has already been used: please log in again."),
    40164: _lt("This server's IP address is not on the mini-program's IP whitelist."),
    40169: _lt("The scene of the mini-program code is not valid."),
    40226: _lt("WeChat blocked this user as a high-risk user."),
    41030: _lt("The page does not exist in the published mini-program."),
    42001: _lt("The access token has expired."),
    43101: _lt("The user has not accepted this subscribe message or has no subscription left."),
    45009: _lt("The WeChat API quota is exhausted, please try again later."),
    45011: _lt("Too many attempts in a short time: please wait a minute and try again."),
    47001: _lt("WeChat could not read the request body."),
    47003: _lt("A value does not match its keyword's format or length."),
    10060001: _lt("WeChat has not recorded the payment yet."),
    10060004: _lt(
        "The order cannot be shipped in its current state (already shipped twice or refunded)."
    ),
}
