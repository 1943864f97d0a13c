"""Encryption at rest and the blind index of ID numbers.

The key is a server setting, never stored in the database: the option
``mall_identity_key`` of the Odoo configuration file (``odoo.conf``), or the
environment variable ``MALL_IDENTITY_KEY``. It is any secret of at least 32
characters (e.g. ``python3 -c "import secrets; print(secrets.token_urlsafe(32))"``).
Two keys are derived from it with HKDF-SHA256:

* an AES-256-GCM key: the number is stored as ``v1:`` + base64(12-byte
  random nonce + ciphertext + tag); a database dump without the server's
  configuration holds no readable number;
* an HMAC-SHA256 key: the *blind index* ``HMAC(key, number)`` (hex) is the
  same for the same number, so "one ID, one member" is a unique index, and
  other addons (the lottery) can compare real names without decrypting.

Losing the key makes the stored numbers unreadable and the blind index
unusable for new verifications (members then verify again); changing it
likewise. Key rotation is not implemented.
"""

import base64
import hashlib
import hmac
import os
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from odoo.tools import config

CONFIG_OPTION = "mall_identity_key"
ENV_VARIABLE = "MALL_IDENTITY_KEY"
MIN_KEY_LENGTH = 32
PREFIX = "v1:"
_AAD = b"mall_identity.id_number"


class KeyMissing(Exception):
    """No usable key in the server's configuration."""


def configured_secret():
    """The configured secret, or ``None`` (missing or shorter than 32 characters)."""
    secret = config.get(CONFIG_OPTION) or os.environ.get(ENV_VARIABLE) or ""
    secret = str(secret).strip()
    if len(secret) < MIN_KEY_LENGTH:
        return None
    return secret


def _derive(secret, purpose):
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"mall_identity " + purpose
    ).derive(secret.encode())


def _keys():
    secret = configured_secret()
    if not secret:
        raise KeyMissing()
    return _derive(secret, b"encryption v1"), _derive(secret, b"blind index v1")


def encrypt(number):
    enc_key, _index_key = _keys()
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(enc_key).encrypt(nonce, number.encode(), _AAD)
    return PREFIX + base64.b64encode(nonce + sealed).decode()


def decrypt(stored):
    """The plain number; raises :class:`KeyMissing` without a key and
    ``ValueError`` for data that the key does not open."""
    enc_key, _index_key = _keys()
    if not stored or not stored.startswith(PREFIX):
        raise ValueError("not an encrypted ID number")
    raw = base64.b64decode(stored[len(PREFIX) :])
    try:
        return AESGCM(enc_key).decrypt(raw[:12], raw[12:], _AAD).decode()
    except InvalidTag as exc:
        raise ValueError("the configured key does not open this ID number") from exc


def blind_index(number):
    _enc_key, index_key = _keys()
    return hmac.new(index_key, number.encode(), hashlib.sha256).hexdigest()
