"""The shoppers' bearer tokens: ``<member id>.<expiry>.<signature>``.

The signature is an HMAC-SHA256 of ``<member id>.<expiry>`` with a secret of
the database (``ir.config_parameter`` ``mall_api.token_secret``, generated on
install). Changing that parameter logs every shopper out.
"""

import base64
import hashlib
import hmac
import secrets
import time

from .const import DEFAULT_TOKEN_TTL, SECRET_PARAM, TOKEN_TTL_PARAM


def ensure_secret(env):
    params = env["ir.config_parameter"].sudo()
    secret = params.get_param(SECRET_PARAM)
    if not secret:
        secret = secrets.token_urlsafe(48)
        params.set_param(SECRET_PARAM, secret)
    return secret


def token_ttl(env):
    value = env["ir.config_parameter"].sudo().get_param(TOKEN_TTL_PARAM)
    try:
        return max(int(value), 1) if value else DEFAULT_TOKEN_TTL
    except ValueError:
        return DEFAULT_TOKEN_TTL


def _sign(secret, payload):
    digest = hmac.new(secret.encode(), payload.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def issue_token(env, member_id, now=None):
    """``(token, expires_in)`` for a member."""
    ttl = token_ttl(env)
    expires = int(now if now is not None else time.time()) + ttl
    payload = f"{int(member_id)}.{expires}"
    return f"{payload}.{_sign(ensure_secret(env), payload)}", ttl


def verify_token(env, token, now=None):
    """The member id of a valid, unexpired token, else ``None``."""
    parts = (token or "").split(".")
    if len(parts) != 3 or not (parts[0].isdigit() and parts[1].isdigit()):
        return None
    payload = f"{parts[0]}.{parts[1]}"
    secret = env["ir.config_parameter"].sudo().get_param(SECRET_PARAM)
    if not secret or not hmac.compare_digest(_sign(secret, payload), parts[2]):
        return None
    if int(parts[1]) <= int(now if now is not None else time.time()):
        return None
    return int(parts[0])
