"""Checks of a resident ID number (公民身份号码, GB 11643-1999) and masking.

Pure functions: no Odoo, no I/O. An ID number has 18 characters: a 6-digit
address code, the birth date ``YYYYMMDD``, a 3-digit sequence and a check
character computed with ISO 7064 MOD 11-2 over the first 17 digits
(weights ``2^(17-i) mod 11``; check ``(12 - sum mod 11) mod 11``, 10 is
``X``). The old 15-digit numbers (no check character) stopped being valid
in 2013 and are refused.
"""

import re
from datetime import date

WEIGHTS = [pow(2, 17 - i, 11) for i in range(17)]
CHECK_CHARS = "10X98765432"  # index: sum mod 11
# the first digit of the address codes: 1-6 the regions, 7-8 Taiwan, Hong
# Kong, Macao (residence permits start with 81, 82, 83)
_FORMAT = re.compile(r"[1-8]\d{16}[\dX]")
# 2 to 30 characters of Chinese, Latin letters, the middle dot of minority
# and foreign names (·・•) and spaces inside Latin names
_LETTER = r"\u3400-\u9fff\uf900-\ufaffA-Za-z"
_NAME = re.compile(rf"[{_LETTER}][{_LETTER}·・• ]{{0,28}}[{_LETTER}]")
EARLIEST_BIRTH = date(1900, 1, 1)


class IdCardError(ValueError):
    """``code`` is the API's error code."""

    def __init__(self, code):
        super().__init__(code)
        self.code = code


def normalize(number):
    """Upper case, spaces removed (``x`` is written ``X``)."""
    return re.sub(r"\s+", "", number or "").upper()


def check_char(first17):
    return CHECK_CHARS[sum(int(c) * w for c, w in zip(first17, WEIGHTS, strict=True)) % 11]


def birth_date(number):
    """The birth date written in a normalized number, or ``None`` if it is no date."""
    try:
        return date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return None


def validate(number, today=None):
    """The normalized number; raises :class:`IdCardError` with the code
    ``invalid_id_number`` (not 18 digits or X, unknown region),
    ``invalid_id_checksum`` (the check character does not match) or
    ``invalid_birth_date`` (no date, in the future or before 1900)."""
    number = normalize(number)
    if not _FORMAT.fullmatch(number):
        raise IdCardError("invalid_id_number")
    if check_char(number[:17]) != number[17]:
        raise IdCardError("invalid_id_checksum")
    born = birth_date(number)
    if born is None or born < EARLIEST_BIRTH or born > (today or date.today()):
        raise IdCardError("invalid_birth_date")
    return number


def normalize_name(name):
    """Surrounding spaces removed, runs of spaces made one."""
    return re.sub(r"\s+", " ", (name or "").strip())


def validate_name(name):
    name = normalize_name(name)
    if not _NAME.fullmatch(name):
        raise IdCardError("invalid_name")
    return name


def mask_number(number):
    """``330106199001011234`` → ``3301**********1234``: the first four and the
    last four characters, the rest starred (the length kept)."""
    if not number:
        return ""
    return number[:4] + "*" * max(len(number) - 8, 0) + number[-4:]


def mask_name(name):
    """``张三`` → ``*三``, ``欧阳娜娜`` → ``***娜``: only the last character shown."""
    if not name:
        return ""
    return "*" * (len(name) - 1) + name[-1]
