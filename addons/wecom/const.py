"""Wire facts of WeCom's customer-contact API this connector relies on
(PROTOCOLS.md section 3) and the translatable reasons of its errcodes."""

from odoo.tools.translate import LazyTranslate

_lt = LazyTranslate(__name__)

DEFAULT_API_BASE_URL = "https://qyapi.weixin.qq.com"
# seconds; ir.config_parameter "wecom.timeout" overrides it
DEFAULT_TIMEOUT = 10
TIMEOUT_PARAM = "wecom.timeout"

# a welcome code may be used once, within 20 s of its callback
WELCOME_WINDOW = 20
# a callback whose timestamp is further than this from now is refused (replay)
CALLBACK_MAX_AGE = 300
# contact-way state and remark: at most 30 characters
STATE_MAX = 30
# mini-program card title: at most 64 bytes
MP_TITLE_MAX_BYTES = 64
# a temporary media id lives 3 days: reuse an upload for 2.5 days
MEDIA_REUSE_SECONDS = 60 * 60 * 60
# get_groupmsg_task / get_groupmsg_send_result page size (WeCom: at most 1000)
RESULT_PAGE = 1000
PUSH_MAX_ATTEMPTS = 5
PROCESS_MAX_ATTEMPTS = 5

# get_groupmsg_send_result status -> recipient status
SEND_STATUS = {0: "not_sent", 1: "sent", 2: "not_friend", 3: "limit_reached"}

ERROR_REASONS = {
    -1: _lt("WeCom is busy, please try again later."),
    40001: _lt("WeCom refused the secret: check the corp ID and the secret."),
    40013: _lt("The corp ID is not valid."),
    40014: _lt("WeCom refused the access token."),
    40058: _lt("WeCom refused a parameter (contact way, state or users)."),
    41051: _lt("The welcome message was already sent or its 20-second window has passed."),
    41096: _lt("Another application is sending the welcome message."),
    42001: _lt("The access token has expired."),
    45009: _lt("The WeCom API quota is exhausted, please try again later."),
    60111: _lt("A WeCom user ID is not a member of the corp."),
    84061: _lt("This person is not an external contact of the corp."),
}
