"""A fixed-window rate limiter kept in the memory of each Odoo worker.

Keys are ``(database, bucket, client)``; each window counts the requests of a
key and refuses above the limit. With N workers a client may get up to N
times the limit; that is enough against a script hammering the login, and
needs no table nor lock. The limit and window come from
``ir.config_parameter`` (``mall_api.login_rate_limit`` requests per
``mall_api.login_rate_window`` seconds; 0 turns the limit off).
"""

import threading
import time

_lock = threading.Lock()
_windows = {}


def hit(key, limit, window, now=None):
    """Count a request; ``None`` if allowed, else the seconds to wait."""
    if limit <= 0:
        return None
    now = now if now is not None else time.time()
    start = int(now // window) * window
    with _lock:
        if len(_windows) > 10000:
            for k in [k for k, (s, _c) in _windows.items() if s < start]:
                del _windows[k]
        w_start, count = _windows.get(key, (start, 0))
        if w_start != start:
            w_start, count = start, 0
        count += 1
        _windows[key] = (w_start, count)
    if count > limit:
        return max(int(start + window - now), 1)
    return None


def reset():
    """Forget every window (tests)."""
    with _lock:
        _windows.clear()
