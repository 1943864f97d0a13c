"""A fixed-window rate limiter kept in the memory of each Odoo worker.

Keys are ``(database, bucket, client)``; each window counts the requests of a
key and refuses above the limit. With N workers a client may get up to N
times the limit; that is enough against a script hammering the login, and
needs no table nor lock. The limit and window come from
``ir.config_parameter`` (e.g. ``mall_api.login_rate_limit`` requests per
``mall_api.login_rate_window`` seconds; 0 turns the limit off).

Each key remembers its own window, so when more than ``MAX_KEYS`` keys are
kept, the cleanup drops only the keys whose own window is over: a burst of
one-minute keys never wipes the counters of an hourly bucket.
"""

import ipaddress
import threading
import time

# above this many keys, the keys whose window is over are forgotten
MAX_KEYS = 10000
# IPv6 clients are counted by their network: one host usually owns a /64
IPV6_PREFIX = 64

_lock = threading.Lock()
# key -> (window start, window length, count)
_windows = {}


def hit(key, limit, window, now=None, cost=1):
    """Count ``cost`` requests (attempts) of ``key``; ``None`` if allowed, else
    the seconds to wait."""
    if limit <= 0:
        return None
    now = now if now is not None else time.time()
    start = int(now // window) * window
    with _lock:
        if len(_windows) > MAX_KEYS:
            _forget_ended(now)
        w_start, _w_len, count = _windows.get(key, (start, window, 0))
        if w_start != start:
            w_start, count = start, 0
        count += cost
        _windows[key] = (w_start, window, count)
    if count > limit:
        return max(int(start + window - now), 1)
    return None


def _forget_ended(now):
    """Drop the keys whose own window is over (call under ``_lock``)."""
    for k in [k for k, (s, w, _c) in _windows.items() if s + w <= now]:
        del _windows[k]


def client_key(host):
    """The client a per-IP limit counts: the IPv4 address, or the /64 network
    of an IPv6 address (an IPv4-mapped IPv6 address counts as its IPv4)."""
    try:
        address = ipaddress.ip_address((host or "").split("%", 1)[0])
    except ValueError:
        return host or "unknown"
    if address.version == 6:
        if address.ipv4_mapped:
            return str(address.ipv4_mapped)
        return str(ipaddress.ip_network(f"{address}/{IPV6_PREFIX}", strict=False))
    return str(address)


def reset():
    """Forget every window (tests)."""
    with _lock:
        _windows.clear()
