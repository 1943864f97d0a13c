#!/usr/bin/env python3
"""Benchmark of the activity coins expiry (mall_coin, 活动币 48 小时过期).

Target (issue #18): 1,000,000 coin lines of which half are due, expired in
under 60 s on this machine. Run by hand, never in the tests.

It needs a database with mall_coin installed and the config file of the Odoo
that serves it, e.g. the test database that scripts/test keeps::

    PGHOST=... PGPORT=... PGUSER=... MALL_KEEP_DB=1 MALL_MODULES=mall_coin scripts/test -k expiry
    PYTHONPATH=/opt/odoo-18.0 /opt/venv-odoo/bin/python scripts/bench/coins_expiry.py \\
        --config .local/runs/test-<pid>/odoo.conf --database mall_test_<pid>

or against scripts/run's database while it runs:
``--config .local/odoo-run.conf --database mall_demo``.

What it does, in ONE transaction rolled back at the end (nothing stays; pass
--commit only for a dedicated bench database):

1. with SQL ``INSERT ... SELECT generate_series``: ``--members`` members
   (default 10,000) and ``--lines`` earned coin lines (default 1,000,000)
   spread over them, one coin each, every other line already past its
   ``expires_at`` (the due half), the other half expiring tomorrow; each
   member's account holds the sum; ``ANALYZE``;
2. times ``mall.coin.line._mall_expire_due()``: the ONE statement the cron
   runs (lock the due lines, set their ``remaining`` to 0, lower the
   accounts, write one ``expire`` line per member);
3. checks the result (no coin left past its expiry, the expired coins are
   exactly the due ones, each account equals the sum of its lines) and times
   a second run, which must expire nothing.

Timings are wall-clock, PostgreSQL on the same machine; on a machine busy
with other work (see the load average column) they are noisy, rerun then.
"""

import argparse
import os
import sys
import time

TARGET_SECONDS = 60


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--config", required=True, help="Odoo config file (odoo.conf)")
    parser.add_argument("--database", "-d", required=True, help="database with mall_coin")
    parser.add_argument("--lines", type=int, default=1_000_000, help="coin lines to create")
    parser.add_argument("--members", type=int, default=10_000, help="members to spread them on")
    parser.add_argument(
        "--commit", action="store_true", help="keep the data (a dedicated bench database only)"
    )
    return parser.parse_args()


def make_data(env, members, lines):
    """``members`` bench members and ``lines`` earned lines of one coin, every
    other one due; their accounts. Returns (member ids range, due count)."""
    from odoo.tools import SQL

    cr = env.cr
    company = env.company
    now = "(now() AT TIME ZONE 'UTC')"
    # one member through the ORM, copied by SQL (every column of the template)
    template = env["res.partner"].create(
        {"name": "活动币压测会员", "company_id": company.id, "lang": "zh_CN"}
    )
    env.flush_all()
    cr.execute(
        """SELECT column_name FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = 'res_partner'
              AND column_name NOT IN ('id', 'name', 'complete_name')"""
    )
    columns = [name for (name,) in cr.fetchall()]
    listed = SQL(", ").join(SQL.identifier(c) for c in columns)
    copied = SQL(", ").join(SQL.identifier("t", c) for c in columns)
    cr.execute(
        SQL(
            """
            INSERT INTO res_partner (name, complete_name, %s)
            SELECT '活动币压测会员 ' || g, '活动币压测会员 ' || g, %s
              FROM res_partner t, generate_series(1, %s) g
             WHERE t.id = %s
         RETURNING id
            """,
            listed,
            copied,
            members,
            template.id,
        )
    )
    ids = sorted(row[0] for row in cr.fetchall())
    first, last = ids[0], ids[-1]
    assert last - first + 1 == members, "the members' ids are not contiguous"
    cr.execute(
        f"""
        INSERT INTO mall_coin_line (name, partner_id, company_id, kind, source, date, coins,
                                    balance_after, expires_at, remaining, unrecovered,
                                    create_uid, create_date, write_uid, write_date)
        SELECT '抢签中签赠送活动币', %(first)s + (g / 2) %% %(members)s, %(company)s, 'earn',
               'lottery',
               {now} - interval '49 hours' + (g %% 2) * interval '48 hours',
               1, 0,
               {now} - interval '1 hour' + (g %% 2) * interval '25 hours',
               1, 0, 1, now(), 1, now()
          FROM generate_series(0, %(lines)s - 1) g
        """,
        {"first": first, "members": members, "company": company.id, "lines": lines},
    )
    cr.execute(
        """
        INSERT INTO mall_coin_account (partner_id, company_id, balance,
                                       create_uid, create_date, write_uid, write_date)
        SELECT partner_id, company_id, SUM(coins), 1, now(), 1, now()
          FROM mall_coin_line WHERE partner_id BETWEEN %s AND %s
      GROUP BY partner_id, company_id
        """,
        [first, last],
    )
    cr.execute("ANALYZE mall_coin_line")
    cr.execute("ANALYZE mall_coin_account")
    return first, last, lines // 2


