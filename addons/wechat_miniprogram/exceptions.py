from odoo.exceptions import UserError

from .const import TRANSIENT_ERRCODES


class WeChatError(UserError):
    """An error answered by WeChat (or WeChat not answering).

    ``errcode`` is WeChat's errcode (``None`` for an HTTP error, a timeout or a
    connection error), ``errmsg`` WeChat's own message; the exception message
    is a translated reason fit for a user.
    """

    def __init__(self, message, errcode=None, errmsg=None, http_status=None):
        super().__init__(message)
        self.errcode = errcode
        self.errmsg = errmsg
        self.http_status = http_status

    @property
    def transient(self):
        """True when the same call may well succeed later (busy, 5xx, timeout)."""
        return self.errcode in TRANSIENT_ERRCODES
