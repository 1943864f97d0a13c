#!/usr/bin/env python3
"""Benchmark of the supplier statement export (mall_supplier, 供应商对账单).

Target: a statement of 100,000 order lines in under 30 s and under 1 GB of
memory in an Odoo worker on 2 cores. Run by hand, never in the tests.

It needs a database with mall_supplier installed and the config file of the
Odoo that serves it, e.g. the test database that scripts/test keeps::

    PGHOST=... PGPORT=... PGUSER=... MALL_KEEP_DB=1 \\
        MALL_MODULES=mall_base,mall_supplier scripts/test -k statement
    # the run directory it printed (.local/runs/test-<pid>/) has odoo.conf
    PYTHONPATH=/opt/odoo-18.0 /opt/venv-odoo/bin/python scripts/bench/supplier_statement.py \\
        --config .local/runs/test-<pid>/odoo.conf --database mall_test_<pid>

(MALL_KEEP_DB keeps the database only on a PostgreSQL that outlives the
script: with none in PG*, scripts/test starts a throwaway cluster and deletes
it at the end.) Or against scripts/run's database while it runs:
``--config .local/odoo-run.conf --database mall_demo``.

What it does, in ONE transaction that is rolled back at the end (nothing
stays in the database; pass --commit only for a dedicated bench database):

1. through the ORM: a bench supplier, a product, one confirmed order line
   locked to the supplier, a posted credit note refunding part of it;
2. with SQL ``INSERT ... SELECT generate_series``: copies of that order (5
   lines each) spread over a month, and every 10th line refunded by a copy of
   the credit note line, up to each size asked for (default 10,000 and
   100,000 lines); ``ANALYZE`` after each batch;
3. times ``mall.supplier.statement.action_export()`` as the admin (Finance)
   for each size: the one query, the XLSX in constant_memory mode and the
   attachment, and reports the process's peak RSS during the export
   (VmHWM, reset before each run) and the file size.

The process is pinned to the 2 idlest CPUs (--cpus) to stay close to a 2-core worker;
PostgreSQL runs wherever it runs. Timings are wall-clock: on a machine busy
with other work (see the load average column) they are noisy, rerun then.
"""

import argparse
import os
import sys
import threading
import time

DEFAULT_SIZES = "10000,100000"
LINES_PER_ORDER = 5
REFUND_EVERY = 10
TARGET_SECONDS = 30
TARGET_MB = 1024


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--config", required=True, help="Odoo config file (odoo.conf)")
    parser.add_argument("--database", "-d", required=True, help="database with mall_supplier")
    parser.add_argument(
        "--lines",
        default=DEFAULT_SIZES,
        help="statement sizes in order lines, comma-separated (default %(default)s)",
    )
    parser.add_argument("--cpus", type=int, default=2, help="CPUs to pin this process to")
    parser.add_argument(
        "--check",
        action="store_true",
        help="open each file with openpyxl and check its line count and totals (slow)",
    )
    parser.add_argument(
        "--commit",
        action="store_true",
        help="keep the generated data (a dedicated bench database only)",
    )
    return parser.parse_args()


# memory ---------------------------------------------------------------------


def _status_kb(field):
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


class PeakRss:
    """Peak resident memory of this process while the block runs, in MB.

    Resets the kernel's high-water mark (VmHWM) when it may; otherwise
    samples VmRSS every 5 ms.
    """

    def __enter__(self):
        try:
            with open("/proc/self/clear_refs", "w") as f:
                f.write("5")
            self._hwm = True
        except OSError:
            self._hwm = False
            self._stop = threading.Event()
            self._peak = _status_kb("VmRSS")
            self._thread = threading.Thread(target=self._sample, daemon=True)
            self._thread.start()
        self.before = _status_kb("VmRSS") / 1024
        return self

    def _sample(self):
        while not self._stop.wait(0.005):
            self._peak = max(self._peak, _status_kb("VmRSS"))

    def __exit__(self, *exc):
        if self._hwm:
            self.peak = _status_kb("VmHWM") / 1024
        else:
            self._stop.set()
            self._thread.join()
            self.peak = max(self._peak, _status_kb("VmRSS")) / 1024
        return False


def idlest_cpus(count):
    """The ``count`` CPUs that were the most idle over the last half second."""

    def idle():
        with open("/proc/stat") as stat:
            return {
                int(f[0][3:]): int(f[4])
                for f in (line.split() for line in stat)
                if f[0].startswith("cpu") and f[0] != "cpu"
            }

    allowed = os.sched_getaffinity(0)
    before = idle()
    time.sleep(0.5)
    after = idle()
    ranked = sorted(allowed, key=lambda cpu: before.get(cpu, 0) - after.get(cpu, 0))
    return set(ranked[:count])


# data -----------------------------------------------------------------------


