"""One way to serialize work on records: :func:`lock_rows`.

Odoo runs each request in a REPEATABLE READ transaction and re-runs it (up
to five times) when PostgreSQL reports a serialization failure. Two requests
acting on one record (two taps on *Pay*, an approval clicked twice, a
shopper's cancel racing the expiry cron) must run one after the other, the
second one seeing what the first did. A row lock alone does not give that:
the second request waits for the lock, then goes on with the snapshot it
took *before* waiting, in which the first request's work is invisible.

``touch=True`` closes that gap: the locking transaction also updates the
rows (``write_date = write_date``, no visible change). A transaction that
waited for the lock then finds rows changed after its snapshot, fails to
serialize, and Odoo re-runs its request on a fresh snapshot that sees the
first one's result. Without ``touch`` the lock only orders the requests:
enough when the first one writes the locked rows itself anyway, or when the
caller re-reads what it needs on its own.

The lock is ``FOR NO KEY UPDATE``: rows of other tables that reference the
locked ones (order lines, transactions, events) can still be inserted
meanwhile, so a lock on an order never blocks an unrelated request that
merely points at it.
"""

from odoo.tools import SQL


def lock_rows(records, touch=False):
    """Lock the rows of ``records`` until the transaction ends (in id order,
    so two lockers of the same rows cannot deadlock) and reload them.

    :param records: a recordset of any stored model (empty: nothing happens)
    :param bool touch: also update the rows, so that a concurrent transaction
        that waited for this lock is re-run on a fresh snapshot (see the
        module's docstring)
    :return: ``records``
    """
    if not records:
        return records
    records.flush_model()
    table = SQL.identifier(records._table)
    ids = tuple(sorted(records.ids))
    # a serialization failure here is expected under concurrency: Odoo re-runs
    # the request, no need to log the query as an error
    records.env.cr.execute(
        SQL("SELECT id FROM %s WHERE id IN %s ORDER BY id FOR NO KEY UPDATE", table, ids),
        log_exceptions=False,
    )
    if touch:
        records.env.cr.execute(
            SQL("UPDATE %s SET write_date = write_date WHERE id IN %s", table, ids),
            log_exceptions=False,
        )
    records.invalidate_recordset()
    return records
