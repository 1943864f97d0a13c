from odoo.addons.wechat_miniprogram.exceptions import WeChatError


class WeComError(WeChatError):
    """An error answered by WeCom (or WeCom not answering): ``errcode``,
    ``errmsg``, ``http_status`` and ``transient`` as for the mini-program's
    :class:`WeChatError` (busy -1 and quota 45009 are transient)."""
