#!/usr/bin/env python3
"""Re-compute the winners of a lottery's draws from what the mall publishes.

Standard library only. Input: the JSON of ``GET /mall/v1/lotteries/{id}``
(every window's ``draw``), or one ``draw`` object, from a file, from stdin
(``-``), or fetched with ``--url`` (and ``--token``, the shopper's bearer
token). For each drawn window it checks that

1. ``sha256(seed)`` is the ``seed_hash`` published before the window opened;
2. the number of winners follows from the rule: ``k = min(pool, n)`` with
   *winners = quantity*, ``k = min(pool, round_half_up(rate × n / 100))``
   with a fixed rate (``n`` = size of the frozen list, ``pool`` = units on
   offer at the draw);
3. ranking the frozen list by ``(HMAC-SHA256(key=seed, msg=str(id)), id)``
   and taking the first ``k`` gives exactly the published winners, in order.

Prints one line per window and exits 1 when any window does not verify.

    python3 scripts/lottery_verify.py lottery.json
    python3 scripts/lottery_verify.py --url http://127.0.0.1:8069/mall/v1/lotteries/3 --token ...
"""

import argparse
import hashlib
import hmac
import json
import sys
import urllib.request
from decimal import ROUND_HALF_UP, Decimal


def seed_hash(seed):
    return hashlib.sha256(seed.encode("ascii")).hexdigest()


def score(seed, registration_id):
    return hmac.new(
        seed.encode("ascii"), str(registration_id).encode("ascii"), hashlib.sha256
    ).hexdigest()


def winners_count(mode, rate, pool, n):
    if mode == "quantity":
        wanted = n
    else:
        wanted = int((Decimal(str(rate)) * n / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return max(0, min(pool, n, wanted))


def draw(seed, registration_ids, k):
    ranked = sorted(registration_ids, key=lambda rid: (score(seed, rid), rid))
    return ranked[:k]


def verify_draw(data):
    """``(ok, message)`` for one published draw."""
    window = data.get("window_id")
    if not data.get("seed"):
        return True, f"window {window}: not drawn yet (seed hash {data.get('seed_hash')})"
    seed = data["seed"]
    if seed_hash(seed) != data["seed_hash"]:
        return False, f"window {window}: sha256(seed) is not the published seed hash"
    ids = data["registrations"]
    if len(set(ids)) != len(ids):
        return False, f"window {window}: the frozen list repeats an id"
    k = winners_count(data["win_mode"], data.get("win_rate"), data["pool"], len(ids))
    if k != data["winners_count"]:
        return (
            False,
            f"window {window}: {k} winners follow from the rule, {data['winners_count']} published",
        )
    winners = draw(seed, ids, k)
    if winners != data["winners"]:
        return (
            False,
            f"window {window}: re-computed winners {winners} != published {data['winners']}",
        )
    return True, f"window {window}: OK, {k} winners of {len(ids)} registrations: {winners}"


def draws_of(document):
    if "draw" in document or "seed_hash" in document:
        return [document.get("draw", document)]
    return [window["draw"] for window in document.get("windows", [])]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="?", help="JSON file, or - for stdin")
    parser.add_argument("--url", help="GET this URL instead (e.g. .../mall/v1/lotteries/3)")
    parser.add_argument("--token", help="bearer token for --url")
    args = parser.parse_args(argv)
    if args.url:
        request = urllib.request.Request(args.url)
        if args.token:
            request.add_header("Authorization", f"Bearer {args.token}")
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - the user's URL
            document = json.load(response)
    elif args.file and args.file != "-":
        with open(args.file, encoding="utf-8") as handle:
            document = json.load(handle)
    else:
        document = json.load(sys.stdin)
    results = [verify_draw(data) for data in draws_of(document)]
    for _ok, message in results:
        print(message)
    return 0 if all(ok for ok, _message in results) else 1


if __name__ == "__main__":
    sys.exit(main())
