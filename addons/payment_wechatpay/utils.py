"""Small pure helpers of the WeChat Pay connector (no ORM)."""

import re
from datetime import timezone
from decimal import ROUND_HALF_UP, Decimal

import pytz

from odoo.tools import float_repr

from . import const

_OUT_TRADE_NO_FORBIDDEN = re.compile(r"[^0-9A-Za-z_\-|*]")


class WechatpaySignatureError(Exception):
    """A notify whose signature headers do not verify (answered with HTTP 401)."""


class WechatpayRequestError(Exception):
    """WeChat Pay could not be reached or answered something unusable.

    ``status`` is the HTTP status (None when nothing came back), ``code`` and
    ``message`` are WeChat's error code and message when it sent some.
    """

    def __init__(self, message, status=None, code=None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message

    @property
    def is_definitive(self):
        """True when WeChat refused the request (4xx): repeating it changes nothing."""
        return self.status is not None and 400 <= self.status < 500


def to_fen(amount, currency):
    """Return ``amount`` of ``currency`` as an integer number of fen (cents).

    The amount is first rounded with the currency's rounding and written with
    its decimal places (``float_repr``), then converted with Decimal: no float
    multiplication ever happens (19.99 * 100 == 1998.9999999999998).
    """
    rounded = float_repr(currency.round(amount), currency.decimal_places)
    return int((Decimal(rounded) * 100).to_integral_value(rounding=ROUND_HALF_UP))


def from_fen(fen):
    """Return an integer number of fen as a float amount (two decimals)."""
    return float(Decimal(int(fen)) / 100)


def sanitize_reference_prefix(prefix, max_length):
    """Make a transaction reference prefix acceptable as out_trade_no/out_refund_no:
    forbidden characters become ``-``, the end is cut to ``max_length``."""
    prefix = _OUT_TRADE_NO_FORBIDDEN.sub("-", prefix or "")
    return prefix[:max_length]


def is_valid_out_trade_no(reference):
    return const.OUT_TRADE_NO_MIN_LENGTH <= len(
        reference or ""
    ) <= const.OUT_TRADE_NO_MAX_LENGTH and not _OUT_TRADE_NO_FORBIDDEN.search(reference)


def to_rfc3339(dt):
    """A naive UTC datetime (Odoo's convention) as RFC 3339 in China time,
    e.g. ``2026-11-22T12:00:00+08:00``."""
    aware = dt.replace(tzinfo=timezone.utc) if dt.tzinfo is None else dt
    return aware.astimezone(pytz.timezone(const.WECHATPAY_TZ)).replace(microsecond=0).isoformat()


def is_hex_serial(serial):
    return bool(serial) and re.fullmatch(r"[0-9A-Fa-f]{1,64}", serial) is not None