def _columns(cr, table, exclude):
    cr.execute(
        """SELECT column_name FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = %s
            ORDER BY ordinal_position""",
        [table],
    )
    return [name for (name,) in cr.fetchall() if name not in exclude]


def make_template(env):
    """A supplier, one confirmed order line locked to it, a posted refund."""
    from odoo import Command

    supplier = env["res.partner"].create({"name": "压测供应商", "mall_is_supplier": True})
    shopper = env["res.partner"].create({"name": "压测会员"})
    product = env["product.product"].create(
        {"name": "压测大米 5kg", "list_price": 50.0, "taxes_id": [Command.clear()]}
    )
    env["product.supplierinfo"].create(
        {"partner_id": supplier.id, "product_tmpl_id": product.product_tmpl_id.id, "price": 30.0}
    )
    order = env["sale.order"].create(
        {
            "partner_id": shopper.id,
            "order_line": [Command.create({"product_id": product.id, "product_uom_qty": 2})],
        }
    )
    order.action_confirm()
    line = order.order_line
    if line.mall_supplier_id != supplier:
        line.sudo().write({"mall_supplier_id": supplier.id, "mall_settlement_price": 30.0})
    # the template itself stays out of the period: statements of exactly n lines
    order.date_order = "2000-12-01 02:00:00"
    refund = env["account.move"].create(
        {
            "move_type": "out_refund",
            "partner_id": shopper.id,
            "invoice_line_ids": [
                Command.create(
                    {
                        "product_id": product.id,
                        "quantity": 1,
                        "price_unit": line.price_unit,
                        "tax_ids": [Command.clear()],
                        "sale_line_ids": [Command.set(line.ids)],
                    }
                )
            ],
        }
    )
    refund.action_post()
    env.flush_all()
    refund_line = refund.invoice_line_ids
    return supplier, order, line, refund_line


def add_lines(env, order, line, refund_line, first_order, count):
    """Copy the template order ``count // LINES_PER_ORDER`` times with SQL."""
    from odoo.tools import SQL

    cr = env.cr
    orders = count // LINES_PER_ORDER
    so_cols = _columns(cr, "sale_order", {"id", "name", "date_order"})
    sol_cols = _columns(cr, "sale_order_line", {"id", "order_id", "sequence"})
    aml_cols = _columns(cr, "account_move_line", {"id", "name"})
    ident = SQL.identifier

    def cols(names, prefix=None):
        return SQL(", ").join(
            SQL("%s.%s", ident(prefix), ident(n)) if prefix else ident(n) for n in names
        )

    # orders spread over January 2001, 5 lines each
    cr.execute(
        SQL(
            """
            WITH new_orders AS (
                INSERT INTO sale_order (name, date_order, %(so_cols)s)
                SELECT 'BENCH/' || lpad(g::text, 7, '0'),
                       TIMESTAMP '2001-01-01 00:00:00'
                         + mod(g, 30) * INTERVAL '1 day' + mod(g, 24) * INTERVAL '1 hour',
                       %(so_t_cols)s
                  FROM sale_order t, generate_series(%(first)s, %(last)s) g
                 WHERE t.id = %(order)s
             RETURNING id
            )
            INSERT INTO sale_order_line (order_id, sequence, %(sol_cols)s)
            SELECT o.id, k, %(sol_t_cols)s
              FROM sale_order_line t, new_orders o, generate_series(1, %(per)s) k
             WHERE t.id = %(line)s
            """,
            so_cols=cols(so_cols),
            so_t_cols=cols(so_cols, "t"),
            sol_cols=cols(sol_cols),
            sol_t_cols=cols(sol_cols, "t"),
            first=first_order,
            last=first_order + orders - 1,
            order=order.id,
            per=LINES_PER_ORDER,
            line=line.id,
        )
    )
    # every REFUND_EVERY-th new line refunded by a copy of the credit note
    # line (name carries the sale line id across the insert)
    cr.execute(
        SQL(
            """
            WITH targets AS (
                SELECT sol.id FROM sale_order_line sol
                  JOIN sale_order so ON so.id = sol.order_id
                 WHERE so.name >= 'BENCH/' || lpad(%(first)s::text, 7, '0')
                   AND so.name <= 'BENCH/' || lpad(%(last)s::text, 7, '0')
                   AND mod(sol.id, %(every)s) = 0
            ), new_aml AS (
                INSERT INTO account_move_line (name, %(aml_cols)s)
                SELECT 'bench:' || s.id, %(aml_t_cols)s
                  FROM account_move_line t, targets s
                 WHERE t.id = %(aml)s
             RETURNING id, name
            )
            INSERT INTO sale_order_line_invoice_rel (invoice_line_id, order_line_id)
            SELECT id, split_part(name, ':', 2)::int FROM new_aml
            """,
            aml_cols=cols(aml_cols),
            aml_t_cols=cols(aml_cols, "t"),
            first=first_order,
            last=first_order + orders - 1,
            every=REFUND_EVERY,
            aml=refund_line.id,
        )
    )
    for table in ("sale_order", "sale_order_line", "account_move_line"):
        cr.execute(SQL("ANALYZE %s", ident(table)))
    return orders


