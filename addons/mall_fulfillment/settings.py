"""Reading the addon's global settings (``ir.config_parameter``)."""

import logging

_logger = logging.getLogger(__name__)


def number_param(env, key, default, cast=int, minimum=0):
    """The number stored under ``key``: ``default`` when it is not set, or when
    it is not a number (a warning is logged, nothing raised: a typo in the
    settings must not stop an order or a cron), never below ``minimum``."""
    # settings are readable by administrators only; this reads one number
    raw = env["ir.config_parameter"].sudo().get_param(key)
    if raw in (None, False) or not str(raw).strip():
        return default
    try:
        value = cast(str(raw).strip())
    except (TypeError, ValueError):
        _logger.warning("setting %s: %r is not a number, %s is used instead", key, raw, default)
        return default
    return value if minimum is None else max(value, minimum)
