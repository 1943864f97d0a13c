import logging

from odoo import api, models

_logger = logging.getLogger(__name__)

FALSE_WORDS = ("0", "false", "no", "off", "")


class IrConfigParameter(models.Model):
    _inherit = "ir.config_parameter"

    @api.model
    def _mall_param(self, key, type=str, default=None, minimum=None):  # pylint: disable=redefined-builtin
        """The suite's one reader of global settings (``ir.config_parameter``).

        :param str key: the parameter's key
        :param type: ``str``, ``int``, ``float`` or ``bool``
        :param default: returned when the parameter is not set, or is not a
            value of ``type`` (a warning is logged, nothing is raised: a typo
            in the settings must not stop an order, a request or a cron)
        :param minimum: numbers below it are raised to it

        Settings of one company (its shipping methods, limits, templates, the
        responsible user) are company fields, not parameters: parameters are
        for the database as a whole (service accounts, rate limits, secrets).
        """
        # settings are readable by administrators only; this reads one value
        raw = self.sudo().get_param(key)
        if raw is None or raw is False:
            return default
        text = str(raw).strip()
        if type is str:
            return text
        if type is bool:
            return text.lower() not in FALSE_WORDS
        if not text:
            return default
        try:
            value = type(text)
        except (TypeError, ValueError):
            _logger.warning(
                "setting %s: %r is not a %s, %r is used", key, raw, type.__name__, default
            )
            return default
        if minimum is not None and value < minimum:
            return minimum
        return value