def check_file(content, lines):
    """The file has ``lines`` lines and the totals of the template's copies."""
    import io

    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    start = next(i for i, row in enumerate(rows) if isinstance(row[5], str)) + 1
    data, totals = rows[start:-1], rows[-1]
    refunded = sum(1 for row in data if row[11])
    expected = {
        "lines": lines,
        "quantity": 2.0 * lines,
        "settlement": 60.0 * lines,
        "refunded lines": refunded,
        "after refunds": 60.0 * lines - 30.0 * refunded,
    }
    found = {
        "lines": len(data),
        "quantity": totals[5],
        "settlement": totals[10],
        "refunded lines": totals[11],
        "after refunds": totals[13],
    }
    if expected != found or not refunded:
        sys.exit(f"the file is wrong: expected {expected}, found {found}")
    print(f"  checked: {len(data):,} lines, {refunded:,} refunded, totals right")


# main -----------------------------------------------------------------------


def main():
    args = parse_args()
    sizes = sorted({int(s) // LINES_PER_ORDER * LINES_PER_ORDER for s in args.lines.split(",")})
    if args.cpus and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, idlest_cpus(args.cpus))

    import odoo
    from odoo import api

    odoo.tools.config.parse_config(["-c", args.config, "--log-level=warn"])
    registry = odoo.modules.registry.Registry(args.database)
    results = []
    with registry.cursor() as cr:
        env = api.Environment(cr, odoo.SUPERUSER_ID, {})
        if not env["ir.module.module"].search_count(
            [("name", "=", "mall_supplier"), ("state", "=", "installed")]
        ):
            sys.exit(f"mall_supplier is not installed in {args.database}")
        admin = env.ref("base.user_admin")
        env = api.Environment(cr, admin.id, {"tz": "Asia/Shanghai", "lang": admin.lang})
        if not admin.has_group("mall_base.group_mall_finance"):
            sys.exit("the admin user is not Finance in this database")
        supplier, order, line, refund_line = make_template(env)
        done, next_order = 0, 1
        try:
            for size in sizes:
                started = time.perf_counter()
                added = add_lines(env, order, line, refund_line, next_order, size - done)
                next_order += added
                done += added * LINES_PER_ORDER
                insert_s = time.perf_counter() - started
                wizard = env["mall.supplier.statement"].create(
                    {"supplier_id": supplier.id, "date_from": "2001-01-01", "date_to": "2001-01-31"}
                )
                env.flush_all()
                env.invalidate_all()
                with PeakRss() as rss:
                    started = time.perf_counter()
                    action = wizard.action_export()
                    env.flush_all()
                    seconds = time.perf_counter() - started
                attachment = env["ir.attachment"].browse(
                    int(action["url"].split("/")[-1].split("?")[0])
                )
                # the query alone, for the split between PostgreSQL and the XLSX
                started = time.perf_counter()
                cr.execute("SET LOCAL jit = off")
                cr.execute(wizard._statement_query())
                cr.fetchall()
                query_s = time.perf_counter() - started
                results.append(
                    (
                        done,
                        seconds,
                        query_s,
                        rss.peak,
                        rss.before,
                        attachment.file_size,
                        os.getloadavg()[0],
                    )
                )
                if args.check:
                    check_file(attachment.raw, done)
                print(
                    f"  {done:>9,} lines: export {seconds:.1f} s, "
                    f"(data generated in {insert_s:.1f} s)",
                    flush=True,
                )
        finally:
            if args.commit:
                cr.commit()
            else:
                cr.rollback()

    print()
    print(
        f"supplier statement export ({len(os.sched_getaffinity(0))} CPUs for this process, "
        f"{os.cpu_count()} on the machine)"
    )
    print(
        "| lines | seconds | of which query | peak RSS MB | RSS before MB | file MB "
        "| load avg | within target |"
    )
    print(
        "|------:|--------:|---------------:|------------:|--------------:|--------:"
        "|---------:|:-------------:|"
    )
    ok_all = True
    for lines, seconds, query_s, peak, before, size, load in results:
        ok = seconds < TARGET_SECONDS and peak < TARGET_MB
        ok_all &= ok
        print(
            f"| {lines:,} | {seconds:.1f} | {query_s:.1f} | {peak:.0f} | {before:.0f} "
            f"| {size / 1e6:.1f} | {load:.1f} | {'yes' if ok else 'NO'} |"
        )
    print(f"targets: under {TARGET_SECONDS} s and under {TARGET_MB} MB peak RSS")
    return 0 if ok_all else 1


if __name__ == "__main__":
    sys.exit(main())
