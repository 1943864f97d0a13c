"""The draw: a deterministic function of public data.

Kept free of Odoo so that ``scripts/lottery_verify.py`` (standard library
only) can hold the very same few lines; a test checks both agree.

- The seed is ``secrets.token_hex(32)`` (64 hexadecimal characters); before
  the window opens only ``sha256(seed)`` is published (hex digest of the
  seed's ASCII text).
- Each registration of the frozen list gets the score
  ``HMAC-SHA256(key=seed as ASCII, message=str(registration id) as ASCII)``
  (hex digest); registrations are ranked by (score, id), ascending.
- ``k`` winners: with *winners = quantity*, ``k = min(pool, n)``; with a fixed
  rate, ``k = min(pool, round_half_up(rate × n / 100))`` (rate in percent,
  computed in decimal); ``pool`` is the number of units the lottery still
  had to allot when the window was drawn, ``n`` the size of the frozen list.
- The winners are the first ``k`` of the ranking.
"""

import hashlib
import hmac
from decimal import ROUND_HALF_UP, Decimal


def seed_hash(seed):
    return hashlib.sha256(seed.encode("ascii")).hexdigest()


def score(seed, registration_id):
    return hmac.new(
        seed.encode("ascii"), str(registration_id).encode("ascii"), hashlib.sha256
    ).hexdigest()


def winners_count(mode, rate, pool, n):
    """``k`` of the module's docstring (``mode`` ``quantity`` or ``rate``)."""
    if mode == "quantity":
        wanted = n
    else:
        wanted = int((Decimal(str(rate)) * n / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return max(0, min(pool, n, wanted))


def draw(seed, registration_ids, k):
    """The winners: the first ``k`` registration ids ranked by (score, id), in
    that order."""
    ranked = sorted(registration_ids, key=lambda rid: (score(seed, rid), rid))
    return ranked[:k]
