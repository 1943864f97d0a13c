from types import SimpleNamespace

from odoo.tests import BaseCase, tagged

from .. import ratelimit
from ..routers.common import client_ip


@tagged("post_install", "-at_install")
class TestRateLimiter(BaseCase):
    """The limiter is plain Python: tested directly, with the clock passed in."""

    def setUp(self):
        super().setUp()
        ratelimit.reset()
        self.addCleanup(ratelimit.reset)

    def test_cleanup_keeps_the_counters_of_longer_windows(self):
        hour_start = 1_800_000_000 // 3600 * 3600
        hourly = ("db", "after-sale-member", 7)
        for _ in range(3):
            self.assertIsNone(ratelimit.hit(hourly, 3, 3600, now=hour_start + 10))
        # more than MAX_KEYS one-minute keys, then their minute is over
        for client in range(ratelimit.MAX_KEYS + 1):
            ratelimit.hit(("db", "login", client), 20, 60, now=hour_start + 10)
        later = hour_start + 200
        self.assertIsNone(ratelimit.hit(("db", "login", "new"), 20, 60, now=later))
        # the ended minute keys are gone, the hourly counter is not
        self.assertLess(len(ratelimit._windows), 10)
        self.assertTrue(ratelimit.hit(hourly, 3, 3600, now=later))

    def test_cleanup_forgets_ended_windows_only(self):
        start = 1_800_000_000 // 3600 * 3600
        for client in range(ratelimit.MAX_KEYS + 1):
            ratelimit.hit(("db", "login", client), 20, 60, now=start + 10)
        # still in their minute: nothing may be forgotten
        ratelimit.hit(("db", "login", "new"), 20, 60, now=start + 30)
        self.assertEqual(len(ratelimit._windows), ratelimit.MAX_KEYS + 2)

    def test_cost_counts_several_attempts(self):
        key = ("db", "coupon-member", 1)
        self.assertIsNone(ratelimit.hit(key, 5, 60, now=1000, cost=5))
        self.assertEqual(ratelimit.hit(key, 5, 60, now=1000, cost=1), 20)
        # a new window starts from zero
        self.assertIsNone(ratelimit.hit(key, 5, 60, now=1020, cost=5))

    def test_ipv6_clients_are_counted_by_their_64(self):
        def ip(host):
            return client_ip(SimpleNamespace(client=SimpleNamespace(host=host)))

        self.assertEqual(ip("2001:db8:1:2::1"), ip("2001:db8:1:2:ffff:ffff:ffff:fffe"))
        self.assertEqual(ip("2001:db8:1:2::1"), "2001:db8:1:2::/64")
        self.assertNotEqual(ip("2001:db8:1:2::1"), ip("2001:db8:1:3::1"))
        self.assertEqual(ip("203.0.113.9"), "203.0.113.9")
        self.assertNotEqual(ip("203.0.113.9"), ip("203.0.113.10"))
        self.assertEqual(ip("::ffff:203.0.113.9"), "203.0.113.9")
        self.assertEqual(ip("fe80::1%eth0"), "fe80::/64")
        self.assertEqual(client_ip(SimpleNamespace(client=None)), "unknown")
        # so a host walking through its /64 meets one limit
        limit = 3
        answers = [
            ratelimit.hit(("db", "login", ip(f"2001:db8:1:2::{n:x}")), limit, 60, now=1000)
            for n in range(1, limit + 2)
        ]
        self.assertEqual(answers[:limit], [None] * limit)
        self.assertTrue(answers[limit])
