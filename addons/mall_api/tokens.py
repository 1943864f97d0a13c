"""The shoppers' bearer tokens: ``<member id>.<version>.<expiry>.<signature>``.

The signature is an HMAC-SHA256 of ``<member id>.<version>.<expiry>`` with a
secret of the database (``ir.config_parameter`` ``mall_api.token_secret``,
generated on install). Changing that parameter logs every shopper out.

``version`` is the member's ``mall_token_version`` when the token was issued;
a token is accepted only while it is still the member's version, so logging
out (``res.partner._mall_revoke_tokens``, which raises it) revokes every token
of that member at once, a leaked one included.
"""

import base64
import hashlib
import hmac
import secrets
import time

from .const import DEFAULT_TOKEN_TTL, SECRET_PARAM, TOKEN_TTL_PARAM


def ensure_secret(env):
    # settings are administrators' only; logins run as the technical user
    params = env["ir.config_parameter"].sudo()
    secret = params.get_param(SECRET_PARAM)
    if not secret:
        secret = secrets.token_urlsafe(48)
        params.set_param(SECRET_PARAM, secret)
    return secret


def token_ttl(env):
    return env["ir.config_parameter"]._mall_param(
        TOKEN_TTL_PARAM, int, DEFAULT_TOKEN_TTL, minimum=1
    )


def _sign(secret, payload):
    digest = hmac.new(secret.encode(), payload.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def _token_version(env, member_id):
    """The member's current token version (``None`` for no such partner)."""
    # sudo: the version is readable by administrators only; the token is
    # checked before any member exists for the request
    member = env["res.partner"].sudo().browse(int(member_id)).exists()
    return (member.mall_token_version or 0) if member else None


def issue_token(env, member_id, now=None):
    """``(token, expires_in)`` for a member, of its current token version."""
    ttl = token_ttl(env)
    expires = int(now if now is not None else time.time()) + ttl
    payload = f"{int(member_id)}.{_token_version(env, member_id) or 0}.{expires}"
    return f"{payload}.{_sign(ensure_secret(env), payload)}", ttl


def verify_token(env, token, now=None):
    """The member id of a valid, unexpired token of the member's current
    version, else ``None``."""
    parts = (token or "").split(".")
    if len(parts) != 4 or not all(p.isascii() and p.isdigit() for p in parts[:3]):
        return None
    member_id, version, expires = (int(part) for part in parts[:3])
    payload = ".".join(parts[:3])
    # settings are readable by administrators only; this reads one value
    secret = env["ir.config_parameter"].sudo().get_param(SECRET_PARAM)
    if not secret or not hmac.compare_digest(_sign(secret, payload), parts[3]):
        return None
    if expires <= int(now if now is not None else time.time()):
        return None
    if member_id > 2**31 - 1 or _token_version(env, member_id) != version:
        return None
    return member_id
