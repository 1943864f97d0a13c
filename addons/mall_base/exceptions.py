"""The one error type of the suite's business rules.

A model that refuses an action a shopper, a supplier or an operator asked
for raises :class:`MallError`: a ``UserError`` (the web client shows its
message, in Chinese for a Chinese user; the transaction is rolled back)
that also carries a stable ``code`` (``out_of_stock``, ``invalid_state``…)
the mini-program can act on, the ``kind`` of refusal and, where useful,
``data``. Models never speak HTTP: the storefront API's dispatcher maps the
kind (and nothing else) to a status — ``forbidden`` → 403, ``not_found`` →
404, ``conflict`` → 409, ``invalid`` → 422, ``limit`` → 429, ``unavailable``
→ 503 — and answers
``{"error": {"code", "message"}}``.
"""

import logging

from odoo.exceptions import UserError

KINDS = ("invalid", "not_found", "conflict", "limit", "unavailable", "forbidden")


class MallError(UserError):
    """A refused action with a stable ``code`` (see the module's docstring).

    :param str code: stable, snake_case, documented with the API
    :param str message: what the user reads
    :param str kind: one of :data:`KINDS` (default ``conflict``: the action
        does not fit the current state of the records)
    :param data: extra values for the client (e.g. ``available=3``)
    """

    # an expected refusal: Odoo's request handler logs it at INFO, no traceback
    loglevel = logging.INFO

    def __init__(self, code, message, kind="conflict", **data):
        if kind not in KINDS:
            raise ValueError(f"unknown kind of MallError: {kind!r}")
        super().__init__(message)
        self.code = code
        self.message = message
        self.kind = kind
        self.data = data
        # the web client picks its dialog by the exception's class name, and
        # knows UserError's (a plain warning) but not this one's: without this
        # an operator would get the server-error dialog with a traceback
        self.context = {"exception_class": "odoo.exceptions.UserError"}