def check(env, first, last, due):
    cr = env.cr
    cr.execute(
        """
        SELECT COUNT(*) FROM mall_coin_line
         WHERE partner_id BETWEEN %s AND %s AND remaining > 0
           AND expires_at <= (now() AT TIME ZONE 'UTC')
        """,
        [first, last],
    )
    left = cr.fetchone()[0]
    cr.execute(
        """
        SELECT COALESCE(-SUM(coins), 0), COUNT(*) FROM mall_coin_line
         WHERE partner_id BETWEEN %s AND %s AND kind = 'expire'
        """,
        [first, last],
    )
    expired, expire_lines = cr.fetchone()
    cr.execute(
        """
        SELECT COUNT(*) FROM mall_coin_account a
         WHERE a.partner_id BETWEEN %s AND %s
           AND a.balance <> (SELECT SUM(coins) FROM mall_coin_line l
                              WHERE l.partner_id = a.partner_id
                                AND l.company_id = a.company_id)
        """,
        [first, last],
    )
    wrong_accounts = cr.fetchone()[0]
    problems = []
    if left:
        problems.append(f"{left} due coins left")
    if expired != due:
        problems.append(f"{expired} coins expired, {due} were due")
    if wrong_accounts:
        problems.append(f"{wrong_accounts} accounts differ from their lines")
    return expire_lines, problems


def main():
    args = parse_args()
    import odoo
    from odoo import api

    odoo.tools.config.parse_config(["-c", args.config, "--log-level=warn"])
    registry = odoo.modules.registry.Registry(args.database)
    with registry.cursor() as cr:
        env = api.Environment(cr, odoo.SUPERUSER_ID, {})
        if not env["ir.module.module"].search_count(
            [("name", "=", "mall_coin"), ("state", "=", "installed")]
        ):
            sys.exit(f"mall_coin is not installed in {args.database}")
        Line = env["mall.coin.line"]
        started = time.perf_counter()
        first, last, due = make_data(env, args.members, args.lines)
        insert_s = time.perf_counter() - started
        try:
            started = time.perf_counter()
            expired = Line._mall_expire_due()
            first_s = time.perf_counter() - started
            expire_lines, problems = check(env, first, last, due)
            started = time.perf_counter()
            again = Line._mall_expire_due()
            second_s = time.perf_counter() - started
            if again:
                problems.append(f"the second run expired {again} more")
        finally:
            if not args.commit:
                cr.rollback()
        if args.commit:
            cr.commit()
    load = os.getloadavg()[0]
    print()
    print(
        "| coin lines | members | due | expired | expire lines | data s | expiry s | "
        "second run s | load |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    print(
        f"| {args.lines:,} | {args.members:,} | {due:,} | {expired:,} | {expire_lines:,} | "
        f"{insert_s:.1f} | {first_s:.1f} | {second_s:.2f} | {load:.1f} |"
    )
    verdict = "PASS" if first_s < TARGET_SECONDS and not problems else "FAIL"
    print()
    print(f"target: {args.lines:,} lines, half due, expired in < {TARGET_SECONDS} s: {verdict}")
    for problem in problems:
        print(f"  wrong: {problem}")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
