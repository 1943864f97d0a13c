GROUP_SIZE_MIN = 2
GROUP_SIZE_MAX = 10
TIME_LIMIT_MAX_HOURS = 240
# the refund of a seat is tried this many times by its job before finance is asked
REFUND_MAX_ATTEMPTS = 5
# minutes between two attempts of a refund WeChat Pay refused
REFUND_RETRY_MINUTES = 10
# the mini-program's group page (subscribe messages open it)
GROUP_PAGE = "pages/group/detail"
